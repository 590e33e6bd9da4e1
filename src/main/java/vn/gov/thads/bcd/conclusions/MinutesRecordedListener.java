package vn.gov.thads.bcd.conclusions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.process.FormValues;
import vn.gov.thads.bcd.process.InvalidCaseDataException;

/** Records the minutes (biên bản) of the meeting; they cannot be written before the meeting took place. */
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
    List<String> problems = new ArrayList<>();
    String number = FormValues.text(task.getVariable(CaseVariables.MINUTES_NO), "Số biên bản", 100, problems);
    String minutes = FormValues.text(task.getVariable(CaseVariables.MINUTES), "Nội dung biên bản", 4000, problems);
    long meetingId = ((Number) task.getVariable(CaseVariables.MEETING_ID)).longValue();
    LocalDate meetingDate = repository.meetingDate(meetingId);
    if (LocalDate.now(clock.withZone(FormValues.VIETNAM)).isBefore(meetingDate)) {
      problems.add("Cuộc họp ngày " + FormValues.display(meetingDate) + " chưa diễn ra.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Biên bản họp chưa hợp lệ: " + String.join(" ", problems));
    }
    repository.recordMinutes(meetingId, number, minutes);
  }
}
