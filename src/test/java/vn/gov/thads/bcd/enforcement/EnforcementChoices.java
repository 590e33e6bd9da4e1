package vn.gov.thads.bcd.enforcement;

import java.util.Map;

/** Test-side window on the enforcement forms' choice lists, which are package-private (for FormChoiceListsTest). */
public final class EnforcementChoices {

  private EnforcementChoices() {}

  public static Map<String, String> policePositions() {
    return EnforcementStepListeners.POLICE_POSITIONS;
  }

  public static Map<String, String> chairDecisions() {
    return EnforcementStepListeners.CHAIR_DECISIONS;
  }

  public static Map<String, String> enforcementResults() {
    return EnforcementStepListeners.ENFORCEMENT_RESULTS;
  }

  public static Map<String, String> courtFollowUpResults() {
    return EnforcementStepListeners.COURT_FOLLOW_UP_RESULTS;
  }

  public static Map<String, String> courtRulings() {
    return EnforcementStepListeners.COURT_RULINGS;
  }

  public static Map<String, String> auctionResults() {
    return EnforcementStepListeners.AUCTION_RESULTS;
  }
}
