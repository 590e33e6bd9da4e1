package vn.gov.thads.bcd.administrative;

import java.util.Map;

/**
 * Test-side window on the administrative path's choice lists, which are package-private (for
 * FormChoiceListsTest).
 */
public final class AdministrativeChoices {

  private AdministrativeChoices() {}

  public static Map<String, String> selfExecutionResults() {
    return SelfExecutionResultListener.RESULTS;
  }

  public static Map<String, String> followUpResults() {
    return ComplianceFollowUpListener.RESULTS;
  }
}
