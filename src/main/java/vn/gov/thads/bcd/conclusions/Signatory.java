package vn.gov.thads.bcd.conclusions;

import java.util.List;
import vn.gov.thads.bcd.organisation.RoleGroup;

/**
 * Who decides for the committee's leadership: the chair, or the standing deputy on the chair's
 * written authorisation (a conclusion, a written consultation instead of a meeting).
 */
public enum Signatory {
  CHAIR("Trưởng ban"),
  STANDING_DEPUTY("Phó Trưởng ban thường trực (được ủy quyền)");

  private final String label;

  Signatory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The role in which a user decides; null without a user or without either role. */
  public static Signatory of(String user, List<String> groups) {
    if (user == null) {
      return null;
    }
    if (groups.contains(RoleGroup.CHAIR.id())) {
      return CHAIR;
    }
    return groups.contains(RoleGroup.STANDING_DEPUTY.id()) ? STANDING_DEPUTY : null;
  }
}
