package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Flyway V34: the day (Vietnam time) a directive's result was reported, kept beside the instant, so
 * that the committee's report counts "done by the first deadline" in SQL ({@code reported_on <=
 * original_deadline}) instead of reading every directive of the period into Java. Java rather than
 * SQL because PostgreSQL and H2 convert a {@code timestamp with time zone} to another zone's date
 * differently (H2 through the session's zone).
 */
public class V34__DirectiveReportedOn extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table bcd_directive add column reported_on date");
    }
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                "select id, reported_at from bcd_directive where reported_at is not null");
        PreparedStatement update =
            connection.prepareStatement("update bcd_directive set reported_on = ? where id = ?")) {
      int batched = 0;
      while (rows.next()) {
        Timestamp reported = rows.getTimestamp(2);
        update.setDate(1, Date.valueOf(VietnamTime.date(reported.toInstant())));
        update.setLong(2, rows.getLong(1));
        update.addBatch();
        if (++batched % 1000 == 0) {
          update.executeBatch();
        }
      }
      update.executeBatch();
    }
  }
}
