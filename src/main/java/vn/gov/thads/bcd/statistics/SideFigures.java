package vn.gov.thads.bcd.statistics;

import java.math.BigDecimal;

/**
 * One side's figures (cases or money) for a period and scope, as kept: the lines THADS counts, the
 * totals following from them (Circular 05/2024/TT-BTP). Only checked figures are built ({@link
 * FigureChecks}); {@code reducedOrExempted} is 0 on the cases side.
 */
public record SideFigures(
    Side side,
    long carriedOver,
    long newlyAccepted,
    long entrusted,
    long withoutConditions,
    long completed,
    long terminated,
    long reducedOrExempted) {

  /** Tổng số thụ lý = chuyển từ kỳ trước + thụ lý mới. */
  public long totalAccepted() {
    return carriedOver + newlyAccepted;
  }

  /** Tổng số phải thi hành = tổng số thụ lý − ủy thác. */
  public long toEnforce() {
    return totalAccepted() - entrusted;
  }

  /** Có điều kiện thi hành = phải thi hành − chưa có điều kiện. */
  public long withConditions() {
    return toEnforce() - withoutConditions;
  }

  /** What the completion rate counts as done: thi hành xong + đình chỉ (+ giảm, miễn for money). */
  public long resolved() {
    return completed + terminated + reducedOrExempted;
  }

  /** Chuyển kỳ sau = phải thi hành − số đã giải quyết xong. */
  public long carryOverNext() {
    return toEnforce() - resolved();
  }

  /** Chuyển kỳ sau có điều kiện = có điều kiện − số đã giải quyết xong. */
  public long carryOverNextWithConditions() {
    return withConditions() - resolved();
  }

  /** The completion rate in per cent, 2 decimals (half up); null when nothing is enforceable. */
  public BigDecimal rate() {
    return Rates.completionRate(resolved(), withConditions());
  }

  /** The value of a line, given or derived. */
  public long value(Line line) {
    return switch (line) {
      case CARRIED_OVER -> carriedOver;
      case NEWLY_ACCEPTED -> newlyAccepted;
      case TOTAL_ACCEPTED -> totalAccepted();
      case ENTRUSTED -> entrusted;
      case TO_ENFORCE -> toEnforce();
      case WITHOUT_CONDITIONS -> withoutConditions;
      case WITH_CONDITIONS -> withConditions();
      case COMPLETED -> completed;
      case TERMINATED -> terminated;
      case REDUCED_OR_EXEMPTED -> reducedOrExempted;
    };
  }
}
