package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Checks and records the chair's decision when the police disagree: proceed with the coercion or
 * stop.
 */
@Component("chairDecisionListener")
class ChairDecisionListener implements TaskListener {

  /** The choices of the form, value → label. */
  static final Map<String, String> DECISIONS =
      Choices.of(PROCEED, "Tiếp tục tổ chức cưỡng chế", STOP, "Không tổ chức cưỡng chế");

  private final EnforcementRepository records;
  private final StepRecorder steps;
  private final Clock clock;

  ChairDecisionListener(EnforcementRepository records, StepRecorder steps, Clock clock) {
    this.records = records;
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String decision = f.choice(CHAIR_DECISION, "quyết định của Trưởng ban", DECISIONS);
    String reason = f.text(CHAIR_REASON, "ý kiến chỉ đạo, lý do", 4000);
    f.check();
    records.chair(task.getProcessInstanceId(), decision, reason);
    steps.record(task, null, VietnamTime.today(clock), null, decision + ": " + reason);
  }
}
