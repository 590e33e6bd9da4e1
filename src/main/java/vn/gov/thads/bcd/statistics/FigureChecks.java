package vn.gov.thads.bcd.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one side's lines as THADS gives them against the identities and inequalities of Circular
 * 05/2024/TT-BTP and names, in Vietnamese, every line that does not fit. A total left out is
 * computed; a total given must agree. Carry-over to the next period (phải thi hành − đã giải quyết)
 * cannot be negative once completed + terminated (+ reduced) ≤ có điều kiện ≤ phải thi hành holds,
 * which is what is checked.
 */
public final class FigureChecks {

  /** Either the checked figures or the reasons they were refused. */
  public record Result(SideFigures figures, List<String> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private FigureChecks() {}

  /** {@code given}: the lines sent, by line; a line not sent is absent (or null). */
  public static Result check(Side side, Map<Line, Long> given) {
    List<String> errors = new ArrayList<>();
    for (Line line : Line.of(side)) {
      Long value = given.get(line);
      if (value == null) {
        if (!line.derived()) {
          errors.add("Thiếu dòng «" + line.label() + "» (" + side.label() + ").");
        }
      } else if (value < 0) {
        errors.add(
            "Dòng «"
                + line.label()
                + "» ("
                + side.label()
                + ") không được là số âm ("
                + amount(side, value)
                + ").");
      } else if (value > side.max()) {
        errors.add(
            "Dòng «"
                + line.label()
                + "» ("
                + side.label()
                + ") quá lớn ("
                + amount(side, value)
                + "; tối đa "
                + amount(side, side.max())
                + ").");
      }
    }
    if (!errors.isEmpty()) {
      return new Result(null, List.copyOf(errors));
    }
    SideFigures f =
        new SideFigures(
            side,
            given.get(Line.CARRIED_OVER),
            given.get(Line.NEWLY_ACCEPTED),
            given.get(Line.ENTRUSTED),
            given.get(Line.WITHOUT_CONDITIONS),
            given.get(Line.COMPLETED),
            given.get(Line.TERMINATED),
            side == Side.MONEY ? given.get(Line.REDUCED_OR_EXEMPTED) : 0L);

    Long total = given.get(Line.TOTAL_ACCEPTED);
    if (total != null && total != f.totalAccepted()) {
      errors.add(
          cap(line(side, Line.TOTAL_ACCEPTED, total))
              + " khác "
              + line(side, Line.CARRIED_OVER, f.carriedOver())
              + " cộng "
              + line(side, Line.NEWLY_ACCEPTED, f.newlyAccepted())
              + " = "
              + amount(side, f.totalAccepted())
              + ".");
    }
    if (f.entrusted() > f.totalAccepted()) {
      errors.add(
          larger(side, Line.ENTRUSTED, f.entrusted(), Line.TOTAL_ACCEPTED, f.totalAccepted()));
      return new Result(null, List.copyOf(errors));
    }
    Long toEnforce = given.get(Line.TO_ENFORCE);
    if (toEnforce != null && toEnforce != f.toEnforce()) {
      errors.add(
          cap(line(side, Line.TO_ENFORCE, toEnforce))
              + " khác "
              + line(side, Line.TOTAL_ACCEPTED, f.totalAccepted())
              + " trừ "
              + line(side, Line.ENTRUSTED, f.entrusted())
              + " = "
              + amount(side, f.toEnforce())
              + ".");
    }
    if (f.withoutConditions() > f.toEnforce()) {
      errors.add(
          larger(
              side,
              Line.WITHOUT_CONDITIONS,
              f.withoutConditions(),
              Line.TO_ENFORCE,
              f.toEnforce()));
      return new Result(null, List.copyOf(errors));
    }
    Long withConditions = given.get(Line.WITH_CONDITIONS);
    if (withConditions != null && withConditions != f.withConditions()) {
      errors.add(
          cap(line(side, Line.WITH_CONDITIONS, withConditions))
              + " khác "
              + line(side, Line.TO_ENFORCE, f.toEnforce())
              + " trừ "
              + line(side, Line.WITHOUT_CONDITIONS, f.withoutConditions())
              + " = "
              + amount(side, f.withConditions())
              + ".");
    }
    resolvedWithinEnforceable(side, f, errors);
    return errors.isEmpty() ? new Result(f, List.of()) : new Result(null, List.copyOf(errors));
  }

  /** Thi hành xong + đình chỉ (+ giảm, miễn) ≤ có điều kiện; each named when alone too large. */
  private static void resolvedWithinEnforceable(Side side, SideFigures f, List<String> errors) {
    long enforceable = f.withConditions();
    boolean single = false;
    for (Line part : List.of(Line.COMPLETED, Line.TERMINATED, Line.REDUCED_OR_EXEMPTED)) {
      if (f.value(part) > enforceable) {
        errors.add(larger(side, part, f.value(part), Line.WITH_CONDITIONS, enforceable));
        single = true;
      }
    }
    if (!single && f.resolved() > enforceable) {
      StringBuilder sum =
          new StringBuilder(cap(line(side, Line.COMPLETED, f.completed())))
              .append(" cộng ")
              .append(line(side, Line.TERMINATED, f.terminated()));
      if (side == Side.MONEY) {
        sum.append(" cộng ").append(line(side, Line.REDUCED_OR_EXEMPTED, f.reducedOrExempted()));
      }
      errors.add(
          sum.append(" = ")
              .append(amount(side, f.resolved()))
              .append(", lớn hơn ")
              .append(line(side, Line.WITH_CONDITIONS, enforceable))
              .append(".")
              .toString());
    }
  }

  private static String larger(Side side, Line a, long va, Line b, long vb) {
    return cap(line(side, a, va)) + " lớn hơn " + line(side, b, vb) + ".";
  }

  /** "dòng «Thi hành xong» (12.491 việc)"; {@link #cap} at the start of a sentence. */
  private static String line(Side side, Line line, long value) {
    return "dòng «" + line.label() + "» (" + amount(side, value) + ")";
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String amount(Side side, long value) {
    return (value < 0 ? "−" + Rates.number(-value) : Rates.number(value)) + " " + side.unit();
  }
}
