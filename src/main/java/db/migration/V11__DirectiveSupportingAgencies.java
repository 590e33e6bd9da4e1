package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway V11: a directive's supporting agencies become rows of {@code bcd_directive_supporting} (in
 * the chair's order) instead of a comma-separated column that every reader had to split. Java
 * rather than SQL so that the split is the same on PostgreSQL and H2.
 */
public class V11__DirectiveSupportingAgencies extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          """
          create table bcd_directive_supporting (
            directive_id bigint      not null references bcd_directive (id),
            position     integer     not null,
            agency_id    varchar(64) not null,
            constraint pk_bcd_directive_supporting primary key (directive_id, position)
          )""");
      ddl.execute(
          "create index ix_bcd_directive_supporting_agency on bcd_directive_supporting (agency_id)");
    }
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery("select id, supporting_agencies from bcd_directive order by id");
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into bcd_directive_supporting (directive_id, position, agency_id) values (?, ?, ?)")) {
      while (rows.next()) {
        int position = 0;
        for (String agency : rows.getString(2).split(",")) {
          if (!agency.isBlank()) {
            insert.setLong(1, rows.getLong(1));
            insert.setInt(2, ++position);
            insert.setString(3, agency.strip());
            insert.executeUpdate();
          }
        }
      }
    }
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table bcd_directive drop column supporting_agencies");
    }
  }
}
