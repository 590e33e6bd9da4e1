package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** What the Java migrations ask of the database's catalogue. */
final class Tables {

  private Tables() {}

  /**
   * Whether the table exists, however the database folds the case of its name (Camunda's tables may
   * not exist yet when a migration runs on a new database).
   */
  static boolean exist(Connection connection, String... tables) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String table : tables) {
      if (!exists(meta, table)) {
        return false;
      }
    }
    return true;
  }

  private static boolean exists(DatabaseMetaData meta, String table) throws SQLException {
    for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
      try (ResultSet found = meta.getTables(null, null, name, new String[] {"TABLE"})) {
        if (found.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
