package vn.gov.thads.bcd.caseintake;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One enforcement decision is one case (Circular 05/2024/TT-BTP), so an open case is keyed by its
 * enforcement decision number as people write it in different ways: "77/QĐ-CTHADS", "
 * 77/qđ-cthads", "77/QĐ-CTHADS ".
 */
public final class DecisionNumbers {

  // Unicode classes, so that a non-breaking space copied from a document counts as a space.
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private DecisionNumbers() {}

  /** The key of a decision number: trimmed, runs of white space as one space, lower case. */
  public static String key(String decisionNo) {
    return SPACES.matcher(decisionNo.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
