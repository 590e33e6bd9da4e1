package vn.gov.thads.bcd.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks take the signed-in user's groups as they are. By default, the
 * engine first reads every group that holds any authorization ({@code select distinct GROUP_ID_
 * from ACT_RU_AUTHORIZATION}, once in every command of a signed-in user) to leave out the user's
 * groups that hold none: a saving where a directory gives each user hundreds of groups, a cost
 * here, where the table holds a row for every open task (the engine's grant to its candidate group)
 * and every case ({@code security.CaseAccess}). At a province's scale (100,000 open tasks, 150,000
 * rows) that read took 16 ms in every command, every Tasklist request and every form sent (issue
 * 17). A user here has one to three groups, and a group without an authorization matches no row of
 * any check, so every check answers as before.
 */
@Component
public class AuthorizationGroups extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    // Replaces the engine's factory of the same session type (custom factories are added last).
    factories.add(
        new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return AuthorizationManager.class;
          }

          @Override
          public Session openSession() {
            return new GroupsAsGiven();
          }
        });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager, without the read of every authorized group. */
  static final class GroupsAsGiven extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null
          ? new ArrayList<>()
          : new ArrayList<>(authenticatedGroupIds);
    }
  }
}
