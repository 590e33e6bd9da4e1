package vn.gov.thads.bcd.caseintake;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * The fields of a case dossier, the one list of them: the process variable the forms and REST send,
 * the column of {@code bcd_case} that keeps it, and the label the forms show (and refusals name).
 */
public enum DossierField {
  ENFORCEMENT_DECISION_NO(
      CaseVariables.ENFORCEMENT_DECISION_NO,
      "enforcement_decision_no",
      "Số quyết định thi hành án"),
  ENFORCEMENT_DECISION_DATE(
      CaseVariables.ENFORCEMENT_DECISION_DATE,
      "enforcement_decision_date",
      "Ngày ra quyết định thi hành án"),
  JUDGMENT_NO(CaseVariables.JUDGMENT_NO, "judgment_no", "Số bản án, quyết định của Tòa án"),
  DEBTOR_NAME(CaseVariables.DEBTOR_NAME, "debtor_name", "Người phải thi hành án"),
  CREDITOR_NAME(CaseVariables.CREDITOR_NAME, "creditor_name", "Người được thi hành án"),
  AMOUNT_VND(CaseVariables.AMOUNT_VND, "amount_vnd", "Số tiền phải thi hành (đồng)"),
  CASE_CATEGORY(CaseVariables.CASE_CATEGORY, "category", "Loại việc"),
  // Only for a bank-credit case (CaseCategory.BANK_CREDIT): see bankCredit()
  CREDITOR_IS_CREDIT_INSTITUTION(
      CaseVariables.CREDITOR_IS_CREDIT_INSTITUTION,
      "creditor_is_credit_institution",
      "Người được thi hành án là tổ chức tín dụng"),
  CREDIT_INSTITUTION_NAME(
      CaseVariables.CREDIT_INSTITUTION_NAME, "credit_institution_name", "Tên tổ chức tín dụng"),
  COLLATERAL_DESCRIPTION(
      CaseVariables.COLLATERAL_DESCRIPTION, "collateral_description", "Tài sản bảo đảm"),
  COLLATERAL_REGISTRATION(
      CaseVariables.COLLATERAL_REGISTRATION,
      "collateral_registration",
      "Đăng ký biện pháp bảo đảm"),
  COLLATERAL_VALUE_VND(
      CaseVariables.COLLATERAL_VALUE_VND, "collateral_value_vnd", "Giá trị tài sản bảo đảm (đồng)"),
  PRINCIPAL_VND(CaseVariables.PRINCIPAL_VND, "principal_vnd", "Nợ gốc (đồng)"),
  INTEREST_VND(CaseVariables.INTEREST_VND, "interest_vnd", "Nợ lãi (đồng)"),
  // Only for an administrative judgment (CaseCategory.ADMINISTRATIVE): see administrative()
  OBLIGED_BODY(CaseVariables.OBLIGED_BODY, "obliged_body", "Cơ quan phải thi hành án"),
  OBLIGED_BODY_SUPERIOR(
      CaseVariables.OBLIGED_BODY_SUPERIOR,
      "obliged_body_superior",
      "Cơ quan cấp trên trực tiếp của cơ quan phải thi hành án"),
  JUDGMENT_DATE(CaseVariables.JUDGMENT_DATE, "judgment_date", "Ngày bản án, quyết định của Tòa án"),
  JUDGMENT_RECEIVED_DATE(
      CaseVariables.JUDGMENT_RECEIVED_DATE,
      "judgment_received_date",
      "Ngày cơ quan phải thi hành án nhận bản án, quyết định"),
  PROPERTY_DISPUTED(
      CaseVariables.PROPERTY_DISPUTED, "property_disputed", "Tài sản đang có tranh chấp"),
  SECURITY_RISK(CaseVariables.SECURITY_RISK, "security_risk", "Nguy cơ mất an ninh, trật tự"),
  // No coercion on the days of tradition of policy beneficiaries (e.g. 27/7) when the debtor is one
  DEBTOR_POLICY_BENEFICIARY(
      CaseVariables.DEBTOR_POLICY_BENEFICIARY,
      "debtor_policy_beneficiary",
      "Người phải thi hành án là người có công, thuộc diện chính sách"),
  OBSTACLE(CaseVariables.OBSTACLE, "obstacle", "Vướng mắc, khó khăn"),
  PROPOSAL(CaseVariables.PROPOSAL, "proposal", "Đề xuất biện pháp và yêu cầu đối với các cơ quan");

  private final String variable;
  private final String column;
  private final String label;

  DossierField(String variable, String column, String label) {
    this.variable = variable;
    this.column = column;
    this.label = label;
  }

  public String variable() {
    return variable;
  }

  String column() {
    return column;
  }

  public String label() {
    return label;
  }

  /**
   * Whether the field belongs to a bank-credit case only (category {@link
   * CaseCategory#BANK_CREDIT}): the forms show it only then, and the server refuses it for any
   * other category.
   */
  public boolean bankCredit() {
    return compareTo(CREDITOR_IS_CREDIT_INSTITUTION) >= 0 && compareTo(INTEREST_VND) <= 0;
  }

  /** The bank-credit fields, in the form's order. */
  public static List<DossierField> bankCreditFields() {
    return Arrays.stream(values()).filter(DossierField::bankCredit).toList();
  }

  /**
   * Whether the field belongs to an administrative judgment only (category {@link
   * CaseCategory#ADMINISTRATIVE}): the forms show it only then, the server requires it then and
   * refuses it for any other category.
   */
  public boolean administrative() {
    return compareTo(OBLIGED_BODY) >= 0 && compareTo(JUDGMENT_RECEIVED_DATE) <= 0;
  }

  /** The administrative-judgment fields, in the form's order. */
  public static List<DossierField> administrativeFields() {
    return Arrays.stream(values()).filter(DossierField::administrative).toList();
  }

  /** The variable names of every field, in the form's order. */
  public static List<String> variables() {
    return Arrays.stream(values()).map(DossierField::variable).toList();
  }

  /** The columns of every field, comma-separated, for SQL. */
  static String columns() {
    return Arrays.stream(values()).map(DossierField::column).collect(Collectors.joining(", "));
  }
}
