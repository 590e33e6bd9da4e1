package vn.gov.thads.bcd.conclusions;

import java.util.Map;

/**
 * Test-side window on the meeting's choice list, which is package-private (for
 * FormChoiceListsTest).
 */
public final class ConclusionChoices {

  private ConclusionChoices() {}

  public static Map<String, String> meetingTypes() {
    return MeetingScheduledListener.TYPES;
  }

  public static Map<String, String> meetingArrangements() {
    return MeetingScheduledListener.ARRANGEMENTS;
  }

  public static Map<String, String> conclusionActions() {
    return ConclusionIssuedListener.ACTIONS;
  }

  public static Map<String, String> consultationModes() {
    return MeetingScheduledListener.MODES;
  }

  public static Map<String, String> writtenConsultationDecisions() {
    return WrittenConsultationDecidedListener.DECISIONS;
  }
}
