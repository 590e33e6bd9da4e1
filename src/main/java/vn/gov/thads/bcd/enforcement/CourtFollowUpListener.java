package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Checks and records an officer's follow-up of the suit at court or the request at the People's
 * Committee; a first-instance ruling is left to courtRulingListener.
 */
@Component("courtFollowUpListener")
class CourtFollowUpListener implements TaskListener {

  /** The choices of the form, value → label. */
  static final Map<String, String> RESULTS =
      Choices.of(
          FOLLOW_UP_PENDING,
          "Chưa giải quyết xong",
          FOLLOW_UP_RULED,
          "Đã có bản án, quyết định sơ thẩm");

  private final StepRecorder steps;
  private final Clock clock;

  CourtFollowUpListener(StepRecorder steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    Object result = task.getVariable(COURT_FOLLOW_UP_RESULT);
    if (result == null) {
      // Clients that send only the follow-up's date and notes report a pending suit, as before.
      task.setVariable(COURT_FOLLOW_UP_RESULT, FOLLOW_UP_PENDING);
    } else {
      f.choice(COURT_FOLLOW_UP_RESULT, "tình hình giải quyết tranh chấp", RESULTS);
    }
    if (FOLLOW_UP_RULED.equals(result)) {
      // The ruling itself is checked and recorded where the wait for the court ends
      // (courtRulingListener), the
      // same for the officer's form as for the court's message.
      f.check();
    } else {
      LocalDate date =
          f.dateNotInFuture(
              COURT_FOLLOW_UP_DATE,
              ROUTE_PEOPLE_COMMITTEE.equals(task.getVariable(DISPUTE_ROUTE))
                  ? "ngày trao đổi với Ủy ban nhân dân"
                  : "ngày trao đổi với Tòa án",
              VietnamTime.today(clock));
      String notes = f.text(COURT_FOLLOW_UP_NOTES, "tình hình giải quyết tranh chấp", 4000);
      f.check();
      steps.record(task, null, date, null, notes);
    }
    // The next follow-up starts with an empty form.
    task.removeVariable(COURT_FOLLOW_UP_DATE);
    task.removeVariable(COURT_FOLLOW_UP_NOTES);
  }
}
