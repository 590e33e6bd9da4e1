package vn.gov.thads.bcd.casecourse;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.gov.thads.bcd.followup.FollowUpOutcome;

/** Why a case ended before its follow-up did, and the outcome it is counted with. */
public enum EarlyClosureKind {
  PAID("paid", "Người phải thi hành án đã thi hành xong", FollowUpOutcome.COMPLETED),
  AGREED("agreed", "Các đương sự đã thỏa thuận được việc thi hành án", FollowUpOutcome.AGREED),
  TERMINATED("terminated", "Đình chỉ thi hành án", FollowUpOutcome.TERMINATED);

  private final String value;
  private final String label;
  private final FollowUpOutcome outcome;

  EarlyClosureKind(String value, String label, FollowUpOutcome outcome) {
    this.value = value;
    this.label = label;
    this.outcome = outcome;
  }

  /** The values a report may give, value → label. */
  public static Map<String, String> choices() {
    Map<String, String> choices = new LinkedHashMap<>();
    for (EarlyClosureKind k : values()) {
      choices.put(k.value, k.label);
    }
    return choices;
  }

  public static Optional<EarlyClosureKind> of(String value) {
    return Arrays.stream(values()).filter(k -> k.value.equals(value)).findFirst();
  }

  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  public FollowUpOutcome outcome() {
    return outcome;
  }
}
