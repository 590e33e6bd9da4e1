package vn.gov.thads.bcd.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Reads a submitted form — what Tasklist sends (form-js strings, numbers, booleans, JSON lists) and
 * what REST clients send — field by field, collecting a Vietnamese sentence for every problem, so
 * that the user learns all of them at once from one refusal ({@link #check}). A field with a
 * problem reads as null.
 *
 * <p>The labels are the forms' own; a sentence that starts with one capitalises it. Every listener
 * and delegate that reads user input reads it here, so that the same mistake is worded the same
 * everywhere.
 */
public final class FormReader {

  /**
   * Vietnamese document numbers: a number, a slash, then the symbol (125/QĐ-THADS, 45/2024/DS-PT).
   */
  public static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\d{1,6}/\\S.{0,90}");

  /** The longest document number a form takes. */
  public static final int DOCUMENT_NUMBER_MAX = 100;

  /** The largest amount in đồng anything in a case may have: 10^15. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

  /**
   * A number sent as text must be plain digits: "30.000" is thirty thousand to a Vietnamese reader
   * and 30 to a parser, "12.5" twelve and a half or twelve thousand five hundred — neither is
   * guessed at (the amounts and counts read here are whole anyway).
   */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+");

  private final Function<String, Object> variables;
  private final List<String> problems;
  private final String section;

  private FormReader(Function<String, Object> variables, List<String> problems, String section) {
    this.variables = variables;
    this.problems = problems;
    this.section = section;
  }

  /** A reader of the variables of a task, an execution or anything else with variables. */
  public static FormReader of(VariableScope scope) {
    return of(scope::getVariable);
  }

  /** A reader of values looked up by name (e.g. a JSON body sent over REST). */
  public static FormReader of(Function<String, Object> variables) {
    return new FormReader(variables, new ArrayList<>(), "");
  }

  /**
   * A reader of one part of the same form (e.g. one directive row) whose problems are reported with
   * the given heading ("Nhiệm vụ 2: …") among this reader's.
   */
  public FormReader section(String heading) {
    return new FormReader(variables, problems, section + heading);
  }

  /** The value as submitted, unchecked. */
  public Object raw(String name) {
    return variables.apply(name);
  }

  /** Whether the field was left out or left blank. */
  public boolean isBlank(String name) {
    return blank(raw(name));
  }

  // Text

  /** A required text of at most {@code max} characters, stripped. */
  public String text(String name, String label, int max) {
    return text(name, label, max, true);
  }

  /** An optional text of at most {@code max} characters, stripped; null when blank. */
  public String optionalText(String name, String label, int max) {
    return text(name, label, max, false);
  }

  private String text(String name, String label, int max, boolean required) {
    Object value = raw(name);
    if (blank(value)) {
      return missing(label, required);
    }
    if (!(value instanceof String s)) {
      return refuse(label, " không hợp lệ.");
    }
    if (s.strip().length() > max) {
      return refuse(label, " dài quá " + max + " ký tự.");
    }
    return s.strip();
  }

  /** A required document number ({@link #DOCUMENT_NUMBER}: 15/KH-THADS). */
  public String documentNo(String name, String label) {
    return documentNo(name, label, true);
  }

  /** An optional document number; null when blank. */
  public String optionalDocumentNo(String name, String label) {
    return documentNo(name, label, false);
  }

  private String documentNo(String name, String label, boolean required) {
    String value = text(name, label, DOCUMENT_NUMBER_MAX, required);
    if (value != null && !DOCUMENT_NUMBER.matcher(value).matches()) {
      return refuse(label, " phải có dạng số/ký hiệu, ví dụ 15/KH-THADS.");
    }
    return value;
  }

  // Dates and times

  /**
   * A required date: yyyy-MM-dd as forms send it, a date-time whose day is taken in Vietnam time,
   * or a Date. Anything else is refused, never guessed at.
   */
  public LocalDate date(String name, String label) {
    return date(name, label, true);
  }

  /** An optional date; null when blank. */
  public LocalDate optionalDate(String name, String label) {
    return date(name, label, false);
  }

  private LocalDate date(String name, String label, boolean required) {
    Object value = raw(name);
    if (blank(value)) {
      return missing(label, required);
    }
    if (value instanceof Date d) {
      return VietnamTime.date(d);
    }
    if (value instanceof String s) {
      LocalDate date = parseDate(s.strip());
      if (date != null) {
        return date;
      }
    }
    return refuse(label, " '" + value + "' không đúng định dạng ngày.");
  }

  private static LocalDate parseDate(String s) {
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
      if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return VietnamTime.date(OffsetDateTime.parse(s).toInstant());
      }
      return LocalDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * A required date that may not lie after {@code today}: a record of something that has happened.
   */
  public LocalDate dateNotInFuture(String name, String label, LocalDate today) {
    return notInFuture(date(name, label), label, today);
  }

  /** The date, unless it lies after {@code today}: then null with a problem. */
  public LocalDate notInFuture(LocalDate date, String label, LocalDate today) {
    if (date != null && date.isAfter(today)) {
      return refuse(label, " không được sau ngày hôm nay.");
    }
    return date;
  }

  /** The date, unless it lies before {@code today}: then null with a problem. */
  public LocalDate notInPast(LocalDate date, String label, LocalDate today) {
    if (date != null && date.isBefore(today)) {
      return refuse(label, " " + VietnamTime.format(date) + " đã qua.");
    }
    return date;
  }

  /** A required time of day, HH:mm. */
  public LocalTime time(String name, String label) {
    Object value = raw(name);
    if (blank(value)) {
      return missing(label, true);
    }
    try {
      if (value instanceof String s) {
        return LocalTime.parse(s.strip());
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    return refuse(label, " không hợp lệ (định dạng giờ HH:mm, ví dụ 07:30).");
  }

  // Numbers

  /** A required amount in đồng: a whole number from 0 to {@link #MAX_AMOUNT}. */
  public BigDecimal amount(String name, String label) {
    return amount(name, label, true);
  }

  /** An optional amount in đồng, a whole number from 0 to {@link #MAX_AMOUNT}; null when blank. */
  public BigDecimal optionalAmount(String name, String label) {
    return amount(name, label, false);
  }

  private BigDecimal amount(String name, String label, boolean required) {
    BigDecimal amount = number(name, label, required);
    if (amount == null) {
      return null;
    }
    if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0) {
      return refuse(label, " phải là số nguyên không âm.");
    }
    return withinMaximum(amount, label);
  }

  /** A required amount in đồng above zero, whole, at most {@link #MAX_AMOUNT}. */
  public BigDecimal positiveAmount(String name, String label) {
    return positiveAmount(name, label, true);
  }

  /** An optional amount in đồng above zero; null when blank. */
  public BigDecimal optionalPositiveAmount(String name, String label) {
    return positiveAmount(name, label, false);
  }

  private BigDecimal positiveAmount(String name, String label, boolean required) {
    BigDecimal amount = number(name, label, required);
    if (amount == null) {
      return null;
    }
    if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 0) {
      return refuse(label, " phải là số tiền dương, không có phần lẻ.");
    }
    return withinMaximum(amount, label);
  }

  private BigDecimal withinMaximum(BigDecimal amount, String label) {
    if (amount.compareTo(MAX_AMOUNT) > 0) {
      return refuse(label, " không được lớn hơn " + vnd(MAX_AMOUNT) + " đồng.");
    }
    return amount.setScale(0);
  }

  /** A required whole number from {@code min} to {@code max}. */
  public Integer wholeNumber(String name, String label, int min, int max) {
    BigDecimal n = number(name, label, true);
    if (n == null) {
      return null;
    }
    if (n.stripTrailingZeros().scale() > 0
        || n.compareTo(BigDecimal.valueOf(min)) < 0
        || n.compareTo(BigDecimal.valueOf(max)) > 0) {
      return refuse(
          label,
          max == Integer.MAX_VALUE && min == 1
              ? " phải là số nguyên dương."
              : " phải là số nguyên từ " + min + " đến " + max + ".");
    }
    return n.intValueExact();
  }

  /** A required count of at least one. */
  public Integer count(String name, String label) {
    return wholeNumber(name, label, 1, Integer.MAX_VALUE);
  }

  /**
   * A number as forms (Long, Double) and REST (numbers, text of plain digits) send it; exponents,
   * separators and decimal points in text are refused.
   */
  private BigDecimal number(String name, String label, boolean required) {
    Object value = raw(name);
    if (blank(value)) {
      return missing(label, required);
    }
    if (value instanceof Number n && !(n instanceof Double d && (d.isNaN() || d.isInfinite()))) {
      return new BigDecimal(n.toString());
    }
    if (value instanceof String s && PLAIN_NUMBER.matcher(s.strip()).matches()) {
      return new BigDecimal(s.strip());
    }
    return refuse(label, " phải là một số.");
  }

  // Choices

  /** One of the allowed values (value → the form's Vietnamese label, in the form's order). */
  public String choice(String name, String label, Map<String, String> allowed) {
    Object value = raw(name);
    if (value instanceof String s && allowed.containsKey(s)) {
      return s;
    }
    List<String> quoted = allowed.values().stream().map(v -> "'" + v + "'").toList();
    String options =
        quoted.size() == 1
            ? quoted.get(0)
            : String.join(", ", quoted.subList(0, quoted.size() - 1))
                + " hoặc "
                + quoted.get(quoted.size() - 1);
    return add("Chưa chọn " + label + ": phải là " + options + ".");
  }

  /** A yes/no field: a checkbox's boolean, "true"/"false" from REST; left out means no. */
  public boolean flag(String name, String label) {
    Object value = raw(name);
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    refuse(label, " phải là có hoặc không.");
    return false;
  }

  // Lists and agencies

  /**
   * A list of texts (a checklist or tag list: a JSON array from Tasklist, a JSON string or a list
   * from REST); an empty list when left out; null with a problem when it is not a list of texts.
   */
  public List<String> list(String name, String label) {
    Object value = raw(name);
    if (value == null) {
      return List.of();
    }
    List<String> list = JsonList.strings(value);
    return list != null ? list : refuse(label, " không hợp lệ.");
  }

  /** A required agency id known to the organisation ({@code known}). */
  public String agency(String name, String label, Predicate<String> known) {
    Object value = raw(name);
    if (blank(value)) {
      return add("Chưa chọn " + label + ".");
    }
    if (!(value instanceof String id) || !known.test(id)) {
      return refuse(label, " '" + value + "' không có trong danh sách tổ chức.");
    }
    return id;
  }

  /**
   * Distinct agency ids, each known to the organisation ({@code known}), in the order chosen; null
   * with a problem naming the unknown ones.
   */
  public List<String> agencies(
      String name, String label, Predicate<String> known, boolean required) {
    return agencies(
        name,
        label,
        known,
        required,
        capitalised(label) + ": cơ quan không có trong danh sách tổ chức");
  }

  /**
   * As {@link #agencies(String, String, Predicate, boolean)}, with the sentence that introduces the
   * unknown ones ("Cơ quan không có trong danh sách thành viên được lấy ý kiến").
   */
  public List<String> agencies(
      String name,
      String label,
      Predicate<String> known,
      boolean required,
      String unknownSentence) {
    List<String> ids = list(name, label);
    if (ids == null) {
      return null;
    }
    if (required && ids.isEmpty()) {
      return add("Chưa chọn " + label + ".");
    }
    List<String> unknown =
        ids.stream().filter(id -> !known.test(id)).map(id -> "'" + id + "'").toList();
    if (!unknown.isEmpty()) {
      return add(unknownSentence + ": " + String.join(", ", unknown) + ".");
    }
    return List.copyOf(new LinkedHashSet<>(ids));
  }

  // The case

  /** The id of the case the form belongs to, kept by the process (never typed by a user). */
  public long caseId() {
    return caseId(variables);
  }

  /** The id of the case a task or execution belongs to. */
  public static long caseId(VariableScope scope) {
    return caseId(scope::getVariable);
  }

  /**
   * The round of the case a task or execution belongs to (1 for instances started before rounds
   * existed).
   */
  public static int roundNumber(VariableScope scope) {
    return scope.getVariable(CaseVariables.ROUND_NUMBER) instanceof Number n ? n.intValue() : 1;
  }

  private static long caseId(Function<String, Object> variables) {
    Object value = variables.apply(CaseVariables.CASE_ID);
    if (value instanceof Number n) {
      return n.longValue();
    }
    throw new IllegalStateException(
        "Biến " + CaseVariables.CASE_ID + " không có trong quy trình: " + value);
  }

  // Problems

  /** Adds a problem found by the caller's own rule (e.g. comparing two fields). */
  public void problem(String sentence) {
    add(sentence);
  }

  /** Whether nothing was wrong so far. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /**
   * Refuses the submission, listing every problem, when anything was wrong; the engine then changes
   * nothing.
   */
  public void check() {
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException(String.join(" ", problems));
    }
  }

  /** As {@link #check()}, with a heading naming what was refused ("Hồ sơ chưa hợp lệ:"). */
  public void check(String heading) {
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException(heading + " " + String.join(" ", problems));
    }
  }

  /** 4200000000 → 4.200.000.000, as Vietnamese write amounts. */
  public static String vnd(BigDecimal amount) {
    return String.format("%,d", amount.toBigInteger()).replace(',', '.');
  }

  private static boolean blank(Object value) {
    return value == null || value instanceof String s && s.isBlank();
  }

  private <T> T missing(String label, boolean required) {
    if (required) {
      add("Thiếu " + label + ".");
    }
    return null;
  }

  private <T> T refuse(String label, String rest) {
    return add(capitalised(label) + rest);
  }

  private static String capitalised(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  private <T> T add(String sentence) {
    problems.add(
        section.isEmpty()
            ? sentence
            : section + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1));
    return null;
  }
}
