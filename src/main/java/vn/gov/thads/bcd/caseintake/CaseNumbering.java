package vn.gov.thads.bcd.caseintake;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.opentasks.OpenTasks;
import vn.gov.thads.bcd.tasklist.TaskAgencyLabel;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Gives a new case its number as late as possible: at the end of the engine command that starts it,
 * after everything else the start does and just before the engine writes its rows and the
 * transaction commits.
 *
 * <p>Why: numbers are an official register, consecutive and without gaps, so the year's counter row
 * stays locked from taking a number until the commit, and simultaneous intakes wait for each other
 * there. Taken at the start of the process (as before), the lock covered the whole start — the
 * opinion request, its first task, the listeners; taken here, it covers only the engine's writes
 * and the commit (issue 17). A start that fails before this point takes no number; one that fails
 * after it rolls the counter back with everything else, so there is still no gap.
 *
 * <p>Until then the case is recorded under a provisional number ({@link #provisional}, never shown:
 * the transaction has not committed), and the engine state that carries the number — the business
 * key and the {@code caseNumber} variable of the case's process instances, the Tasklist card's case
 * number of its tasks, the open-task rows — is filled in here, in the command's own entity cache,
 * before it is written. {@code CaseNumberingIT} checks that no trace of a provisional number is
 * left anywhere in the database.
 */
@Component
public class CaseNumbering {

  /** Provisional numbers start with this; real ones with {@link CaseRepository#NUMBER_PREFIX}. */
  static final String PROVISIONAL_MARK = "?";

  private final CaseRepository cases;
  private final OpenTasks openTasks;

  public CaseNumbering(CaseRepository cases, OpenTasks openTasks) {
    this.cases = cases;
    this.openTasks = openTasks;
  }

  /**
   * A placeholder for the case of this process instance, unique among the cases being started (it
   * fits {@code bcd_case.case_number}, 32 characters).
   */
  static String provisional(String processInstanceId) {
    String compact = processInstanceId.replace("-", "").toLowerCase(Locale.ROOT);
    return PROVISIONAL_MARK + compact.substring(0, Math.min(compact.length(), 31));
  }

  /** Whether a case number is a placeholder of a start that has not committed. */
  public static boolean isProvisional(String caseNumber) {
    return caseNumber != null && caseNumber.startsWith(PROVISIONAL_MARK);
  }

  /**
   * Records the case under a provisional number and arranges for its real number at the end of the
   * current engine command. Returns the case's id.
   */
  long register(DelegateExecution execution, String agency, String initiator, Dossier dossier) {
    String rootId = execution.getProcessInstanceId();
    long caseId = cases.insertProvisional(provisional(rootId), rootId, agency, initiator, dossier);
    Context.getCommandContext()
        .registerCommandContextListener(
            new CommandContextListener() {
              @Override
              public void onCommandContextClose(CommandContext context) {
                number(context, caseId, rootId);
              }

              @Override
              public void onCommandFailed(CommandContext context, Throwable failure) {
                // rolled back with the rest: no number was taken
              }
            });
    return caseId;
  }

  private void number(CommandContext context, long caseId, String rootId) {
    String caseNumber = cases.nextCaseNumber();
    cases.number(caseId, caseNumber);
    openTasks.caseNumbered(rootId, caseNumber);
    List<ExecutionEntity> instances =
        context.getDbEntityManager().getCachedEntitiesByType(ExecutionEntity.class).stream()
            .filter(
                e -> e.isProcessInstanceExecution() && rootId.equals(e.getRootProcessInstanceId()))
            .toList();
    for (ExecutionEntity instance : instances) {
      instance.setProcessBusinessKey(caseNumber);
      instance.setVariableLocal(CaseVariables.CASE_NUMBER, caseNumber);
    }
    context.getDbEntityManager().getCachedEntitiesByType(TaskEntity.class).stream()
        .filter(
            t ->
                t.getExecution() != null
                    && rootId.equals(t.getExecution().getRootProcessInstanceId()))
        .forEach(t -> t.setVariableLocal(TaskAgencyLabel.CASE_NUMBER_VARIABLE, caseNumber));
  }
}
