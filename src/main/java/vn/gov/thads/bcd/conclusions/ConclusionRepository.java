package vn.gov.thads.bcd.conclusions;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Written consultations (rows of bcd_meeting of type {@link #WRITTEN}; the meetings themselves and
 * their agendas are {@link vn.gov.thads.bcd.meetings.CommitteeMeetings}'s) and conclusion notices
 * (bcd_conclusion); their directives are the directives package's.
 */
@Repository
public class ConclusionRepository {

  /** A conclusion notice as issued. */
  public record ConclusionRow(
      long id,
      long caseId,
      String documentNo,
      LocalDate documentDate,
      String summary,
      boolean coercionOrdered,
      String issuedBy,
      Timestamp publishedAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public ConclusionRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }

  /** Type of the bcd_meeting row that records a proposal of written consultation. */
  public static final String WRITTEN = "WRITTEN";

  /**
   * The secretariat's proposal that the chair conclude on the members' written opinions, without a
   * meeting: a row of type {@link #WRITTEN} with no day, time, place or papers.
   */
  public long insertWrittenConsultation(long caseId, String reason, String proposedBy) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into bcd_meeting (case_id, office, meeting_type, proposal_reason, proposed_by, proposed_at,
          created_at)
        select id, submitting_agency, ?, ?, ?, ?, ? from bcd_case where id = ?""")
        .params(WRITTEN, reason, proposedBy, now(), now(), caseId)
        .update(keys, "id");
    return CaseRepository.idInsertedFromCase(keys, unknownCase(caseId));
  }

  /** The chair's decision on a proposal of written consultation; false when already decided. */
  public boolean decideWrittenConsultation(
      long meetingId, boolean approved, String note, String decidedBy) {
    return jdbc.sql(
                """
        update bcd_meeting set decision = ?, decision_note = ?, decided_by = ?, decided_at = ?
        where id = ? and meeting_type = ? and decision is null""")
            .params(approved ? "APPROVED" : "REJECTED", note, decidedBy, now(), meetingId, WRITTEN)
            .update()
        == 1;
  }

  /** The chair's written authorisation under which the standing deputy decided the proposal. */
  public void recordDecisionAuthorisation(long meetingId, String authorisationRef) {
    jdbc.sql("update bcd_meeting set decision_authorisation_ref = ? where id = ?")
        .params(authorisationRef, meetingId)
        .update();
  }

  /**
   * What a conclusion is issued on: a meeting and its day, or a written consultation and the day
   * the chair approved it (null until then).
   */
  public record ConclusionBasis(boolean written, LocalDate date) {}

  public ConclusionBasis conclusionBasis(long meetingId) {
    return jdbc.sql(
            """
        select m.meeting_type, c.meeting_date, m.decided_at
        from bcd_meeting m left join bcd_committee_meeting c on c.id = m.committee_meeting_id
        where m.id = ?""")
        .param(meetingId)
        .query(
            (rs, i) -> {
              if (WRITTEN.equals(rs.getString("meeting_type"))) {
                Timestamp decided = rs.getTimestamp("decided_at");
                return new ConclusionBasis(
                    true, decided == null ? null : VietnamTime.date(decided.toInstant()));
              }
              return new ConclusionBasis(false, rs.getDate("meeting_date").toLocalDate());
            })
        .single();
  }

  public long insertConclusion(
      long caseId,
      int round,
      String documentNo,
      LocalDate date,
      String summary,
      boolean coercion,
      String issuedBy,
      Signatory signatory,
      String authorisationRef) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into bcd_conclusion (case_id, office, round_no, document_no, document_date, summary,
          coercion_ordered, issued_by, concluded_as, authorisation_ref, created_at)
        select id, submitting_agency, ?, ?, ?, ?, ?, ?, ?, ?, ? from bcd_case where id = ?""")
        .params(
            round,
            documentNo,
            Date.valueOf(date),
            summary,
            coercion,
            issuedBy,
            signatory == null ? null : signatory.name(),
            authorisationRef,
            now(),
            caseId)
        .update(keys, "id");
    return CaseRepository.idInsertedFromCase(keys, unknownCase(caseId));
  }

  private static String unknownCase(long caseId) {
    return "Không có vụ việc mã " + caseId + " để ghi.";
  }

  /** Records the notice as published; false when it already was. */
  public boolean markPublished(long conclusionId) {
    return jdbc.sql(
                "update bcd_conclusion set published_at = ? where id = ? and published_at is null")
            .params(now(), conclusionId)
            .update()
        == 1;
  }

  public boolean isPublished(long conclusionId) {
    return jdbc.sql("select published_at from bcd_conclusion where id = ?")
        .param(conclusionId)
        .query(Timestamp.class)
        .optional()
        .isPresent();
  }

  public ConclusionRow conclusion(long id) {
    return jdbc.sql(
            """
        select id, case_id, document_no, document_date, summary, coercion_ordered, issued_by, published_at
        from bcd_conclusion where id = ?""")
        .param(id)
        .query(ConclusionRow.class)
        .single();
  }
}
