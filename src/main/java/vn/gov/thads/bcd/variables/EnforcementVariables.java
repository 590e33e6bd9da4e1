package vn.gov.thads.bcd.variables;

/**
 * Names and values of the process variables of CoerciveEnforcementProcess and
 * PropertyDisposalProcess, the one place the models' expressions, the forms and the Java code agree
 * on. Inputs from the calling process ({@code caseId}, {@code caseNumber}, {@code
 * submittingAgency}) keep the names of {@code process.CaseVariables}.
 */
public final class EnforcementVariables {

  public static final String PROCESS_KEY = "CoerciveEnforcementProcess";
  public static final String DISPOSAL_PROCESS_KEY = "PropertyDisposalProcess";

  /** Output of CoerciveEnforcementProcess: one of the OUTCOME_ values. */
  public static final String ENFORCEMENT_OUTCOME = "enforcementOutcome";

  public static final String OUTCOME_EXECUTED = "executed";
  public static final String OUTCOME_STOPPED = "stopped";
  public static final String OUTCOME_PROPERTY_IN_COURT = "property-in-court";

  // Issue 14, coercion as the law has it: decision before the plan, lead times, postponement.
  /** The coercion was not carried out because the debtor paid at the last moment; ended. */
  public static final String OUTCOME_PAID = "paid";

  /** The coercion was not carried out (postponed, security, …) and the office ended it. */
  public static final String OUTCOME_POSTPONED_ENDED = "postponed-ended";

  // Task_RecordCoercionDecision
  public static final String COERCION_DECISION_NO = "coercionDecisionNo";
  public static final String COERCION_DECISION_DATE = "coercionDecisionDate";

  /**
   * Which attempt at the coercion this is (Integer, 1 for the first plan; +1 each time a coercion
   * that was not carried out is rescheduled).
   */
  public static final String COERCION_ROUND = "coercionRound";

  /**
   * Set by the plan's check (Date): the comment meeting's due date, the earlier of the configured
   * period and the last day that leaves 10 days before the coercion.
   */
  public static final String COMMENT_MEETING_DUE = "commentMeetingDue";

  /**
   * Set by the plan's check (Date): the protection plan's due date, the earlier of 03 working days
   * after the police received the plan and 05 working days before the coercion.
   */
  public static final String PROTECTION_PLAN_DUE = "protectionPlanDue";

  /** Set by the plan's check (Date): when the record of the coercion day is due. */
  public static final String RECORD_DUE = "enforcementRecordDue";

  // Task_ProtectionPlan: the day the enforcement office received the police's protection plan.
  public static final String PROTECTION_PLAN_RECEIVED_DATE = "protectionPlanReceivedDate";

  // Task_Briefing, when the plan seizes real property: the notice of the seizure.
  public static final String SEIZURE_NOTICE_NO = "seizureNoticeNo";
  public static final String SEIZURE_NOTICE_DATE = "seizureNoticeDate";

  // Task_RecordEnforcement when the coercion was not carried out.
  public static final String RESULT_NOT_CARRIED_OUT = "not-carried-out";
  public static final String NOT_CARRIED_OUT_REASON = "notCarriedOutReason";
  public static final String REASON_PROCURACY_REQUEST = "procuracy-request";
  public static final String REASON_DEBTOR_PAID = "debtor-paid";
  public static final String REASON_SECURITY = "security";
  public static final String REASON_OTHER = "other";
  public static final String NOT_CARRIED_OUT_DETAIL = "notCarriedOutDetail";
  public static final String POSTPONEMENT_DECISION_NO = "postponementDecisionNo";
  public static final String POSTPONEMENT_DECISION_DATE = "postponementDecisionDate";

  /** After a coercion that was not carried out: reschedule (plan again) or end the enforcement. */
  public static final String AFTER_NOT_CARRIED_OUT = "afterNotCarriedOut";

  public static final String RESCHEDULE = "reschedule";
  public static final String END = "end";

  // Task_SendInfoToPolice
  public static final String POLICE_INFO_DOC_NO = "policeInfoDocNo";
  public static final String POLICE_INFO_DATE = "policeInfoDate";
  public static final String POLICE_INFO_CONTENT = "policeInfoContent";

  // Task_PoliceReply
  public static final String POLICE_POSITION = "policePosition";
  public static final String AGREE = "agree";
  public static final String DISAGREE = "disagree";
  public static final String POLICE_REPLY_DOC_NO = "policeReplyDocNo";
  public static final String POLICE_REPLY_REASON = "policeReplyReason";

  // Task_ChairResolvesDisagreement
  public static final String CHAIR_DECISION = "chairDecision";
  public static final String PROCEED = "proceed";
  public static final String STOP = "stop";
  public static final String CHAIR_REASON = "chairReason";

  // Task_DraftEnforcementPlan
  public static final String PLAN_NO = "enforcementPlanNo";
  public static final String ENFORCEMENT_DATE = "enforcementDate";
  public static final String ENFORCEMENT_START_TIME = "enforcementStartTime";
  public static final String PROPERTY_DESCRIPTION = "propertyDescription";
  public static final String REAL_PROPERTY = "realProperty";

  /**
   * Asked on Task_RecordEnforcement when property was seized (is it disputed by a third party?);
   * read by PropertyDisposalProcess at its start.
   */
  public static final String THIRD_PARTY_DISPUTE = "thirdPartyDispute";

  /**
   * Set by the plan's check: when the briefing is due (Date, one working day before the coercion).
   */
  public static final String BRIEFING_DUE = "briefingDue";

  /** Set by the plan's check: when the coercion starts (Date). */
  public static final String ENFORCEMENT_AT = "enforcementAt";

  // Task_RecordCommentMeeting
  public static final String MEETING_DATE = "commentMeetingDate";
  public static final String MEETING_PARTICIPANTS = "commentMeetingParticipants";
  public static final String MEETING_NOTES = "commentMeetingNotes";

  // Task_ProtectionPlan
  public static final String PROTECTION_PLAN_NO = "protectionPlanNo";
  public static final String PROTECTION_PLAN_DATE = "protectionPlanDate";
  public static final String PROTECTION_FORCE = "protectionForce";

  // Task_Briefing
  public static final String BRIEFING_DATE = "briefingDate";
  public static final String BRIEFING_NOTES = "briefingNotes";

  // Task_RecordEnforcement
  public static final String RECORD_NO = "enforcementRecordNo";
  public static final String RECORD_DATE = "enforcementRecordDate";
  public static final String ENFORCEMENT_RESULT = "enforcementResult";
  public static final String RESULT_COMPLETED = "completed";
  public static final String RESULT_SEIZED = "seized";
  public static final String RECORD_NOTES = "enforcementRecordNotes";

  // PropertyDisposalProcess
  /** Output of PropertyDisposalProcess: sold, or property-in-court. */
  public static final String DISPOSAL_OUTCOME = "propertyDisposalOutcome";

  public static final String DISPOSAL_SOLD = "sold";
  public static final String DISPUTE_NOTICE_NO = "disputeNoticeNo";
  public static final String DISPUTE_NOTICE_DATE = "disputeNoticeDate";
  public static final String DISPUTE_PARTIES = "disputeParties";

  /** The court accepted a suit over the property (Task_AwaitSuit's form, or Message_SuitFiled). */
  public static final String SUIT_ACCEPTANCE_NO = "suitAcceptanceNo";

  public static final String SUIT_ACCEPTANCE_DATE = "suitAcceptanceDate";
  public static final String SUIT_COURT = "suitCourt";
  public static final String SUIT_NOTE = "suitNote";

  /**
   * Sent with Message_CourtRuled: property-released (enforcement continues) or property-excluded.
   */
  public static final String COURT_RULING = "courtRuling";

  public static final String RULING_RELEASED = "property-released";
  public static final String RULING_EXCLUDED = "property-excluded";

  /** The court's ruling (Message_CourtRuled, or the follow-up form): number, date, court, note. */
  public static final String COURT_RULING_NO = "courtRulingNo";

  public static final String COURT_RULING_DATE = "courtRulingDate";
  public static final String COURT_NAME = "courtName";
  public static final String COURT_RULING_NOTE = "courtRulingNote";

  /** Choice on the court follow-up form: the suit is still pending, or the court has ruled. */
  public static final String COURT_FOLLOW_UP_RESULT = "courtFollowUpResult";

  public static final String FOLLOW_UP_PENDING = "pending";
  public static final String FOLLOW_UP_RULED = "ruled";
  public static final String COURT_FOLLOW_UP_DATE = "courtFollowUpDate";
  public static final String COURT_FOLLOW_UP_NOTES = "courtFollowUpNotes";
  public static final String APPRAISAL_CONTRACT_NO = "appraisalContractNo";
  public static final String APPRAISAL_CONTRACT_DATE = "appraisalContractDate";
  public static final String APPRAISER = "appraiser";
  public static final String VALUATION_DATE = "valuationDate";
  public static final String VALUATION_VND = "valuationVnd";
  public static final String AUCTION_CONTRACT_NO = "auctionContractNo";
  public static final String AUCTION_CONTRACT_DATE = "auctionContractDate";
  public static final String AUCTIONEER = "auctioneer";
  public static final String AUCTION_DATE = "auctionDate";
  public static final String AUCTION_RESULT = "auctionResult";
  public static final String AUCTION_SOLD = "sold";
  public static final String AUCTION_UNSOLD = "unsold";
  public static final String SALE_PRICE_VND = "salePriceVnd";

  // Messages, correlated by the case's business key
  public static final String MESSAGE_SUIT_FILED = "Message_SuitFiled";
  public static final String MESSAGE_COURT_RULED = "Message_CourtRuled";

  private EnforcementVariables() {}
}
