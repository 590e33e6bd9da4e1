package vn.gov.thads.bcd.reports;

import java.util.Arrays;
import java.util.Optional;

/**
 * One number of the committee's report, by its key in URLs and JSON. How each is counted is in
 * docs/report.md; {@link CommitteeReport#rows} holds the queries.
 */
public enum Metric {
  SUBMITTED(Section.COMMITTEE, "Vụ việc đề nghị"),
  RETURNED(Section.COMMITTEE, "Vụ việc bị trả lại hồ sơ"),
  CONCLUDED(Section.COMMITTEE, "Vụ việc đã có kết luận"),
  CONCLUSIONS(Section.COMMITTEE, "Thông báo kết luận đã ban hành"),
  MEETINGS(Section.COMMITTEE, "Cuộc họp Ban Chỉ đạo"),
  WRITTEN_CONSULTATIONS(Section.COMMITTEE, "Lấy ý kiến bằng văn bản (không họp)"),
  OPINIONS_REQUESTED(Section.COMMITTEE, "Ý kiến đã đề nghị"),
  OPINIONS_ON_TIME(Section.COMMITTEE, "Ý kiến đúng hạn"),
  OPINIONS_LATE(Section.COMMITTEE, "Ý kiến trễ hạn"),
  OPINIONS_MISSING(Section.COMMITTEE, "Không có ý kiến"),
  DIRECTIVES_ISSUED(Section.COMMITTEE, "Nhiệm vụ đã giao"),
  DIRECTIVES_DONE_ON_TIME(Section.COMMITTEE, "Nhiệm vụ hoàn thành đúng hạn (kể cả gia hạn)"),
  DIRECTIVES_DONE_ON_TIME_ORIGINAL(
      Section.COMMITTEE, "Nhiệm vụ hoàn thành đúng hạn ban đầu (không tính gia hạn)"),
  DIRECTIVES_DONE_LATE(Section.COMMITTEE, "Nhiệm vụ hoàn thành trễ hạn"),
  DIRECTIVES_OVERDUE(Section.COMMITTEE, "Nhiệm vụ đang quá hạn"),
  DIRECTIVES_OVERDUE_ORIGINAL(
      Section.COMMITTEE, "Nhiệm vụ chưa hoàn thành đã quá hạn ban đầu (không tính gia hạn)"),
  DIRECTIVES_EXTENDED(Section.COMMITTEE, "Lần gia hạn nhiệm vụ"),
  DIRECTIVES_ADJUSTED(Section.COMMITTEE, "Nhiệm vụ được điều chỉnh"),
  DIRECTIVES_CANCELLED(Section.COMMITTEE, "Nhiệm vụ được chấm dứt"),
  ESCALATIONS(Section.COMMITTEE, "Báo cáo vượt cấp đã gửi"),
  CLOSED(Section.OUTCOMES, "Vụ việc đã kết thúc"),
  CLOSED_COMPLETED(Section.OUTCOMES, "Thi hành xong (kể cả thỏa thuận)"),
  CLOSED_TERMINATED(Section.OUTCOMES, "Đình chỉ thi hành án"),
  CLOSED_NOT_ENFORCEABLE(Section.OUTCOMES, "Chưa có điều kiện thi hành (chuyển sổ theo dõi riêng)"),
  CLOSED_RETURNED(Section.OUTCOMES, "Trả lại đơn yêu cầu thi hành án"),
  CLOSED_OTHER(Section.OUTCOMES, "Kết thúc theo dõi án hành chính (chưa thi hành xong)"),
  CARRIED_OVER(Section.OUTCOMES, "Vụ việc chuyển kỳ sau"),
  COERCIONS_ORDERED(Section.ENFORCEMENT, "Kết luận yêu cầu tổ chức cưỡng chế"),
  COERCIONS_CARRIED_OUT(Section.ENFORCEMENT, "Cưỡng chế đã tổ chức"),
  COERCIONS_POSTPONED(Section.ENFORCEMENT, "Lần cưỡng chế không tổ chức được (hoãn)"),
  COERCIONS_STOPPED(Section.ENFORCEMENT, "Cưỡng chế Trưởng ban quyết định dừng"),
  DISPUTES_PENDING(
      Section.ENFORCEMENT, "Tài sản tranh chấp đang chờ Tòa án, cơ quan có thẩm quyền"),
  RULINGS_RECEIVED(Section.ENFORCEMENT, "Bản án, quyết định về tranh chấp đã nhận"),
  AUCTIONED_PROPERTIES(Section.ENFORCEMENT, "Tài sản đã đưa ra bán đấu giá"),
  AUCTION_ROUNDS(Section.ENFORCEMENT, "Lần bán đấu giá");

  /** The parts of the report. */
  public enum Section {
    COMMITTEE,
    OUTCOMES,
    ENFORCEMENT
  }

  private final Section section;
  private final String label;

  Metric(Section section, String label) {
    this.section = section;
    this.label = label;
  }

  public Section section() {
    return section;
  }

  public String label() {
    return label;
  }

  /** The key in URLs and JSON: {@code directivesDoneOnTime}. */
  public String key() {
    StringBuilder key = new StringBuilder();
    for (String word : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
      key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return key.toString();
  }

  public static Optional<Metric> byKey(String key) {
    return Arrays.stream(values()).filter(m -> m.key().equals(key)).findFirst();
  }
}
