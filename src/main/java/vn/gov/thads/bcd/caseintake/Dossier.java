package vn.gov.thads.bcd.caseintake;

import static vn.gov.thads.bcd.caseintake.DossierField.AMOUNT_VND;
import static vn.gov.thads.bcd.caseintake.DossierField.CASE_CATEGORY;
import static vn.gov.thads.bcd.caseintake.DossierField.COLLATERAL_DESCRIPTION;
import static vn.gov.thads.bcd.caseintake.DossierField.COLLATERAL_REGISTRATION;
import static vn.gov.thads.bcd.caseintake.DossierField.COLLATERAL_VALUE_VND;
import static vn.gov.thads.bcd.caseintake.DossierField.CREDITOR_IS_CREDIT_INSTITUTION;
import static vn.gov.thads.bcd.caseintake.DossierField.CREDITOR_NAME;
import static vn.gov.thads.bcd.caseintake.DossierField.CREDIT_INSTITUTION_NAME;
import static vn.gov.thads.bcd.caseintake.DossierField.DEBTOR_NAME;
import static vn.gov.thads.bcd.caseintake.DossierField.DEBTOR_POLICY_BENEFICIARY;
import static vn.gov.thads.bcd.caseintake.DossierField.ENFORCEMENT_DECISION_DATE;
import static vn.gov.thads.bcd.caseintake.DossierField.ENFORCEMENT_DECISION_NO;
import static vn.gov.thads.bcd.caseintake.DossierField.INTEREST_VND;
import static vn.gov.thads.bcd.caseintake.DossierField.JUDGMENT_DATE;
import static vn.gov.thads.bcd.caseintake.DossierField.JUDGMENT_NO;
import static vn.gov.thads.bcd.caseintake.DossierField.JUDGMENT_RECEIVED_DATE;
import static vn.gov.thads.bcd.caseintake.DossierField.OBLIGED_BODY;
import static vn.gov.thads.bcd.caseintake.DossierField.OBLIGED_BODY_SUPERIOR;
import static vn.gov.thads.bcd.caseintake.DossierField.OBSTACLE;
import static vn.gov.thads.bcd.caseintake.DossierField.PRINCIPAL_VND;
import static vn.gov.thads.bcd.caseintake.DossierField.PROPERTY_DISPUTED;
import static vn.gov.thads.bcd.caseintake.DossierField.PROPOSAL;
import static vn.gov.thads.bcd.caseintake.DossierField.SECURITY_RISK;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The case dossier as the enforcement agency submits it (start form, "complete the dossier", or
 * REST), checked on the server with the same rules as the form and a few more. Its fields are
 * {@link DossierField}.
 *
 * <p>A bank-credit case (category {@link CaseCategory#BANK_CREDIT}) may also record its credit
 * details ({@link DossierField#bankCredit()}): whether the creditor is a credit institution and
 * which, the collateral (description, registration, value) and the principal and interest owed.
 * They are optional, but the institution's name is required when the creditor is one, the amounts
 * are whole đồng, principal and interest together may not exceed the amount to be enforced, and for
 * any other category they are refused (never silently dropped).
 *
 * <p>An administrative judgment (category {@link CaseCategory#ADMINISTRATIVE}) is executed by the
 * losing public body itself, not enforced by THADS ({@link DossierField#administrative()}): it
 * requires the obliged body (free text), its direct superior (an agency of the organisation, to
 * which the committee's directives go), the judgment's date and the date the body received it (not
 * before the judgment, not in the future; the body's 30 days run from it). It has no amount to
 * enforce (left blank it is recorded as 0) and the debtor may be left blank (the obliged body is
 * recorded as the debtor). For any other category these fields are refused.
 */
public record Dossier(
    String enforcementDecisionNo,
    LocalDate enforcementDecisionDate,
    String judgmentNo,
    String debtorName,
    String creditorName,
    BigDecimal amountVnd,
    CaseCategory category,
    boolean creditorIsCreditInstitution,
    String creditInstitutionName,
    String collateralDescription,
    String collateralRegistration,
    BigDecimal collateralValueVnd,
    BigDecimal principalVnd,
    BigDecimal interestVnd,
    String obligedBody,
    String obligedBodySuperior,
    LocalDate judgmentDate,
    LocalDate judgmentReceivedDate,
    boolean propertyDisputed,
    boolean securityRisk,
    boolean debtorPolicyBeneficiary,
    String obstacle,
    String proposal) {

  /** A dossier without bank-credit or administrative-judgment details. */
  public Dossier(
      String enforcementDecisionNo,
      LocalDate enforcementDecisionDate,
      String judgmentNo,
      String debtorName,
      String creditorName,
      BigDecimal amountVnd,
      CaseCategory category,
      boolean propertyDisputed,
      boolean securityRisk,
      String obstacle,
      String proposal) {
    this(
        enforcementDecisionNo,
        enforcementDecisionDate,
        judgmentNo,
        debtorName,
        creditorName,
        amountVnd,
        category,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        propertyDisputed,
        securityRisk,
        false,
        obstacle,
        proposal);
  }

  /** The same dossier, with the debtor recorded as a policy beneficiary or not. */
  public Dossier withDebtorPolicyBeneficiary(boolean beneficiary) {
    return new Dossier(
        enforcementDecisionNo,
        enforcementDecisionDate,
        judgmentNo,
        debtorName,
        creditorName,
        amountVnd,
        category,
        creditorIsCreditInstitution,
        creditInstitutionName,
        collateralDescription,
        collateralRegistration,
        collateralValueVnd,
        principalVnd,
        interestVnd,
        obligedBody,
        obligedBodySuperior,
        judgmentDate,
        judgmentReceivedDate,
        propertyDisputed,
        securityRisk,
        beneficiary,
        obstacle,
        proposal);
  }

  /**
   * Reads and checks the dossier from a submitted form, without checking an administrative
   * judgment's superior against the organisation (see {@link #from(FormReader, LocalDate,
   * Predicate)}).
   */
  public static Dossier from(FormReader f, LocalDate today) {
    return from(f, today, id -> true);
  }

  /**
   * Reads and checks the dossier from a submitted form.
   *
   * @param today the date against which "not in the future" is judged (Vietnam time)
   * @param knownAgency whether an agency id is the organisation's (an administrative judgment's
   *     superior must be)
   * @throws InvalidCaseDataException listing every problem, in Vietnamese
   */
  public static Dossier from(FormReader f, LocalDate today, Predicate<String> knownAgency) {
    String decisionNo =
        f.documentNo(ENFORCEMENT_DECISION_NO.variable(), ENFORCEMENT_DECISION_NO.label());
    LocalDate decisionDate =
        f.notInFuture(
            f.date(ENFORCEMENT_DECISION_DATE.variable(), ENFORCEMENT_DECISION_DATE.label()),
            ENFORCEMENT_DECISION_DATE.label(),
            today);
    String judgmentNo = f.documentNo(JUDGMENT_NO.variable(), JUDGMENT_NO.label());
    // Looked at first (the checks below depend on it), reported in the form's order.
    boolean administrative =
        CaseCategory.ADMINISTRATIVE.code().equals(f.raw(CASE_CATEGORY.variable()));
    String debtor =
        administrative
            ? f.optionalText(DEBTOR_NAME.variable(), DEBTOR_NAME.label(), 300)
            : f.text(DEBTOR_NAME.variable(), DEBTOR_NAME.label(), 300);
    String creditor = f.text(CREDITOR_NAME.variable(), CREDITOR_NAME.label(), 300);
    BigDecimal amount =
        administrative
            ? Objects.requireNonNullElse(
                f.optionalAmount(AMOUNT_VND.variable(), AMOUNT_VND.label()), BigDecimal.ZERO)
            : f.amount(AMOUNT_VND.variable(), AMOUNT_VND.label());
    CaseCategory category = category(f);
    String obligedBody = null;
    String superior = null;
    LocalDate judgmentDate = null;
    LocalDate receivedDate = null;
    if (administrative) {
      obligedBody = f.text(OBLIGED_BODY.variable(), OBLIGED_BODY.label(), 300);
      superior =
          f.agency(OBLIGED_BODY_SUPERIOR.variable(), OBLIGED_BODY_SUPERIOR.label(), knownAgency);
      judgmentDate =
          f.notInFuture(
              f.date(JUDGMENT_DATE.variable(), JUDGMENT_DATE.label()),
              JUDGMENT_DATE.label(),
              today);
      receivedDate =
          f.notInFuture(
              f.date(JUDGMENT_RECEIVED_DATE.variable(), JUDGMENT_RECEIVED_DATE.label()),
              JUDGMENT_RECEIVED_DATE.label(),
              today);
      if (judgmentDate != null && receivedDate != null && receivedDate.isBefore(judgmentDate)) {
        f.problem(
            JUDGMENT_RECEIVED_DATE.label()
                + " ("
                + VietnamTime.format(receivedDate)
                + ") không được trước "
                + JUDGMENT_DATE.label()
                + " ("
                + VietnamTime.format(judgmentDate)
                + ").");
      }
      if (debtor == null && obligedBody != null) {
        debtor = obligedBody;
      }
    } else if (category != null) {
      onlyForAdministrative(f);
    }
    boolean creditInstitution =
        f.flag(CREDITOR_IS_CREDIT_INSTITUTION.variable(), CREDITOR_IS_CREDIT_INSTITUTION.label());
    String institutionName =
        f.optionalText(CREDIT_INSTITUTION_NAME.variable(), CREDIT_INSTITUTION_NAME.label(), 300);
    String collateral =
        f.optionalText(COLLATERAL_DESCRIPTION.variable(), COLLATERAL_DESCRIPTION.label(), 2000);
    String registration =
        f.optionalText(COLLATERAL_REGISTRATION.variable(), COLLATERAL_REGISTRATION.label(), 500);
    BigDecimal collateralValue =
        f.optionalAmount(COLLATERAL_VALUE_VND.variable(), COLLATERAL_VALUE_VND.label());
    BigDecimal principal = f.optionalAmount(PRINCIPAL_VND.variable(), PRINCIPAL_VND.label());
    BigDecimal interest = f.optionalAmount(INTEREST_VND.variable(), INTEREST_VND.label());
    if (category != null && category != CaseCategory.BANK_CREDIT) {
      onlyForBankCredit(f);
    } else {
      if (creditInstitution
          && institutionName == null
          && f.isBlank(CREDIT_INSTITUTION_NAME.variable())) {
        f.problem(
            "Thiếu "
                + CREDIT_INSTITUTION_NAME.label()
                + " (bắt buộc khi người được thi hành án là tổ chức tín dụng).");
      }
      if (!creditInstitution && institutionName != null) {
        f.problem(
            "Chỉ ghi "
                + CREDIT_INSTITUTION_NAME.label()
                + " khi người được thi hành án là tổ chức tín dụng.");
      }
      if (collateral == null
          && f.isBlank(COLLATERAL_DESCRIPTION.variable())
          && (registration != null || collateralValue != null)) {
        f.problem(
            "Thiếu "
                + COLLATERAL_DESCRIPTION.label()
                + ": đã ghi đăng ký hoặc giá trị thì phải mô tả tài sản bảo đảm.");
      }
      if (amount != null && (principal != null || interest != null)) {
        BigDecimal owed =
            Objects.requireNonNullElse(principal, BigDecimal.ZERO)
                .add(Objects.requireNonNullElse(interest, BigDecimal.ZERO));
        if (owed.compareTo(amount) > 0) {
          f.problem(
              "Nợ gốc và nợ lãi cộng lại ("
                  + FormReader.vnd(owed)
                  + " đồng) không được lớn hơn "
                  + AMOUNT_VND.label()
                  + " ("
                  + FormReader.vnd(amount)
                  + " đồng).");
        }
      }
    }
    boolean disputed = f.flag(PROPERTY_DISPUTED.variable(), PROPERTY_DISPUTED.label());
    boolean risk = f.flag(SECURITY_RISK.variable(), SECURITY_RISK.label());
    boolean policyBeneficiary =
        f.flag(DEBTOR_POLICY_BENEFICIARY.variable(), DEBTOR_POLICY_BENEFICIARY.label());
    String obstacle = f.text(OBSTACLE.variable(), OBSTACLE.label(), 4000);
    String proposal = f.text(PROPOSAL.variable(), PROPOSAL.label(), 4000);
    f.check("Hồ sơ chưa hợp lệ:");
    return new Dossier(
        decisionNo,
        decisionDate,
        judgmentNo,
        debtor,
        creditor,
        amount,
        category,
        creditInstitution,
        institutionName,
        collateral,
        registration,
        collateralValue,
        principal,
        interest,
        obligedBody,
        superior,
        judgmentDate,
        receivedDate,
        disputed,
        risk,
        policyBeneficiary,
        obstacle,
        proposal);
  }

  /** Refuses the administrative-judgment fields filled in for another category, naming them. */
  private static void onlyForAdministrative(FormReader f) {
    List<String> given =
        DossierField.administrativeFields().stream()
            .filter(field -> !f.isBlank(field.variable()))
            .map(DossierField::label)
            .toList();
    if (!given.isEmpty()) {
      f.problem(
          "Thông tin án hành chính ("
              + String.join(", ", given)
              + ") chỉ ghi khi "
              + CASE_CATEGORY.label()
              + " là '"
              + CaseCategory.ADMINISTRATIVE.label()
              + "'; hãy bỏ trống hoặc chọn lại "
              + CASE_CATEGORY.label()
              + ".");
    }
  }

  /** Whether this is an administrative judgment, monitored rather than enforced. */
  public boolean administrative() {
    return category == CaseCategory.ADMINISTRATIVE;
  }

  /**
   * Refuses the bank-credit fields that were filled in for a case of another category, naming them.
   */
  private static void onlyForBankCredit(FormReader f) {
    List<String> given =
        DossierField.bankCreditFields().stream()
            .filter(
                field ->
                    field == CREDITOR_IS_CREDIT_INSTITUTION
                        ? Boolean.TRUE.equals(f.raw(field.variable()))
                            || "true".equals(f.raw(field.variable()))
                        : !f.isBlank(field.variable()))
            .map(DossierField::label)
            .toList();
    if (!given.isEmpty()) {
      f.problem(
          "Thông tin tín dụng, ngân hàng ("
              + String.join(", ", given)
              + ") chỉ ghi khi "
              + CASE_CATEGORY.label()
              + " là '"
              + CaseCategory.BANK_CREDIT.label()
              + "'; hãy bỏ trống hoặc chọn lại "
              + CASE_CATEGORY.label()
              + ".");
    }
  }

  /**
   * The form's values as the completion form submits them: a bank-credit or administrative field
   * the form hides (any such field for another category, the institution's name when the creditor
   * is not one) keeps the value loaded from the record, which the official neither saw nor could
   * clear; such a value is read as blank, so that changing the category or unticking the box clears
   * it. A value that differs from the record was sent on purpose (e.g. over REST) and is checked as
   * usual.
   *
   * @param submitted the task's variables
   * @param recorded the dossier as recorded ({@link CaseRepository#dossierVariables})
   */
  public static Function<String, Object> withoutHiddenRecordedValues(
      Function<String, Object> submitted, Map<String, Object> recorded) {
    boolean bankCredit =
        CaseCategory.BANK_CREDIT.code().equals(submitted.apply(CASE_CATEGORY.variable()));
    boolean administrative =
        CaseCategory.ADMINISTRATIVE.code().equals(submitted.apply(CASE_CATEGORY.variable()));
    Object flag = submitted.apply(CREDITOR_IS_CREDIT_INSTITUTION.variable());
    boolean creditInstitution = Boolean.TRUE.equals(flag) || "true".equals(flag);
    return name -> {
      Object value = submitted.apply(name);
      boolean hidden =
          (DossierField.bankCreditFields().stream().anyMatch(d -> d.variable().equals(name))
                  && (!bankCredit
                      || (name.equals(CREDIT_INSTITUTION_NAME.variable()) && !creditInstitution)))
              || (!administrative
                  && DossierField.administrativeFields().stream()
                      .anyMatch(d -> d.variable().equals(name)));
      return hidden && Objects.equals(value, recorded.get(name)) ? null : value;
    };
  }

  private static CaseCategory category(FormReader f) {
    Object value = f.raw(CASE_CATEGORY.variable());
    if (f.isBlank(CASE_CATEGORY.variable())) {
      f.problem("Chưa chọn " + CASE_CATEGORY.label() + ".");
      return null;
    }
    CaseCategory category = CaseCategory.fromCode(value.toString()).orElse(null);
    if (category == null) {
      f.problem(CASE_CATEGORY.label() + " '" + value + "' không có trong danh mục.");
    }
    return category;
  }

  /** The value of a field as its column keeps it. */
  Object column(DossierField field) {
    return switch (field) {
      case ENFORCEMENT_DECISION_NO -> enforcementDecisionNo;
      case ENFORCEMENT_DECISION_DATE -> Date.valueOf(enforcementDecisionDate);
      case JUDGMENT_NO -> judgmentNo;
      case DEBTOR_NAME -> debtorName;
      case CREDITOR_NAME -> creditorName;
      case AMOUNT_VND -> amountVnd;
      case CASE_CATEGORY -> category.code();
      case CREDITOR_IS_CREDIT_INSTITUTION -> creditorIsCreditInstitution;
      case CREDIT_INSTITUTION_NAME -> creditInstitutionName;
      case COLLATERAL_DESCRIPTION -> collateralDescription;
      case COLLATERAL_REGISTRATION -> collateralRegistration;
      case COLLATERAL_VALUE_VND -> collateralValueVnd;
      case PRINCIPAL_VND -> principalVnd;
      case INTEREST_VND -> interestVnd;
      case OBLIGED_BODY -> obligedBody;
      case OBLIGED_BODY_SUPERIOR -> obligedBodySuperior;
      case JUDGMENT_DATE -> judgmentDate == null ? null : Date.valueOf(judgmentDate);
      case JUDGMENT_RECEIVED_DATE ->
          judgmentReceivedDate == null ? null : Date.valueOf(judgmentReceivedDate);
      case PROPERTY_DISPUTED -> propertyDisputed;
      case SECURITY_RISK -> securityRisk;
      case DEBTOR_POLICY_BENEFICIARY -> debtorPolicyBeneficiary;
      case OBSTACLE -> obstacle;
      case PROPOSAL -> proposal;
    };
  }

  /**
   * The dossier of a row selected with {@link DossierField#columns()}, as the process variables the
   * forms read (a date as yyyy-MM-dd, an amount as a whole number, an amount not recorded as null),
   * keyed by variable name.
   */
  static Map<String, Object> variables(ResultSet rs) throws SQLException {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (DossierField field : DossierField.values()) {
      Object value =
          switch (field) {
            case ENFORCEMENT_DECISION_DATE, JUDGMENT_DATE, JUDGMENT_RECEIVED_DATE -> {
              Date date = rs.getDate(field.column());
              yield date == null ? null : date.toLocalDate().toString();
            }
            case AMOUNT_VND, COLLATERAL_VALUE_VND, PRINCIPAL_VND, INTEREST_VND -> {
              BigDecimal amount = rs.getBigDecimal(field.column());
              yield amount == null ? null : amount.longValueExact();
            }
            case PROPERTY_DISPUTED,
                SECURITY_RISK,
                DEBTOR_POLICY_BENEFICIARY,
                CREDITOR_IS_CREDIT_INSTITUTION ->
                rs.getBoolean(field.column());
            default -> rs.getString(field.column());
          };
      variables.put(field.variable(), value);
    }
    return variables;
  }
}
