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
 * Checks and records the police's reply: agreement with the coercion, or disagreement with its
 * reason.
 */
@Component("policeReplyListener")
class PoliceReplyListener implements TaskListener {

  /** The choices of the form, value → label. */
  static final Map<String, String> POSITIONS =
      Choices.of(AGREE, "Thống nhất cưỡng chế", DISAGREE, "Không thống nhất");

  private final EnforcementRepository records;
  private final StepRecorder steps;
  private final Clock clock;

  PoliceReplyListener(EnforcementRepository records, StepRecorder steps, Clock clock) {
    this.records = records;
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String position = f.choice(POLICE_POSITION, "ý kiến của Công an", POSITIONS);
    String docNo = f.optionalDocumentNo(POLICE_REPLY_DOC_NO, "số văn bản trả lời");
    String reason =
        DISAGREE.equals(position)
            ? f.text(POLICE_REPLY_REASON, "lý do không thống nhất", 4000)
            : f.optionalText(POLICE_REPLY_REASON, "lý do không thống nhất", 4000);
    f.check();
    records.police(task.getProcessInstanceId(), position, reason);
    steps.record(
        task,
        docNo,
        VietnamTime.today(clock),
        null,
        position + (reason == null ? "" : ": " + reason));
  }
}
