package vn.gov.thads.bcd.conclusions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.CaseVariables;

/** Checks and records the meeting the secretariat scheduled or linked for the case. */
@Component("meetingScheduledListener")
public class MeetingScheduledListener implements TaskListener {

  static final Map<String, String> TYPES =
      Choices.of("QUARTERLY", "Họp định kỳ (hằng quý)", "AD_HOC", "Họp đột xuất");

  private final Organisation organisation;
  private final ConclusionRepository repository;
  private final Clock clock;

  public MeetingScheduledListener(
      Organisation organisation, ConclusionRepository repository, Clock clock) {
    this.organisation = organisation;
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String type = f.choice(CaseVariables.MEETING_TYPE, "loại cuộc họp", TYPES);
    LocalDate date =
        f.notInPast(
            f.date(CaseVariables.MEETING_DATE, "Ngày họp"), "Ngày họp", VietnamTime.today(clock));
    List<String> participants =
        f.agencies(
            CaseVariables.MEETING_PARTICIPANTS,
            "Thành phần dự họp",
            id -> organisation.agency(id).isPresent(),
            true);
    f.check("Thông tin cuộc họp chưa hợp lệ:");
    task.setVariable(
        CaseVariables.MEETING_ID,
        repository.insertMeeting(f.caseId(), type, date, String.join(",", participants)));
  }
}
