package vn.gov.thads.bcd.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.MetaDataAccessException;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.CaseTallies;

/**
 * An in-memory H2 database (the demo run's) with the application's migrations and the migration
 * tests' one case ({@link PostgresTestDatabase.Database#insertOneCase}), for unit tests of the
 * tables the demo run writes too.
 */
public final class H2TestDatabase {

  private H2TestDatabase() {}

  /** A new database {@code name}, migrated, with case 1. */
  public static JdbcDataSource withOneCase(String name) throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .load()
        .migrate();
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      PostgresTestDatabase.Database.insertOneCase(st);
    }
    return dataSource;
  }

  /** The application's case repository on {@code dataSource}, publishing no events. */
  public static CaseRepository cases(DataSource dataSource) throws MetaDataAccessException {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    return new CaseRepository(
        jdbc,
        new DataSourceTransactionManager(dataSource),
        Clock.systemUTC(),
        event -> {},
        new CaseTallies(jdbc, dataSource));
  }

  /** The rows a query returns, each as its values joined by spaces ("null" for a null). */
  public static List<String> rows(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return PostgresTestDatabase.Database.rows(c, sql);
    }
  }
}
