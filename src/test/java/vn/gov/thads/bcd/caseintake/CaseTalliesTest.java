package vn.gov.thads.bcd.caseintake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.testsupport.H2TestDatabase;

/**
 * The cases' counts per month on H2, the demo run's database, with the application's migrations
 * (the integration tests cover PostgreSQL through the real processes; the gathering until the
 * commit is DirectiveTalliesTest's): a case's counts move with what changes in it — its closing,
 * the amount recovered, its category, a status other than closed — and only by the difference.
 */
class CaseTalliesTest {

  private static JdbcDataSource dataSource;
  private static JdbcClient jdbc;
  private static CaseTallies tallies;

  @BeforeAll
  static void database() throws Exception {
    dataSource = H2TestDatabase.withOneCase("bcd-case-tallies");
    jdbc = JdbcClient.create(dataSource);
    tallies = new CaseTallies(jdbc, dataSource);
  }

  @Test
  void aCaseCountsWhereItWasSubmittedAndClosedAndMovesWithItsChanges() throws SQLException {
    // 01/02 01:00 in Vietnam: February's.
    Instant created = Instant.parse("2026-01-31T18:00:00Z");
    jdbc.sql("update bcd_case set created_at = ? where id = 1")
        .param(Timestamp.from(created))
        .update();
    tallies.submitted("thads-kv01", "dan-su-khac", created);
    assertThat(rows()).containsExactly("2026-02-01 thads-kv01 dan-su-khac 1 0 0 0 0 0 0 0 0 0");

    // Closed 01/04 00:30 in Vietnam: April's.
    tallies.changing(
        1,
        () ->
            jdbc.sql(
                    "update bcd_case set status = 'CLOSED', outcome = 'COMPLETED',"
                        + " amount_recovered_vnd = 600, closed_at = ? where id = 1")
                .param(Timestamp.from(Instant.parse("2026-03-31T17:30:00Z")))
                .update());
    assertThat(rows())
        .containsExactly(
            "2026-02-01 thads-kv01 dan-su-khac 1 0 0 0 0 0 0 0 0 0",
            "2026-04-01 thads-kv01 dan-su-khac 0 1 1 1 0 0 0 0 1000 600");

    tallies.changing(
        1, () -> jdbc.sql("update bcd_case set amount_recovered_vnd = 800 where id = 1").update());
    assertThat(rows())
        .containsExactly(
            "2026-02-01 thads-kv01 dan-su-khac 1 0 0 0 0 0 0 0 0 0",
            "2026-04-01 thads-kv01 dan-su-khac 0 1 1 1 0 0 0 0 1000 800");

    // Another category: both of its rows move.
    tallies.changing(
        1,
        () ->
            jdbc.sql("update bcd_case set category = 'tin-dung-ngan-hang' where id = 1").update());
    assertThat(rows())
        .containsExactly(
            "2026-02-01 thads-kv01 dan-su-khac 0 0 0 0 0 0 0 0 0 0",
            "2026-02-01 thads-kv01 tin-dung-ngan-hang 1 0 0 0 0 0 0 0 0 0",
            "2026-04-01 thads-kv01 dan-su-khac 0 0 0 0 0 0 0 0 0 0",
            "2026-04-01 thads-kv01 tin-dung-ngan-hang 0 1 1 1 0 0 0 0 1000 800");

    // Not closed any more, its closing time kept: ended, no longer closed.
    tallies.changing(
        1, () -> jdbc.sql("update bcd_case set status = 'EXECUTION' where id = 1").update());
    assertThat(rows())
        .containsExactly(
            "2026-02-01 thads-kv01 dan-su-khac 0 0 0 0 0 0 0 0 0 0",
            "2026-02-01 thads-kv01 tin-dung-ngan-hang 1 0 0 0 0 0 0 0 0 0",
            "2026-04-01 thads-kv01 dan-su-khac 0 0 0 0 0 0 0 0 0 0",
            "2026-04-01 thads-kv01 tin-dung-ngan-hang 0 1 0 0 0 0 0 0 0 0");

    // Closed again, without an outcome: other.
    tallies.changing(
        1,
        () ->
            jdbc.sql("update bcd_case set status = 'CLOSED', outcome = null where id = 1")
                .update());
    assertThat(rows())
        .endsWith("2026-04-01 thads-kv01 tin-dung-ngan-hang 0 1 1 0 0 0 0 1 1000 800");
  }

  private static List<String> rows() throws SQLException {
    return H2TestDatabase.rows(
        dataSource,
        """
        select month_start, office, category, submitted, ended, closed, closed_completed,
          closed_terminated, closed_not_enforceable, closed_returned, closed_other, amount_due,
          amount_recovered
        from bcd_case_tally where month_start between date '2026-01-01' and date '2026-12-01'
        order by month_start, category""");
  }
}
