package vn.gov.thads.bcd.variables;

/**
 * Names and values of the variables of AdministrativeJudgmentProcess (monitoring the execution of
 * an administrative judgment), the one place its model, forms and Java code agree on.
 */
public final class AdministrativeVariables {

  /** Key of the called process (file bpmn/AdministrativeJudgmentProcess.bpmn). */
  public static final String PROCESS_KEY = "AdministrativeJudgmentProcess";

  /** Due date of THADS's notice to the obliged body (05 working days from its receipt). */
  public static final String NOTICE_DUE = "adminNoticeDue";

  /** End of the body's 30-day self-execution, from its receipt of the judgment (a Date). */
  public static final String SELF_EXECUTION_DUE = "selfExecutionDue";

  /** The same, dd/MM/yyyy, for the forms to show. */
  public static final String SELF_EXECUTION_DUE_LABEL = "selfExecutionDueLabel";

  /** When the office is to record the result of the self-execution (a Date). */
  public static final String RESULT_DUE = "adminResultDue";

  // THADS's notice to the obliged body (Form_AdminNotice).
  public static final String NOTICE_NO = "adminNoticeNo";
  public static final String NOTICE_DATE = "adminNoticeDate";

  // The result of the self-execution (Form_AdminSelfExecution) and of each follow-up
  // (Form_AdminFollowUp): one of the RESULT_* values.
  public static final String RESULT = "adminResult";
  public static final String RESULT_COMPLIED = "complied";
  public static final String RESULT_PARTLY = "partly";
  public static final String RESULT_NOT_COMPLIED = "not-complied";

  /** In the follow-up only: the body has still not complied. */
  public static final String RESULT_NOT_YET = "not-yet";

  /** In the follow-up only: monitoring ends without compliance (e.g. the judgment was annulled). */
  public static final String RESULT_CLOSED = "closed";

  public static final String RESULT_DOCUMENT_NO = "adminResultDocumentNo";
  public static final String RESULT_DATE = "adminResultDate";
  public static final String RESULT_NOTE = "adminResultNote";

  // The court's decision compelling execution (Form_AdminCompellingDecision).
  public static final String COURT_REQUEST_NO = "courtRequestNo";
  public static final String COURT_REQUEST_DATE = "courtRequestDate";
  public static final String COMPELLING_DECISION_NO = "compellingDecisionNo";
  public static final String COMPELLING_DECISION_DATE = "compellingDecisionDate";

  // Publication of the non-compliance (Form_AdminPublication).
  public static final String PUBLICATION_CHANNEL = "publicationChannel";
  public static final String PUBLICATION_DATE = "publicationDate";
  public static final String PUBLICATION_REFERENCE = "publicationReference";

  // Request to discipline the officials responsible, to the superior (Form_AdminDiscipline).
  public static final String DISCIPLINE_REQUEST_NO = "disciplineRequestNo";
  public static final String DISCIPLINE_REQUEST_DATE = "disciplineRequestDate";
  public static final String DISCIPLINE_OFFICIALS = "disciplineOfficials";

  /**
   * How the monitoring ended, as the calling process reads it: OUTCOME_COMPLIED or OUTCOME_CLOSED.
   */
  public static final String OUTCOME = "adminOutcome";

  public static final String OUTCOME_COMPLIED = "COMPLIED";
  public static final String OUTCOME_CLOSED = "CLOSED";

  private AdministrativeVariables() {}
}
