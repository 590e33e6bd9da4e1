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
 * Checks and records the information sent to the police before coercion (Task_SendInfoToPolice).
 */
@Component("policeInfoSentListener")
class PoliceInfoSentListener implements TaskListener {

  private final StepRecorder steps;
  private final Clock clock;

  PoliceInfoSentListener(StepRecorder steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String docNo = f.documentNo(POLICE_INFO_DOC_NO, "số văn bản gửi Công an");
    LocalDate date =
        f.dateNotInFuture(POLICE_INFO_DATE, "ngày gửi văn bản", VietnamTime.today(clock));
    String content = f.text(POLICE_INFO_CONTENT, "nội dung thông tin gửi Công an", 4000);
    f.check();
    steps.record(task, docNo, date, null, content);
  }
}
