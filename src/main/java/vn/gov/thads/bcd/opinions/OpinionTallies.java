package vn.gov.thads.bcd.opinions;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.platform.CommitTimeTally;
import vn.gov.thads.bcd.platform.TallyRows;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The opinions' counts that the committee's report sums for a period (issue 17), kept in {@code
 * bcd_opinion_tally}: per month (Vietnam time), office (the case's submitting agency) and consulted
 * agency, how many opinions were asked for, and how many were received on time, received late and
 * recorded as missing. A year's report then reads at most 12 rows per office and agency instead of
 * every opinion. {@link OpinionRepository} calls it on each insert (opinions are never changed nor
 * deleted); V47 counted those before it.
 *
 * <p>Changes are written just before the transaction commits ({@link CommitTimeTally}): one upsert
 * per row touched, after one read of the case's office.
 */
@Component
public class OpinionTallies {

  /** A row of the table. */
  record Key(LocalDate month, String office, String agency) {

    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::month).thenComparing(Key::office).thenComparing(Key::agency);
  }

  /** The counts of a row, or the change to them. */
  record Counts(int requested, int onTime, int late, int missing) {

    static final Counts REQUESTED = new Counts(1, 0, 0, 0);
    static final Counts ON_TIME = new Counts(0, 1, 0, 0);
    static final Counts LATE = new Counts(0, 0, 1, 0);
    static final Counts MISSING = new Counts(0, 0, 0, 1);

    Counts plus(Counts o) {
      return new Counts(
          requested + o.requested, onTime + o.onTime, late + o.late, missing + o.missing);
    }

    Counts negated() {
      return new Counts(-requested, -onTime, -late, -missing);
    }
  }

  private final CaseRepository cases;
  private final TallyRows rows;
  private final CommitTimeTally<Key, Counts> tally =
      new CommitTimeTally<>(Key.ORDER, Counts::plus, Counts::negated, this::write);

  public OpinionTallies(JdbcClient jdbc, DataSource dataSource, CaseRepository cases)
      throws MetaDataAccessException {
    this.cases = cases;
    this.rows =
        new TallyRows(
            jdbc,
            dataSource,
            "bcd_opinion_tally",
            List.of("month_start", "office", "agency"),
            List.of("requested", "on_time", "late", "missing"));
  }

  /** The office of the case, which the counts are kept per. */
  String office(long caseId) {
    return cases.office(caseId);
  }

  /** An opinion asked for from {@code agency} at {@code at}. */
  void requested(String office, String agency, Instant at) {
    add(office, agency, at, Counts.REQUESTED);
  }

  /** An opinion of {@code agency} received at {@code at}: on time unless after {@code dueAt}. */
  void received(String office, String agency, Instant at, Instant dueAt) {
    add(office, agency, at, dueAt == null || !at.isAfter(dueAt) ? Counts.ON_TIME : Counts.LATE);
  }

  /** No opinion of {@code agency}, recorded as missing at {@code at}. */
  void missing(String office, String agency, Instant at) {
    add(office, agency, at, Counts.MISSING);
  }

  private void add(String office, String agency, Instant at, Counts counts) {
    tally.add(new Key(VietnamTime.date(at).withDayOfMonth(1), office, agency), counts);
  }

  private void write(Key key, Counts c) {
    rows.add(
        List.of(Date.valueOf(key.month()), key.office(), key.agency()),
        List.of(c.requested(), c.onTime(), c.late(), c.missing()));
  }
}
