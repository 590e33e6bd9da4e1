package vn.gov.thads.bcd.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which database the application runs on: PostgreSQL in production and in the tests, H2 for the
 * one-command demo run. The one place that tells them apart, for the few statements that differ.
 */
public final class Database {

  private static final String POSTGRESQL = "PostgreSQL";

  private Database() {}

  /** Whether the data source is PostgreSQL (asks one connection once). */
  public static boolean isPostgres(DataSource dataSource) throws MetaDataAccessException {
    return POSTGRESQL.equalsIgnoreCase(
        JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
  }

  /** Whether the connection is to PostgreSQL. */
  public static boolean isPostgres(Connection connection) throws SQLException {
    return POSTGRESQL.equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
  }
}
