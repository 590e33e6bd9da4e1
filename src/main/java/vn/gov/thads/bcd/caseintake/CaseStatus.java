package vn.gov.thads.bcd.caseintake;

/**
 * Where a case stands, as kept in {@code bcd_case.status} for reports and published to the
 * province's systems.
 */
public enum CaseStatus {
  /** Dossier submitted, waiting for approval or being completed. */
  DOSSIER_REVIEW("Đang xem xét hồ sơ"),
  /** Sent to the committee; the members are giving their opinions. */
  OPINIONS("Đang lấy ý kiến thành viên Ban Chỉ đạo"),
  /** Waiting for the meeting and the chair's conclusion. */
  CONCLUSION("Chờ họp và kết luận của Trưởng ban"),
  /** Directives and, where ordered, coercive enforcement under way. */
  EXECUTION("Đang thực hiện kết luận"),
  /** Follow-up until an outcome. */
  FOLLOW_UP("Đang theo dõi, đôn đốc"),
  CLOSED("Đã kết thúc");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  /** The Vietnamese name shown to people and sent with the code. */
  public String label() {
    return label;
  }
}
