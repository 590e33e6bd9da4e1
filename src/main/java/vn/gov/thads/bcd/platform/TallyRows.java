package vn.gov.thads.bcd.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Adds to the counts of one row of a table of maintained counts, creating the row when missing: on
 * PostgreSQL one {@code insert … on conflict do update}, which also holds when another transaction
 * inserts the same row first; on H2 (the demo run, one node), which has no "on conflict", an {@code
 * update} then an {@code insert}. Used through {@link CommitTimeTally}.
 */
public final class TallyRows {

  private final JdbcClient jdbc;
  private final boolean postgres;
  private final String upsert;
  private final String update;
  private final String insert;

  /**
   * @param table the table
   * @param keys its primary key's columns
   * @param counts the columns added to
   */
  public TallyRows(
      JdbcClient jdbc, DataSource dataSource, String table, List<String> keys, List<String> counts)
      throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.postgres = Database.isPostgres(dataSource);
    List<String> columns = new ArrayList<>(keys);
    columns.addAll(counts);
    this.insert =
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") values ("
            + "?, ".repeat(columns.size() - 1)
            + "?)";
    this.upsert =
        insert
            + " on conflict ("
            + String.join(", ", keys)
            + ") do update set "
            + counts.stream()
                .map(c -> c + " = " + table + "." + c + " + excluded." + c)
                .collect(Collectors.joining(", "));
    this.update =
        "update "
            + table
            + " set "
            + counts.stream().map(c -> c + " = " + c + " + ?").collect(Collectors.joining(", "))
            + " where "
            + keys.stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
  }

  /** Adds {@code counts} to the row {@code key} (values in the order of the columns given). */
  public void add(List<Object> key, List<Object> counts) {
    List<Object> keyThenCounts = new ArrayList<>(key);
    keyThenCounts.addAll(counts);
    if (postgres) {
      jdbc.sql(upsert).params(keyThenCounts).update();
      return;
    }
    List<Object> countsThenKey = new ArrayList<>(counts);
    countsThenKey.addAll(key);
    if (jdbc.sql(update).params(countsThenKey).update() == 0) {
      jdbc.sql(insert).params(keyThenCounts).update();
    }
  }
}
