package vn.gov.thads.bcd.platform;

import java.util.List;
import java.util.Queue;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An in-memory engine (H2) with authorization on and one of the application's engine plugins, for
 * the fast tests of the plugins that change how the engine checks authorizations. Every statement
 * the engine runs is added to a queue, so that a test can tell which statements ran; and the
 * authorizations the tests give.
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

  /**
   * Saves an authorization of {@code type} ({@link Authorization#AUTH_TYPE_GLOBAL}, {@code _GRANT}
   * or {@code _REVOKE}) for a user or a group: a grant adds the permissions, a revocation removes
   * them.
   */
  static Authorization authorize(
      ProcessEngine engine,
      int type,
      String user,
      String group,
      Resource resource,
      String id,
      Permission... permissions) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization authorization = authorizations.createNewAuthorization(type);
    authorization.setUserId(user);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(id);
    for (Permission permission : permissions) {
      if (type == Authorization.AUTH_TYPE_REVOKE) {
        authorization.removePermission(permission);
      } else {
        authorization.addPermission(permission);
      }
    }
    return authorizations.saveAuthorization(authorization);
  }

  /** Deploys process {@code key}: one user task, {@code Task_<key>}, for a candidate group. */
  static void deployOneTask(ProcessEngine engine, String key, String taskName, String group) {
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            key + ".bpmn",
            Bpmn.createExecutableProcess(key)
                .name(key)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_" + key)
                .name(taskName)
                .camundaCandidateGroups(group)
                .endEvent()
                .done())
        .deploy();
  }
}
