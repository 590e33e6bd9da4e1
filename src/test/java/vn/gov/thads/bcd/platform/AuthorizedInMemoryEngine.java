package vn.gov.thads.bcd.platform;

import java.util.List;
import java.util.Queue;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An in-memory engine (H2) with authorization on and one of the application's engine plugins, for
 * the fast tests of the plugins that change how the engine checks authorizations. Every statement
 * the engine runs is added to a queue, so that a test can tell which statements ran.
 */
final class AuthorizedInMemoryEngine {

  private AuthorizedInMemoryEngine() {}

  static ProcessEngine build(String name, ProcessEnginePlugin plugin, Queue<String> statements) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setDataSource(
        ProxyDataSourceBuilder.create(h2)
            .afterQuery((execution, queries) -> queries.forEach(q -> statements.add(q.getQuery())))
            .build());
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setJobExecutorActivate(false);
    configuration.setAuthorizationEnabled(true);
    configuration.setProcessEnginePlugins(List.of(plugin));
    return configuration.buildProcessEngine();
  }
}
