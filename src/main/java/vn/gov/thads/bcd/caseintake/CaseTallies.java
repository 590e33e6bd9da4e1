package vn.gov.thads.bcd.caseintake;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.platform.CommitTimeTally;
import vn.gov.thads.bcd.platform.TallyRows;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The cases' counts that the committee's report sums for a period (issue 17), kept in {@code
 * bcd_case_tally}: per month (Vietnam time), office (the submitting agency) and category, how many
 * cases were submitted, how many were closed, by outcome, with the amounts due and recovered of
 * those closed, and how many got a closing time whatever their status ({@code ended}: the cases
 * carried over at the end of a period are those submitted before it less those ended before it). A
 * year's report then reads a few rows per office and category instead of every case. {@link
 * CaseRepository} calls it on every write that can change them; V45 counted the cases before it.
 *
 * <p>Changes are written just before the transaction commits ({@link CommitTimeTally}). A new case
 * costs one upsert; a change to a case reads it before and after and, when that moves a count,
 * costs one upsert per row touched.
 */
@Component
public class CaseTallies {

  /** A row of the table. */
  record Key(LocalDate month, String office, String category) {

    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::month).thenComparing(Key::office).thenComparing(Key::category);
  }

  /** The counts of a row, or the change to them. */
  record Counts(
      int submitted,
      int ended,
      int closed,
      int completed,
      int terminated,
      int notEnforceable,
      int returned,
      int other,
      BigDecimal due,
      BigDecimal recovered) {

    static final Counts SUBMITTED =
        new Counts(1, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    Counts plus(Counts o) {
      return new Counts(
          submitted + o.submitted,
          ended + o.ended,
          closed + o.closed,
          completed + o.completed,
          terminated + o.terminated,
          notEnforceable + o.notEnforceable,
          returned + o.returned,
          other + o.other,
          due.add(o.due),
          recovered.add(o.recovered));
    }

    Counts negated() {
      return new Counts(
          -submitted,
          -ended,
          -closed,
          -completed,
          -terminated,
          -notEnforceable,
          -returned,
          -other,
          due.negate(),
          recovered.negate());
    }

    boolean none() {
      return submitted == 0
          && ended == 0
          && closed == 0
          && completed == 0
          && terminated == 0
          && notEnforceable == 0
          && returned == 0
          && other == 0
          && due.signum() == 0
          && recovered.signum() == 0;
    }
  }

  /** What one case adds to a row. */
  record Part(Key key, Counts counts) {}

  private final JdbcClient jdbc;
  private final TallyRows rows;
  private final CommitTimeTally<Key, Counts> tally =
      new CommitTimeTally<>(Key.ORDER, Counts::plus, Counts::negated, this::write);

  public CaseTallies(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.rows =
        new TallyRows(
            jdbc,
            dataSource,
            "bcd_case_tally",
            List.of("month_start", "office", "category"),
            List.of(
                "submitted",
                "ended",
                "closed",
                "closed_completed",
                "closed_terminated",
                "closed_not_enforceable",
                "closed_returned",
                "closed_other",
                "amount_due",
                "amount_recovered"));
  }

  /** The month (Vietnam time) an instant belongs to, as the table keeps it: its first day. */
  private static LocalDate month(Instant at) {
    return VietnamTime.date(at).withDayOfMonth(1);
  }

  /** A case of {@code category} submitted by {@code office} at {@code at}. */
  void submitted(String office, String category, Instant at) {
    tally.add(new Key(month(at), office, category), Counts.SUBMITTED);
  }

  /** What the case adds to the table now: its submission and, once closed, its closing. */
  List<Part> parts(long caseId) {
    return jdbc.sql(
            """
            select created_at, submitting_agency, category, status, outcome, closed_at, amount_vnd,
              amount_recovered_vnd
            from bcd_case where id = ?""")
        .param(caseId)
        .query(CaseTallies::parts)
        .optional()
        .orElse(List.of());
  }

  private static List<Part> parts(ResultSet rs, int i) throws SQLException {
    String office = rs.getString("submitting_agency");
    String category = rs.getString("category");
    List<Part> parts = new ArrayList<>(2);
    parts.add(
        new Part(
            new Key(month(rs.getTimestamp("created_at").toInstant()), office, category),
            Counts.SUBMITTED));
    Timestamp closedAt = rs.getTimestamp("closed_at");
    if (closedAt != null) {
      boolean closed = CaseStatus.CLOSED.name().equals(rs.getString("status"));
      String outcome = closed ? rs.getString("outcome") : null;
      BigDecimal recovered = rs.getBigDecimal("amount_recovered_vnd");
      parts.add(
          new Part(
              new Key(month(closedAt.toInstant()), office, category),
              new Counts(
                  0,
                  1,
                  closed ? 1 : 0,
                  closed && ("COMPLETED".equals(outcome) || "AGREED".equals(outcome)) ? 1 : 0,
                  closed && "TERMINATED".equals(outcome) ? 1 : 0,
                  closed && "SEPARATE_BOOK".equals(outcome) ? 1 : 0,
                  closed && "RETURNED_TO_CREDITOR".equals(outcome) ? 1 : 0,
                  closed && !OUTCOMES_COUNTED_APART.contains(String.valueOf(outcome)) ? 1 : 0,
                  closed ? rs.getBigDecimal("amount_vnd") : BigDecimal.ZERO,
                  closed && recovered != null ? recovered : BigDecimal.ZERO)));
    }
    return parts;
  }

  /** The outcomes the report counts in a number of their own; the others are "other". */
  private static final List<String> OUTCOMES_COUNTED_APART =
      List.of("COMPLETED", "AGREED", "TERMINATED", "SEPARATE_BOOK", "RETURNED_TO_CREDITOR");

  /**
   * Runs {@code change} to the case and moves its counts from where they were to where they are
   * after it (nothing when they did not change).
   */
  void changing(long caseId, Runnable change) {
    tally.moving(
        () -> {
          // Submitted and closed in the same month: one row.
          Map<Key, Counts> rows = new HashMap<>();
          parts(caseId).forEach(p -> rows.merge(p.key(), p.counts(), Counts::plus));
          return rows;
        },
        change);
  }

  private void write(Key key, Counts c) {
    if (!c.none()) {
      rows.add(
          List.of(Date.valueOf(key.month()), key.office(), key.category()),
          List.of(
              c.submitted(),
              c.ended(),
              c.closed(),
              c.completed(),
              c.terminated(),
              c.notEnforceable(),
              c.returned(),
              c.other(),
              c.due(),
              c.recovered()));
    }
  }
}
