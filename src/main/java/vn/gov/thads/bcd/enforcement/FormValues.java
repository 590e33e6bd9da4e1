package vn.gov.thads.bcd.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.process.InvalidCaseDataException;

/**
 * Reads the fields of a submitted task form and collects every problem, so that the user gets them all at
 * once in one Vietnamese message. Accepts what Tasklist sends (strings from form-js) and what REST clients send.
 */
final class FormValues {

  /** Vietnamese document numbers: a number, a slash, then the symbol (15/KH-THADS, 02/BB-CC). */
  static final Pattern DOCUMENT_NO = Pattern.compile("\\d{1,6}/\\S.{0,90}");

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  FormValues(VariableScope scope) {
    this.scope = scope;
  }

  String text(String name, String label, int maxLength, boolean required) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      if (required) {
        problems.add("Thiếu " + label + ".");
      }
      return null;
    }
    if (!(value instanceof String s)) {
      problems.add(capitalise(label) + " không hợp lệ.");
      return null;
    }
    if (s.strip().length() > maxLength) {
      problems.add(capitalise(label) + " dài quá " + maxLength + " ký tự.");
      return null;
    }
    return s.strip();
  }

  String documentNo(String name, String label, boolean required) {
    String value = text(name, label, 100, required);
    if (value != null && !DOCUMENT_NO.matcher(value).matches()) {
      problems.add(capitalise(label) + " phải có dạng số/ký hiệu, ví dụ 15/KH-THADS.");
      return null;
    }
    return value;
  }

  LocalDate date(String name, String label, boolean required) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      if (required) {
        problems.add("Thiếu " + label + ".");
      }
      return null;
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(CaseRepository.VIETNAM).toLocalDate();
    }
    try {
      return LocalDate.parse(((String) value).strip());
    } catch (ClassCastException | DateTimeParseException e) {
      problems.add(capitalise(label) + " không hợp lệ (định dạng ngày yyyy-MM-dd).");
      return null;
    }
  }

  LocalTime time(String name, String label) {
    Object value = scope.getVariable(name);
    if (!(value instanceof String s) || s.isBlank()) {
      problems.add(value == null ? "Thiếu " + label + "." : capitalise(label) + " không hợp lệ.");
      return null;
    }
    try {
      return LocalTime.parse(s.strip());
    } catch (DateTimeParseException e) {
      problems.add(capitalise(label) + " không hợp lệ (định dạng giờ HH:mm, ví dụ 07:30).");
      return null;
    }
  }

  /** One of the allowed values; labels are the Vietnamese options, quoted in the message. */
  String choice(String name, String label, Map<String, String> allowed) {
    Object value = scope.getVariable(name);
    if (value instanceof String s && allowed.containsKey(s)) {
      return s;
    }
    problems.add("Chưa chọn " + label + ": phải là "
        + String.join(" hoặc ", allowed.values().stream().map(v -> "'" + v + "'").toList()) + ".");
    return null;
  }

  boolean flag(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value instanceof String s && Boolean.parseBoolean(s);
  }

  BigDecimal amount(String name, String label, boolean required) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      if (required) {
        problems.add("Thiếu " + label + ".");
      }
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(value.toString().strip());
      if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 0) {
        problems.add(capitalise(label) + " phải là số tiền dương, không có phần lẻ.");
        return null;
      }
      return amount.setScale(0, java.math.RoundingMode.UNNECESSARY);
    } catch (NumberFormatException e) {
      problems.add(capitalise(label) + " không hợp lệ.");
      return null;
    }
  }

  Integer positiveInt(String name, String label) {
    Object value = scope.getVariable(name);
    try {
      int n = value == null ? 0 : new BigDecimal(value.toString().strip()).intValueExact();
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below
    }
    problems.add(value == null ? "Thiếu " + label + "." : capitalise(label) + " phải là số nguyên dương.");
    return null;
  }

  void problem(String message) {
    problems.add(message);
  }

  boolean ok() {
    return problems.isEmpty();
  }

  /** Refuses the submission when anything was wrong; the engine then changes nothing. */
  void check() {
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException(String.join(" ", problems));
    }
  }

  static LocalDate today(java.time.Clock clock) {
    return LocalDate.now(clock.withZone(CaseRepository.VIETNAM));
  }

  static ZoneId zone() {
    return CaseRepository.VIETNAM;
  }

  private static String capitalise(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
