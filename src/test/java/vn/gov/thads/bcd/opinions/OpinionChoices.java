package vn.gov.thads.bcd.opinions;

import java.util.Map;

/**
 * Test-side window on the opinion request's choice lists, which are package-private (for
 * FormChoiceListsTest).
 */
public final class OpinionChoices {

  private OpinionChoices() {}

  public static Map<String, String> approvalDecisions() {
    return new ApprovalDecisionListener().choices();
  }

  public static Map<String, String> dossierReviews() {
    return new DossierReviewListener().choices();
  }

  public static Map<String, String> lateOpinionsDecisions() {
    return new LateOpinionsListener().choices();
  }

  public static Map<String, String> opinionPositions() {
    return OpinionGivenListener.POSITIONS;
  }
}
