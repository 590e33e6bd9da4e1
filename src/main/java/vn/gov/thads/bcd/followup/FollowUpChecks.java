package vn.gov.thads.bcd.followup;

import vn.gov.thads.bcd.process.CurrentUser;
import vn.gov.thads.bcd.process.FormValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Checks shared by the follow-up tasks; each adds a Vietnamese sentence per problem instead of stopping at the first. */
final class FollowUpChecks {

  private FollowUpChecks() {}

  /** The chosen value if it is one of {@code choices} (value → Vietnamese label), else null with a problem added. */
  static String choice(Object value, String label, Map<String, String> choices, List<String> problems) {
    if (value instanceof String s && choices.containsKey(s)) {
      return s;
    }
    List<String> quoted = choices.values().stream().map(v -> "'" + v + "'").toList();
    problems.add("Chưa chọn " + label + ": phải là "
        + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " hoặc " + quoted.get(quoted.size() - 1) + ".");
    return null;
  }

  /** A required text of at most {@code max} characters, stripped. */
  static String text(Object value, String label, int max, List<String> problems) {
    if (!(value instanceof String s) || s.isBlank()) {
      problems.add("Thiếu " + label + ".");
      return null;
    }
    if (s.strip().length() > max) {
      problems.add(label + " dài quá " + max + " ký tự.");
      return null;
    }
    return s.strip();
  }

  /** An optional text of at most {@code max} characters: null when empty. */
  static String optionalText(Object value, String label, int max, List<String> problems) {
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    return text(value, label, max, problems);
  }

  /**
   * The amount recovered so far: an integer number of VND, not negative, not above the amount to enforce.
   * Accepts what forms and REST send: Integer, Long, Double (form-js numbers) or a numeric string.
   */
  static BigDecimal amountRecovered(Object value, BigDecimal amountToEnforce, List<String> problems) {
    BigDecimal amount = FormValues.number(value);
    if (amount == null) {
      problems.add("Thiếu số tiền đã thu được (VNĐ) hoặc không phải là số.");
      return null;
    }
    if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0) {
      problems.add("Số tiền đã thu được (VNĐ) phải là số nguyên không âm.");
      return null;
    }
    if (amount.compareTo(amountToEnforce) > 0) {
      problems.add("Số tiền đã thu được (" + vnd(amount) + " đồng) không được lớn hơn số tiền phải thi hành ("
          + vnd(amountToEnforce) + " đồng).");
      return null;
    }
    return amount.setScale(0);
  }

  /** 4200000000 → 4.200.000.000, as Vietnamese write amounts. */
  static String vnd(BigDecimal amount) {
    return String.format("%,d", amount.toBigInteger()).replace(',', '.');
  }

  /** Who completed the task: the authenticated user (Tasklist, REST), else the assignee. */
  static String actor(DelegateTask task) {
    return CurrentUser.idOr(task.getAssignee());
  }

  static long caseId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return ((Number) scope.getVariable(FollowUpVariables.CASE_ID)).longValue();
  }
}
