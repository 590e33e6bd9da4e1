package vn.gov.thads.bcd.conclusions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.Deadlines;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Checks and records the meeting the secretariat scheduled for the case: its kind, day, time,
 * place, participants, and the day its papers went to the members, which must be at least the
 * configured number of working days ({@code bcd.deadlines.periods.meeting-papers}, e.g. {@code
 * P3WD}) before the meeting. Or, instead of a meeting, records the secretariat's proposal that the
 * chair conclude on the members' written opinions (why, who, when), for the chair to decide.
 */
@Component("meetingScheduledListener")
public class MeetingScheduledListener implements TaskListener {

  static final Map<String, String> TYPES =
      Choices.of("QUARTERLY", "Họp định kỳ (hằng quý)", "AD_HOC", "Họp đột xuất");

  /**
   * How the committee gives its view: a meeting, or the secretariat proposes written consultation.
   */
  static final Map<String, String> MODES =
      Choices.of(
          CaseVariables.CONSULTATION_MEETING,
          "Tổ chức cuộc họp",
          CaseVariables.CONSULTATION_WRITTEN,
          "Đề xuất Trưởng ban cho kết luận trên cơ sở ý kiến bằng văn bản, không họp");

  /** Kind of deadline: how many working days before the meeting its papers must be sent. */
  public static final String PAPERS_PERIOD = "meeting-papers";

  private static final Pattern WORKING_DAYS = Pattern.compile("P(\\d+)WD");

  private final Organisation organisation;
  private final ConclusionRepository repository;
  private final WorkingDays workingDays;
  private final Deadlines deadlines;
  private final Clock clock;

  public MeetingScheduledListener(
      Organisation organisation,
      ConclusionRepository repository,
      WorkingDays workingDays,
      Deadlines deadlines,
      Clock clock) {
    this.organisation = organisation;
    this.repository = repository;
    this.workingDays = workingDays;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    // Left out (clients from before the choice existed) means a meeting.
    String mode =
        f.isBlank(CaseVariables.CONSULTATION_MODE)
            ? CaseVariables.CONSULTATION_MEETING
            : f.choice(CaseVariables.CONSULTATION_MODE, "hình thức cho ý kiến", MODES);
    if (mode == null) {
      f.check("Thông tin cuộc họp chưa hợp lệ:");
    }
    if (CaseVariables.CONSULTATION_WRITTEN.equals(mode)) {
      proposeWrittenConsultation(task, f);
      return;
    }
    String type = f.choice(CaseVariables.MEETING_TYPE, "loại cuộc họp", TYPES);
    LocalDate date =
        f.notInPast(
            f.date(CaseVariables.MEETING_DATE, "Ngày họp"), "Ngày họp", VietnamTime.today(clock));
    LocalTime time = f.time(CaseVariables.MEETING_TIME, "Giờ họp");
    String place = f.text(CaseVariables.MEETING_PLACE, "Địa điểm họp", 500);
    LocalDate papersSent = f.date(CaseVariables.PAPERS_SENT_DATE, "Ngày gửi tài liệu họp");
    if (date != null && papersSent != null) {
      int required = papersWorkingDays();
      int between = workingDays.between(papersSent, date);
      if (between < required) {
        f.problem(
            "Tài liệu họp phải gửi thành viên trước ngày họp ít nhất %02d ngày làm việc: gửi ngày %s thì chỉ còn %d ngày làm việc đến ngày họp %s; hạn gửi chậm nhất là ngày %s."
                .formatted(
                    required,
                    VietnamTime.format(papersSent),
                    between,
                    VietnamTime.format(date),
                    VietnamTime.format(workingDays.minus(date, required))));
      }
    }
    List<String> participants =
        f.agencies(
            CaseVariables.MEETING_PARTICIPANTS,
            "Thành phần dự họp",
            id -> organisation.agency(id).isPresent(),
            true);
    f.check("Thông tin cuộc họp chưa hợp lệ:");
    task.setVariable(
        CaseVariables.MEETING_ID,
        repository.insertMeeting(
            new ConclusionRepository.Meeting(
                f.caseId(), type, date, time, place, papersSent, String.join(",", participants))));
    task.setVariable(CaseVariables.CONSULTATION_MODE, CaseVariables.CONSULTATION_MEETING);
  }

  /**
   * The secretariat proposes that the chair conclude on the members' written opinions, without a
   * meeting: the reason is required, the meeting's fields are not read; once the chair has refused
   * written consultation for this case, only a meeting is accepted.
   */
  private void proposeWrittenConsultation(DelegateTask task, FormReader f) {
    String reason =
        f.text(
            CaseVariables.WRITTEN_CONSULTATION_REASON,
            "Lý do đề xuất cho ý kiến bằng văn bản",
            2000);
    if (CaseVariables.WRITTEN_REJECT.equals(
        task.getVariable(CaseVariables.WRITTEN_CONSULTATION_DECISION))) {
      f.problem(
          "Trưởng ban đã không đồng ý kết luận không họp đối với vụ việc này: hãy tổ chức cuộc họp.");
    }
    f.check("Đề xuất cho ý kiến bằng văn bản chưa hợp lệ:");
    task.setVariable(
        CaseVariables.MEETING_ID,
        repository.insertWrittenConsultation(
            f.caseId(), reason, CurrentUser.idOr(task.getAssignee())));
    task.setVariable(CaseVariables.CONSULTATION_MODE, CaseVariables.CONSULTATION_WRITTEN);
  }

  private int papersWorkingDays() {
    String period = deadlines.period(PAPERS_PERIOD);
    Matcher m = WORKING_DAYS.matcher(period);
    if (!m.matches()) {
      throw new IllegalStateException(
          "Thời hạn 'bcd.deadlines.periods."
              + PAPERS_PERIOD
              + "' phải tính bằng ngày làm việc (ví dụ P3WD), đang là '"
              + period
              + "'.");
    }
    return Integer.parseInt(m.group(1));
  }
}
