package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.thads.bcd.cockpit.SearchText;
import vn.gov.thads.bcd.platform.Database;

/**
 * Flyway V14: the case register ("Sổ theo dõi vụ việc", cockpit.CaseRegister). A generated column
 * {@code bcd_case.search_text} holds the case number, debtor, enforcement decision and judgment
 * numbers folded by {@link SearchText} (lower case, no diacritics); the database keeps it current
 * on every insert and update. On PostgreSQL a trigram index (pg_trgm, a trusted extension shipped
 * with PostgreSQL) serves the register's "contains" search; where the extension cannot be created
 * the search reads the table (fast enough for tens of thousands of cases, see docs/benchmarks.md).
 * Plain indexes serve the filters, the default order and what agency staff may see. Java because
 * the column's DDL differs between PostgreSQL and H2 and the folding comes from {@link SearchText}.
 */
public class V14__CaseRegisterSearch extends BaseJavaMigration {

  private static final Logger log = LoggerFactory.getLogger(V14__CaseRegisterSearch.class);

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    boolean postgres = Database.isPostgres(connection);
    String folded =
        SearchText.sqlFold(
            "case_number || ' | ' || debtor_name || ' | ' || enforcement_decision_no"
                + " || ' | ' || judgment_no");
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          "alter table bcd_case add column search_text varchar(1000) generated always as ("
              + folded
              + ")"
              + (postgres ? " stored" : ""));
      ddl.execute("create index ix_bcd_case_status on bcd_case (status, submitting_agency)");
      ddl.execute("create index ix_bcd_case_debtor on bcd_case (debtor_name)");
      ddl.execute("create index ix_bcd_opinion_agency on bcd_opinion (agency, case_id)");
    }
    if (postgres && trigramExtension(connection)) {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute(
            "create index ix_bcd_case_search on bcd_case using gin (search_text gin_trgm_ops)");
      }
    }
  }

  /** Creates pg_trgm if the database user may; a refusal leaves the transaction usable. */
  private static boolean trigramExtension(Connection connection) throws SQLException {
    Savepoint before = connection.setSavepoint();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("create extension if not exists pg_trgm");
      connection.releaseSavepoint(before);
      return true;
    } catch (SQLException refused) {
      connection.rollback(before);
      log.warn(
          "Không tạo được extension pg_trgm ({}); tìm kiếm trong sổ theo dõi vụ việc không dùng chỉ mục trigram.",
          refused.getMessage());
      return false;
    }
  }
}
