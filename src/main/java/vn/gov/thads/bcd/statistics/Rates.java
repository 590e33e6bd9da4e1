package vn.gov.thads.bcd.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The formulas of Circular 05/2024/TT-BTP in exact decimal arithmetic, and how their results are
 * written in Vietnamese. A rate is computed exactly and rounded once, to 2 decimals, half up (the
 * national 9-month 2017 figures: 369,372 / 579,413 = 63.7493… → 63.75 %).
 */
public final class Rates {

  static final int SCALE = 2;
  static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Rates() {}

  /**
   * Tỷ lệ thi hành xong = resolved / có điều kiện × 100, in per cent; null when nothing is
   * enforceable (a rate of 0 out of 0 means nothing).
   */
  public static BigDecimal completionRate(long resolved, long withConditions) {
    if (withConditions <= 0) {
      return null;
    }
    return BigDecimal.valueOf(resolved)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(withConditions), SCALE, ROUNDING);
  }

  /** The gap to a target in percentage points, signed (positive: above the target). */
  public static BigDecimal gap(BigDecimal rate, BigDecimal target) {
    if (rate == null || target == null) {
      return null;
    }
    return rate.subtract(target).setScale(SCALE, ROUNDING);
  }

  /** "12.491" (Vietnamese thousands separator). */
  public static String number(long value) {
    DecimalFormat format = new DecimalFormat("#,##0", symbols());
    return format.format(value);
  }

  /** "63,75 %", or "—" for no rate. */
  public static String percent(BigDecimal rate) {
    return rate == null ? "—" : decimal(rate) + " %";
  }

  /** "+0,43 điểm %" / "−1,20 điểm %" / "0,00 điểm %", or "—". */
  public static String points(BigDecimal gap) {
    if (gap == null) {
      return "—";
    }
    String sign = gap.signum() > 0 ? "+" : gap.signum() < 0 ? "−" : "";
    return sign + decimal(gap.abs()) + " điểm %";
  }

  private static String decimal(BigDecimal value) {
    DecimalFormat format = new DecimalFormat("#,##0.00", symbols());
    return format.format(value.setScale(SCALE, ROUNDING));
  }

  private static DecimalFormatSymbols symbols() {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    return symbols;
  }
}
