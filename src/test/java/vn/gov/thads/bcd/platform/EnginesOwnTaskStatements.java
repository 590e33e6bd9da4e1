package vn.gov.thads.bcd.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * Runs a query with the engine's own task statements instead of {@link TaskVisibility}'s, in the
 * same engine, so that tests compare both answers (TaskVisibilityTest on H2, EngineAtScaleIT on
 * PostgreSQL).
 */
final class EnginesOwnTaskStatements {

  private EnginesOwnTaskStatements() {}

  /** {@code query} with the engine's own task statements, in {@code configuration}'s engine. */
  static <T> T run(ProcessEngineConfigurationImpl configuration, Supplier<T> query) {
    DbSqlSessionFactory factory = configuration.getDbSqlSessionFactory();
    Map<String, String> ours = factory.getStatementMappings();
    Map<String, String> engines = new HashMap<>(ours);
    TaskVisibility.STATEMENTS.keySet().forEach(engines::remove);
    factory.setStatementMappings(engines);
    try {
      return query.get();
    } finally {
      factory.setStatementMappings(ours);
    }
  }
}
