package vn.gov.thads.bcd.caseintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;

/**
 * The dossier's "debtor is a policy beneficiary" flag, which keeps coercion off their days of
 * tradition (27/7): read as the other yes/no fields, no by default, refused in Vietnamese when it
 * is no yes/no.
 */
class PolicyBeneficiaryDossierTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private static Dossier read(Map<String, Object> v) {
    return Dossier.from(FormReader.of(v::get), TODAY);
  }

  @Test
  void theFlagIsKeptAndLeftOutMeansNo() {
    Map<String, Object> v = BankCreditDossierTest.bankCase();
    assertThat(read(v).debtorPolicyBeneficiary()).isFalse();
    v.put("debtorPolicyBeneficiary", true);
    Dossier flagged = read(v);
    assertThat(flagged.debtorPolicyBeneficiary()).isTrue();
    assertThat(flagged.column(DossierField.DEBTOR_POLICY_BENEFICIARY)).isEqualTo(true);
    v.put("debtorPolicyBeneficiary", "true");
    assertThat(read(v).debtorPolicyBeneficiary()).isTrue();
  }

  @Test
  void anythingButYesOrNoIsRefusedInVietnamese() {
    Map<String, Object> v = BankCreditDossierTest.bankCase();
    v.put("debtorPolicyBeneficiary", "có lẽ");
    assertThatThrownBy(() -> read(v))
        .isInstanceOf(InvalidCaseDataException.class)
        .hasMessageContaining(
            "Người phải thi hành án là người có công, thuộc diện chính sách phải là có hoặc"
                + " không.");
  }
}
