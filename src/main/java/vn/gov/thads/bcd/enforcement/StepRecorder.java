package vn.gov.thads.bcd.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.security.CurrentUser;

/**
 * Writes one statutory step to {@code bcd_enforcement_step}, named after its task (Task_Briefing →
 * Briefing).
 */
@Component
class StepRecorder {

  private final EnforcementRepository records;

  StepRecorder(EnforcementRepository records) {
    this.records = records;
  }

  void record(
      DelegateTask task, String documentNo, LocalDate date, BigDecimal amountVnd, String detail) {
    records.step(
        FormReader.caseId(task),
        task.getProcessInstanceId(),
        task.getTaskDefinitionKey().replaceFirst("^Task_", ""),
        documentNo,
        date,
        amountVnd,
        detail,
        user(task));
  }

  /** A step recorded by another task's form (the seizure notice, on the briefing's). */
  void recordAs(DelegateTask task, String step, String documentNo, LocalDate date, String detail) {
    records.step(
        FormReader.caseId(task),
        task.getProcessInstanceId(),
        step,
        documentNo,
        date,
        null,
        detail,
        user(task));
  }

  /** The user who completed the task: the authenticated one (Tasklist, REST), else the assignee. */
  static String user(DelegateTask task) {
    return CurrentUser.idOr(task.getAssignee());
  }
}
