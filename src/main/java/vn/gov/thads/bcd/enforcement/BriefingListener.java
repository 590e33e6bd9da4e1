package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.platform.VietnamTime.DATE;
import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;

/** Checks and records the briefing, held before the coercion date. */
@Component("briefingListener")
class BriefingListener implements TaskListener {

  private final StepRecorder steps;

  BriefingListener(StepRecorder steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    LocalDate briefing = f.date(BRIEFING_DATE, "ngày họp triển khai");
    String notes = f.optionalText(BRIEFING_NOTES, "nội dung triển khai", 4000);
    LocalDate enforcement = f.date(ENFORCEMENT_DATE, "ngày cưỡng chế");
    if (briefing != null && enforcement != null && !briefing.isBefore(enforcement)) {
      f.problem(
          "Ngày họp triển khai "
              + DATE.format(briefing)
              + " phải trước ngày cưỡng chế ("
              + DATE.format(enforcement)
              + ").");
    }
    f.check();
    steps.record(task, null, briefing, null, notes);
  }
}
