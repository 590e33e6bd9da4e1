package vn.gov.thads.bcd.directives;

/**
 * Where a directive stands, as kept in {@code bcd_directive.status}: open until the lead agency
 * reports, reported until the secretariat accepts the result (or returns it: open again), then done
 * on time or late. An approved adjustment leaves it adjusted or reassigned (still to be carried
 * out) or cancelled (ended, no longer needed). A later round's conclusion may replace unfinished
 * directives; an early closure of the case ends them.
 */
public enum DirectiveStatus {
  OPEN("Đang thực hiện"),
  ADJUSTED("Đã điều chỉnh, đang thực hiện"),
  REASSIGNED("Đã chuyển đơn vị chủ trì, đang thực hiện"),
  REPORTED("Đã báo cáo, chờ Tổ Thư ký xem xét"),
  DONE("Hoàn thành"),
  DONE_LATE("Hoàn thành trễ hạn"),
  CANCELLED("Đã chấm dứt"),
  /** Not carried on by a later round's conclusion, which gave other directives instead. */
  REPLACED("Được thay thế theo kết luận mới"),
  /** Still unfinished when the office reported that the case had ended (paid, agreed, đình chỉ). */
  ENDED_WITH_CASE("Kết thúc do vụ việc đã kết thúc");

  private final String label;

  DirectiveStatus(String label) {
    this.label = label;
  }

  /** As the committee says it. */
  public String label() {
    return label;
  }

  /** Whether the result was accepted: the deadline no longer counts. */
  public boolean done() {
    return this == DONE || this == DONE_LATE;
  }

  /** Whether nothing more is expected of the lead agency: done, or ended by the chair. */
  public boolean closed() {
    return done() || this == CANCELLED || this == REPLACED || this == ENDED_WITH_CASE;
  }
}
