package vn.gov.thads.bcd.conclusions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
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
import vn.gov.thads.bcd.meetings.CommitteeMeetings;
import vn.gov.thads.bcd.meetings.MeetingLabels;
import vn.gov.thads.bcd.meetings.UpcomingMeetingsListener;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Puts the case on a meeting's agenda: a new meeting the secretariat schedules (its kind, day,
 * time, place, chair, participants: agencies and named guests) or an upcoming quarterly meeting
 * already scheduled for other cases. Either way the case's papers must reach the members at least
 * the configured number of working days ({@code bcd.deadlines.periods.meeting-papers}, e.g. {@code
 * P3WD}) before the meeting. Or, instead of a meeting, records the secretariat's proposal that the
 * chair conclude on the members' written opinions (why, who, when), for the chair to decide.
 */
@Component("meetingScheduledListener")
public class MeetingScheduledListener implements TaskListener {

  static final Map<String, String> TYPES = MeetingLabels.TYPES;

  /** A new meeting, or one already scheduled. */
  static final Map<String, String> ARRANGEMENTS =
      Choices.of(
          CaseVariables.ARRANGEMENT_NEW,
          "Lên lịch cuộc họp mới",
          CaseVariables.ARRANGEMENT_JOIN,
          "Đưa vào cuộc họp đã lên lịch");

  private static final int MAX_GUESTS = 30;

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
  private final CommitteeMeetings meetings;
  private final UpcomingMeetingsListener upcoming;
  private final WorkingDays workingDays;
  private final Deadlines deadlines;
  private final Clock clock;
  private final MeetingInvitations invitations;

  public MeetingScheduledListener(
      Organisation organisation,
      ConclusionRepository repository,
      CommitteeMeetings meetings,
      UpcomingMeetingsListener upcoming,
      WorkingDays workingDays,
      Deadlines deadlines,
      Clock clock,
      MeetingInvitations invitations) {
    this.invitations = invitations;
    this.organisation = organisation;
    this.repository = repository;
    this.meetings = meetings;
    this.upcoming = upcoming;
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
    String arrangement =
        f.isBlank(CaseVariables.MEETING_ARRANGEMENT)
            ? CaseVariables.ARRANGEMENT_NEW
            : f.choice(CaseVariables.MEETING_ARRANGEMENT, "cuộc họp", ARRANGEMENTS);
    LocalDate today = VietnamTime.today(clock);
    long caseId = f.caseId();
    String user = CurrentUser.idOr(task.getAssignee());
    CommitteeMeetings.Meeting meeting;
    LocalDate papersSent;
    if (CaseVariables.ARRANGEMENT_JOIN.equals(arrangement)) {
      meeting = chosenMeeting(f, caseId, today);
      papersSent = f.date(CaseVariables.PAPERS_SENT_DATE, "Ngày gửi tài liệu họp");
      checkPapers(f, papersSent, meeting == null ? null : meeting.date());
      f.check("Chưa đưa được vụ việc vào cuộc họp:");
    } else {
      String type = f.choice(CaseVariables.MEETING_TYPE, "loại cuộc họp", TYPES);
      LocalDate date =
          f.notInPast(f.date(CaseVariables.MEETING_DATE, "Ngày họp"), "Ngày họp", today);
      LocalTime time = f.time(CaseVariables.MEETING_TIME, "Giờ họp");
      String place = f.text(CaseVariables.MEETING_PLACE, "Địa điểm họp", 500);
      String chair = f.text(CaseVariables.MEETING_CHAIR, "Người chủ trì cuộc họp", 200);
      papersSent = f.date(CaseVariables.PAPERS_SENT_DATE, "Ngày gửi tài liệu họp");
      checkPapers(f, papersSent, date);
      List<String> agencies =
          f.agencies(
              CaseVariables.MEETING_PARTICIPANTS,
              "Thành phần dự họp",
              id -> organisation.agency(id).isPresent(),
              true);
      List<String> guests = guests(f);
      f.check("Thông tin cuộc họp chưa hợp lệ:");
      List<CommitteeMeetings.Participant> participants = new ArrayList<>();
      agencies.forEach(id -> participants.add(new CommitteeMeetings.Participant(id, null)));
      guests.forEach(name -> participants.add(new CommitteeMeetings.Participant(null, name)));
      long id =
          meetings.create(
              new CommitteeMeetings.NewMeeting(type, date, time, place, chair, participants, user));
      meeting = meetings.findForUpdate(id).orElseThrow();
    }
    CommitteeMeetings.AgendaPlace agendaPlace =
        meetings.addToAgenda(meeting, caseId, papersSent, user);
    task.setVariable(CaseVariables.MEETING_ID, agendaPlace.itemId());
    task.setVariable(
        CaseVariables.MEETING_HEADING,
        MeetingLabels.heading(meeting)
            + "; vụ việc thứ "
            + agendaPlace.agendaNo()
            + " trong chương trình họp");
    // The minutes are due on the day of the meeting, whichever way the case got on its agenda.
    task.setVariable(CaseVariables.MEETING_DATE, meeting.date().toString());
    task.setVariable(CaseVariables.COMMITTEE_MEETING_ID, String.valueOf(meeting.id()));
    task.setVariable(CaseVariables.CONSULTATION_MODE, CaseVariables.CONSULTATION_MEETING);
    upcoming.refreshOpenTasks(task.getProcessEngineServices(), task.getProcessInstanceId());
    // The giấy mời họp as it stands with this case on the agenda, a draft attached to the case.
    invitations.generate(meeting, caseId, user);
    invitations.summary(meeting, caseId, user);
  }

  /**
   * The scheduled meeting the secretariat chose, locked for the agenda; null with a problem when
   * none was chosen, it is unknown, held for another case, already past, or has the case already.
   */
  private CommitteeMeetings.Meeting chosenMeeting(FormReader f, long caseId, LocalDate today) {
    Object raw = f.raw(CaseVariables.COMMITTEE_MEETING_ID);
    if (f.isBlank(CaseVariables.COMMITTEE_MEETING_ID)) {
      f.problem("Chưa chọn cuộc họp đã lên lịch.");
      return null;
    }
    String text = String.valueOf(raw).strip();
    if (!(raw instanceof Number || raw instanceof String) || !text.matches("\\d{1,18}")) {
      f.problem("Cuộc họp đã chọn không hợp lệ.");
      return null;
    }
    CommitteeMeetings.Meeting meeting = meetings.findForUpdate(Long.parseLong(text)).orElse(null);
    if (meeting == null) {
      f.problem("Không có cuộc họp số " + text + " trong lịch họp của Ban Chỉ đạo.");
    } else if (!CommitteeMeetings.QUARTERLY.equals(meeting.type())) {
      f.problem(
          "Cuộc họp ngày "
              + VietnamTime.format(meeting.date())
              + " là cuộc họp riêng cho một vụ việc, không đưa thêm vụ việc khác vào: hãy chọn cuộc họp định kỳ hoặc lên lịch cuộc họp mới.");
    } else if (meeting.date().isBefore(today)) {
      f.problem(
          "Cuộc họp ngày "
              + VietnamTime.format(meeting.date())
              + " đã diễn ra: hãy chọn cuộc họp sắp tới hoặc lên lịch cuộc họp mới.");
    } else if (meetings.onAgenda(meeting.id(), caseId)) {
      f.problem("Vụ việc đã có trong chương trình cuộc họp này.");
    }
    return f.ok() ? meeting : null;
  }

  /** The case's papers must reach the members the configured working days before the meeting. */
  private void checkPapers(FormReader f, LocalDate papersSent, LocalDate date) {
    if (date == null || papersSent == null) {
      return;
    }
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

  /** Other participants by name, one a line, blank lines left out. */
  private static List<String> guests(FormReader f) {
    String text = f.optionalText(CaseVariables.MEETING_GUESTS, "Đại biểu khác dự họp", 4000);
    if (text == null) {
      return List.of();
    }
    List<String> names = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (names.size() > MAX_GUESTS) {
      f.problem("Đại biểu khác dự họp: không quá " + MAX_GUESTS + " người.");
    }
    names.stream()
        .filter(n -> n.length() > 200)
        .findFirst()
        .ifPresent(n -> f.problem("Đại biểu khác dự họp: mỗi dòng không quá 200 ký tự."));
    return names;
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
