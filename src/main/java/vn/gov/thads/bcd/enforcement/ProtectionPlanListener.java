package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/** Checks and records the police's protection plan for the coercion. */
@Component("protectionPlanListener")
class ProtectionPlanListener implements TaskListener {

  private final StepRecorder steps;
  private final Clock clock;

  ProtectionPlanListener(StepRecorder steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String docNo = f.documentNo(PROTECTION_PLAN_NO, "số kế hoạch bảo vệ cưỡng chế");
    LocalDate date =
        f.dateNotInFuture(
            PROTECTION_PLAN_DATE, "ngày ban hành kế hoạch bảo vệ", VietnamTime.today(clock));
    Integer force = f.count(PROTECTION_FORCE, "số cán bộ, chiến sĩ tham gia bảo vệ");
    f.check();
    steps.record(task, docNo, date, null, "Lực lượng bảo vệ: " + force);
  }
}
