package vn.gov.thads.bcd.followup;

import java.util.Map;

/**
 * Test-side window on the follow-up's choice lists, which are package-private (for
 * FormChoiceListsTest).
 */
public final class FollowUpChoices {

  private FollowUpChoices() {}

  public static Map<String, String> reportOutcomes() {
    return ReportStatusListener.OUTCOMES;
  }

  public static Map<String, String> verificationResults() {
    return ReverificationListener.RESULTS;
  }

  public static Map<String, String> debtorSituations() {
    return ReverificationSchedule.SITUATIONS;
  }
}
