package vn.gov.thads.bcd.directives;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.platform.CommitTimeTally;
import vn.gov.thads.bcd.platform.TallyRows;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The directives' flow counts that the committee's report sums for a period (issue 17), kept in
 * {@code bcd_directive_tally}: per month (Vietnam time), office (the case's submitting agency) and
 * lead agency, how many directives were issued (by the lead when issued) and how many were done on
 * time, done late, and reported by the first deadline (by the lead when done, which nothing changes
 * afterwards), and how many deadlines the chair extended, adjustments and cancellations he approved
 * (by the lead when decided, V48). A year's report then reads at most 12 rows per office and agency
 * instead of every directive. {@link DirectiveRepository} calls it on every write of a directive;
 * V44 counted the directives before it.
 *
 * <p>A transaction's changes are gathered and written just before its commit ({@link
 * CommitTimeTally}): a row stays locked only for the commit (two directives of the same office and
 * agency done in the same month at the same time wait that long for each other). Each write costs
 * one upsert per row touched; a status change also reads the directive before and after it. The
 * report reads what is committed.
 */
@Component
public class DirectiveTallies {

  /** A row of the table. */
  record Key(LocalDate month, String office, String leadAgency) {

    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::month).thenComparing(Key::office).thenComparing(Key::leadAgency);
  }

  /** The counts of a row, or the change to them. */
  record Counts(
      int issued,
      int doneOnTime,
      int doneLate,
      int doneOnTimeOriginal,
      int extended,
      int adjusted,
      int cancelled) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);
    static final Counts ISSUED = new Counts(1, 0, 0, 0, 0, 0, 0);
    static final Counts EXTENDED = new Counts(0, 0, 0, 0, 1, 0, 0);
    static final Counts ADJUSTED = new Counts(0, 0, 0, 0, 0, 1, 0);
    static final Counts CANCELLED = new Counts(0, 0, 0, 0, 0, 0, 1);

    /** What a directive done adds: on time or late, and whether by its first deadline. */
    static Counts done(boolean onTime, boolean byFirstDeadline) {
      return new Counts(0, onTime ? 1 : 0, onTime ? 0 : 1, byFirstDeadline ? 1 : 0, 0, 0, 0);
    }

    Counts plus(Counts o) {
      return new Counts(
          issued + o.issued,
          doneOnTime + o.doneOnTime,
          doneLate + o.doneLate,
          doneOnTimeOriginal + o.doneOnTimeOriginal,
          extended + o.extended,
          adjusted + o.adjusted,
          cancelled + o.cancelled);
    }

    Counts negated() {
      return NONE.minus(this);
    }

    private Counts minus(Counts o) {
      return new Counts(
          issued - o.issued,
          doneOnTime - o.doneOnTime,
          doneLate - o.doneLate,
          doneOnTimeOriginal - o.doneOnTimeOriginal,
          extended - o.extended,
          adjusted - o.adjusted,
          cancelled - o.cancelled);
    }

    boolean none() {
      return equals(NONE);
    }
  }

  /** What one directive adds to the done counts, where: none until its result is accepted. */
  record Done(Key key, Counts counts) {}

  private final JdbcClient jdbc;
  private final CaseRepository cases;
  private final TallyRows rows;
  private final CommitTimeTally<Key, Counts> tally =
      new CommitTimeTally<>(Key.ORDER, Counts::plus, Counts::negated, this::write);

  public DirectiveTallies(JdbcClient jdbc, DataSource dataSource, CaseRepository cases)
      throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.cases = cases;
    this.rows =
        new TallyRows(
            jdbc,
            dataSource,
            "bcd_directive_tally",
            List.of("month_start", "office", "lead_agency"),
            List.of(
                "issued",
                "done_on_time",
                "done_late",
                "done_on_time_original",
                "extended",
                "adjusted",
                "cancelled"));
  }

  /** The month a day belongs to, as the table keeps it: its first day. */
  private static LocalDate month(LocalDate day) {
    return day.withDayOfMonth(1);
  }

  /** A directive issued on {@code issuedOn} to {@code leadAgency} for a case of {@code caseId}. */
  void issued(long caseId, LocalDate issuedOn, String leadAgency) {
    tally.add(new Key(month(issuedOn), cases.office(caseId), leadAgency), Counts.ISSUED);
  }

  /**
   * The chair decided on a directive of the case {@code caseId} at {@code at}, while {@code
   * leadAgency} led it: a deadline extended, an adjustment approved, or a cancellation approved
   * ({@code counts}).
   */
  void decided(long caseId, Instant at, String leadAgency, Counts counts) {
    tally.add(new Key(month(VietnamTime.date(at)), cases.office(caseId), leadAgency), counts);
  }

  /** What the directive adds to the done counts now. */
  Optional<Done> done(long directiveId) {
    return jdbc.sql(
            """
            select d.status, d.done_at, d.reported_on, d.original_deadline, d.lead_agency, c.submitting_agency
            from bcd_directive d join bcd_case c on c.id = d.case_id where d.id = ?""")
        .param(directiveId)
        .query(DirectiveTallies::done)
        .optional()
        .flatMap(d -> d);
  }

  private static Optional<Done> done(ResultSet rs, int i) throws SQLException {
    DirectiveStatus status = DirectiveStatus.valueOf(rs.getString("status"));
    Timestamp doneAt = rs.getTimestamp("done_at");
    if (!status.done() || doneAt == null) {
      return Optional.empty();
    }
    Date reported = rs.getDate("reported_on");
    boolean byFirstDeadline =
        reported != null
            && !reported.toLocalDate().isAfter(rs.getDate("original_deadline").toLocalDate());
    return Optional.of(
        new Done(
            new Key(
                month(VietnamTime.date(doneAt.toInstant())),
                rs.getString("submitting_agency"),
                rs.getString("lead_agency")),
            Counts.done(status == DirectiveStatus.DONE, byFirstDeadline)));
  }

  /**
   * Runs {@code change} to the directive and moves its done counts from where they were to where
   * they are after it (nothing when neither changed).
   */
  void changing(long directiveId, Runnable change) {
    tally.moving(
        () -> done(directiveId).map(d -> Map.of(d.key(), d.counts())).orElse(Map.of()), change);
  }

  private void write(Key key, Counts c) {
    if (!c.none()) {
      rows.add(
          List.of(Date.valueOf(key.month()), key.office(), key.leadAgency()),
          List.of(
              c.issued(),
              c.doneOnTime(),
              c.doneLate(),
              c.doneOnTimeOriginal(),
              c.extended(),
              c.adjusted(),
              c.cancelled()));
    }
  }
}
