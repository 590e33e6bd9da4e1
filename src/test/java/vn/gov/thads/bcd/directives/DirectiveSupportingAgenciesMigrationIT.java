package vn.gov.thads.bcd.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;

/**
 * Flyway V11 on a database that already has directives: the comma-separated supporting agencies of
 * each become rows of bcd_directive_supporting in the chair's order, blanks and spaces dropped, and
 * the old column is gone. On PostgreSQL, without the application.
 */
class DirectiveSupportingAgenciesMigrationIT {

  @Test
  void existingDirectivesKeepTheirSupportingAgenciesInOrder() throws SQLException {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_migration_v11");
    db.flyway("10").migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      PostgresTestDatabase.Database.insertOneCase(st);
      PostgresTestDatabase.Database.insertOneConclusion(st);
      st.execute(
          """
          insert into bcd_directive (id, conclusion_id, case_id, ordinal, lead_agency,
            supporting_agencies, task, original_deadline, deadline, status)
          values (1, 1, 1, 1, 'so-tu-phap', 'toa-an-tinh, ubnd-p-rach-gia,', 'Nhiệm vụ 1',
                    date '2026-03-01', date '2026-03-01', 'OPEN'),
                 (2, 1, 1, 2, 'thads-kv01', '', 'Nhiệm vụ 2',
                    date '2026-03-01', date '2026-03-01', 'DONE')""");
    }

    db.flyway("latest").migrate();

    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      List<String> rows = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "select directive_id, position, agency_id from bcd_directive_supporting"
                  + " order by directive_id, position")) {
        while (rs.next()) {
          rows.add(rs.getLong(1) + "/" + rs.getInt(2) + "/" + rs.getString(3));
        }
      }
      assertThat(rows).containsExactly("1/1/toa-an-tinh", "1/2/ubnd-p-rach-gia");
      try (ResultSet rs =
          st.executeQuery(
              "select count(*) from information_schema.columns where table_name = 'bcd_directive'"
                  + " and column_name = 'supporting_agencies'")) {
        rs.next();
        assertThat(rs.getInt(1)).as("the comma-separated column is dropped").isZero();
      }
    }
  }
}
