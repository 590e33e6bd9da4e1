package vn.gov.thads.bcd.cockpit;

import java.time.LocalDate;
import vn.gov.thads.bcd.directives.DirectiveStatus;

/**
 * How a directive is doing as the Cockpit tab shows it: its recorded status once done or ended by
 * the chair, else judged by its deadline. The tone names the colour the plugin gives it ({@code
 * bcd-<tone>} in plugin.js; none when empty).
 */
public enum DirectiveProgress {
  ON_TRACK("Đúng hạn", ""),
  DUE_SOON("Sắp đến hạn", "soon"),
  OVERDUE("Quá hạn", "overdue"),
  DONE(DirectiveStatus.DONE.label(), "done"),
  DONE_LATE(DirectiveStatus.DONE_LATE.label(), "soon"),
  CANCELLED(DirectiveStatus.CANCELLED.label(), ""),
  REPLACED(DirectiveStatus.REPLACED.label(), ""),
  ENDED_WITH_CASE(DirectiveStatus.ENDED_WITH_CASE.label(), "");

  private final String label;
  private final String tone;

  DirectiveProgress(String label, String tone) {
    this.label = label;
    this.tone = tone;
  }

  public String tone() {
    return tone;
  }

  static DirectiveProgress of(
      DirectiveStatus recorded, LocalDate deadline, LocalDate today, LocalDate dueSoonUntil) {
    switch (recorded) {
      case CANCELLED -> {
        return CANCELLED;
      }
      case REPLACED -> {
        return REPLACED;
      }
      case ENDED_WITH_CASE -> {
        return ENDED_WITH_CASE;
      }
      default -> {}
    }
    if (recorded.done()) {
      return recorded == DirectiveStatus.DONE ? DONE : DONE_LATE;
    }
    if (today.isAfter(deadline)) {
      return OVERDUE;
    }
    return deadline.isAfter(dueSoonUntil) ? ON_TRACK : DUE_SOON;
  }

  /**
   * The label shown; a reported result waits for the secretariat, and the deadline counts until it
   * is accepted.
   */
  String label(DirectiveStatus recorded) {
    return switch (recorded) {
      case REPORTED -> label + " (đã báo cáo, chờ Tổ Thư ký xem xét)";
      case ADJUSTED -> label + " (đã điều chỉnh)";
      case REASSIGNED -> label + " (đã chuyển đơn vị chủ trì)";
      default -> label;
    };
  }
}
