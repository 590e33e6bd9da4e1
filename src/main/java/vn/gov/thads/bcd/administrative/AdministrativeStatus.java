package vn.gov.thads.bcd.administrative;

/** Where the monitoring of an administrative judgment stands, as the case page shows it. */
public enum AdministrativeStatus {
  NOTICE_PENDING("Chờ thông báo cho cơ quan phải thi hành án"),
  SELF_EXECUTION("Đã thông báo; trong thời hạn 30 ngày tự thi hành"),
  NOT_COMPLIED(
      "Không thi hành hoặc thi hành chưa đầy đủ; đề nghị Tòa án ra quyết định buộc thi hành"),
  COMPELLED("Đã có quyết định buộc thi hành án của Tòa án; công khai và kiến nghị xử lý kỷ luật"),
  FOLLOW_UP("Đang theo dõi, đôn đốc việc thi hành"),
  COMPLIED("Cơ quan phải thi hành án đã thi hành xong"),
  CLOSED("Kết thúc theo dõi"),
  /** The case ended early (paid, agreed, terminated) while the body was still being monitored. */
  ENDED_WITH_CASE("Dừng theo dõi vì vụ việc đã kết thúc trước hạn");

  private final String label;

  AdministrativeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
