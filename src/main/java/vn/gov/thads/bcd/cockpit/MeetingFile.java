package vn.gov.thads.bcd.cockpit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.thads.bcd.meetings.CommitteeMeetings;
import vn.gov.thads.bcd.meetings.MeetingLabels;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * One meeting of the Ban Chỉ đạo as its readers see it: kind, day, time, place, chair,
 * participants, and its agenda (the cases in order, by number, and whether each item's minutes are
 * recorded). Who may read it: whoever may read one of the cases on its agenda (as {@link
 * CaseFile}); the minutes themselves are on each case's page.
 */
@Service
public class MeetingFile {

  public record ParticipantView(String agencyId, String agency, String person) {}

  public record AgendaEntry(
      int agendaNo,
      String caseNumber,
      String papersSentDate,
      boolean minutesRecorded,
      String minutesNo,
      String minutesRecordedBy,
      String minutesRecordedAt) {}

  public record Page(
      long id,
      String type,
      String typeLabel,
      String title,
      String date,
      String time,
      String place,
      String chair,
      List<ParticipantView> participants,
      List<AgendaEntry> agenda) {}

  private final JdbcClient jdbc;
  private final CommitteeMeetings meetings;
  private final AgencyNames agencyNames;
  private final Organisation organisation;

  public MeetingFile(
      JdbcClient jdbc,
      CommitteeMeetings meetings,
      AgencyNames agencyNames,
      Organisation organisation) {
    this.jdbc = jdbc;
    this.meetings = meetings;
    this.agencyNames = agencyNames;
    this.organisation = organisation;
  }

  /** The meeting, if the viewer may read one of the cases on its agenda. */
  public Page of(Viewer viewer, long id) {
    CommitteeMeetings.Meeting meeting =
        meetings
            .find(id)
            .orElseThrow(
                () ->
                    new CaseSupervision.NotFoundException(
                        "Không tìm thấy cuộc họp số " + id + "."));
    if (!viewer.supervisor()) {
      Map<String, Object> params = new HashMap<>();
      params.put("meeting", id);
      String condition = viewer.visibleCaseCondition(params);
      boolean visible =
          jdbc.sql(
                      "select count(*) from bcd_case c where c.id in (select a.case_id from bcd_meeting a"
                          + " where a.committee_meeting_id = :meeting) and "
                          + condition)
                  .params(params)
                  .query(Long.class)
                  .single()
              > 0;
      if (!visible) {
        throw new CaseSupervision.ForbiddenException(
            "Bạn không có quyền xem cuộc họp số "
                + id
                + ": đơn vị của bạn không tham gia vụ việc nào trong chương trình họp.");
      }
    }
    return page(meeting);
  }

  /** The meeting as it is, without a check: for the page of a case on its agenda. */
  Page page(CommitteeMeetings.Meeting meeting) {
    return new Page(
        meeting.id(),
        meeting.type(),
        MeetingLabels.type(meeting.type()),
        MeetingLabels.title(meeting),
        VietnamTime.format(meeting.date()),
        meeting.time() == null ? null : meeting.time().format(VietnamTime.TIME),
        meeting.place(),
        meeting.chair(),
        meetings.participants(meeting.id()).stream()
            .map(
                p ->
                    new ParticipantView(
                        p.agencyId(),
                        p.agencyId() == null ? null : agencyNames.name(p.agencyId()),
                        p.personName()))
            .toList(),
        meetings.agenda(meeting.id()).stream()
            .map(
                a ->
                    new AgendaEntry(
                        a.agendaNo(),
                        a.caseNumber(),
                        a.papersSentDate() == null ? null : VietnamTime.format(a.papersSentDate()),
                        a.hasMinutes(),
                        a.minutesNo(),
                        person(a.minutesRecordedBy()),
                        instant(a.minutesRecordedAt())))
            .toList());
  }

  private String person(String userId) {
    return organisation.personLabel(userId);
  }

  private static String instant(Instant instant) {
    return instant == null ? null : VietnamTime.format(instant);
  }
}
