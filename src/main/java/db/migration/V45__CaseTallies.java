package db.migration;

import java.math.BigDecimal;
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
 * Flyway V45: the cases' counts per month, office and category ({@code bcd_case_tally}, kept from
 * now on by {@code caseintake.CaseTallies}), so that the committee's report sums a few rows instead
 * of reading every case (issue 17). Counts the cases already recorded: each submitted in the month
 * (Vietnam time) it was created; each with a closing time ended in that month and, when its status
 * is closed, closed there by its outcome, with its amount due and recovered. Java because
 * PostgreSQL and H2 convert an instant to a Vietnam day differently (see V34). The benchmark of the
 * report counts its bulk-inserted cases with {@link #countExisting}.
 */
public class V45__CaseTallies extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          """
          create table bcd_case_tally (
            month_start            date           not null,
            office                 varchar(64)    not null,
            category               varchar(40)    not null,
            submitted              integer        not null default 0,
            ended                  integer        not null default 0,
            closed                 integer        not null default 0,
            closed_completed       integer        not null default 0,
            closed_terminated      integer        not null default 0,
            closed_not_enforceable integer        not null default 0,
            closed_returned        integer        not null default 0,
            closed_other           integer        not null default 0,
            amount_due             numeric(24, 0) not null default 0,
            amount_recovered       numeric(24, 0) not null default 0,
            primary key (month_start, office, category)
          )""");
    }
    countExisting(connection);
  }

  private static final int COUNTS = 8;

  /** Counts every case into the (empty) table. */
  public static void countExisting(Connection connection) throws SQLException {
    // month, office, category -> submitted, ended, closed, completed, terminated, not enforceable,
    // returned, other
    Map<List<Object>, int[]> counts = new HashMap<>();
    Map<List<Object>, BigDecimal[]> amounts = new HashMap<>();
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                """
                select created_at, submitting_agency, category, status, outcome, closed_at, amount_vnd,
                  amount_recovered_vnd
                from bcd_case""")) {
      while (rows.next()) {
        String office = rows.getString("submitting_agency");
        String category = rows.getString("category");
        counts
            .computeIfAbsent(
                List.of(month(rows.getTimestamp("created_at")), office, category),
                k -> new int[COUNTS])[0]++;
        Timestamp closedAt = rows.getTimestamp("closed_at");
        if (closedAt == null) {
          continue;
        }
        List<Object> key = List.of(month(closedAt), office, category);
        int[] c = counts.computeIfAbsent(key, k -> new int[COUNTS]);
        c[1]++;
        if (!"CLOSED".equals(rows.getString("status"))) {
          continue;
        }
        c[2]++;
        String outcome = String.valueOf(rows.getString("outcome"));
        c[
            switch (outcome) {
              case "COMPLETED", "AGREED" -> 3;
              case "TERMINATED" -> 4;
              case "SEPARATE_BOOK" -> 5;
              case "RETURNED_TO_CREDITOR" -> 6;
              default -> 7;
            }]++;
        BigDecimal recovered = rows.getBigDecimal("amount_recovered_vnd");
        BigDecimal[] a =
            amounts.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        a[0] = a[0].add(rows.getBigDecimal("amount_vnd"));
        a[1] = a[1].add(recovered == null ? BigDecimal.ZERO : recovered);
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            insert into bcd_case_tally (month_start, office, category, submitted, ended, closed, closed_completed,
              closed_terminated, closed_not_enforceable, closed_returned, closed_other, amount_due,
              amount_recovered)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
      int batched = 0;
      for (Map.Entry<List<Object>, int[]> e : counts.entrySet()) {
        insert.setDate(1, Date.valueOf((LocalDate) e.getKey().get(0)));
        insert.setString(2, (String) e.getKey().get(1));
        insert.setString(3, (String) e.getKey().get(2));
        for (int i = 0; i < COUNTS; i++) {
          insert.setInt(4 + i, e.getValue()[i]);
        }
        BigDecimal[] a =
            amounts.getOrDefault(e.getKey(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        insert.setBigDecimal(12, a[0]);
        insert.setBigDecimal(13, a[1]);
        insert.addBatch();
        if (++batched % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
  }

  private static LocalDate month(Timestamp at) {
    return VietnamTime.date(at.toInstant()).withDayOfMonth(1);
  }
}
