package vn.gov.thads.bcd.variables;

/**
 * Names of the process variables, the one place the models' expressions and the Java code agree on.
 */
public final class CaseVariables {

  /** Login of the user who started the case (set by {@code camunda:initiator}). */
  public static final String INITIATOR = "initiator";

  /** Id of the case's row in {@code bcd_case}. */
  public static final String CASE_ID = "caseId";

  /** The human case number, e.g. BCĐ-2026-0001; also the process instance's business key. */
  public static final String CASE_NUMBER = "caseNumber";

  /** Id of the THADS agency that asks for the committee's opinion; candidate group of its tasks. */
  public static final String SUBMITTING_AGENCY = "submittingAgency";

  /**
   * Optional at the start: the THADS agency the case is submitted for, when the starter is not of
   * that agency itself (THADS tỉnh, or its case-management system's account, submitting for a
   * regional office). Dropped once the case is registered; {@link #SUBMITTING_AGENCY} holds the
   * outcome.
   */
  public static final String REQUESTED_AGENCY = "requestedAgency";

  /** The submitting agency's name, for the forms to show (loaded with the dossier). */
  public static final String SUBMITTING_AGENCY_NAME = "submittingAgencyName";

  // The dossier (start form and "complete the dossier" form)
  public static final String ENFORCEMENT_DECISION_NO = "enforcementDecisionNo";
  public static final String ENFORCEMENT_DECISION_DATE = "enforcementDecisionDate";
  public static final String JUDGMENT_NO = "judgmentNo";
  public static final String DEBTOR_NAME = "debtorName";
  public static final String CREDITOR_NAME = "creditorName";
  public static final String AMOUNT_VND = "amountVnd";
  public static final String CASE_CATEGORY = "caseCategory";
  public static final String PROPERTY_DISPUTED = "propertyDisputed";
  public static final String SECURITY_RISK = "securityRisk";
  public static final String DEBTOR_POLICY_BENEFICIARY = "debtorPolicyBeneficiary";
  public static final String OBSTACLE = "obstacle";
  public static final String PROPOSAL = "proposal";

  // The dossier of a bank-credit case (category tin-dung-ngan-hang only; see caseintake.Dossier)
  /** Whether the creditor is a credit institution (boolean). */
  public static final String CREDITOR_IS_CREDIT_INSTITUTION = "creditorIsCreditInstitution";

  /** The credit institution's name; required when {@link #CREDITOR_IS_CREDIT_INSTITUTION}. */
  public static final String CREDIT_INSTITUTION_NAME = "creditInstitutionName";

  /** The collateral (tài sản bảo đảm): what it is. */
  public static final String COLLATERAL_DESCRIPTION = "collateralDescription";

  /** The collateral's registration: number of the secured transaction and registering office. */
  public static final String COLLATERAL_REGISTRATION = "collateralRegistration";

  /** The collateral's value in đồng. */
  public static final String COLLATERAL_VALUE_VND = "collateralValueVnd";

  /** The principal owed (nợ gốc) in đồng. */
  public static final String PRINCIPAL_VND = "principalVnd";

  /** The interest owed (nợ lãi) in đồng. */
  public static final String INTEREST_VND = "interestVnd";

  // The dossier of an administrative judgment (category hanh-chinh only; see caseintake.Dossier)
  /** The public body obliged to execute the judgment (cơ quan phải thi hành án), free text. */
  public static final String OBLIGED_BODY = "obligedBody";

  /** The obliged body's direct superior (cơ quan cấp trên trực tiếp): an organisation agency id. */
  public static final String OBLIGED_BODY_SUPERIOR = "obligedBodySuperior";

  /** The date of the court's judgment or decision (yyyy-MM-dd). */
  public static final String JUDGMENT_DATE = "judgmentDate";

  /** The date the obliged body received the judgment (yyyy-MM-dd); its 30 days run from it. */
  public static final String JUDGMENT_RECEIVED_DATE = "judgmentReceivedDate";

  /** The superior's name, for the forms to show (loaded with the dossier). */
  public static final String OBLIGED_BODY_SUPERIOR_NAME = "obligedBodySuperiorName";

  // Approval by the head of THADS tỉnh
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String DECISION_APPROVE = "approve";
  public static final String DECISION_RETURN = "return";
  public static final String RETURN_REASON = "returnReason";

  // Secretariat's review of the dossier
  public static final String DOSSIER_COMPLETE = "dossierComplete";
  public static final String REVIEW_NOTE = "reviewNote";

  // Consultation of the members
  /** Agencies proposed by the DMN decision ConsultedAgencies (list of agency ids). */
  public static final String PROPOSED_AGENCIES = "proposedAgencies";

  /**
   * Agencies the secretariat decided to consult (JSON array of agency ids; the form's checklist).
   */
  public static final String CONSULTED_AGENCIES = "consultedAgencies";

  /** Options of the agency checklist: JSON array of {label, value}. */
  public static final String AGENCY_OPTIONS = "agencyOptions";

  /** Element variable of the multi-instance opinion task: the agency giving its opinion. */
  public static final String CONSULTED_AGENCY = "consultedAgency";

  /** When the members' opinions are due (Date). */
  public static final String OPINION_DEADLINE = "opinionDeadline";

  public static final String OPINION_POSITION = "opinionPosition";
  public static final String OPINION_CONTENT = "opinionContent";
  public static final String OPINION_DOCUMENT_NO = "opinionDocumentNo";

  /** Secretariat's choice once the deadline passed with opinions missing: proceed or wait. */
  public static final String LATE_OPINIONS_DECISION = "lateOpinionsDecision";

  public static final String DECISION_PROCEED = "proceed";
  public static final String DECISION_WAIT = "wait";

  // Meeting and conclusion
  /**
   * Options of agency pickers covering every agency of the organisation: JSON array of {label,
   * value}.
   */
  public static final String ALL_AGENCY_OPTIONS = "allAgencyOptions";

  /**
   * The case's consultation of the committee (a bcd_meeting row): its item on a meeting's agenda,
   * or its written consultation.
   */
  public static final String MEETING_ID = "meetingId";

  public static final String MEETING_TYPE = "meetingType";
  public static final String MEETING_DATE = "meetingDate";
  public static final String MEETING_PARTICIPANTS = "meetingParticipants";

  /** Time of day of the meeting (HH:mm). */
  public static final String MEETING_TIME = "meetingTime";

  public static final String MEETING_PLACE = "meetingPlace";

  /** The day the meeting papers were (or will be) sent to the members (yyyy-MM-dd). */
  public static final String PAPERS_SENT_DATE = "papersSentDate";

  /**
   * Whether the case goes to a new meeting or joins one already scheduled: {@link #ARRANGEMENT_NEW}
   * (left out means new) or {@link #ARRANGEMENT_JOIN}.
   */
  public static final String MEETING_ARRANGEMENT = "meetingArrangement";

  public static final String ARRANGEMENT_NEW = "new";
  public static final String ARRANGEMENT_JOIN = "join";

  /** The id of the scheduled meeting (bcd_committee_meeting) the case joins, as chosen. */
  public static final String COMMITTEE_MEETING_ID = "committeeMeetingId";

  /**
   * The upcoming quarterly meetings a case may join, for the meeting task's select: JSON array of
   * {label, value}.
   */
  public static final String UPCOMING_MEETING_OPTIONS = "upcomingMeetingOptions";

  /** Who chairs the new meeting (name and title). */
  public static final String MEETING_CHAIR = "meetingChair";

  /**
   * The meeting and the case's place on its agenda, for the minutes form to show ("Họp quý IV/2026
   * – 15/12/2026 08:00, Hội trường UBND tỉnh; vụ việc thứ 2 trong chương trình họp").
   */
  public static final String MEETING_HEADING = "meetingHeading";

  /** Other participants of the new meeting by name, one a line (optional). */
  public static final String MEETING_GUESTS = "meetingGuests";

  /**
   * How the committee is to give its view on the case, the secretariat's choice on the meeting
   * task: {@link #CONSULTATION_MEETING} (a meeting) or {@link #CONSULTATION_WRITTEN} (it proposes
   * that the chair conclude on the members' written opinions, without a meeting).
   */
  public static final String CONSULTATION_MODE = "consultationMode";

  public static final String CONSULTATION_MEETING = "meeting";
  public static final String CONSULTATION_WRITTEN = "written";

  /** Why the secretariat proposes written consultation instead of a meeting. */
  public static final String WRITTEN_CONSULTATION_REASON = "writtenConsultationReason";

  /**
   * The chair's decision on the proposal of written consultation: {@link #WRITTEN_APPROVE} or
   * {@link #WRITTEN_REJECT}, with a note (required when rejecting; shown to the secretariat).
   */
  public static final String WRITTEN_CONSULTATION_DECISION = "writtenConsultationDecision";

  public static final String WRITTEN_CONSULTATION_NOTE = "writtenConsultationNote";

  public static final String WRITTEN_APPROVE = "approve";
  public static final String WRITTEN_REJECT = "reject";

  /**
   * Each consulted agency's opinion, for the meeting and conclusion forms to show: JSON array of
   * {agency, position, content, documentNo, timeliness}, every value a Vietnamese text.
   */
  public static final String CONSULTED_OPINIONS = "consultedOpinions";

  public static final String MINUTES_NO = "minutesNo";
  public static final String MINUTES = "minutes";
  public static final String CONCLUSION_ID = "conclusionId";
  public static final String CONCLUSION_NO = "conclusionNo";
  public static final String CONCLUSION_DATE = "conclusionDate";
  public static final String CONCLUSION_SUMMARY = "conclusionSummary";

  /**
   * The chair's choice on the conclusion task: conclude, or ask the office for more information.
   */
  public static final String CONCLUSION_ACTION = "conclusionAction";

  public static final String ACTION_CONCLUDE = "conclude";
  public static final String ACTION_REQUEST_INFO = "request-info";

  /** What the chair asks the enforcement office for, and by when (a date; the task's due date). */
  public static final String INFO_REQUEST = "infoRequest";

  public static final String INFO_DUE_DATE = "infoDueDate";

  /** The office's answer and the number of its written report. */
  public static final String INFO_ANSWER = "infoAnswer";

  public static final String INFO_DOCUMENT_NO = "infoDocumentNo";

  /**
   * Number and date of the chair's written authorisation, when the standing deputy concludes in the
   * chair's place.
   */
  public static final String AUTHORISATION_REF = "authorisationRef";

  /** Whether the chair ordered coercive enforcement (boolean; gateway of the main process). */
  public static final String COERCION_ORDERED = "coercionOrdered";

  /** How many directive rows of the conclusion form are filled (1..8). */
  public static final String DIRECTIVE_COUNT = "directiveCount";

  /**
   * Prefix of the directive row fields: directive1Lead, directive1Support, directive1Task,
   * directive1Deadline…
   */
  public static final String DIRECTIVE_ROW = "directive";

  // Rounds: the case before the committee again (round 1 is the submission itself)
  /** The case's current round (integer, 1 at registration; opinions and conclusions carry it). */
  public static final String ROUND_NUMBER = "roundNumber";

  /** Message by which the secretariat puts a concluded case before the committee again. */
  public static final String MESSAGE_BACK_TO_COMMITTEE = "Message_BackToCommittee";

  /** Why the case goes before the committee again (the new obstacle). */
  public static final String NEW_ROUND_REASON = "newRoundReason";

  /**
   * What the new conclusion does with the earlier round's unfinished directives: PRIOR_KEEP or
   * PRIOR_REPLACE (asked on the conclusion form only when there are such directives).
   */
  public static final String PRIOR_DIRECTIVES = "priorDirectives";

  public static final String PRIOR_KEEP = "keep";
  public static final String PRIOR_REPLACE = "replace";

  /** How many directives of earlier rounds are still unfinished (shown on the conclusion form). */
  public static final String PRIOR_OPEN_DIRECTIVES = "priorOpenDirectives";

  /**
   * The case a Tasklist start form reports on, as typed (caseNumber itself is the engine's and may
   * not be sent).
   */
  public static final String REPORTED_CASE_NUMBER = "reportedCaseNumber";

  // Early closure, reported by the enforcement office after the conclusion
  /** Message by which the office reports that the case ended before its follow-up did. */
  public static final String MESSAGE_CASE_CLOSED_EARLY = "Message_CaseClosedEarly";

  /** Why: one of the values of {@code followup.EarlyClosureKind} (paid, agreed, terminated). */
  public static final String CLOSURE_KIND = "closureKind";

  public static final String CLOSURE_DOCUMENT_NO = "closureDocumentNo";
  public static final String CLOSURE_DOCUMENT_DATE = "closureDocumentDate";
  public static final String CLOSURE_NOTE = "closureNote";

  // Execution of one directive
  public static final String DIRECTIVE_ID = "directiveId";
  public static final String LEAD_AGENCY = "leadAgency";

  /** The lead agency's name, for the forms to show. */
  public static final String LEAD_AGENCY_NAME = "leadAgencyName";

  public static final String DIRECTIVE_TASK = "directiveTask";
  public static final String DIRECTIVE_DEADLINE = "directiveDeadline";

  /** The same deadline as text (dd/MM/yyyy), for the forms to show. */
  public static final String DIRECTIVE_DEADLINE_TEXT = "directiveDeadlineText";

  public static final String SUPPORTING_AGENCY_NAMES = "supportingAgencyNames";

  /** Lead agency's choice on its task: report the result, or ask the chair for more time. */
  public static final String DIRECTIVE_ACTION = "directiveAction";

  public static final String ACTION_REPORT = "report";
  public static final String ACTION_EXTENSION = "extension";
  public static final String DIRECTIVE_RESULT = "directiveResult";
  public static final String PROPOSED_DEADLINE = "proposedDeadline";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String EXTENSION_DECISION = "extensionDecision";
  public static final String RESULT_VERDICT = "resultVerdict";
  public static final String VERIFY_NOTE = "verifyNote";

  /** Lead agency's third choice: propose to adjust the directive (the chair decides). */
  public static final String ACTION_ADJUSTMENT = "adjustment";

  /** What the adjustment changes: content, reassign, add-supporting or cancel. */
  public static final String ADJUSTMENT_KIND = "adjustmentKind";

  public static final String PROPOSED_TASK = "proposedTask";
  public static final String PROPOSED_LEAD_AGENCY = "proposedLeadAgency";
  public static final String PROPOSED_SUPPORTING_AGENCY = "proposedSupportingAgency";
  public static final String ADJUSTMENT_REASON = "adjustmentReason";

  /** The pending proposal in words (what changes, from what to what), for the chair's form. */
  public static final String ADJUSTMENT_SUMMARY = "adjustmentSummary";

  public static final String ADJUSTMENT_DECISION = "adjustmentDecision";
  public static final String ADJUSTMENT_NOTE = "adjustmentNote";

  /** The chair's decision on the last proposal in words, shown on the lead agency's next task. */
  public static final String ADJUSTMENT_OUTCOME = "adjustmentOutcome";

  /** Whether the approved adjustment ended the directive (boolean; gateway). */
  public static final String DIRECTIVE_CANCELLED = "directiveCancelled";

  private CaseVariables() {}
}
