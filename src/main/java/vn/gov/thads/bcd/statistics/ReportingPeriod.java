package vn.gov.thads.bcd.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * A reporting period of THADS statistics. The reporting year {@code year} runs from 01/10 of the
 * year before to 30/09 of {@code year}; within it: the year ({@code Y}), its halves ({@code H1}
 * October–March, {@code H2} April–September), quarters ({@code Q1} October–December … {@code Q4}
 * July–September) and months ({@code M01}…{@code M12}, by calendar month: {@code M10} is October of
 * the year before, {@code M09} September of {@code year}).
 */
public record ReportingPeriod(int year, Kind kind, int number) {

  /** The kinds of period, as stored. */
  public enum Kind {
    YEAR,
    HALF,
    QUARTER,
    MONTH
  }

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  private static final Pattern CODE = Pattern.compile("(Y)|(H)([12])|(Q)([1-4])|(M)(\\d{1,2})");
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /** The period {@code code} (Y, H1, Q2, M10…) of reporting year {@code year}. */
  public static ReportingPeriod of(int year, String code) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw StatisticsRefusal.invalid(
          "Năm báo cáo '"
              + year
              + "' không hợp lệ (từ "
              + FIRST_YEAR
              + " đến "
              + LAST_YEAR
              + "; năm báo cáo 2026 là từ 01/10/2025 đến 30/09/2026).");
    }
    Matcher m = CODE.matcher(code == null ? "" : code.trim().toUpperCase(Locale.ROOT));
    if (m.matches()) {
      if (m.group(1) != null) {
        return new ReportingPeriod(year, Kind.YEAR, 1);
      }
      if (m.group(2) != null) {
        return new ReportingPeriod(year, Kind.HALF, Integer.parseInt(m.group(3)));
      }
      if (m.group(4) != null) {
        return new ReportingPeriod(year, Kind.QUARTER, Integer.parseInt(m.group(5)));
      }
      int month = Integer.parseInt(m.group(7));
      if (month >= 1 && month <= 12) {
        return new ReportingPeriod(year, Kind.MONTH, month);
      }
    }
    throw StatisticsRefusal.invalid(
        "Kỳ báo cáo '"
            + code
            + "' không hợp lệ: chỉ nhận Y (cả năm), H1, H2 (6 tháng), Q1…Q4 (quý), M01…M12 (tháng).");
  }

  /** The code in URLs and files: Y, H1, Q3, M10. */
  public String code() {
    return switch (kind) {
      case YEAR -> "Y";
      case HALF -> "H" + number;
      case QUARTER -> "Q" + number;
      case MONTH -> String.format(Locale.ROOT, "M%02d", number);
    };
  }

  /** The first day of the period. */
  public LocalDate from() {
    LocalDate yearStart = LocalDate.of(year - 1, 10, 1);
    return switch (kind) {
      case YEAR -> yearStart;
      case HALF -> yearStart.plusMonths(6L * (number - 1));
      case QUARTER -> yearStart.plusMonths(3L * (number - 1));
      case MONTH -> LocalDate.of(number >= 10 ? year - 1 : year, number, 1);
    };
  }

  /** The last day of the period. */
  public LocalDate to() {
    int months =
        switch (kind) {
          case YEAR -> 12;
          case HALF -> 6;
          case QUARTER -> 3;
          case MONTH -> 1;
        };
    return YearMonth.from(from()).plusMonths(months - 1L).atEndOfMonth();
  }

  /** "Năm 2026", "6 tháng đầu năm 2026", "Quý I năm 2026", "Tháng 10/2025". */
  public String label() {
    return switch (kind) {
      case YEAR -> "Năm " + year;
      case HALF -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
      case QUARTER -> "Quý " + ROMAN[number - 1] + " năm " + year;
      case MONTH -> String.format(Locale.ROOT, "Tháng %02d/%d", number, from().getYear());
    };
  }

  /** "Quý I năm 2026 (01/10/2025 – 31/12/2025)". */
  public String fullLabel() {
    return label()
        + " ("
        + VietnamTime.DATE.format(from())
        + " – "
        + VietnamTime.DATE.format(to())
        + ")";
  }
}
