package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Checks and records the coercion decision (quyết định cưỡng chế), which comes before the plan: its
 * number and date (issued, so not after today). Starts the first round of the coercion.
 */
@Component("coercionDecisionListener")
class CoercionDecisionListener implements TaskListener {

  private final EnforcementRepository records;
  private final StepRecorder steps;
  private final Clock clock;

  CoercionDecisionListener(EnforcementRepository records, StepRecorder steps, Clock clock) {
    this.records = records;
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String decisionNo = f.documentNo(COERCION_DECISION_NO, "số quyết định cưỡng chế");
    LocalDate date =
        f.dateNotInFuture(
            COERCION_DECISION_DATE, "ngày ra quyết định cưỡng chế", VietnamTime.today(clock));
    f.check();
    task.setVariable(COERCION_ROUND, 1);
    records.coercionDecision(task.getProcessInstanceId(), decisionNo, date);
    steps.record(task, decisionNo, date, null, null);
  }
}
