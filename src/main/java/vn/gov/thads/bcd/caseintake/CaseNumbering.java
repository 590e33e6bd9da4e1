package vn.gov.thads.bcd.caseintake;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.platform.CopiedVariables;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Gives a new case its number as late as possible: just before the transaction that starts it
 * commits, after the engine has written all its rows.
 *
 * <p>Why: numbers are an official register, consecutive and without gaps, so the year's counter row
 * stays locked from taking a number until the commit, and simultaneous intakes wait for each other
 * there (issue 17). Taken at the start of the process, the lock covered the whole start; taken at
 * the end of the engine command, it still covered the engine's writes, some twenty statements.
 * Taken here, it covers a few short updates and the commit. A start that fails takes no number or
 * rolls the counter back with everything else, so there is still no gap.
 *
 * <p>Until then the case is recorded under a provisional number ({@link #provisional}, never seen
 * by anybody else: the transaction has not committed) wherever the number goes — the business key
 * and the {@code caseNumber} variable of the case's process instances, the Tasklist card's case
 * number of its tasks ({@code TaskAgencyLabel} reads it from the case row), the case row, the
 * open-task rows, the first status publication. Just before the commit, the number is taken and
 * written over the provisional one: in the engine's rows by plain updates here (the engine has
 * flushed them and holds no entity that would write them again), in the application's rows by their
 * owners, on {@link CaseNumbered}. {@code CaseRegistrationIT} checks that no trace of a provisional
 * number is left anywhere in the database.
 */
@Component
public class CaseNumbering {

  /** Provisional numbers start with this; real ones with {@link CaseRepository#NUMBER_PREFIX}. */
  private static final String PROVISIONAL_MARK = "?";

  private final CaseRepository cases;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  public CaseNumbering(CaseRepository cases, JdbcClient jdbc, ApplicationEventPublisher events) {
    this.cases = cases;
    this.jdbc = jdbc;
    this.events = events;
  }

  /**
   * A placeholder for the case of this process instance, unique among the cases being started (it
   * fits {@code bcd_case.case_number}, 32 characters).
   */
  static String provisional(String processInstanceId) {
    String compact = processInstanceId.replace("-", "").toLowerCase(Locale.ROOT);
    return PROVISIONAL_MARK + compact.substring(0, Math.min(compact.length(), 31));
  }

  /**
   * Records the case under a provisional number and arranges for its real number just before the
   * commit. Returns the case's id.
   */
  long register(DelegateExecution execution, String agency, String initiator, Dossier dossier) {
    String rootId = execution.getProcessInstanceId();
    String provisional = provisional(rootId);
    long caseId = cases.insertProvisional(provisional, rootId, agency, initiator, dossier);
    Context.getCommandContext()
        .registerCommandContextListener(
            new CommandContextListener() {
              @Override
              public void onCommandContextClose(CommandContext context) {
                label(context, caseId, rootId, provisional);
              }

              @Override
              public void onCommandFailed(CommandContext context, Throwable failure) {
                // rolled back with the rest: no number was taken
              }
            });
    return caseId;
  }

  /**
   * At the end of the engine command, before its rows are written: the first status is announced,
   * and the process instances get the provisional number as business key and variable.
   */
  private void label(CommandContext context, long caseId, String rootId, String provisional) {
    cases.announceFirstStatus(caseId);
    List<ExecutionEntity> instances =
        context.getDbEntityManager().getCachedEntitiesByType(ExecutionEntity.class).stream()
            .filter(
                e -> e.isProcessInstanceExecution() && rootId.equals(e.getRootProcessInstanceId()))
            .toList();
    // The number is the case row's: no history detail rows for it.
    CopiedVariables.copying(
        () -> {
          for (ExecutionEntity instance : instances) {
            instance.setProcessBusinessKey(provisional);
            instance.setVariableLocal(CaseVariables.CASE_NUMBER, provisional);
          }
        });
    context
        .getTransactionContext()
        .addTransactionListener(
            TransactionState.COMMITTING,
            committing -> number(caseId, rootId, provisional, instances));
  }

  /** Just before the commit, after the engine's flush: the number, over the provisional one. */
  private void number(
      long caseId, String rootId, String provisional, List<ExecutionEntity> instances) {
    String caseNumber = cases.nextCaseNumber();
    cases.number(caseId, caseNumber);
    // Business keys by value: they include the first status publication's process, if any.
    for (String table : List.of("ACT_RU_EXECUTION", "ACT_HI_PROCINST")) {
      jdbc.sql("update " + table + " set BUSINESS_KEY_ = ? where BUSINESS_KEY_ = ?")
          .params(caseNumber, provisional)
          .update();
    }
    jdbc.sql(
            "update ACT_RU_VARIABLE set TEXT_ = ? where TEXT_ = ? and PROC_INST_ID_ in"
                + " (select ID_ from ACT_RU_EXECUTION where ROOT_PROC_INST_ID_ = ?)")
        .params(caseNumber, provisional, rootId)
        .update();
    // The variables holding the number are copies: they have no detail rows (CopiedVariables).
    jdbc.sql("update ACT_HI_VARINST set TEXT_ = ? where ROOT_PROC_INST_ID_ = ? and TEXT_ = ?")
        .params(caseNumber, rootId, provisional)
        .update();
    events.publishEvent(new CaseNumbered(caseId, rootId, provisional, caseNumber));
    // What the engine hands back to the starter (the REST answer, the intake API's) is the entity
    // in memory, which was written with the provisional number.
    instances.forEach(instance -> instance.setBusinessKey(caseNumber));
  }
}
