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
 * Flyway V47: the opinions' counts per month, office and consulted agency ({@code
 * bcd_opinion_tally}, kept from now on by {@code opinions.OpinionTallies}), so that the committee's
 * report sums a few rows per agency instead of reading every opinion (issue 17). Counts those
 * already recorded: each opinion asked for in the month (Vietnam time) it was asked for, each
 * opinion received (on time: by its due time or without one; else late) or missing in the month it
 * was recorded. Java because PostgreSQL and H2 convert an instant to a Vietnam day differently (see
 * V34). The benchmark of the report counts its bulk-inserted opinions with {@link #countExisting}.
 */
public class V47__OpinionTallies extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          """
          create table bcd_opinion_tally (
            month_start date        not null,
            office      varchar(64) not null,
            agency      varchar(64) not null,
            requested   integer     not null default 0,
            on_time     integer     not null default 0,
            late        integer     not null default 0,
            missing     integer     not null default 0,
            primary key (month_start, office, agency)
          )""");
    }
    countExisting(connection);
  }

  /** Counts every opinion asked for and recorded into the (empty) table. */
  public static void countExisting(Connection connection) throws SQLException {
    // month, office, agency -> requested, on time, late, missing
    Map<List<Object>, int[]> counts = new HashMap<>();
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                """
                select q.requested_at, c.submitting_agency, q.agency
                from bcd_opinion_request q join bcd_case c on c.id = q.case_id""")) {
      while (rows.next()) {
        counts.computeIfAbsent(key(rows), k -> new int[4])[0]++;
      }
    }
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                """
                select o.recorded_at, c.submitting_agency, o.agency, o.status, o.due_at
                from bcd_opinion o join bcd_case c on c.id = o.case_id""")) {
      while (rows.next()) {
        Timestamp due = rows.getTimestamp("due_at");
        int column =
            "MISSING".equals(rows.getString("status"))
                ? 3
                : due == null || !rows.getTimestamp("recorded_at").after(due) ? 1 : 2;
        counts.computeIfAbsent(key(rows), k -> new int[4])[column]++;
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into bcd_opinion_tally (month_start, office, agency, requested, on_time, late,"
                + " missing) values (?, ?, ?, ?, ?, ?, ?)")) {
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

  /** The row of a result whose first three columns are the instant, the office and the agency. */
  private static List<Object> key(ResultSet rows) throws SQLException {
    return List.of(
        VietnamTime.date(rows.getTimestamp(1).toInstant()).withDayOfMonth(1),
        rows.getString(2),
        rows.getString(3));
  }
}
