package vn.gov.thads.bcd.meetings;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.thads.bcd.caseintake.CaseRepository;

/**
 * Meetings of the Ban Chỉ đạo (table {@code bcd_committee_meeting}), their participants ({@code
 * bcd_committee_meeting_participant}) and their agendas: the cases taken up at a meeting, in order,
 * each an item of {@code bcd_meeting} with the day its papers went to the members and its minutes.
 */
@Repository
public class CommitteeMeetings {

  /** Kind of a meeting: the regular quarterly meeting, which takes up several cases. */
  public static final String QUARTERLY = "QUARTERLY";

  /** Kind of a meeting: held for one case of its own (họp riêng cho vụ việc). */
  public static final String AD_HOC = "AD_HOC";

  /** One participant: an agency, a named person (of an agency or invited), or both. */
  public record Participant(String agencyId, String personName) {}

  /** A meeting as the secretariat schedules it. */
  public record NewMeeting(
      String type,
      LocalDate date,
      LocalTime time,
      String place,
      String chair,
      List<Participant> participants,
      String createdBy) {}

  /** A meeting as recorded. */
  public record Meeting(
      long id,
      String type,
      LocalDate date,
      LocalTime time,
      String place,
      String chair,
      int agendaItems) {}

  /** One case on a meeting's agenda. */
  public record AgendaItem(
      long id,
      int agendaNo,
      long caseId,
      String caseNumber,
      LocalDate papersSentDate,
      String minutesNo,
      String minutes,
      String minutesRecordedBy,
      Instant minutesRecordedAt) {

    public boolean hasMinutes() {
      return minutesRecordedAt != null || minutes != null;
    }
  }

  private static final String MEETING_COLUMNS =
      """
      select m.id, m.meeting_type, m.meeting_date, m.meeting_time, m.place, m.chair,
        (select count(*) from bcd_meeting a where a.committee_meeting_id = m.id) as agenda_items
      from bcd_committee_meeting m""";

  private final JdbcClient jdbc;
  private final Clock clock;

  public CommitteeMeetings(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records a new meeting with its participants, in the order given; its agenda is empty. */
  public long create(NewMeeting m) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into bcd_committee_meeting (meeting_type, meeting_date, meeting_time, place, chair, created_by,
          created_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            m.type(),
            Date.valueOf(m.date()),
            m.time() == null ? null : Time.valueOf(m.time()),
            m.place(),
            m.chair(),
            m.createdBy(),
            now())
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    int ordinal = 1;
    for (Participant p : m.participants()) {
      jdbc.sql(
              """
          insert into bcd_committee_meeting_participant (meeting_id, ordinal, agency_id, person_name)
          values (?, ?, ?, ?)""")
          .params(id, ordinal++, p.agencyId(), p.personName())
          .update();
    }
    return id;
  }

  public Optional<Meeting> find(long id) {
    return jdbc.sql(MEETING_COLUMNS + " where m.id = ?").param(id).query(this::meeting).optional();
  }

  /**
   * The same meeting, locked until the transaction ends, so that cases added to it at the same time
   * get distinct places on its agenda.
   */
  public Optional<Meeting> findForUpdate(long id) {
    boolean exists =
        jdbc.sql("select id from bcd_committee_meeting where id = ? for update")
            .param(id)
            .query(Long.class)
            .optional()
            .isPresent();
    return exists ? find(id) : Optional.empty();
  }

  /** Quarterly meetings on or after the given day, soonest first: the ones a case may join. */
  public List<Meeting> upcoming(LocalDate from) {
    return jdbc.sql(
            MEETING_COLUMNS
                + " where m.meeting_type = ? and m.meeting_date >= ?"
                + " order by m.meeting_date, m.meeting_time, m.id")
        .params(QUARTERLY, Date.valueOf(from))
        .query(this::meeting)
        .list();
  }

  /** The meeting whose agenda the given item (process variable meetingId) is on, if any. */
  public Optional<Meeting> ofAgendaItem(long itemId) {
    return jdbc.sql(
            MEETING_COLUMNS
                + " where m.id = (select committee_meeting_id from bcd_meeting where id = ?)")
        .param(itemId)
        .query(this::meeting)
        .optional();
  }

  public boolean onAgenda(long meetingId, long caseId) {
    return jdbc.sql(
                "select count(*) from bcd_meeting where committee_meeting_id = ? and case_id = ?")
            .params(meetingId, caseId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** A case's item on a meeting's agenda: its id (the process variable meetingId) and number. */
  public record AgendaPlace(long itemId, int agendaNo) {}

  /**
   * Puts the case last on the meeting's agenda (lock the meeting first: {@link #findForUpdate}).
   */
  public AgendaPlace addToAgenda(
      Meeting meeting, long caseId, LocalDate papersSentDate, String addedBy) {
    int next =
        jdbc.sql(
                "select coalesce(max(agenda_no), 0) + 1 from bcd_meeting where committee_meeting_id = ?")
            .param(meeting.id())
            .query(Integer.class)
            .single();
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into bcd_meeting (case_id, office, meeting_type, committee_meeting_id, agenda_no,
          papers_sent_date, added_by, created_at)
        select id, submitting_agency, ?, ?, ?, ?, ?, ? from bcd_case where id = ?""")
        .params(
            meeting.type(),
            meeting.id(),
            next,
            Date.valueOf(papersSentDate),
            addedBy,
            now(),
            caseId)
        .update(keys, "id");
    return new AgendaPlace(
        CaseRepository.idInsertedFromCase(
            keys, "Không có vụ việc mã " + caseId + " để đưa vào chương trình họp."),
        next);
  }

  public List<Participant> participants(long meetingId) {
    return jdbc.sql(
            """
        select agency_id, person_name from bcd_committee_meeting_participant where meeting_id = ?
        order by ordinal""")
        .param(meetingId)
        .query((rs, i) -> new Participant(rs.getString("agency_id"), rs.getString("person_name")))
        .list();
  }

  /** The meeting's agenda in order. */
  public List<AgendaItem> agenda(long meetingId) {
    return jdbc.sql(
            """
        select a.id, a.agenda_no, a.case_id, c.case_number, a.papers_sent_date, a.minutes_no, a.minutes,
          a.minutes_recorded_by, a.minutes_recorded_at
        from bcd_meeting a join bcd_case c on c.id = a.case_id
        where a.committee_meeting_id = ? order by a.agenda_no""")
        .param(meetingId)
        .query(
            (rs, i) -> {
              Date papers = rs.getDate("papers_sent_date");
              Timestamp recorded = rs.getTimestamp("minutes_recorded_at");
              return new AgendaItem(
                  rs.getLong("id"),
                  rs.getInt("agenda_no"),
                  rs.getLong("case_id"),
                  rs.getString("case_number"),
                  papers == null ? null : papers.toLocalDate(),
                  rs.getString("minutes_no"),
                  rs.getString("minutes"),
                  rs.getString("minutes_recorded_by"),
                  recorded == null ? null : recorded.toInstant());
            })
        .list();
  }

  /** The minutes of one agenda item (one case's part of the meeting). */
  public void recordMinutes(long itemId, String minutesNo, String minutes, String recordedBy) {
    jdbc.sql(
            """
        update bcd_meeting set minutes_no = ?, minutes = ?, minutes_recorded_by = ?, minutes_recorded_at = ?
        where id = ?""")
        .params(minutesNo, minutes, recordedBy, now(), itemId)
        .update();
  }

  private Meeting meeting(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    Time time = rs.getTime("meeting_time");
    return new Meeting(
        rs.getLong("id"),
        rs.getString("meeting_type"),
        rs.getDate("meeting_date").toLocalDate(),
        time == null ? null : time.toLocalTime(),
        rs.getString("place"),
        rs.getString("chair"),
        rs.getInt("agenda_items"));
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }
}
