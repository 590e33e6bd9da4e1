package vn.gov.thads.bcd.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.gov.thads.bcd.statistics.StatisticsSamples.SampleRow;

/** The import layout: the committed example reads; every problem of a bad file is named. */
class StatisticsWorkbookTest {

  private static final Scope PROVINCE = new Scope(Scope.PROVINCE, "Toàn tỉnh An Giang");
  private static final Scope KV01 = new Scope("thads-kv01", StatisticsSamples.KV01);
  private static final Scope KV02 = new Scope("thads-kv02", "Phòng Thi hành án dân sự khu vực 2");

  /** As the organisation file names them (ProvinceStatistics.scopeNamed, in the IT). */
  private static Optional<Scope> scope(String unit) {
    String u = ProvinceStatistics.normalise(unit);
    return Optional.ofNullable(
        Map.of(
                "toàn tỉnh",
                PROVINCE,
                ProvinceStatistics.normalise(StatisticsSamples.KV01),
                KV01,
                "thads-kv02",
                KV02)
            .get(u));
  }

  @Test
  void theCommittedExampleReadsAsTheProvinceAndTwoOffices() throws Exception {
    List<ProvinceStatistics.Entry> entries;
    try (InputStream in = getClass().getResourceAsStream(StatisticsSamples.EXAMPLE)) {
      entries = StatisticsWorkbook.read(in, StatisticsWorkbookTest::scope);
    }
    assertThat(entries)
        .extracting(ProvinceStatistics.Entry::scope)
        .containsExactly(PROVINCE, KV01, KV02);

    ProvinceStatistics.Entry province = entries.get(0);
    FigureChecks.Result cases = FigureChecks.check(Side.CASES, province.submission().cases());
    FigureChecks.Result money = FigureChecks.check(Side.MONEY, province.submission().money());
    assertThat(cases.errors()).isEmpty();
    assertThat(money.errors()).isEmpty();
    assertThat(cases.figures().resolved()).isEqualTo(12_491);
    assertThat(cases.figures().rate()).isEqualByComparingTo("83.78");
    assertThat(money.figures().resolved()).isEqualTo(1_012_000_000_000L);
    assertThat(money.figures().rate()).isEqualByComparingTo("48.72");
    // A number written as text with thousands separators (kv01's newly accepted money).
    assertThat(entries.get(1).submission().money().get(Line.NEWLY_ACCEPTED))
        .isEqualTo(180_000_000_000L);
    // The committed file is what StatisticsSamples writes.
    try (InputStream in = getClass().getResourceAsStream(StatisticsSamples.EXAMPLE)) {
      assertThat(
              StatisticsWorkbook.read(
                  new ByteArrayInputStream(StatisticsSamples.example()),
                  StatisticsWorkbookTest::scope))
          .isEqualTo(StatisticsWorkbook.read(in, StatisticsWorkbookTest::scope));
    }
  }

  @Test
  void everyBadCellAndRowIsNamedBySheetRowAndColumn() {
    List<SampleRow> cases = new ArrayList<>(StatisticsSamples.exampleCases());
    cases.set(
        1,
        new SampleRow(
            StatisticsSamples.KV01, 700, "bảy trăm", 1600, 20, 1580, 280, 1300, 1050, 40));
    cases.add(new SampleRow("Phòng THADS huyện Châu Thành", 1, 1, 2, 0, 2, 0, 2, 1, 0));
    cases.add(new SampleRow(StatisticsSamples.PROVINCE, 1, 1, 2, 0, 2, 0, 2, 1.5, 0));
    List<SampleRow> money = new ArrayList<>(StatisticsSamples.exampleMoney());
    money.remove(2);

    StatisticsRefusal refusal = refusal(StatisticsSamples.workbook(cases, money));

    assertThat(refusal.status()).isEqualTo(400);
    assertThat(refusal.errors())
        .containsExactly(
            "Trang «Việc», hàng 6 («Phòng Thi hành án dân sự khu vực 1»), cột «Thụ lý mới» (C6):"
                + " «bảy trăm» không phải số nguyên (ghi số, có thể dùng dấu chấm ngăn cách hàng"
                + " nghìn).",
            "Trang «Việc», hàng 8 («Phòng THADS huyện Châu Thành»): không có đơn vị này trong tệp"
                + " tổ chức (ghi «Toàn tỉnh», hoặc mã hay tên một Phòng Thi hành án dân sự khu"
                + " vực).",
            "Trang «Việc», hàng 9 («Toàn tỉnh»): đơn vị «Toàn tỉnh An Giang» đã có ở trang «Việc»,"
                + " hàng 5 («Toàn tỉnh»).",
            "Đơn vị «Phòng Thi hành án dân sự khu vực 2» có ở trang «Việc» nhưng không có ở trang"
                + " «Tiền»: cần cả hai.");
  }

  @Test
  void aMissingSheetOrColumnIsNamed() throws Exception {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      List<String> headers = new ArrayList<>(StatisticsSamples.headers(Side.CASES));
      headers.remove("Ủy thác");
      StatisticsSamples.sheet(wb, Side.CASES, headers, List.of());
      wb.write(out);
      assertThat(refusal(out.toByteArray()).errors())
          .containsExactly(
              "Trang «Việc»: hàng tiêu đề (hàng 4) thiếu cột «Ủy thác».",
              "Tệp không có trang «Tiền» (kết quả thi hành án dân sự tính bằng tiền).");
    }
  }

  @Test
  void filesThatAreNotXlsxAreRefused() throws Exception {
    assertThat(refusal("Đơn vị;Thụ lý mới\n".getBytes(StandardCharsets.UTF_8)).getMessage())
        .startsWith("Tệp không phải bảng tính Excel (.xlsx) đọc được.");
    try (HSSFWorkbook xls = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      xls.createSheet("Việc");
      xls.write(out);
      assertThat(refusal(out.toByteArray()).getMessage())
          .isEqualTo(
              "Tệp là bảng tính Excel 97–2003 (.xls): hãy lưu lại dưới dạng .xlsx rồi gửi lại.");
    }
  }

  @Test
  void aSmallFileThatInflatesToMuchMoreIsRefusedBeforePoiReadsIt() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 40; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(bytes.size()).isLessThan(100_000);
    assertThat(refusal(bytes.toByteArray()).getMessage())
        .isEqualTo("Tệp giải nén ra hơn 32 MB: một bảng số liệu không lớn như vậy.");
  }

  private static StatisticsRefusal refusal(byte[] file) {
    return catchThrowableOfType(
        StatisticsRefusal.class,
        () ->
            StatisticsWorkbook.read(new ByteArrayInputStream(file), StatisticsWorkbookTest::scope));
  }
}
