package vn.gov.thads.bcd.casecourse;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rounds of a case ({@code bcd_case_round}) and its early closure ({@code bcd_early_closure}).
 */
@Repository
public class CaseCourseRepository {

  /** A later round: round 1, the submission itself, has no row. */
  public record Round(int roundNo, String reason, String openedBy, Instant openedAt) {}

  public record EarlyClosure(
      String kind,
      String documentNo,
      LocalDate documentDate,
      String note,
      int directivesEnded,
      String reportedBy,
      Instant reportedAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public CaseCourseRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void openRound(long caseId, int roundNo, String reason, String openedBy) {
    jdbc.sql(
            "insert into bcd_case_round (case_id, round_no, reason, opened_by, opened_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(caseId, roundNo, reason, openedBy, Timestamp.from(Instant.now(clock)))
        .update();
  }

  public List<Round> rounds(long caseId) {
    return jdbc.sql(
            "select round_no, reason, opened_by, opened_at from bcd_case_round where case_id = ?"
                + " order by round_no")
        .param(caseId)
        .query(
            (rs, i) ->
                new Round(
                    rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
        .list();
  }

  public void recordEarlyClosure(
      long caseId,
      EarlyClosureKind kind,
      String documentNo,
      LocalDate documentDate,
      String note,
      int directivesEnded,
      String reportedBy) {
    jdbc.sql(
            """
        insert into bcd_early_closure (case_id, kind, document_no, document_date, note, directives_ended,
          reported_by, reported_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            caseId,
            kind.name(),
            documentNo,
            Date.valueOf(documentDate),
            note,
            directivesEnded,
            reportedBy,
            Timestamp.from(Instant.now(clock)))
        .update();
  }

  public Optional<EarlyClosure> earlyClosure(long caseId) {
    return jdbc.sql(
            """
        select kind, document_no, document_date, note, directives_ended, reported_by, reported_at
        from bcd_early_closure where case_id = ?""")
        .param(caseId)
        .query(
            (rs, i) ->
                new EarlyClosure(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getDate(3).toLocalDate(),
                    rs.getString(4),
                    rs.getInt(5),
                    rs.getString(6),
                    rs.getTimestamp(7).toInstant()))
        .optional();
  }
}
