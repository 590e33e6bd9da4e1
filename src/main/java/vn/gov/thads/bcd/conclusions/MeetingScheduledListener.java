package vn.gov.thads.bcd.conclusions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.process.FormValues;
import vn.gov.thads.bcd.process.InvalidCaseDataException;

/** Checks and records the meeting the secretariat scheduled or linked for the case. */
@Component("meetingScheduledListener")
public class MeetingScheduledListener implements TaskListener {

  static final Map<String, String> TYPES = Map.of("QUARTERLY", "định kỳ", "AD_HOC", "đột xuất");

  private final Organisation organisation;
  private final ConclusionRepository repository;
  private final Clock clock;

  public MeetingScheduledListener(Organisation organisation, ConclusionRepository repository, Clock clock) {
    this.organisation = organisation;
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    Object type = task.getVariable(CaseVariables.MEETING_TYPE);
    if (!(type instanceof String t) || !TYPES.containsKey(t)) {
      problems.add("Chưa chọn loại cuộc họp (định kỳ hoặc đột xuất).");
    }
    LocalDate date = FormValues.date(task.getVariable(CaseVariables.MEETING_DATE), "Ngày họp", problems);
    if (date != null && date.isBefore(LocalDate.now(clock.withZone(FormValues.VIETNAM)))) {
      problems.add("Ngày họp " + FormValues.display(date) + " đã qua.");
    }
    List<String> participants = AgencyChoices.read(organisation, task.getVariable(CaseVariables.MEETING_PARTICIPANTS),
        "Thành phần dự họp", true, problems);
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Thông tin cuộc họp chưa hợp lệ: " + String.join(" ", problems));
    }
    long caseId = ((Number) task.getVariable(CaseVariables.CASE_ID)).longValue();
    task.setVariable(CaseVariables.MEETING_ID,
        repository.insertMeeting(caseId, (String) type, date, String.join(",", participants)));
  }
}
