package vn.gov.thads.bcd.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AuthorizationGroups} on an in-memory engine with authorization on: the same users may do
 * the same things through their groups (a grant to a group, the engine's grant to a task's
 * candidate group, a revocation to a group), and no command reads every authorized group any more.
 * The engine's own manager, called in the same engine, does read them: the check of the statements
 * can fail. (It would leave out only a group without any authorization, and the engine gives every
 * group it creates one: its members may read it.)
 */
class AuthorizationGroupsTest {

  private static final String READ_ALL_GROUPS = "distinct(A.GROUP_ID_)";

  private static final Queue<String> STATEMENTS = new ConcurrentLinkedQueue<>();
  private static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    engine =
        AuthorizedInMemoryEngine.build(
            "authorization-groups", new AuthorizationGroups(), STATEMENTS);

    IdentityService identity = engine.getIdentityService();
    for (String group : List.of("office", "club", "barred")) {
      identity.saveGroup(identity.newGroup(group));
    }
    for (String user : List.of("alice", "bob", "carol")) {
      identity.saveUser(identity.newUser(user));
    }
    identity.createMembership("alice", "office");
    identity.createMembership("alice", "club");
    identity.createMembership("bob", "club");
    identity.createMembership("carol", "office");
    identity.createMembership("carol", "barred");

    for (String key : List.of("Groups", "Barred")) {
      AuthorizedInMemoryEngine.deployOneTask(engine, key, key, "office");
    }
    grant(Resources.PROCESS_DEFINITION, "Groups", "office");
    grant(Resources.PROCESS_INSTANCE, "*", "office");
    // "Barred": everybody may start it, except the group "barred" (a group's revocation outranks
    // a grant to everybody).
    grant(Resources.PROCESS_DEFINITION, "Barred", null);
    AuthorizedInMemoryEngine.authorize(
        engine,
        Authorization.AUTH_TYPE_REVOKE,
        null,
        "barred",
        Resources.PROCESS_DEFINITION,
        "Barred",
        Permissions.CREATE_INSTANCE);
  }

  /** READ and CREATE (CREATE_INSTANCE on a definition) to a group, or to everybody. */
  private static void grant(Resources resource, String id, String group) {
    AuthorizedInMemoryEngine.authorize(
        engine,
        group == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT,
        group == null ? Authorization.ANY : null,
        group,
        resource,
        id,
        Permissions.READ,
        resource == Resources.PROCESS_DEFINITION
            ? Permissions.CREATE_INSTANCE
            : Permissions.CREATE);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @BeforeEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
    STATEMENTS.clear();
  }

  private void signIn(String user, String... groups) {
    engine.getIdentityService().setAuthentication(user, List.of(groups));
  }

  @Test
  void aGroupsGrantsStillCountAndNoCommandReadsEveryAuthorizedGroup() {
    signIn("alice", "office", "club");
    String instance =
        engine.getRuntimeService().startProcessInstanceByKey("Groups").getProcessInstanceId();

    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count())
        .as("the engine's grant to the task's candidate group, through alice's group")
        .isEqualTo(1);
    assertThat(STATEMENTS).isNotEmpty().noneMatch(s -> s.contains(READ_ALL_GROUPS));
  }

  @Test
  void aUserWithoutAGrantedGroupIsStillRefused() {
    // Signed out, the engine checks nothing: a task for the office, and the count to compare.
    engine.getRuntimeService().startProcessInstanceByKey("Groups");
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();

    signIn("bob", "club");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("Groups"))
        .isInstanceOf(AuthorizationException.class);
    assertThat(engine.getTaskService().createTaskQuery().count())
        .as("bob's group holds no grant on the office's tasks")
        .isZero();
    signIn("alice", "office", "club");
    assertThat(engine.getTaskService().createTaskQuery().count()).as("alice's does").isPositive();

    engine.getIdentityService().clearAuthentication();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
        .as("bob started nothing")
        .isEqualTo(instances);
  }

  @Test
  void aRevocationToAGroupStillHolds() {
    signIn("alice", "office", "club");
    assertThat(engine.getRuntimeService().startProcessInstanceByKey("Barred").getId())
        .as("a grant to everybody")
        .isNotNull();

    signIn("carol", "office", "barred");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("Barred"))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void theEnginesOwnManagerReadsEveryAuthorizedGroupInTheSameEngine() {
    List<String> kept =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequired()
            .execute(
                context ->
                    new AuthorizationManager()
                        .filterAuthenticatedGroupIds(List.of("office", "nobody")));

    assertThat(kept).as("a group without any authorization left out").containsExactly("office");
    assertThat(STATEMENTS).anyMatch(s -> s.contains(READ_ALL_GROUPS));
  }
}
