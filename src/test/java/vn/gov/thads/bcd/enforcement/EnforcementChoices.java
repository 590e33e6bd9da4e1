package vn.gov.thads.bcd.enforcement;

import java.util.Map;

/**
 * Test-side window on the enforcement forms' choice lists, which are package-private (for
 * FormChoiceListsTest).
 */
public final class EnforcementChoices {

  private EnforcementChoices() {}

  public static Map<String, String> policePositions() {
    return PoliceReplyListener.POSITIONS;
  }

  public static Map<String, String> protectionPlanOutcomes() {
    return ProtectionPlanListener.OUTCOMES;
  }

  public static Map<String, String> chairDecisions() {
    return ChairDecisionListener.DECISIONS;
  }

  public static Map<String, String> enforcementResults() {
    return EnforcementRecordListener.RESULTS;
  }

  public static Map<String, String> notCarriedOutReasons() {
    return EnforcementRecordListener.REASONS;
  }

  public static Map<String, String> afterNotCarriedOut() {
    return EnforcementRecordListener.NEXT_STEPS;
  }

  public static Map<String, String> courtFollowUpResults() {
    return CourtFollowUpListener.RESULTS;
  }

  public static Map<String, String> courtRulings() {
    return CourtRulingListener.RULINGS;
  }

  public static Map<String, String> auctionResults() {
    return AuctionListener.RESULTS;
  }

  // PropertyDisposalProcess (issue 14)

  public static Map<String, String> rulingLegalEffects() {
    return RulingLegalEffectListener.EFFECTS;
  }

  public static Map<String, String> failedAuctionDecisions() {
    return PriceReductionListener.DECISIONS;
  }

  public static Map<String, String> handOverResults() {
    return HandOverListener.RESULTS;
  }
}
