package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Flyway V44: the directives' flow counts per month, office and lead agency ({@code
 * bcd_directive_tally}, kept from now on by {@code directives.DirectiveTallies}), so that the
 * committee's report sums a few rows per agency instead of reading every directive (issue 17).
 * Counts the directives already recorded: each issued in the month of its notice for the lead it
 * was issued to (the agency the first approved reassignment took it from, else its lead), each done
 * in the month (Vietnam time) it was done for its lead. Java because PostgreSQL and H2 convert an
 * instant to a Vietnam day differently (see V34). The benchmark of the report counts its
 * bulk-inserted directives with {@link #countExisting}.
 */
public class V44__DirectiveTallies extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          """
          create table bcd_directive_tally (
            month_start           date        not null,
            office                varchar(64) not null,
            lead_agency           varchar(64) not null,
            issued                integer     not null default 0,
            done_on_time          integer     not null default 0,
            done_late             integer     not null default 0,
            done_on_time_original integer     not null default 0,
            primary key (month_start, office, lead_agency)
          )""");
    }
    countExisting(connection);
  }

  /** Counts every directive into the (empty) table. */
  public static void countExisting(Connection connection) throws SQLException {
    Map<Long, String> leadWhenIssued = new HashMap<>();
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                """
                select directive_id, old_value from bcd_directive_change
                where kind = 'REASSIGN' and decision = 'APPROVED' order by directive_id, decided_at, id""")) {
      while (rows.next()) {
        leadWhenIssued.putIfAbsent(rows.getLong(1), rows.getString(2));
      }
    }
    // month, office, lead -> issued, done on time, done late, reported by the first deadline
    Map<List<Object>, int[]> counts = new HashMap<>();
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                """
                select d.id, d.issued_on, d.status, d.done_at, d.reported_on, d.original_deadline, d.lead_agency,
                  c.submitting_agency
                from bcd_directive d join bcd_case c on c.id = d.case_id""")) {
      while (rows.next()) {
        String office = rows.getString("submitting_agency");
        String lead = rows.getString("lead_agency");
        LocalDate issued = rows.getDate("issued_on").toLocalDate();
        counts
            .computeIfAbsent(
                List.of(
                    issued.withDayOfMonth(1),
                    office,
                    leadWhenIssued.getOrDefault(rows.getLong("id"), lead)),
                k -> new int[4])[0]++;
        String status = rows.getString("status");
        Timestamp doneAt = rows.getTimestamp("done_at");
        if ((status.equals("DONE") || status.equals("DONE_LATE")) && doneAt != null) {
          int[] c =
              counts.computeIfAbsent(
                  List.of(VietnamTime.date(doneAt.toInstant()).withDayOfMonth(1), office, lead),
                  k -> new int[4]);
          c[status.equals("DONE") ? 1 : 2]++;
          Date reported = rows.getDate("reported_on");
          if (reported != null && !reported.after(rows.getDate("original_deadline"))) {
            c[3]++;
          }
        }
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            insert into bcd_directive_tally (month_start, office, lead_agency, issued, done_on_time, done_late,
              done_on_time_original)
            values (?, ?, ?, ?, ?, ?, ?)""")) {
      int batched = 0;
      for (Map.Entry<List<Object>, int[]> e : counts.entrySet()) {
        insert.setDate(1, Date.valueOf((LocalDate) e.getKey().get(0)));
        insert.setString(2, (String) e.getKey().get(1));
        insert.setString(3, (String) e.getKey().get(2));
        for (int i = 0; i < 4; i++) {
          insert.setInt(4 + i, e.getValue()[i]);
        }
        insert.addBatch();
        if (++batched % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
  }
}
