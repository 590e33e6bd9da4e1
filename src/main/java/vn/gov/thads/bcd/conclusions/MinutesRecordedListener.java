package vn.gov.thads.bcd.conclusions;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Records the minutes (biên bản) of the meeting; they cannot be written before the meeting took
 * place.
 */
@Component("minutesRecordedListener")
public class MinutesRecordedListener implements TaskListener {

  private final ConclusionRepository repository;
  private final Clock clock;

  public MinutesRecordedListener(ConclusionRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String number = f.text(CaseVariables.MINUTES_NO, "Số biên bản", 100);
    String minutes = f.text(CaseVariables.MINUTES, "Nội dung biên bản", 4000);
    long meetingId = ((Number) task.getVariable(CaseVariables.MEETING_ID)).longValue();
    LocalDate meetingDate = repository.meetingDate(meetingId);
    if (VietnamTime.today(clock).isBefore(meetingDate)) {
      f.problem("Cuộc họp ngày " + VietnamTime.format(meetingDate) + " chưa diễn ra.");
    }
    f.check("Biên bản họp chưa hợp lệ:");
    repository.recordMinutes(meetingId, number, minutes);
  }
}
