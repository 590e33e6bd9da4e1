package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/** Checks and records the notice of a property dispute to the parties. */
@Component("disputeNoticeListener")
class DisputeNoticeListener implements TaskListener {

  private final StepRecorder steps;
  private final Clock clock;

  DisputeNoticeListener(StepRecorder steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String docNo = f.documentNo(DISPUTE_NOTICE_NO, "số thông báo");
    LocalDate date =
        f.dateNotInFuture(DISPUTE_NOTICE_DATE, "ngày thông báo", VietnamTime.today(clock));
    String parties = f.text(DISPUTE_PARTIES, "người được thông báo (các bên tranh chấp)", 2000);
    f.check();
    steps.record(task, docNo, date, null, parties);
  }
}
