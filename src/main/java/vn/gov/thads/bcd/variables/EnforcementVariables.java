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
  /** The People's Committee (required) and the police (optional) of the coercion's commune. */
  public static final String COERCION_COMMUNE = "coercionCommune";

  public static final String COERCION_COMMUNE_POLICE = "coercionCommunePolice";

  /** Options of those selects, set when the plan opens (communeOptionsListener). */
  public static final String COMMUNE_COMMITTEE_OPTIONS = "communeCommitteeOptions";

  public static final String COMMUNE_POLICE_OPTIONS = "communePoliceOptions";

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
  /**
   * Task_ProtectionPlan: whether the police can protect the planned day (PROTECTION_READY) or ask
   * for a later one because the plan cannot reach the office in time (PROTECTION_TOO_LATE).
   */
  public static final String PROTECTION_PLAN_OUTCOME = "protectionPlanOutcome";

  public static final String PROTECTION_READY = "ready";
  public static final String PROTECTION_TOO_LATE = "too-late";
  public static final String PROTECTION_DELAY_REASON = "protectionDelayReason";
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
  /**
   * Output of PropertyDisposalProcess: sold (sold and handed over, or the creditor took the
   * property), or property-in-court (an effective ruling excluded the property).
   */
  public static final String DISPOSAL_OUTCOME = "propertyDisposalOutcome";

  public static final String DISPOSAL_SOLD = "sold";
  public static final String DISPUTE_NOTICE_NO = "disputeNoticeNo";
  public static final String DISPUTE_NOTICE_DATE = "disputeNoticeDate";
  public static final String DISPUTE_PARTIES = "disputeParties";

  /**
   * The court accepted a suit over the property (Task_AwaitSuit's form, or Message_SuitFiled);
   * {@code suitCourt}, optional, is the agency id of the accepting body when it is not the one
   * named in the notice.
   */
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

  /**
   * The first-instance ruling (Message_CourtRuled, or the follow-up form): number, date, the body
   * ({@code courtName}: its agency id, optional, defaults to {@code disputeBody}), note.
   */
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

  // ---- PropertyDisposalProcess as the law has it (issue 14: Art. 75, 48, 103, 104) ----

  /**
   * Task_NotifyDispute: the day the parties received the notice validly; the 30 days run from it.
   */
  public static final String DISPUTE_VALID_NOTICE_DATE = "disputeValidNoticeDate";

  /**
   * Task_NotifyDispute: the body that settles the dispute, an agency id of the organisation file (a
   * court, or the People's Committee competent for land).
   */
  public static final String DISPUTE_BODY = "disputeBody";

  /** The chosen body's name, for forms and records. */
  public static final String DISPUTE_BODY_NAME = "disputeBodyName";

  /** The bodies a form offers ({label, value}), set when the task opens. */
  public static final String DISPUTE_BODY_OPTIONS = "disputeBodyOptions";

  /** Derived from the chosen body: court or people-committee. */
  public static final String DISPUTE_ROUTE = "disputeRoute";

  public static final String ROUTE_COURT = "court";
  public static final String ROUTE_PEOPLE_COMMITTEE = "people-committee";

  /** End of the period to sue (Date, end of the last day): due date and timer of Task_AwaitSuit. */
  public static final String SUIT_FILING_DEADLINE = "suitFilingDeadline";

  /** Task_PostponeProperty: the postponement of enforcement on the property (Art. 48). */
  public static final String POSTPONEMENT_NO = "propertyPostponementNo";

  public static final String POSTPONEMENT_DATE = "propertyPostponementDate";

  /**
   * What a report on the dispute is about (REST {@code stage}, Message_CourtRuled): the
   * first-instance ruling, its taking legal effect, an appeal against it, or the appeal ruling.
   */
  public static final String RULING_STAGE = "rulingStage";

  public static final String STAGE_FIRST_INSTANCE = "first-instance";
  public static final String STAGE_EFFECTIVE = "effective";
  public static final String STAGE_APPEALED = "appealed";
  public static final String STAGE_APPEAL = "appeal";

  /** Set by the first-instance ruling's check: when its legal effect is to be checked (Date). */
  public static final String RULING_EFFECT_DUE = "rulingEffectDue";

  /** Task_RulingLegalEffect: effective (no appeal) or appealed. */
  public static final String RULING_LEGAL_EFFECT = "rulingLegalEffect";

  public static final String RULING_EFFECTIVE_DATE = "rulingEffectiveDate";
  public static final String APPEAL_DATE = "appealDate";
  public static final String APPEAL_NOTE = "appealNote";

  /** Task_AwaitAppealRuling (or Message_CourtRuled, stage appeal): the appeal ruling. */
  public static final String APPEAL_RULING = "appealRuling";

  public static final String APPEAL_RULING_NO = "appealRulingNo";
  public static final String APPEAL_RULING_DATE = "appealRulingDate";
  public static final String APPEAL_COURT = "appealCourt";
  public static final String APPEAL_RULING_NOTE = "appealRulingNote";

  /** The ruling in legal effect: property-released or property-excluded. */
  public static final String EFFECTIVE_RULING = "effectiveRuling";

  /** The current auction round (1 = first) and its starting price in VND (Long). */
  public static final String AUCTION_ROUND = "auctionRound";

  public static final String STARTING_PRICE_VND = "auctionStartingPriceVnd";

  /** Task_ReducePrice: the price-reduction decision after a failed auction (Art. 104). */
  public static final String PRICE_REDUCTION_NO = "priceReductionNo";

  public static final String PRICE_REDUCTION_DATE = "priceReductionDate";
  public static final String NEW_STARTING_PRICE_VND = "newStartingPriceVnd";

  /** Task_ReducePrice: auction again, or the creditor takes the property at the reduced price. */
  public static final String FAILED_AUCTION_DECISION = "failedAuctionDecision";

  public static final String REAUCTION = "reauction";
  public static final String CREDITOR_TAKES = "creditor-takes";

  /** Task_HandOver (Art. 103): handed over, or the debtor refuses and it needs coercion. */
  public static final String HANDOVER_RESULT = "handOverResult";

  public static final String HANDED_OVER = "handed-over";
  public static final String HANDOVER_NEEDS_COERCION = "needs-coercion";
  public static final String HANDOVER_DATE = "handOverDate";
  public static final String HANDOVER_RECORD_NO = "handOverRecordNo";
  public static final String HANDOVER_NOTE = "handOverNote";

  /** Task_CoerceHandOver: the coercion decision and the record of the coerced hand-over. */
  public static final String HANDOVER_COERCION_NO = "handOverCoercionNo";

  public static final String HANDOVER_COERCION_DATE = "handOverCoercionDate";

  /**
   * Informative output next to propertyDisposalOutcome 'sold': auction, auction-coerced-handover or
   * creditor-takes.
   */
  public static final String DISPOSAL_METHOD = "propertyDisposalMethod";

  // ---- end of the PropertyDisposalProcess block ----

  private EnforcementVariables() {}
}
