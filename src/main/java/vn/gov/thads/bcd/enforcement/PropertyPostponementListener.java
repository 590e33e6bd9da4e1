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
 * Checks and records the postponement of enforcement on the disputed property once the suit or
 * request is accepted (Art. 48): number and date, not before the acceptance.
 */
@Component("propertyPostponementListener")
class PropertyPostponementListener implements TaskListener {

  private final StepRecorder steps;
  private final Clock clock;

  PropertyPostponementListener(StepRecorder steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String docNo = f.documentNo(POSTPONEMENT_NO, "số quyết định hoãn thi hành án");
    LocalDate date =
        f.dateNotInFuture(
            POSTPONEMENT_DATE, "ngày quyết định hoãn thi hành án", VietnamTime.today(clock));
    LocalDate accepted = f.optionalDate(SUIT_ACCEPTANCE_DATE, "ngày thụ lý vụ án");
    if (date != null && accepted != null && date.isBefore(accepted)) {
      f.problem(
          "Ngày quyết định hoãn thi hành án ("
              + VietnamTime.format(date)
              + ") không được trước ngày thụ lý vụ án ("
              + VietnamTime.format(accepted)
              + ").");
    }
    f.check();
    Object body = task.getVariable(DISPUTE_BODY_NAME);
    steps.record(
        task,
        docNo,
        date,
        null,
        "Hoãn thi hành án đối với tài sản cho đến khi bản án, quyết định giải quyết tranh chấp"
            + (body == null ? "" : " của " + body)
            + " có hiệu lực pháp luật.");
  }
}
