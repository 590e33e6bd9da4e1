package vn.gov.thads.bcd.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lines of the forms "kết quả thi hành án dân sự tính bằng việc / bằng tiền" (Circular
 * 05/2024/TT-BTP), in the forms' order, with their JSON key and Vietnamese label. Lines marked
 * {@code derived} may be given (and are then checked) or left out (and are then computed).
 */
public enum Line {
  CARRIED_OVER("carriedOver", "Chuyển từ kỳ trước", false),
  NEWLY_ACCEPTED("newlyAccepted", "Thụ lý mới", false),
  TOTAL_ACCEPTED("totalAccepted", "Tổng số thụ lý", true),
  ENTRUSTED("entrusted", "Ủy thác", false),
  TO_ENFORCE("toEnforce", "Tổng số phải thi hành", true),
  WITHOUT_CONDITIONS("withoutConditions", "Chưa có điều kiện thi hành", false),
  WITH_CONDITIONS("withConditions", "Có điều kiện thi hành", true),
  COMPLETED("completed", "Thi hành xong", false),
  TERMINATED("terminated", "Đình chỉ thi hành", false),
  /** Money only: amounts reduced or exempted, counted as completed. */
  REDUCED_OR_EXEMPTED("reducedOrExempted", "Giảm, miễn thi hành", false);

  private final String key;
  private final String label;
  private final boolean derived;

  Line(String key, String label, boolean derived) {
    this.key = key;
    this.label = label;
    this.derived = derived;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** A total the application computes; given, it must agree. */
  public boolean derived() {
    return derived;
  }

  /** The lines of one side's form, in order. */
  public static List<Line> of(Side side) {
    return Arrays.stream(values())
        .filter(l -> side == Side.MONEY || l != REDUCED_OR_EXEMPTED)
        .toList();
  }

  static Optional<Line> byKey(String key) {
    return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
  }
}
