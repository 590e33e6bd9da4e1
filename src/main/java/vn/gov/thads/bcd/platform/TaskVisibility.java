package vn.gov.thads.bcd.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's task query (Tasklist's lists and counts, and every task query of a signed-in user)
 * checks the user's authorizations with conditions of its own instead of the engine's join. The
 * engine joins every grant the user's groups hold {@code ON RESOURCE_ID_ IN (task id, definition
 * key, '*')}; PostgreSQL cannot hash that join, so it compares each of a group's open tasks with
 * each of its grants (one per open task, made by the engine for the candidate group): the square of
 * the open tasks. At 9,375 open tasks of one department that is 88 million comparisons and 4.5–8.8
 * s for the Tasklist of its staff (issue 17). Here the user's grants on tasks and on definitions
 * are subqueries that do not refer to the task ({@code RES.ID_ in (select RESOURCE_ID_ …)}):
 * PostgreSQL reads each once into a hash and looks every task up in it, so the cost grows with the
 * tasks and the grants, not with their product.
 *
 * <p>The conditions ask for the rows the engine's join asks for, so the same tasks are visible:
 * {@code TaskVisibilityTest} compares the two on the same data. Where the engine would not use that
 * join (revocations in use, composite checks, no signed-in user), the engine's own check stays. The
 * rest of the statement is the engine's own fragment ({@code task-visibility.xml}); the engine
 * reaches the statements through its statement mapping, the way it maps its own database-specific
 * statements. After a Camunda upgrade the same test tells whether the engine's fragment still fits.
 */
@Component
public class TaskVisibility extends AbstractProcessEnginePlugin {

  static final String MAPPER = "vn/gov/thads/bcd/platform/task-visibility.xml";
  static final Map<String, String> STATEMENTS =
      Map.of(
          "selectTaskByQueryCriteria", "bcd.platform.taskVisibility.selectTasksVisibleToUser",
          "selectTaskCountByQueryCriteria", "bcd.platform.taskVisibility.countTasksVisibleToUser");

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    try (InputStream mapper = TaskVisibility.class.getClassLoader().getResourceAsStream(MAPPER)) {
      if (mapper == null) {
        throw new IllegalStateException("Thiếu tệp " + MAPPER + " trong gói ứng dụng");
      }
      new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DbSqlSessionFactory statements = configuration.getDbSqlSessionFactory();
    // A copy: the engine's map of database-specific statements is shared by every engine of the
    // JVM.
    Map<String, String> mappings = new HashMap<>();
    if (statements.getStatementMappings() != null) {
      mappings.putAll(statements.getStatementMappings());
    }
    mappings.putAll(STATEMENTS);
    statements.setStatementMappings(mappings);
  }

  /**
   * Whether this check replaces the engine's for a query: the engine would join the grants (a
   * signed-in user, no revocation in use) and checks atomic permissions only, as it does for tasks.
   * Called from the mapper.
   */
  public static boolean replacesJoin(AuthorizationCheck check) {
    return check != null
        && check.getShouldPerformAuthorizatioCheck()
        && !check.isRevokeAuthorizationCheckEnabled()
        && check.getAuthUserId() != null
        && check.getPermissionChecks().getCompositeChecks().isEmpty();
  }

  /** A check that checks nothing, for the engine's fragment where this one replaces it. */
  public static AuthorizationCheck unchecked() {
    return new AuthorizationCheck();
  }
}
