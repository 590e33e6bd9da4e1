package vn.gov.thads.bcd.caseintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;

/**
 * The credit details of a bank-credit case: read and checked with the dossier, refused for any
 * other category, and on the completion form the details the form hid are not held against the
 * official.
 */
class BankCreditDossierTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  static Map<String, Object> bankCase() {
    Map<String, Object> v = new HashMap<>();
    v.put("enforcementDecisionNo", "125/QĐ-THADS");
    v.put("enforcementDecisionDate", "2026-03-02");
    v.put("judgmentNo", "45/2024/KDTM-PT");
    v.put("debtorName", "Công ty TNHH Thủy sản Rạch Giá");
    v.put("creditorName", "Ngân hàng TMCP Phát triển Kiên Giang");
    v.put("amountVnd", 12_500_000_000L);
    v.put("caseCategory", "tin-dung-ngan-hang");
    v.put("creditorIsCreditInstitution", true);
    v.put("creditInstitutionName", "  Ngân hàng TMCP Phát triển Kiên Giang - Chi nhánh Rạch Giá ");
    v.put(
        "collateralDescription", "Quyền sử dụng đất và nhà xưởng tại thửa số 112, tờ bản đồ số 7");
    v.put(
        "collateralRegistration",
        "Số 1520 ngày 05/3/2021, Văn phòng đăng ký đất đai tỉnh An Giang");
    v.put("collateralValueVnd", 9_800_000_000L);
    v.put("principalVnd", 10_000_000_000L);
    v.put("interestVnd", "2500000000");
    v.put("obstacle", "Tài sản thế chấp đang có tranh chấp với người thứ ba.");
    v.put("proposal", "Đề nghị Sở Nông nghiệp và Môi trường cung cấp hồ sơ địa chính.");
    return v;
  }

  private static Dossier read(Map<String, Object> v) {
    return Dossier.from(FormReader.of(v::get), TODAY);
  }

  @Test
  void aBankCreditCaseKeepsItsCreditDetails() {
    Dossier d = read(bankCase());

    assertThat(d.category()).isEqualTo(CaseCategory.BANK_CREDIT);
    assertThat(d.creditorIsCreditInstitution()).isTrue();
    assertThat(d.creditInstitutionName())
        .isEqualTo("Ngân hàng TMCP Phát triển Kiên Giang - Chi nhánh Rạch Giá");
    assertThat(d.collateralDescription()).startsWith("Quyền sử dụng đất");
    assertThat(d.collateralRegistration()).contains("Văn phòng đăng ký đất đai");
    assertThat(d.collateralValueVnd()).isEqualByComparingTo("9800000000");
    assertThat(d.principalVnd()).isEqualByComparingTo("10000000000");
    assertThat(d.interestVnd()).isEqualByComparingTo("2500000000");
  }

  @Test
  void theDetailsAreOptionalEvenForABankCreditCase() {
    Map<String, Object> v = bankCase();
    DossierField.bankCreditFields().forEach(f -> v.remove(f.variable()));

    Dossier d = read(v);

    assertThat(d.creditorIsCreditInstitution()).isFalse();
    assertThat(d.creditInstitutionName()).isNull();
    assertThat(d.principalVnd()).isNull();
  }

  @Test
  void aCreditInstitutionMustBeNamed() {
    Map<String, Object> v = bankCase();
    v.put("creditInstitutionName", "  ");

    assertThatThrownBy(() -> read(v))
        .isInstanceOf(InvalidCaseDataException.class)
        .hasMessage(
            "Hồ sơ chưa hợp lệ: Thiếu Tên tổ chức tín dụng (bắt buộc khi người được thi hành án là"
                + " tổ chức tín dụng).");
  }

  @Test
  void anInstitutionIsNamedOnlyWhenTheCreditorIsOne() {
    Map<String, Object> v = bankCase();
    v.put("creditorIsCreditInstitution", false);

    assertThatThrownBy(() -> read(v))
        .hasMessageContaining(
            "Chỉ ghi Tên tổ chức tín dụng khi người được thi hành án là tổ chức tín dụng.");
  }

  @Test
  void amountsAreWholeNonNegativeDong() {
    Map<String, Object> v = bankCase();
    v.put("collateralValueVnd", -1L);
    v.put("principalVnd", "10.000.000");
    v.put("interestVnd", 12.5);

    assertThatThrownBy(() -> read(v))
        .hasMessageContaining("Giá trị tài sản bảo đảm (đồng) phải là số nguyên không âm.")
        .hasMessageContaining("Nợ gốc (đồng) phải là một số.")
        .hasMessageContaining("Nợ lãi (đồng) phải là số nguyên không âm.");
  }

  @Test
  void principalAndInterestMayNotExceedTheAmountToBeEnforced() {
    Map<String, Object> v = bankCase();
    v.put("interestVnd", 2_500_000_001L);

    assertThatThrownBy(() -> read(v))
        .hasMessage(
            "Hồ sơ chưa hợp lệ: Nợ gốc và nợ lãi cộng lại (12.500.000.001 đồng) không được lớn hơn"
                + " Số tiền phải thi hành (đồng) (12.500.000.000 đồng).");
    // Exactly the amount is fine, and so is either alone.
    v.put("interestVnd", 2_500_000_000L);
    assertThat(read(v).interestVnd()).isEqualByComparingTo("2500000000");
    v.remove("interestVnd");
    v.put("principalVnd", 12_500_000_000L);
    assertThat(read(v).principalVnd()).isEqualByComparingTo("12500000000");
  }

  @Test
  void aRegistrationOrValueNeedsTheCollateralDescribed() {
    Map<String, Object> v = bankCase();
    v.remove("collateralDescription");

    assertThatThrownBy(() -> read(v))
        .hasMessageContaining(
            "Thiếu Tài sản bảo đảm: đã ghi đăng ký hoặc giá trị thì phải mô tả tài sản bảo đảm.");
  }

  @Test
  void otherCategoriesRefuseTheCreditDetailsNamingThem() {
    Map<String, Object> v = bankCase();
    v.put("caseCategory", "tranh-chap-tai-san");
    v.remove("collateralDescription");
    v.remove("collateralRegistration");
    v.remove("collateralValueVnd");

    assertThatThrownBy(() -> read(v))
        .hasMessage(
            "Hồ sơ chưa hợp lệ: Thông tin tín dụng, ngân hàng (Người được thi hành án là tổ chức"
                + " tín dụng, Tên tổ chức tín dụng, Nợ gốc (đồng), Nợ lãi (đồng)) chỉ ghi khi Loại"
                + " việc là 'Án tín dụng, ngân hàng'; hãy bỏ trống hoặc chọn lại Loại việc.");
    // An unticked box is no detail.
    Map<String, Object> plain = bankCase();
    DossierField.bankCreditFields().forEach(f -> plain.remove(f.variable()));
    plain.put("caseCategory", "tranh-chap-tai-san");
    plain.put("creditorIsCreditInstitution", false);
    assertThat(read(plain).creditorIsCreditInstitution()).isFalse();
  }

  @Test
  void theCompletionFormsHiddenRecordedDetailsAreClearedNotRefused() {
    // The record holds the details; the official changes the category, which hides them.
    Map<String, Object> recorded = bankCase();
    Map<String, Object> task = new HashMap<>(recorded);
    task.put("caseCategory", "tranh-chap-tai-san");

    Dossier d =
        Dossier.from(
            FormReader.of(Dossier.withoutHiddenRecordedValues(task::get, recorded)), TODAY);

    assertThat(d.category()).isEqualTo(CaseCategory.PROPERTY_DISPUTE);
    assertThat(d.creditorIsCreditInstitution()).isFalse();
    assertThat(d.creditInstitutionName()).isNull();
    assertThat(d.collateralDescription()).isNull();
    assertThat(d.principalVnd()).isNull();

    // Unticking the box hides the name: it is dropped.
    Map<String, Object> unticked = new HashMap<>(recorded);
    unticked.put("creditorIsCreditInstitution", false);
    assertThat(
            Dossier.from(
                    FormReader.of(Dossier.withoutHiddenRecordedValues(unticked::get, recorded)),
                    TODAY)
                .creditInstitutionName())
        .isNull();

    // A detail that differs from the record was sent on purpose: refused as at the start.
    task.put("principalVnd", 1L);
    assertThatThrownBy(
            () ->
                Dossier.from(
                    FormReader.of(Dossier.withoutHiddenRecordedValues(task::get, recorded)), TODAY))
        .hasMessageContaining("Thông tin tín dụng, ngân hàng (Nợ gốc (đồng))");
  }
}
