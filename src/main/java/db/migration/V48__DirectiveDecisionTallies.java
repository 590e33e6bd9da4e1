package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Flyway V48: the chair's decisions on directives counted per month, office and lead agency in
 * {@code bcd_directive_tally} (kept from now on by {@code directives.DirectiveTallies}) — deadlines
 * extended, adjustments approved and cancellations approved — so that the committee's report, and
 * above all an office's, sums a few rows instead of joining every decision to its directive and
 * case (issue 17). Counts the decisions already recorded, each in the month (Vietnam time) it was
 * decided for the lead agency kept on it (V42); a decided adjustment always has one. Java because
 * PostgreSQL and H2 convert an instant to a Vietnam day differently (see V34). The benchmark of the
 * report counts its bulk-inserted decisions with {@link #countExisting}.
 */
public class V48__DirectiveDecisionTallies extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      for (String column : List.of("extended", "adjusted", "cancelled")) {
        ddl.execute(
            "alter table bcd_directive_tally add column " + column + " integer default 0 not null");
      }
    }
    countExisting(connection);
  }

  /** Adds every decision to the table (whose decision counts are all zero). */
  public static void countExisting(Connection connection) throws SQLException {
    // month, office, lead -> extended, adjusted, cancelled
    Map<List<Object>, int[]> counts = new HashMap<>();
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                """
                select e.decided_at, c.submitting_agency, e.lead_agency
                from bcd_directive_extension e join bcd_directive d on d.id = e.directive_id
                  join bcd_case c on c.id = d.case_id""")) {
      while (rows.next()) {
        counts.computeIfAbsent(key(rows), k -> new int[3])[0]++;
      }
    }
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                """
                select ch.decided_at, c.submitting_agency, ch.lead_agency, ch.kind
                from bcd_directive_change ch join bcd_directive d on d.id = ch.directive_id
                  join bcd_case c on c.id = d.case_id
                where ch.decision = 'APPROVED' and ch.lead_agency is not null""")) {
      while (rows.next()) {
        counts
            .computeIfAbsent(key(rows), k -> new int[3])[
            "CANCEL".equals(rows.getString("kind")) ? 2 : 1]++;
      }
    }
    try (PreparedStatement update =
            connection.prepareStatement(
                "update bcd_directive_tally set extended = ?, adjusted = ?, cancelled = ?"
                    + " where month_start = ? and office = ? and lead_agency = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into bcd_directive_tally (extended, adjusted, cancelled, month_start,"
                    + " office, lead_agency) values (?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<List<Object>, int[]> e : counts.entrySet()) {
        if (set(update, e) == 0) {
          set(insert, e);
        }
      }
    }
  }

  private static int set(PreparedStatement statement, Map.Entry<List<Object>, int[]> e)
      throws SQLException {
    for (int i = 0; i < 3; i++) {
      statement.setInt(1 + i, e.getValue()[i]);
    }
    statement.setDate(4, Date.valueOf((LocalDate) e.getKey().get(0)));
    statement.setString(5, (String) e.getKey().get(1));
    statement.setString(6, (String) e.getKey().get(2));
    return statement.executeUpdate();
  }

  /** The row of a result whose first three columns are the instant, the office and the lead. */
  private static List<Object> key(ResultSet rows) throws SQLException {
    return List.of(
        VietnamTime.date(rows.getTimestamp(1).toInstant()).withDayOfMonth(1),
        rows.getString(2),
        rows.getString(3));
  }
}
