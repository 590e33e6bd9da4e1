package vn.gov.thads.bcd.reminders;

/**
 * The kinds of reminder mail; the first three go to the people doing the task, the escalations to
 * their superiors.
 */
public enum ReminderKind {
  BEFORE_DUE("Sắp đến hạn"),
  ON_DUE("Đến hạn hôm nay"),
  OVERDUE("Quá hạn"),
  ESCALATION_HEAD("Báo cáo lãnh đạo đơn vị và Tổ Thư ký"),
  ESCALATION_CHAIR("Báo cáo Trưởng ban");

  private final String label;

  ReminderKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean escalation() {
    return this == ESCALATION_HEAD || this == ESCALATION_CHAIR;
  }
}
