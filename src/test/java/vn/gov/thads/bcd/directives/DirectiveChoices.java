package vn.gov.thads.bcd.directives;

import java.util.Map;

/**
 * Test-side window on the directive forms' choice lists, which are package-private (for
 * FormChoiceListsTest).
 */
public final class DirectiveChoices {

  private DirectiveChoices() {}

  public static Map<String, String> actions() {
    return DirectiveReportListener.ACTIONS;
  }

  public static Map<String, String> extensionDecisions() {
    return ExtensionDecisionListener.DECISIONS;
  }

  public static Map<String, String> adjustmentKinds() {
    return AdjustmentKind.CHOICES;
  }

  public static Map<String, String> adjustmentDecisions() {
    return AdjustmentDecisionListener.DECISIONS;
  }
}
