package vn.gov.thads.bcd.variables;

import java.util.Set;

/**
 * Task-local variables a Tasklist card shows (tasklist.TaskAgencyLabel sets them on every task):
 * copies of the organisation's and the case's records, because a card reads variables with the
 * viewer's rights on the process instance.
 */
public final class TaskCardVariables {

  /** The responsible agencies' names. */
  public static final String AGENCY_NAME = "agencyName";

  /** The case number (BCĐ-yyyy-nnnn) of the task's case. */
  public static final String CASE_NUMBER = "cardCaseNumber";

  /** The debtor of the task's case. */
  public static final String DEBTOR_NAME = "cardDebtorName";

  /** All of them. */
  public static final Set<String> ALL = Set.of(AGENCY_NAME, CASE_NUMBER, DEBTOR_NAME);

  private TaskCardVariables() {}
}
