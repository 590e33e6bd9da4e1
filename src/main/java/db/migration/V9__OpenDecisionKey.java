package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.thads.bcd.caseintake.DecisionNumbers;

/**
 * Flyway V9: at most one open case per enforcement decision, enforced by a unique key that the
 * database checks (two simultaneous submissions of one decision give one case). The key is {@link
 * DecisionNumbers#key} of the decision number while the case is open and null once it is closed, so
 * a closed case's decision may come to the committee again. Written in Java rather than SQL so that
 * existing rows get exactly the key the application computes (SQL's lower() of "Đ" depends on the
 * database's locale) on PostgreSQL and H2 alike.
 */
public class V9__OpenDecisionKey extends BaseJavaMigration {

  private static final Logger log = LoggerFactory.getLogger(V9__OpenDecisionKey.class);

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table bcd_case add column open_decision_key varchar(100)");
    }
    Set<String> taken = new HashSet<>();
    try (Statement query = connection.createStatement();
        ResultSet open =
            query.executeQuery(
                "select id, case_number, enforcement_decision_no from bcd_case where status <> 'CLOSED' order by id");
        PreparedStatement update =
            connection.prepareStatement("update bcd_case set open_decision_key = ? where id = ?")) {
      while (open.next()) {
        String key = DecisionNumbers.key(open.getString(3));
        if (taken.add(key)) {
          update.setString(1, key);
          update.setLong(2, open.getLong(1));
          update.executeUpdate();
        } else {
          // Recorded before the rule existed: the older case keeps the decision, this one stays as
          // it is.
          log.warn(
              "Vụ việc {} trùng quyết định thi hành án {} với một vụ việc mở trước đó; giữ nguyên, không gắn khóa.",
              open.getString(2),
              open.getString(3));
        }
      }
    }
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          "alter table bcd_case add constraint uq_bcd_case_open_decision unique (open_decision_key)");
    }
  }
}
