package vn.gov.thads.bcd.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.thads.bcd.variables.CaseVariables;

/** The form reader on its own: every kind of value, every refusal, at the limits. No engine. */
class FormReaderTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final Map<String, String> POSITIONS =
      Choices.of("agree", "Thống nhất", "disagree", "Không thống nhất", "other", "Ý kiến khác");

  private static FormReader form(Object... nameValuePairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      values.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return FormReader.of(values::get);
  }

  private static String refusal(FormReader f) {
    assertThat(f.ok()).as("a problem was recorded").isFalse();
    return assertThatThrownBy(f::check)
        .isInstanceOf(InvalidCaseDataException.class)
        .actual()
        .getMessage();
  }

  // Text

  @Test
  void textIsStrippedAndTakenUpToItsMaximum() {
    FormReader f = form("x", "  Nguyễn Văn A  ", "y", "a".repeat(300));
    assertThat(f.text("x", "Người phải thi hành án", 300)).isEqualTo("Nguyễn Văn A");
    assertThat(f.text("y", "Người được thi hành án", 300)).hasSize(300);
    f.check();
  }

  @Test
  void textOneCharacterTooLongIsRefused() {
    FormReader f = form("x", "a".repeat(301));
    assertThat(f.text("x", "người phải thi hành án", 300)).isNull();
    assertThat(refusal(f)).isEqualTo("Người phải thi hành án dài quá 300 ký tự.");
  }

  @Test
  void trailingSpacesDoNotCountButDoNotHideAnOverlongText() {
    assertThat(form("x", "a".repeat(300) + "     ").text("x", "Tên", 300)).hasSize(300);
  }

  @Test
  void missingOrBlankRequiredTextIsNamed() {
    FormReader f = form("blank", "   ");
    f.text("absent", "Người phải thi hành án", 300);
    f.text("blank", "nội dung ý kiến", 4000);
    assertThat(refusal(f)).isEqualTo("Thiếu Người phải thi hành án. Thiếu nội dung ý kiến.");
  }

  @Test
  void optionalTextMayBeLeftOutButNotTooLong() {
    FormReader f = form("blank", " ", "long", "b".repeat(101));
    assertThat(f.optionalText("absent", "ghi chú", 100)).isNull();
    assertThat(f.optionalText("blank", "ghi chú", 100)).isNull();
    assertThat(f.ok()).isTrue();
    f.optionalText("long", "Số văn bản", 100);
    assertThat(refusal(f)).isEqualTo("Số văn bản dài quá 100 ký tự.");
  }

  @Test
  void textThatIsNotTextIsRefused() {
    FormReader f = form("x", 42L);
    f.text("x", "nội dung", 100);
    assertThat(refusal(f)).isEqualTo("Nội dung không hợp lệ.");
  }

  // Document numbers

  @ParameterizedTest
  @CsvSource({"125/QĐ-THADS", "45/2024/DS-PT", "1/KH", "999999/TB-UBND"})
  void documentNumbersOfTheVietnameseShape(String number) {
    FormReader f = form("no", number);
    assertThat(f.documentNo("no", "Số quyết định")).isEqualTo(number);
    f.check();
  }

  @ParameterizedTest
  @CsvSource({"không-có-số", "1234567/QĐ", "12/ QĐ", "/QĐ-THADS", "12"})
  void otherDocumentNumbersAreRefusedWithAnExample(String number) {
    FormReader f = form("no", number);
    assertThat(f.documentNo("no", "số kế hoạch cưỡng chế")).isNull();
    assertThat(refusal(f))
        .isEqualTo("Số kế hoạch cưỡng chế phải có dạng số/ký hiệu, ví dụ 15/KH-THADS.");
  }

  @Test
  void optionalDocumentNumberMayBeLeftOut() {
    FormReader f = form();
    assertThat(f.optionalDocumentNo("no", "số văn bản trả lời")).isNull();
    f.check();
  }

  @Test
  void documentNumberOverItsMaximumIsTooLong() {
    FormReader f = form("no", "1/" + "A".repeat(FormReader.DOCUMENT_NUMBER_MAX - 1));
    f.documentNo("no", "Số thông báo kết luận");
    assertThat(refusal(f)).isEqualTo("Số thông báo kết luận dài quá 100 ký tự.");
  }

  // Dates

  @Test
  void datesAsFormsAndRestSendThem() {
    Date engineDate =
        Date.from(Instant.parse("2026-03-01T17:30:00Z")); // 02/03/2026 00:30 in Vietnam
    FormReader f =
        form(
            "form",
            "2026-03-02",
            "local",
            "2026-03-02T10:00",
            "utc",
            "2026-03-01T17:30:00Z",
            "offset",
            "2026-03-02T00:30:00+07:00",
            "date",
            engineDate);
    for (String name : List.of("form", "local", "utc", "offset", "date")) {
      assertThat(f.date(name, "ngày")).as(name).isEqualTo(LocalDate.of(2026, 3, 2));
    }
    f.check();
  }

  @ParameterizedTest
  @CsvSource({"15/09/2025", "2026-02-31", "2026-3-2", "hôm qua", "20260302"})
  void anythingElseIsRefusedNeverGuessed(String typed) {
    FormReader f = form("d", typed);
    assertThat(f.date("d", "Ngày ra quyết định thi hành án")).isNull();
    assertThat(refusal(f))
        .isEqualTo("Ngày ra quyết định thi hành án '" + typed + "' không đúng định dạng ngày.");
  }

  @Test
  void notInFutureAllowsTodayRefusesTomorrow() {
    FormReader f = form("today", "2026-12-03", "tomorrow", "2026-12-04");
    assertThat(f.notInFuture(f.date("today", "Ngày thụ lý"), "Ngày thụ lý", TODAY))
        .isEqualTo(TODAY);
    assertThat(f.ok()).isTrue();
    assertThat(f.notInFuture(f.date("tomorrow", "ngày thụ lý vụ án"), "ngày thụ lý vụ án", TODAY))
        .isNull();
    assertThat(refusal(f)).isEqualTo("Ngày thụ lý vụ án không được sau ngày hôm nay.");
  }

  @Test
  void notInPastAllowsTodayRefusesYesterday() {
    FormReader f = form("today", "2026-12-03", "yesterday", "2026-12-02");
    assertThat(f.notInPast(f.date("today", "Ngày họp"), "Ngày họp", TODAY)).isEqualTo(TODAY);
    assertThat(f.ok()).isTrue();
    assertThat(f.notInPast(f.date("yesterday", "Ngày họp"), "Ngày họp", TODAY)).isNull();
    assertThat(refusal(f)).isEqualTo("Ngày họp 02/12/2026 đã qua.");
  }

  @Test
  void aMissingDateNeedsNoFurtherCheck() {
    FormReader f = form();
    assertThat(f.notInFuture(f.date("d", "ngày lập biên bản"), "ngày lập biên bản", TODAY))
        .isNull();
    assertThat(refusal(f)).isEqualTo("Thiếu ngày lập biên bản.");
    assertThat(form().optionalDate("d", "ngày")).isNull();
  }

  @Test
  void timesOfDay() {
    FormReader f = form("t", "07:30", "bad", "7h30");
    assertThat(f.time("t", "giờ bắt đầu cưỡng chế")).isEqualTo(LocalTime.of(7, 30));
    assertThat(f.time("bad", "giờ bắt đầu cưỡng chế")).isNull();
    assertThat(refusal(f))
        .isEqualTo("Giờ bắt đầu cưỡng chế không hợp lệ (định dạng giờ HH:mm, ví dụ 07:30).");
  }

  // Amounts and counts

  @Test
  void amountsAsFormsAndRestSendThem() {
    FormReader f =
        form(
            "long",
            4_200_000_000L,
            "double",
            12_500_000_000.0,
            "text",
            "12500000000",
            "zero",
            0,
            "max",
            "1000000000000000");
    assertThat(f.amount("long", "số tiền")).isEqualByComparingTo("4200000000");
    assertThat(f.amount("double", "số tiền")).isEqualByComparingTo("12500000000");
    assertThat(f.amount("text", "số tiền")).isEqualByComparingTo("12500000000");
    assertThat(f.amount("zero", "số tiền")).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(f.amount("max", "số tiền")).isEqualByComparingTo(FormReader.MAX_AMOUNT);
    f.check();
  }

  @ParameterizedTest
  @CsvSource({"-1", "1000.5", "-0.5"})
  void negativeOrFractionalAmountsAreRefused(String typed) {
    FormReader f = form("a", new BigDecimal(typed));
    assertThat(f.amount("a", "Số tiền đã thu được (đồng)")).isNull();
    assertThat(refusal(f)).isEqualTo("Số tiền đã thu được (đồng) phải là số nguyên không âm.");
  }

  @ParameterizedTest
  @CsvSource({
    "mười tỷ",
    "1e3",
    "'12,5'",
    "12.500.000",
    "NaN",
    "30.000",
    "12.5",
    "12.500.000.000",
    "12500000000đ",
    "' 1 000'"
  })
  void textThatIsNotAPlainNumberIsRefusedNeverReinterpreted(String typed) {
    FormReader f = form("a", typed);
    assertThat(f.amount("a", "Số tiền phải thi hành (đồng)")).isNull();
    assertThat(refusal(f)).isEqualTo("Số tiền phải thi hành (đồng) phải là một số.");
  }

  @Test
  void amountsAboveTheMaximumAreRefused() {
    FormReader f = form("a", 1_000_000_000_000_001L);
    f.amount("a", "Số tiền phải thi hành (đồng)");
    assertThat(refusal(f))
        .isEqualTo("Số tiền phải thi hành (đồng) không được lớn hơn 1.000.000.000.000.000 đồng.");
  }

  @Test
  void positiveAmountsRefuseZero() {
    FormReader f = form("one", 1L, "zero", 0L);
    assertThat(f.positiveAmount("one", "giá bán (đồng)")).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(f.positiveAmount("zero", "giá trị tài sản theo chứng thư (đồng)")).isNull();
    assertThat(refusal(f))
        .isEqualTo(
            "Giá trị tài sản theo chứng thư (đồng) phải là số tiền dương, không có phần lẻ.");
    assertThat(form().optionalPositiveAmount("none", "giá bán (đồng)")).isNull();
  }

  @Test
  void wholeNumbersWithinBounds() {
    FormReader f = form("one", 1L, "eight", 8.0, "nine", 9L, "half", 1.5);
    assertThat(f.wholeNumber("one", "Số nhiệm vụ được giao", 1, 8)).isEqualTo(1);
    assertThat(f.wholeNumber("eight", "Số nhiệm vụ được giao", 1, 8)).isEqualTo(8);
    assertThat(f.ok()).isTrue();
    f.wholeNumber("nine", "Số nhiệm vụ được giao", 1, 8);
    f.wholeNumber("half", "Số nhiệm vụ được giao", 1, 8);
    assertThat(refusal(f))
        .isEqualTo(
            "Số nhiệm vụ được giao phải là số nguyên từ 1 đến 8. "
                + "Số nhiệm vụ được giao phải là số nguyên từ 1 đến 8.");
  }

  @Test
  void countsAreAtLeastOne() {
    FormReader f = form("force", 12L, "none", 0L);
    assertThat(f.count("force", "số cán bộ, chiến sĩ tham gia bảo vệ")).isEqualTo(12);
    f.count("none", "số cán bộ, chiến sĩ tham gia bảo vệ");
    assertThat(refusal(f))
        .isEqualTo("Số cán bộ, chiến sĩ tham gia bảo vệ phải là số nguyên dương.");
  }

  // Choices and flags

  @Test
  void aChoiceIsOneOfTheFormsValues() {
    assertThat(form("p", "disagree").choice("p", "quan điểm", POSITIONS)).isEqualTo("disagree");
  }

  @Test
  void aMissingOrUnknownChoiceListsTheFormsLabels() {
    FormReader f = form("p", "xong-roi");
    f.choice("p", "quan điểm", POSITIONS);
    f.choice("absent", "quyết định", Choices.of("approve", "Đồng ý", "return", "Trả lại"));
    assertThat(refusal(f))
        .isEqualTo(
            "Chưa chọn quan điểm: phải là 'Thống nhất', 'Không thống nhất' hoặc 'Ý kiến khác'. "
                + "Chưa chọn quyết định: phải là 'Đồng ý' hoặc 'Trả lại'.");
  }

  @Test
  void flagsAreBooleansOrTheirText() {
    FormReader f = form("t", true, "f", "false", "bad", "có");
    assertThat(f.flag("t", "Tài sản đang có tranh chấp")).isTrue();
    assertThat(f.flag("f", "Tài sản đang có tranh chấp")).isFalse();
    assertThat(f.flag("absent", "Tài sản đang có tranh chấp")).isFalse();
    assertThat(f.ok()).isTrue();
    assertThat(f.flag("bad", "Nguy cơ mất an ninh, trật tự")).isFalse();
    assertThat(refusal(f)).isEqualTo("Nguy cơ mất an ninh, trật tự phải là có hoặc không.");
  }

  // Lists and agencies

  @Test
  void listsFromTasklistAndRest() {
    FormReader f =
        form(
            "spin",
            Spin.JSON("[\"so-tu-phap\",\"cong-an\"]"),
            "text",
            "[\"a\"]",
            "java",
            List.of("b", "c"));
    assertThat(f.list("spin", "cơ quan")).containsExactly("so-tu-phap", "cong-an");
    assertThat(f.list("text", "cơ quan")).containsExactly("a");
    assertThat(f.list("java", "cơ quan")).containsExactly("b", "c");
    assertThat(f.list("absent", "cơ quan")).isEmpty();
    f.check();
  }

  @Test
  void aListOfSomethingElseIsRefused() {
    FormReader f = form("numbers", "[1, 2]", "object", "{\"a\":1}", "broken", "[\"a\"");
    f.list("numbers", "đơn vị phối hợp");
    f.list("object", "đơn vị phối hợp");
    f.list("broken", "đơn vị phối hợp");
    assertThat(refusal(f))
        .isEqualTo(
            "Đơn vị phối hợp không hợp lệ. Đơn vị phối hợp không hợp lệ. Đơn vị phối hợp không hợp lệ.");
  }

  @Test
  void agenciesAreKnownAndDistinct() {
    Set<String> known = Set.of("so-tu-phap", "cong-an", "vks");
    FormReader f = form("one", "cong-an", "many", "[\"vks\",\"cong-an\",\"vks\"]");
    assertThat(f.agency("one", "đơn vị chủ trì", known::contains)).isEqualTo("cong-an");
    assertThat(f.agencies("many", "Thành phần dự họp", known::contains, true))
        .containsExactly("vks", "cong-an");
    assertThat(f.agencies("absent", "đơn vị phối hợp", known::contains, false)).isEmpty();
    f.check();
  }

  @Test
  void unknownOrMissingAgenciesAreNamed() {
    Set<String> known = Set.of("so-tu-phap");
    FormReader f = form("lead", "so-xyz", "support", "[\"so-tu-phap\",\"so-khong-co\"]");
    f.agency("lead", "đơn vị chủ trì", known::contains);
    f.agency("absent", "đơn vị chủ trì", known::contains);
    f.agencies("support", "đơn vị phối hợp", known::contains, false);
    f.agencies("none", "Thành phần dự họp", known::contains, true);
    f.agencies(
        "support",
        "cơ quan",
        known::contains,
        true,
        "Cơ quan không có trong danh sách thành viên được lấy ý kiến");
    assertThat(refusal(f))
        .isEqualTo(
            "Đơn vị chủ trì 'so-xyz' không có trong danh sách tổ chức. "
                + "Chưa chọn đơn vị chủ trì. "
                + "Đơn vị phối hợp: cơ quan không có trong danh sách tổ chức: 'so-khong-co'. "
                + "Chưa chọn Thành phần dự họp. "
                + "Cơ quan không có trong danh sách thành viên được lấy ý kiến: 'so-khong-co'.");
  }

  // Sections, the case, the refusal

  @Test
  void aSectionHeadsItsProblemsAmongTheForms() {
    FormReader f = form("directive2Task", "x".repeat(2001));
    f.text("conclusionNo", "Số thông báo kết luận", 100);
    FormReader row = f.section("Nhiệm vụ 2: ");
    row.text("directive2Task", "nội dung nhiệm vụ", 2000);
    row.problem("Hạn hoàn thành không quá 2 năm.");
    assertThat(row.ok()).isFalse();
    assertThatThrownBy(() -> f.check("Thông báo kết luận chưa hợp lệ:"))
        .hasMessage(
            "Thông báo kết luận chưa hợp lệ: Thiếu Số thông báo kết luận. "
                + "Nhiệm vụ 2: nội dung nhiệm vụ dài quá 2000 ký tự. Nhiệm vụ 2: hạn hoàn thành không quá 2 năm.");
  }

  @Test
  void theCaseIdIsKeptByTheProcess() {
    assertThat(form(CaseVariables.CASE_ID, 42L).caseId()).isEqualTo(42L);
    assertThat(form(CaseVariables.CASE_ID, 7).caseId()).isEqualTo(7L);
    assertThatThrownBy(() -> form().caseId()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nothingWrongMeansNoRefusal() {
    FormReader f = form("x", "a");
    f.text("x", "x", 1);
    f.check();
    f.check("Hồ sơ chưa hợp lệ:");
    assertThat(f.ok()).isTrue();
  }

  @Test
  void amountsAreWrittenTheVietnameseWay() {
    assertThat(FormReader.vnd(new BigDecimal("4200000000"))).isEqualTo("4.200.000.000");
    assertThat(FormReader.vnd(BigDecimal.ZERO)).isEqualTo("0");
  }
}
