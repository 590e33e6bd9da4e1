package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.platform.VietnamTime.DATE;
import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;

/**
 * Checks and records the meeting that comments on the enforcement plan, held at least 10 days
 * (configured: {@code comment-meeting-lead}) before the coercion.
 */
@Component("commentMeetingListener")
class CommentMeetingListener implements TaskListener {

  private final StepRecorder steps;
  private final CoercionSchedule schedule;

  CommentMeetingListener(StepRecorder steps, CoercionSchedule schedule) {
    this.steps = steps;
    this.schedule = schedule;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    LocalDate meeting = f.date(MEETING_DATE, "ngày họp góp ý kế hoạch");
    String participants = f.text(MEETING_PARTICIPANTS, "thành phần tham dự", 2000);
    String notes = f.optionalText(MEETING_NOTES, "ý kiến tại cuộc họp", 4000);
    LocalDate enforcement = f.date(ENFORCEMENT_DATE, "ngày cưỡng chế");
    int lead = schedule.commentMeetingLeadDays();
    if (meeting != null && enforcement != null && meeting.isAfter(enforcement.minusDays(lead))) {
      f.problem(
          "Cuộc họp góp ý ngày "
              + DATE.format(meeting)
              + " phải được tổ chức ít nhất "
              + lead
              + " ngày trước ngày cưỡng chế ("
              + DATE.format(enforcement)
              + "), tức là chậm nhất ngày "
              + DATE.format(enforcement.minusDays(lead))
              + ".");
    }
    f.check();
    steps.record(task, null, meeting, null, participants + (notes == null ? "" : "\n" + notes));
  }
}
