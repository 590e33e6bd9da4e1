package vn.gov.thads.bcd.directives;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a lead agency may propose to change in its directive, as the form offers it, and the status
 * the directive takes once the chair approves.
 */
public enum AdjustmentKind {
  CONTENT("content", "Điều chỉnh nội dung nhiệm vụ", DirectiveStatus.ADJUSTED),
  REASSIGN(
      "reassign", "Chuyển đơn vị chủ trì (không thuộc thẩm quyền)", DirectiveStatus.REASSIGNED),
  ADD_SUPPORTING("add-supporting", "Bổ sung đơn vị phối hợp", DirectiveStatus.ADJUSTED),
  CANCEL("cancel", "Chấm dứt nhiệm vụ (không còn cần thiết)", DirectiveStatus.CANCELLED);

  /** The form's choices, value → label. */
  public static final Map<String, String> CHOICES = choices();

  private final String value;
  private final String label;
  private final DirectiveStatus statusAfter;

  AdjustmentKind(String value, String label, DirectiveStatus statusAfter) {
    this.value = value;
    this.label = label;
    this.statusAfter = statusAfter;
  }

  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  DirectiveStatus statusAfter() {
    return statusAfter;
  }

  public static AdjustmentKind of(String value) {
    return Arrays.stream(values())
        .filter(k -> k.value.equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown adjustment " + value));
  }

  private static Map<String, String> choices() {
    Map<String, String> m = new LinkedHashMap<>();
    for (AdjustmentKind k : values()) {
      m.put(k.value, k.label);
    }
    return Collections.unmodifiableMap(m);
  }
}
