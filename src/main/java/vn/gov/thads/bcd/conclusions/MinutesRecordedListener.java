package vn.gov.thads.bcd.conclusions;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.meetings.CommitteeMeetings;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Records the minutes (biên bản) of the case's item on the meeting's agenda: each case on a meeting
 * has its own; they cannot be written before the meeting took place.
 */
@Component("minutesRecordedListener")
public class MinutesRecordedListener implements TaskListener {

  private final CommitteeMeetings meetings;
  private final Clock clock;

  public MinutesRecordedListener(CommitteeMeetings meetings, Clock clock) {
    this.meetings = meetings;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String number = f.text(CaseVariables.MINUTES_NO, "Số biên bản", 100);
    String minutes = f.text(CaseVariables.MINUTES, "Nội dung biên bản", 4000);
    long meetingId = ((Number) task.getVariable(CaseVariables.MEETING_ID)).longValue();
    LocalDate meetingDate = meetings.ofAgendaItem(meetingId).orElseThrow().date();
    if (VietnamTime.today(clock).isBefore(meetingDate)) {
      f.problem("Cuộc họp ngày " + VietnamTime.format(meetingDate) + " chưa diễn ra.");
    }
    f.check("Biên bản họp chưa hợp lệ:");
    meetings.recordMinutes(meetingId, number, minutes, CurrentUser.idOr(task.getAssignee()));
  }
}
