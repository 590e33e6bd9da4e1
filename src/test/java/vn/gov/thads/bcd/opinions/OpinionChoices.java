package vn.gov.thads.bcd.opinions;

import java.util.Map;
import java.util.Set;

/** Test-side window on the opinion request's choice lists, which are package-private (for FormChoiceListsTest). */
public final class OpinionChoices {

  private static final DecisionListeners BEANS = new DecisionListeners();

  private OpinionChoices() {}

  public static Map<String, String> approvalDecisions() {
    return BEANS.approvalDecisionListener().choices();
  }

  public static Map<String, String> dossierReviews() {
    return BEANS.dossierReviewListener().choices();
  }

  public static Map<String, String> lateOpinionsDecisions() {
    return BEANS.lateOpinionsListener().choices();
  }

  /** Values only: the listener keeps no labels. */
  public static Set<String> opinionPositions() {
    return OpinionGivenListener.POSITIONS;
  }
}
