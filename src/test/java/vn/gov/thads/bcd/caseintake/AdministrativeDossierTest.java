package vn.gov.thads.bcd.caseintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.OrganisationFileReader;

/**
 * The dossier of an administrative judgment: the obliged body, its superior (an agency of the
 * organisation), the judgment's date and the date the body received it are required and checked; no
 * amount or debtor is needed; for any other category these fields are refused.
 */
class AdministrativeDossierTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final Organisation ORGANISATION =
      OrganisationFileReader.read(new ClassPathResource("organisation/an-giang.yml"));

  static Map<String, Object> administrativeCase() {
    Map<String, Object> v = new HashMap<>();
    v.put("enforcementDecisionNo", "31/QĐ-THADS");
    v.put("enforcementDecisionDate", "2026-02-20");
    v.put("judgmentNo", "12/2025/HC-ST");
    v.put("creditorName", "Bà Trần Thị Hoa");
    v.put("caseCategory", "hanh-chinh");
    v.put("obligedBody", " Ủy ban nhân dân phường Rạch Giá ");
    v.put("obligedBodySuperior", "ubnd-tinh");
    v.put("judgmentDate", "2026-01-15");
    v.put("judgmentReceivedDate", "2026-02-02");
    v.put("obstacle", "Ủy ban nhân dân phường chưa thu hồi quyết định hành chính bị hủy.");
    v.put("proposal", "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo thi hành bản án.");
    return v;
  }

  private static Dossier read(Map<String, Object> v) {
    return Dossier.from(FormReader.of(v::get), TODAY, id -> ORGANISATION.agency(id).isPresent());
  }

  @Test
  void anAdministrativeJudgmentNeedsNoAmountNorDebtor() {
    Dossier d = read(administrativeCase());

    assertThat(d.administrative()).isTrue();
    assertThat(d.obligedBody()).isEqualTo("Ủy ban nhân dân phường Rạch Giá");
    assertThat(d.obligedBodySuperior()).isEqualTo("ubnd-tinh");
    assertThat(d.judgmentDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(d.judgmentReceivedDate()).isEqualTo(LocalDate.of(2026, 2, 2));
    assertThat(d.amountVnd()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(d.debtorName()).isEqualTo("Ủy ban nhân dân phường Rạch Giá");
  }

  @Test
  void everyMissingAdministrativeFieldIsNamed() {
    Map<String, Object> v = administrativeCase();
    v.remove("obligedBody");
    v.remove("obligedBodySuperior");
    v.remove("judgmentDate");
    v.remove("judgmentReceivedDate");

    assertThatThrownBy(() -> read(v))
        .isInstanceOf(InvalidCaseDataException.class)
        .hasMessageStartingWith("Hồ sơ chưa hợp lệ:")
        .hasMessageContaining("Cơ quan phải thi hành án")
        .hasMessageContaining("Chưa chọn Cơ quan cấp trên trực tiếp của cơ quan phải thi hành án.")
        .hasMessageContaining("Ngày bản án, quyết định của Tòa án")
        .hasMessageContaining("Ngày cơ quan phải thi hành án nhận bản án, quyết định");
  }

  @Test
  void theSuperiorMustBeAnAgencyOfTheOrganisation() {
    Map<String, Object> v = administrativeCase();
    v.put("obligedBodySuperior", "chinh-phu");

    assertThatThrownBy(() -> read(v))
        .hasMessageContaining(
            "Cơ quan cấp trên trực tiếp của cơ quan phải thi hành án 'chinh-phu' không có trong"
                + " danh sách tổ chức.");
  }

  @Test
  void theReceiptDateIsNeitherInTheFutureNorBeforeTheJudgment() {
    Map<String, Object> future = administrativeCase();
    future.put("judgmentReceivedDate", "2026-03-11");
    assertThatThrownBy(() -> read(future))
        .hasMessageContaining(
            "Ngày cơ quan phải thi hành án nhận bản án, quyết định không được sau ngày hôm nay.");

    Map<String, Object> early = administrativeCase();
    early.put("judgmentReceivedDate", "2026-01-10");
    assertThatThrownBy(() -> read(early))
        .hasMessageContaining(
            "Ngày cơ quan phải thi hành án nhận bản án, quyết định (10/01/2026) không được trước"
                + " Ngày bản án, quyết định của Tòa án (15/01/2026).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dan-su-khac", "tin-dung-ngan-hang"})
  void administrativeFieldsAreRefusedForAnotherCategory(String category) {
    Map<String, Object> v = administrativeCase();
    v.put("caseCategory", category);
    v.put("debtorName", "Ông Nguyễn Văn A");
    v.put("amountVnd", 100_000_000L);

    assertThatThrownBy(() -> read(v))
        .hasMessageContaining(
            "Thông tin án hành chính (Cơ quan phải thi hành án, Cơ quan cấp trên trực tiếp của cơ"
                + " quan phải thi hành án, Ngày bản án, quyết định của Tòa án, Ngày cơ quan phải"
                + " thi hành án nhận bản án, quyết định) chỉ ghi khi Loại việc là 'Án hành chính'");
  }

  @Test
  void aCivilCaseStillNeedsItsAmountAndDebtor() {
    Map<String, Object> v = administrativeCase();
    v.put("caseCategory", "dan-su-khac");
    for (DossierField f : DossierField.administrativeFields()) {
      v.remove(f.variable());
    }

    assertThatThrownBy(() -> read(v))
        .hasMessageContaining("Người phải thi hành án")
        .hasMessageContaining("Số tiền phải thi hành (đồng)");
  }

  @Test
  void onTheCompletionFormTheHiddenAdministrativeFieldsOfAnotherCategoryAreCleared() {
    Map<String, Object> recorded = administrativeCase();
    Map<String, Object> submitted = new HashMap<>(recorded);
    // The official chose another category: the form hid the administrative fields, whose
    // variables still hold the recorded values.
    submitted.put("caseCategory", "dan-su-khac");
    submitted.put("debtorName", "Ông Nguyễn Văn C");
    submitted.put("amountVnd", 100_000_000L);

    Dossier d =
        Dossier.from(
            FormReader.of(Dossier.withoutHiddenRecordedValues(submitted::get, recorded)),
            TODAY,
            id -> ORGANISATION.agency(id).isPresent());

    assertThat(d.administrative()).isFalse();
    assertThat(d.obligedBody()).isNull();
    assertThat(d.obligedBodySuperior()).isNull();
    assertThat(d.judgmentReceivedDate()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Form_Dossier",
        "Form_CompleteDossier",
        "Form_ApproveRequest",
        "Form_ReviewDossier"
      })
  void theFormsOfferSuperiorsOfTheOrganisationUnderTheirNames(String form) throws IOException {
    JsonNode components =
        new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile()).path("components");
    JsonNode superior = null;
    for (JsonNode c : components) {
      if ("obligedBodySuperior".equals(c.path("key").asText())) {
        superior = c;
      }
    }
    assertThat(superior).as(form + " has the superior").isNotNull();
    assertThat(superior.path("values")).hasSizeGreaterThan(3);
    for (JsonNode option : superior.path("values")) {
      assertThat(ORGANISATION.agency(option.path("value").asText()).map(Agency::name))
          .as(option.toString())
          .contains(option.path("label").asText());
    }
  }
}
