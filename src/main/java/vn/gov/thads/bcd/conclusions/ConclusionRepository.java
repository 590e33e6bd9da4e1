package vn.gov.thads.bcd.conclusions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Meetings, conclusion notices and directives (tables bcd_meeting, bcd_conclusion, bcd_directive…). */
@Repository
public class ConclusionRepository {

  /** A directive as the chair issued it. */
  public record NewDirective(int ordinal, String leadAgency, List<String> supportingAgencies, String task,
      LocalDate deadline) {}

  public record DirectiveRow(long id, long caseId, int ordinal, String leadAgency, String supportingAgencies,
      String task, LocalDate originalDeadline, LocalDate deadline, String status, String result) {}

  /** A conclusion notice as issued. */
  public record ConclusionRow(long id, long caseId, String documentNo, LocalDate documentDate, String summary,
      boolean coercionOrdered, String issuedBy, Timestamp publishedAt) {}

  public record ExtensionRow(LocalDate oldDeadline, LocalDate newDeadline, String reason, String decidedBy) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public ConclusionRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }

  public long insertMeeting(long caseId, String type, LocalDate date, String participants) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into bcd_meeting (case_id, meeting_type, meeting_date, participants, created_at) values (?, ?, ?, ?, ?)")
        .params(caseId, type, java.sql.Date.valueOf(date), participants, now()).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public void recordMinutes(long meetingId, String minutesNo, String minutes) {
    jdbc.sql("update bcd_meeting set minutes_no = ?, minutes = ? where id = ?").params(minutesNo, minutes, meetingId).update();
  }

  public LocalDate meetingDate(long meetingId) {
    return jdbc.sql("select meeting_date from bcd_meeting where id = ?").param(meetingId)
        .query(java.sql.Date.class).single().toLocalDate();
  }

  public long insertConclusion(long caseId, String documentNo, LocalDate date, String summary, boolean coercion,
      String issuedBy) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into bcd_conclusion (case_id, document_no, document_date, summary, coercion_ordered, issued_by, created_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(caseId, documentNo, java.sql.Date.valueOf(date), summary, coercion, issuedBy, now()).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public long insertDirective(long conclusionId, long caseId, NewDirective d) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into bcd_directive (conclusion_id, case_id, ordinal, lead_agency, supporting_agencies, task,
          original_deadline, deadline, status)
        values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
        .params(conclusionId, caseId, d.ordinal(), d.leadAgency(), String.join(",", d.supportingAgencies()), d.task(),
            java.sql.Date.valueOf(d.deadline()), java.sql.Date.valueOf(d.deadline()))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Records the notice as published; false when it already was. */
  public boolean markPublished(long conclusionId) {
    return jdbc.sql("update bcd_conclusion set published_at = ? where id = ? and published_at is null")
        .params(now(), conclusionId).update() == 1;
  }

  public boolean isPublished(long conclusionId) {
    return jdbc.sql("select published_at from bcd_conclusion where id = ?").param(conclusionId)
        .query(Timestamp.class).optional().isPresent();
  }

  public ConclusionRow conclusion(long id) {
    return jdbc.sql("""
        select id, case_id, document_no, document_date, summary, coercion_ordered, issued_by, published_at
        from bcd_conclusion where id = ?""").param(id).query(ConclusionRow.class).single();
  }

  /** The directives of one conclusion notice, in the notice's order. */
  public List<DirectiveRow> directivesOfConclusion(long conclusionId) {
    return jdbc.sql("""
        select id, case_id, ordinal, lead_agency, supporting_agencies, task, original_deadline, deadline, status, result
        from bcd_directive where conclusion_id = ? order by ordinal""").param(conclusionId)
        .query(DirectiveRow.class).list();
  }

  public DirectiveRow directive(long id) {
    return jdbc.sql("""
        select id, case_id, ordinal, lead_agency, supporting_agencies, task, original_deadline, deadline, status, result
        from bcd_directive where id = ?""").param(id).query(DirectiveRow.class).single();
  }

  public List<DirectiveRow> directivesOfCase(long caseId) {
    return jdbc.sql("""
        select id, case_id, ordinal, lead_agency, supporting_agencies, task, original_deadline, deadline, status, result
        from bcd_directive where case_id = ? order by conclusion_id, ordinal""").param(caseId)
        .query(DirectiveRow.class).list();
  }

  public void recordResult(long directiveId, String result) {
    jdbc.sql("update bcd_directive set status = 'REPORTED', result = ?, reported_at = ? where id = ?")
        .params(result, now(), directiveId).update();
  }

  public void reopen(long directiveId) {
    jdbc.sql("update bcd_directive set status = 'OPEN' where id = ?").param(directiveId).update();
  }

  /** Accepts the reported result: done, or done late when it was reported after the (possibly extended) deadline. */
  public void close(long directiveId, LocalDate today) {
    DirectiveRow d = directive(directiveId);
    LocalDate reported = jdbc.sql("select reported_at from bcd_directive where id = ?").param(directiveId)
        .query(Timestamp.class).optional()
        .map(t -> t.toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()).orElse(today);
    String status = reported.isAfter(d.deadline()) ? "DONE_LATE" : "DONE";
    jdbc.sql("update bcd_directive set status = ?, done_at = ? where id = ?").params(status, now(), directiveId).update();
  }

  public void extend(long directiveId, LocalDate newDeadline, String reason, String decidedBy) {
    DirectiveRow d = directive(directiveId);
    jdbc.sql("""
        insert into bcd_directive_extension (directive_id, old_deadline, new_deadline, reason, decided_by, decided_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(directiveId, java.sql.Date.valueOf(d.deadline()), java.sql.Date.valueOf(newDeadline), reason, decidedBy,
            now())
        .update();
    jdbc.sql("update bcd_directive set deadline = ? where id = ?").params(java.sql.Date.valueOf(newDeadline), directiveId)
        .update();
  }

  public List<ExtensionRow> extensions(long directiveId) {
    return jdbc.sql("""
        select old_deadline, new_deadline, reason, decided_by from bcd_directive_extension
        where directive_id = ? order by id""").param(directiveId).query(ExtensionRow.class).list();
  }
}
