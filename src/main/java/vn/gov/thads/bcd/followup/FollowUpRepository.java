package vn.gov.thads.bcd.followup;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The follow-up of cases (table {@code bcd_follow_up_entry}); closing a case is the case record's
 * own change ({@link CaseRepository#close}), read back here as {@link Closing}.
 */
@Repository
public class FollowUpRepository {

  public enum Kind {
    REPORT,
    REVERIFICATION,
    SEPARATE_BOOK,
    FINAL_REPORT,
    /** 2025 Law: the enforcement request returned to the creditor (issue 14). */
    RETURN_TO_CREDITOR
  }

  /**
   * One follow-up entry. {@code documentNo} / {@code documentDate}: the formal not-enforceable
   * decision of a report, the return notice, or the final report's number; {@code applicableLaw}:
   * the law a not-enforceable outcome follows (FollowUpVariables.LAW_*).
   */
  public record Entry(
      Kind kind,
      String outcome,
      BigDecimal amountRecoveredVnd,
      String debtorSituation,
      String content,
      String documentNo,
      String recordedBy,
      Timestamp dueAt,
      LocalDate documentDate,
      String applicableLaw) {

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
          dueAt,
          null,
          null);
    }

    public Entry(
        Kind kind,
        String outcome,
        BigDecimal amountRecoveredVnd,
        String debtorSituation,
        String content,
        String documentNo,
        String recordedBy,
        Date dueAt,
        LocalDate documentDate,
        String applicableLaw) {
      this(
          kind,
          outcome,
          amountRecoveredVnd,
          debtorSituation,
          content,
          documentNo,
          recordedBy,
          dueAt == null ? null : new Timestamp(dueAt.getTime()),
          documentDate,
          applicableLaw);
    }
  }

  /**
   * The day before which nothing in the follow-up can have been decided: the latest conclusion
   * notice of the case, or the day the case was registered when there is none.
   */
  public record Since(LocalDate date, boolean conclusion) {}

  /** A case's closing figures as stored in bcd_case. */
  public record Closing(
      String status, String outcome, BigDecimal amountRecoveredVnd, Timestamp closedAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final CaseRepository cases;

  public FollowUpRepository(JdbcClient jdbc, Clock clock, CaseRepository cases) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.cases = cases;
  }

  public void record(long caseId, Entry e) {
    jdbc.sql(
            """
        insert into bcd_follow_up_entry (case_id, kind, outcome, amount_recovered_vnd, debtor_situation, content,
          document_no, recorded_by, due_at, recorded_at, document_date, applicable_law)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
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
            Timestamp.from(Instant.now(clock)),
            e.documentDate() == null ? null : java.sql.Date.valueOf(e.documentDate()),
            e.applicableLaw())
        .update();
  }

  /** Every entry of a case, oldest first. */
  public List<Entry> findByCase(long caseId) {
    return jdbc.sql(
            """
        select kind, outcome, amount_recovered_vnd, debtor_situation, content, document_no, recorded_by, due_at,
          document_date, applicable_law
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
                    rs.getTimestamp(8),
                    rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate(),
                    rs.getString(10)))
        .list();
  }

  /** See {@link Since}. */
  public Since followedSince(long caseId) {
    return jdbc.sql(
            """
        select c.created_at, (select max(k.document_date) from bcd_conclusion k where k.case_id = c.id)
        from bcd_case c where c.id = ?""")
        .param(caseId)
        .query(
            (rs, n) ->
                rs.getDate(2) != null
                    ? new Since(rs.getDate(2).toLocalDate(), true)
                    : new Since(VietnamTime.date(rs.getTimestamp(1).toInstant()), false))
        .single();
  }

  /**
   * Keeps the case's recovered amount current while it is followed up, so figures in money stay up
   * to date.
   */
  public void updateAmountRecovered(long caseId, BigDecimal amount) {
    cases.updateAmountRecovered(caseId, amount);
  }

  /**
   * Closes the case with its outcome: the case record's own change ({@link CaseRepository#close}).
   */
  public void close(long caseId, FollowUpOutcome outcome, BigDecimal amountRecovered) {
    cases.close(caseId, outcome.name(), amountRecovered);
  }

  public Closing closing(long caseId) {
    return jdbc.sql(
            "select status, outcome, amount_recovered_vnd, closed_at from bcd_case where id = ?")
        .param(caseId)
        .query(Closing.class)
        .single();
  }
}
