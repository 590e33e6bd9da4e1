package vn.gov.thads.bcd.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.thads.bcd.testsupport.H2TestDatabase;

/**
 * The counts per month on H2, the demo run's database, with the application's migrations (the
 * integration tests cover PostgreSQL's upsert through the real processes): a row is added, then
 * added to; inside a transaction the changes are written only when it commits, and not at all when
 * it rolls back; a nested transaction writes its own.
 */
class DirectiveTalliesTest {

  private static JdbcDataSource dataSource;
  private static JdbcClient jdbc;
  private static DirectiveTallies tallies;

  @BeforeAll
  static void database() throws Exception {
    dataSource = H2TestDatabase.withOneCase("bcd-directive-tallies");
    jdbc = JdbcClient.create(dataSource);
    tallies = new DirectiveTallies(jdbc, dataSource, H2TestDatabase.cases(dataSource));
  }

  @Test
  void aRowIsAddedThenAddedToAndATransactionWritesOnlyWhenItCommits() {
    tallies.issued(1, LocalDate.of(2026, 3, 5), "so-tu-phap");
    tallies.issued(1, LocalDate.of(2026, 3, 31), "so-tu-phap");
    tallies.issued(1, LocalDate.of(2026, 4, 1), "so-tu-phap");
    assertThat(rows(2026))
        .containsExactly(
            "2026-03-01 thads-kv01 so-tu-phap 2", "2026-04-01 thads-kv01 so-tu-phap 1");

    TransactionTemplate transaction =
        new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    transaction.executeWithoutResult(
        status -> {
          tallies.issued(1, LocalDate.of(2026, 4, 2), "so-tu-phap");
          tallies.issued(1, LocalDate.of(2026, 4, 3), "nhnn-chi-nhanh");
          // Gathered for the commit: nothing written yet, on this transaction's own connection.
          assertThat(rows(2026)).hasSize(2);
        });
    assertThat(rows(2026))
        .containsExactly(
            "2026-03-01 thads-kv01 so-tu-phap 2",
            "2026-04-01 thads-kv01 nhnn-chi-nhanh 1",
            "2026-04-01 thads-kv01 so-tu-phap 2");

    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      tallies.issued(1, LocalDate.of(2026, 5, 2), "so-tu-phap");
                      throw new IllegalStateException("giao dịch thất bại");
                    }))
        .hasMessage("giao dịch thất bại");
    assertThat(rows(2026)).hasSize(3);
    // The next transaction of the thread starts with nothing gathered.
    transaction.executeWithoutResult(
        status -> tallies.issued(1, LocalDate.of(2026, 5, 4), "so-tu-phap"));
    assertThat(rows(2026)).endsWith("2026-05-01 thads-kv01 so-tu-phap 1");
  }

  /**
   * A transaction started inside another (requires new) writes its own changes when it commits,
   * whatever becomes of the outer one.
   */
  @Test
  void aNestedTransactionWritesItsOwnChanges() {
    DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
    TransactionTemplate outer = new TransactionTemplate(manager);
    TransactionTemplate inner = new TransactionTemplate(manager);
    inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    assertThatThrownBy(
            () ->
                outer.executeWithoutResult(
                    status -> {
                      tallies.issued(1, LocalDate.of(2027, 1, 5), "so-tu-phap");
                      inner.executeWithoutResult(
                          s -> tallies.issued(1, LocalDate.of(2027, 2, 5), "so-tu-phap"));
                      throw new IllegalStateException("giao dịch ngoài thất bại");
                    }))
        .hasMessage("giao dịch ngoài thất bại");
    assertThat(rows(2027)).containsExactly("2027-02-01 thads-kv01 so-tu-phap 1");
  }

  /** The rows of the months of {@code year}: each test counts in a year of its own. */
  private static List<String> rows(int year) {
    return jdbc.sql(
            "select month_start, office, lead_agency, issued from bcd_directive_tally"
                + " where month_start between ? and ? order by month_start, lead_agency")
        .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1))
        .query(
            (rs, i) ->
                rs.getDate(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4))
        .list();
  }
}
