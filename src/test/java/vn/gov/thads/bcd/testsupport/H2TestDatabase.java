package vn.gov.thads.bcd.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

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

  /** The rows a query returns, each as its values joined by spaces ("null" for a null). */
  public static List<String> rows(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return PostgresTestDatabase.Database.rows(c, sql);
    }
  }
}
