package vn.gov.thads.bcd.followup;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.thads.bcd.caseintake.CaseStatus;
import vn.gov.thads.bcd.caseintake.CaseStatusChanged;

/**
 * The follow-up of cases (table {@code bcd_follow_up_entry}) and their closing in {@code bcd_case}.
 */
@Repository
public class FollowUpRepository {

  public enum Kind {
    REPORT,
    REVERIFICATION,
    SEPARATE_BOOK,
    FINAL_REPORT
  }

  public record Entry(
      Kind kind,
      String outcome,
      BigDecimal amountRecoveredVnd,
      String debtorSituation,
      String content,
      String documentNo,
      String recordedBy,
      Timestamp dueAt) {

    public Entry(
        Kind kind,
        String outcome,
        BigDecimal amountRecoveredVnd,
        String debtorSituation,
        String content,
        String documentNo,
        String recordedBy,
        Date dueAt) {
      this(
          kind,
          outcome,
          amountRecoveredVnd,
          debtorSituation,
          content,
          documentNo,
          recordedBy,
          dueAt == null ? null : new Timestamp(dueAt.getTime()));
    }
  }

  /** A case's closing figures as stored in bcd_case. */
  public record Closing(
      String status, String outcome, BigDecimal amountRecoveredVnd, Timestamp closedAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public FollowUpRepository(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  public void record(long caseId, Entry e) {
    jdbc.sql(
            """
        insert into bcd_follow_up_entry (case_id, kind, outcome, amount_recovered_vnd, debtor_situation, content,
          document_no, recorded_by, due_at, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            caseId,
            e.kind().name(),
            e.outcome(),
            e.amountRecoveredVnd(),
            e.debtorSituation(),
            e.content(),
            e.documentNo(),
            e.recordedBy(),
            e.dueAt(),
            Timestamp.from(Instant.now(clock)))
        .update();
  }

  /** Every entry of a case, oldest first. */
  public List<Entry> findByCase(long caseId) {
    return jdbc.sql(
            """
        select kind, outcome, amount_recovered_vnd, debtor_situation, content, document_no, recorded_by, due_at
        from bcd_follow_up_entry where case_id = ? order by id""")
        .param(caseId)
        .query(
            (rs, n) ->
                new Entry(
                    Kind.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getBigDecimal(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getTimestamp(8)))
        .list();
  }

  /**
   * Keeps the case's recovered amount current while it is followed up, so figures in money stay up
   * to date.
   */
  public void updateAmountRecovered(long caseId, BigDecimal amount) {
    jdbc.sql("update bcd_case set amount_recovered_vnd = ?, updated_at = ? where id = ?")
        .params(amount, Timestamp.from(Instant.now(clock)), caseId)
        .update();
  }

  /**
   * Closes the case with its outcome; the change of status is announced as {@link
   * CaseStatusChanged}. Its enforcement decision is free again for a later case (the key of V9 is
   * cleared).
   */
  public void close(long caseId, FollowUpOutcome outcome, BigDecimal amountRecovered) {
    CaseStatus previous =
        jdbc.sql("select status from bcd_case where id = ?")
            .param(caseId)
            .query(String.class)
            .optional()
            .map(CaseStatus::valueOf)
            .orElse(null);
    Instant at = Instant.now(clock);
    Timestamp now = Timestamp.from(at);
    int updated =
        jdbc.sql(
                """
        update bcd_case set status = ?, outcome = ?, amount_recovered_vnd = ?, closed_at = ?, updated_at = ?,
          open_decision_key = null
        where id = ?""")
            .params(CaseStatus.CLOSED.name(), outcome.name(), amountRecovered, now, now, caseId)
            .update();
    if (updated != 1) {
      throw new IllegalStateException("Không tìm thấy vụ việc có mã " + caseId + " để kết thúc.");
    }
    if (previous != CaseStatus.CLOSED) {
      events.publishEvent(
          new CaseStatusChanged(caseId, previous, CaseStatus.CLOSED, outcome.name(), at));
    }
  }

  public Closing closing(long caseId) {
    return jdbc.sql(
            "select status, outcome, amount_recovered_vnd, closed_at from bcd_case where id = ?")
        .param(caseId)
        .query(Closing.class)
        .single();
  }
}
