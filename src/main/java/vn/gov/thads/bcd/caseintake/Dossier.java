package vn.gov.thads.bcd.caseintake;

import static vn.gov.thads.bcd.process.CaseVariables.AMOUNT_VND;
import static vn.gov.thads.bcd.process.CaseVariables.CASE_CATEGORY;
import static vn.gov.thads.bcd.process.CaseVariables.CREDITOR_NAME;
import static vn.gov.thads.bcd.process.CaseVariables.DEBTOR_NAME;
import static vn.gov.thads.bcd.process.CaseVariables.ENFORCEMENT_DECISION_DATE;
import static vn.gov.thads.bcd.process.CaseVariables.ENFORCEMENT_DECISION_NO;
import static vn.gov.thads.bcd.process.CaseVariables.JUDGMENT_NO;
import static vn.gov.thads.bcd.process.CaseVariables.OBSTACLE;
import static vn.gov.thads.bcd.process.CaseVariables.PROPERTY_DISPUTED;
import static vn.gov.thads.bcd.process.CaseVariables.PROPOSAL;
import static vn.gov.thads.bcd.process.CaseVariables.SECURITY_RISK;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.gov.thads.bcd.process.FormValues;
import vn.gov.thads.bcd.process.InvalidCaseDataException;

/**
 * The case dossier as the enforcement agency submits it (start form, or "complete the dossier"), checked on
 * the server with the same rules as the form and a few more.
 */
public record Dossier(String enforcementDecisionNo, LocalDate enforcementDecisionDate, String judgmentNo,
    String debtorName, String creditorName, BigDecimal amountVnd, CaseCategory category,
    boolean propertyDisputed, boolean securityRisk, String obstacle, String proposal) {

  /** Vietnamese document numbers: a number, a slash, then the symbol (125/QĐ-THADS, 45/2024/DS-PT). */
  static final Pattern DOCUMENT_NO = Pattern.compile("\\d{1,6}/\\S.{0,90}");
  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000"); // 10^15 VND

  /**
   * Reads and checks the dossier from process variables.
   *
   * @param today the date against which "not in the future" is judged (Vietnam time)
   * @throws InvalidCaseDataException listing every problem, in Vietnamese
   */
  public static Dossier from(Function<String, Object> variables, LocalDate today) {
    List<String> problems = new ArrayList<>();
    String decisionNo = documentNo(variables, ENFORCEMENT_DECISION_NO, "Số quyết định thi hành án", problems);
    LocalDate decisionDate = date(variables.apply(ENFORCEMENT_DECISION_DATE), today, problems);
    String judgmentNo = documentNo(variables, JUDGMENT_NO, "Số bản án, quyết định của Tòa án", problems);
    String debtor = text(variables, DEBTOR_NAME, "Người phải thi hành án", 300, problems);
    String creditor = text(variables, CREDITOR_NAME, "Người được thi hành án", 300, problems);
    BigDecimal amount = amount(variables.apply(AMOUNT_VND), problems);
    CaseCategory category = null;
    Object categoryValue = variables.apply(CASE_CATEGORY);
    if (categoryValue == null || categoryValue.toString().isBlank()) {
      problems.add("Chưa chọn Loại việc.");
    } else {
      category = CaseCategory.fromCode(categoryValue.toString()).orElse(null);
      if (category == null) {
        problems.add("Loại việc '" + categoryValue + "' không có trong danh mục.");
      }
    }
    boolean disputed = flag(variables.apply(PROPERTY_DISPUTED), "Tài sản đang có tranh chấp", problems);
    boolean risk = flag(variables.apply(SECURITY_RISK), "Nguy cơ mất an ninh, trật tự", problems);
    String obstacle = text(variables, OBSTACLE, "Vướng mắc, khó khăn", 4000, problems);
    String proposal = text(variables, PROPOSAL, "Đề xuất biện pháp và yêu cầu đối với các cơ quan", 4000, problems);
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Hồ sơ chưa hợp lệ: " + String.join(" ", problems));
    }
    return new Dossier(decisionNo, decisionDate, judgmentNo, debtor, creditor, amount, category, disputed, risk,
        obstacle, proposal);
  }

  private static boolean flag(Object value, String label, List<String> problems) {
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    problems.add(label + " phải là có hoặc không.");
    return false;
  }

  private static String text(Function<String, Object> variables, String name, String label, int max,
      List<String> problems) {
    return FormValues.text(variables.apply(name), label, max, problems);
  }

  private static String documentNo(Function<String, Object> variables, String name, String label,
      List<String> problems) {
    String value = text(variables, name, label, 100, problems);
    if (value != null && !DOCUMENT_NO.matcher(value).matches()) {
      problems.add(label + " '" + value + "' không đúng dạng số/ký hiệu, ví dụ 125/QĐ-THADS.");
      return null;
    }
    return value;
  }

  private static LocalDate date(Object value, LocalDate today, List<String> problems) {
    if (value == null || value.toString().isBlank()) {
      problems.add("Thiếu Ngày ra quyết định thi hành án.");
      return null;
    }
    LocalDate date;
    try {
      date = value instanceof java.util.Date d
          ? d.toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()
          : LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      problems.add("Ngày ra quyết định thi hành án '" + value + "' không đúng định dạng ngày.");
      return null;
    }
    if (date.isAfter(today)) {
      problems.add("Ngày ra quyết định thi hành án không được sau ngày hôm nay.");
      return null;
    }
    return date;
  }

  private static BigDecimal amount(Object value, List<String> problems) {
    BigDecimal amount = FormValues.number(value);
    if (amount == null) {
      problems.add("Số tiền phải thi hành (VNĐ) phải là một số.");
      return null;
    }
    if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0 || amount.compareTo(MAX_AMOUNT) > 0) {
      problems.add("Số tiền phải thi hành (VNĐ) phải là số nguyên không âm, không quá 10^15.");
      return null;
    }
    return amount;
  }
}
