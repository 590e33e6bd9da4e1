package vn.gov.thads.bcd.opinions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The members' written opinions on a case (table {@code bcd_opinion}), and the ones that never
 * came; the opinions asked for ({@code bcd_opinion_request}). Each insert is counted for the report
 * ({@link OpinionTallies}).
 */
@Repository
public class OpinionRepository {

  public enum Status {
    RECEIVED,
    MISSING
  }

  public record OpinionRow(
      String agency,
      String status,
      String position,
      String documentNo,
      String content,
      String givenBy) {}

  /** An opinion row with when it was due and when it was recorded (null for a missing one). */
  public record TimedOpinion(
      String agency,
      String status,
      String position,
      String documentNo,
      String content,
      Timestamp dueAt,
      Timestamp recordedAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final OpinionTallies tallies;

  public OpinionRepository(JdbcClient jdbc, Clock clock, OpinionTallies tallies) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.tallies = tallies;
  }

  /**
   * Now, to the microsecond the database keeps: the on-time check of the counts sees the instant
   * the row holds.
   */
  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private static Timestamp timestamp(Date at) {
    return at == null ? null : new Timestamp(at.getTime());
  }

  /** An agency asked for its opinion in a round: its task was created (bcd_opinion_request). */
  public void recordRequested(long caseId, int round, String agency, String taskId, Date dueAt) {
    Instant now = now();
    jdbc.sql(
            "insert into bcd_opinion_request (case_id, round_no, agency, task_id, requested_at,"
                + " due_at) values (?, ?, ?, ?, ?, ?)")
        .params(caseId, round, agency, taskId, Timestamp.from(now), timestamp(dueAt))
        .update();
    tallies.requested(tallies.office(caseId), agency, now);
  }

  public void recordReceived(
      long caseId,
      int round,
      String agency,
      String position,
      String documentNo,
      String content,
      String givenBy,
      Date dueAt) {
    Instant now = now();
    jdbc.sql(
            """
        insert into bcd_opinion (case_id, round_no, agency, status, position, document_no, content, given_by, due_at,
          recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            caseId,
            round,
            agency,
            Status.RECEIVED.name(),
            position,
            documentNo,
            content,
            givenBy,
            timestamp(dueAt),
            Timestamp.from(now))
        .update();
    tallies.received(tallies.office(caseId), agency, now, dueAt == null ? null : dueAt.toInstant());
  }

  /**
   * Records as missing every consulted agency that has given no opinion; returns how many were
   * missing.
   */
  public int recordMissing(long caseId, int round, List<String> consulted, Date dueAt) {
    List<String> answered =
        jdbc.sql("select agency from bcd_opinion where case_id = ? and round_no = ?")
            .params(caseId, round)
            .query(String.class)
            .list();
    int missing = 0;
    Instant now = now();
    String office = null;
    for (String agency : consulted) {
      if (!answered.contains(agency)) {
        jdbc.sql(
                "insert into bcd_opinion (case_id, round_no, agency, status, due_at, recorded_at)"
                    + " values (?, ?, ?, ?, ?, ?)")
            .params(
                caseId, round, agency, Status.MISSING.name(), timestamp(dueAt), Timestamp.from(now))
            .update();
        office = office == null ? tallies.office(caseId) : office;
        tallies.missing(office, agency, now);
        missing++;
      }
    }
    return missing;
  }

  public List<OpinionRow> findByCase(long caseId) {
    return jdbc.sql(
            """
        select agency, status, position, document_no, content, given_by from bcd_opinion
        where case_id = ? order by agency""")
        .param(caseId)
        .query(OpinionRow.class)
        .list();
  }

  /**
   * Every consulted agency's opinion on the case in its latest round (the one before the committee
   * now), given or missing, with its times.
   */
  public List<TimedOpinion> findTimedByCase(long caseId) {
    return jdbc.sql(
            """
        select agency, status, position, document_no, content, due_at, recorded_at from bcd_opinion
        where case_id = ? and round_no = (select max(round_no) from bcd_opinion where case_id = ?)
        order by id""")
        .params(caseId, caseId)
        .query(TimedOpinion.class)
        .list();
  }
}
