package vn.gov.thads.bcd.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;

/**
 * Reads values as Camunda Forms submit them (dates as yyyy-MM-dd strings, numbers as Long or Double), adding
 * a Vietnamese problem to the list instead of failing, so that a form's errors are reported together.
 */
public final class FormValues {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private FormValues() {}

  public static String text(Object value, String label, int max, List<String> problems) {
    if (value == null || value.toString().isBlank()) {
      problems.add("Thiếu " + label + ".");
      return null;
    }
    if (!(value instanceof String s)) {
      problems.add(label + " phải là văn bản.");
      return null;
    }
    if (s.strip().length() > max) {
      problems.add(label + " dài quá " + max + " ký tự.");
      return null;
    }
    return s.strip();
  }

  public static LocalDate date(Object value, String label, List<String> problems) {
    if (value == null || value.toString().isBlank()) {
      problems.add("Thiếu " + label + ".");
      return null;
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(VIETNAM).toLocalDate();
    }
    String s = value.toString();
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      problems.add(label + " '" + s + "' không đúng định dạng ngày.");
      return null;
    }
  }

  /** A whole number within bounds, or null with a problem added. */
  public static Integer integer(Object value, String label, int min, int max, List<String> problems) {
    Double d = value instanceof Number n ? n.doubleValue() : null;
    if (d == null && value instanceof String s) {
      try {
        d = Double.parseDouble(s.strip());
      } catch (NumberFormatException ignored) {
        // reported below
      }
    }
    if (d == null || d != Math.floor(d) || d < min || d > max) {
      problems.add(label + " phải là số nguyên từ " + min + " đến " + max + ".");
      return null;
    }
    return d.intValue();
  }

  /** A number as forms and REST send it (Integer, Long, Double, numeric text), or null when it is none. */
  public static java.math.BigDecimal number(Object value) {
    try {
      return value instanceof Number n ? new java.math.BigDecimal(n.toString())
          : value instanceof String s && !s.isBlank() ? new java.math.BigDecimal(s.strip()) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static String display(LocalDate date) {
    return date.format(DISPLAY_DATE);
  }

  public static Date endOfDay(LocalDate date) {
    return Date.from(date.atTime(23, 59).atZone(VIETNAM).toInstant());
  }
}
