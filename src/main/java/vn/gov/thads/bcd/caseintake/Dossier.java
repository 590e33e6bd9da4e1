package vn.gov.thads.bcd.caseintake;

import static vn.gov.thads.bcd.caseintake.DossierField.AMOUNT_VND;
import static vn.gov.thads.bcd.caseintake.DossierField.CASE_CATEGORY;
import static vn.gov.thads.bcd.caseintake.DossierField.CREDITOR_NAME;
import static vn.gov.thads.bcd.caseintake.DossierField.DEBTOR_NAME;
import static vn.gov.thads.bcd.caseintake.DossierField.ENFORCEMENT_DECISION_DATE;
import static vn.gov.thads.bcd.caseintake.DossierField.ENFORCEMENT_DECISION_NO;
import static vn.gov.thads.bcd.caseintake.DossierField.JUDGMENT_NO;
import static vn.gov.thads.bcd.caseintake.DossierField.OBSTACLE;
import static vn.gov.thads.bcd.caseintake.DossierField.PROPERTY_DISPUTED;
import static vn.gov.thads.bcd.caseintake.DossierField.PROPOSAL;
import static vn.gov.thads.bcd.caseintake.DossierField.SECURITY_RISK;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;

/**
 * The case dossier as the enforcement agency submits it (start form, "complete the dossier", or
 * REST), checked on the server with the same rules as the form and a few more. Its fields are
 * {@link DossierField}.
 */
public record Dossier(
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

  /**
   * Reads and checks the dossier from a submitted form.
   *
   * @param today the date against which "not in the future" is judged (Vietnam time)
   * @throws InvalidCaseDataException listing every problem, in Vietnamese
   */
  public static Dossier from(FormReader f, LocalDate today) {
    String decisionNo =
        f.documentNo(ENFORCEMENT_DECISION_NO.variable(), ENFORCEMENT_DECISION_NO.label());
    LocalDate decisionDate =
        f.notInFuture(
            f.date(ENFORCEMENT_DECISION_DATE.variable(), ENFORCEMENT_DECISION_DATE.label()),
            ENFORCEMENT_DECISION_DATE.label(),
            today);
    String judgmentNo = f.documentNo(JUDGMENT_NO.variable(), JUDGMENT_NO.label());
    String debtor = f.text(DEBTOR_NAME.variable(), DEBTOR_NAME.label(), 300);
    String creditor = f.text(CREDITOR_NAME.variable(), CREDITOR_NAME.label(), 300);
    BigDecimal amount = f.amount(AMOUNT_VND.variable(), AMOUNT_VND.label());
    CaseCategory category = category(f);
    boolean disputed = f.flag(PROPERTY_DISPUTED.variable(), PROPERTY_DISPUTED.label());
    boolean risk = f.flag(SECURITY_RISK.variable(), SECURITY_RISK.label());
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
        disputed,
        risk,
        obstacle,
        proposal);
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
      case PROPERTY_DISPUTED -> propertyDisputed;
      case SECURITY_RISK -> securityRisk;
      case OBSTACLE -> obstacle;
      case PROPOSAL -> proposal;
    };
  }

  /**
   * The dossier of a row selected with {@link DossierField#columns()}, as the process variables the
   * forms read (a date as yyyy-MM-dd, the amount as a whole number), keyed by variable name.
   */
  static Map<String, Object> variables(ResultSet rs) throws SQLException {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (DossierField field : DossierField.values()) {
      Object value =
          switch (field) {
            case ENFORCEMENT_DECISION_DATE -> rs.getDate(field.column()).toLocalDate().toString();
            case AMOUNT_VND -> rs.getBigDecimal(field.column()).longValueExact();
            case PROPERTY_DISPUTED, SECURITY_RISK -> rs.getBoolean(field.column());
            default -> rs.getString(field.column());
          };
      variables.put(field.variable(), value);
    }
    return variables;
  }
}
