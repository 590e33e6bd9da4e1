package vn.gov.thads.bcd.variables;

/**
 * Names and values of the variables of FollowUpProcess, the one place its model, forms and Java
 * code agree on.
 */
public final class FollowUpVariables {

  /** Key of the called process (file bpmn/FollowUpProcess.bpmn). */
  public static final String PROCESS_KEY = "FollowUpProcess";

  // Inputs from the calling process (same names as there).
  public static final String CASE_ID = CaseVariables.CASE_ID;
  public static final String CASE_NUMBER = CaseVariables.CASE_NUMBER;
  public static final String SUBMITTING_AGENCY = CaseVariables.SUBMITTING_AGENCY;

  // Read from bcd_case at the start, for display on the forms (the record is the authority, not the
  // caller).
  public static final String ENFORCEMENT_DECISION_NO = CaseVariables.ENFORCEMENT_DECISION_NO;
  public static final String DEBTOR_NAME = CaseVariables.DEBTOR_NAME;
  public static final String AMOUNT_VND = CaseVariables.AMOUNT_VND;

  // Periodic status report of the responsible office (Form_ReportStatus).
  /** The report's outcome: one of the REPORT_* values below. */
  public static final String REPORT_OUTCOME = "reportOutcome";

  public static final String REPORT_IN_PROGRESS = "in-progress";
  public static final String REPORT_COMPLETED = "completed";
  public static final String REPORT_TERMINATED = "terminated";
  public static final String REPORT_NOT_ENFORCEABLE = "not-enforceable";

  /**
   * Amount recovered so far (VND, integer); kept between reports, so the next form starts from it.
   */
  public static final String AMOUNT_RECOVERED = "amountRecoveredVnd";

  /** Short status text of a report; removed once recorded, so the next report starts empty. */
  public static final String STATUS_TEXT = "statusText";

  // Debtor who cannot pay yet (report and re-verification forms).
  /**
   * The debtor's situation, which sets how often the ability to pay is re-verified: DEBTOR_*
   * values.
   */
  public static final String DEBTOR_SITUATION = "debtorSituation";

  public static final String DEBTOR_NORMAL = "normal";
  public static final String DEBTOR_IMPRISONED = "imprisoned";
  public static final String DEBTOR_ADDRESS_UNKNOWN = "address-unknown";

  /** ISO period until the next re-verification (set by the listeners, read by the timer). */
  public static final String REVERIFY_PERIOD = "reverifyPeriod";

  /** Result of a re-verification: VERIFICATION_ABLE or VERIFICATION_UNABLE. */
  public static final String VERIFICATION_RESULT = "verificationResult";

  public static final String VERIFICATION_ABLE = "able";
  public static final String VERIFICATION_UNABLE = "unable";

  /** What the re-verification found; removed once recorded. */
  public static final String VERIFICATION_NOTE = "verificationNote";

  // --- The formal not-enforceable decision and the 2025 Law switch (issue 14) ---
  /**
   * Number of the decision that the debtor cannot pay yet (quyết định về việc chưa có điều kiện thi
   * hành án, Law on Civil Judgment Enforcement, Art. 44a), required when the report says so.
   */
  public static final String NOT_ENFORCEABLE_DECISION_NO = "notEnforceableDecisionNo";

  /**
   * Date of that decision (yyyy-MM-dd): re-verification and the separate tracking book run from it,
   * and it decides which law applies.
   */
  public static final String NOT_ENFORCEABLE_DECISION_DATE = "notEnforceableDecisionDate";

  /** The law the not-enforceable outcome follows: LAW_2008 or LAW_2025 (set by the listener). */
  public static final String APPLICABLE_LAW = "applicableLaw";

  /** Law on Civil Judgment Enforcement 2008 (amended 2014, 2022): re-verify, separate book. */
  public static final String LAW_2008 = "law-2008";

  /** Law on Civil Judgment Enforcement 2025 (from 01/07/2026): the request is returned. */
  public static final String LAW_2025 = "law-2025";

  /** When the next re-verification falls due (a Date; the timer's date). */
  public static final String REVERIFY_DUE_AT = "reverifyDueAt";

  /** When the case moves to the separate tracking book (a Date; the boundary timer's date). */
  public static final String SEPARATE_BOOK_DUE_AT = "separateBookDueAt";

  /** Number of the notice returning the enforcement request to the creditor (2025 Law). */
  public static final String RETURN_NOTICE_NO = "returnNoticeNo";

  /** Date of that notice (yyyy-MM-dd). */
  public static final String RETURN_NOTICE_DATE = "returnNoticeDate";

  /** Optional note on the return (e.g. how the creditor was told he may re-submit). */
  public static final String RETURN_NOTE = "returnNote";

  // --- end of issue 14 block ---

  // Final report of the secretariat to the committee (Form_FinalReport).
  public static final String FINAL_REPORT_TEXT = "finalReportText";
  public static final String FINAL_REPORT_DOCUMENT_NO = "finalReportDocumentNo";

  // Output.
  /** How the case ended: a {@link FollowUpOutcome} name; also written to bcd_case.outcome. */
  public static final String CASE_OUTCOME = "caseOutcome";

  /** The outcome in Vietnamese, shown on the final report form. */
  public static final String CASE_OUTCOME_LABEL = "caseOutcomeLabel";

  private FollowUpVariables() {}
}
