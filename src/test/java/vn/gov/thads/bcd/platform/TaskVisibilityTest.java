package vn.gov.thads.bcd.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link TaskVisibility} on an in-memory engine with authorization on: for each user and each kind
 * of task query (Tasklist's filters among them), the tasks found, in order, and their count are the
 * ones the engine's own statement finds on the same data, run in the same engine with the engine's
 * statement mapping. The data holds every way a task becomes visible: the engine's grant to the
 * candidate group, a grant to a user, a grant on the process definition, a grant on every task, a
 * task outside any process; and users who see some, all or none of them. A grant to everybody
 * counts; with a revocation in use the engine's own check applies, and the revocation holds; with
 * revocations switched off, a revocation row counts for nothing.
 */
class TaskVisibilityTest {

  private static final Queue<String> STATEMENTS = new ConcurrentLinkedQueue<>();
  private static ProcessEngine engine;
  private static ProcessEngineConfigurationImpl configuration;

  /** Users and their groups. */
  private static final Map<String, List<String>> USERS =
      Map.of(
          "alice", List.of("office"),
          "bob", List.of("court"),
          "carol", List.of("office", "court"),
          "dave", List.of("club"),
          "erin", List.of(),
          "frank", List.of("audit"),
          "gina", List.of("club"));

  @BeforeAll
  static void engine() {
    engine = AuthorizedInMemoryEngine.build("task-visibility", new TaskVisibility(), STATEMENTS);
    configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    AuthorizedInMemoryEngine.deployOneTask(engine, "Dossier", "Xem xét hồ sơ", "office");
    AuthorizedInMemoryEngine.deployOneTask(engine, "Hearing", "Thụ lý tranh chấp", "court");
    AuthorizedInMemoryEngine.deployOneTask(engine, "Audit", "Kiểm tra", "office");
    for (int i = 0; i < 4; i++) {
      start("Dossier", "HS-" + i, i);
      start("Hearing", "TC-" + i, i);
    }
    start("Audit", "KT-1", 7);

    TaskService tasks = engine.getTaskService();
    Task standalone = tasks.newTask();
    standalone.setName("Việc riêng");
    tasks.saveTask(standalone);
    // erin: one task of the court's and the standalone task, by grants to her.
    grant("erin", null, Resources.TASK, firstTaskOf("TC-2"), Permissions.READ);
    grant("erin", null, Resources.TASK, standalone.getId(), Permissions.READ);
    // frank's group: every task of one process, by a grant on its definition.
    grant(null, "audit", Resources.PROCESS_DEFINITION, "Hearing", Permissions.READ_TASK);
    // gina: every task.
    grant("gina", null, Resources.TASK, "*", Permissions.READ);
    // Tasklist's filters: everybody may read them.
    AuthorizedInMemoryEngine.authorize(
        engine,
        Authorization.AUTH_TYPE_GLOBAL,
        Authorization.ANY,
        null,
        Resources.FILTER,
        "*",
        Permissions.READ);
  }

  private static void start(String key, String businessKey, int priority) {
    String instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                key, businessKey, Variables.createVariables().putValue("priority", priority))
            .getId();
    Task task =
        engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    task.setPriority(priority * 10);
    engine.getTaskService().saveTask(task);
  }

  private static String firstTaskOf(String businessKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(businessKey)
        .singleResult()
        .getId();
  }

  private static void grant(
      String user, String group, Resource resource, String id, Permissions permission) {
    AuthorizedInMemoryEngine.authorize(
        engine, Authorization.AUTH_TYPE_GRANT, user, group, resource, id, permission);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @BeforeEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  /** Task queries as the application and Tasklist make them. */
  static Map<String, Function<TaskService, TaskQuery>> queries() {
    return Map.of(
        "every task, newest first",
        t -> t.createTaskQuery().orderByTaskCreateTime().desc().orderByTaskId().asc(),
        "the office's candidate tasks",
        t -> t.createTaskQuery().taskCandidateGroup("office").orderByTaskPriority().desc(),
        "one process definition (a join the engine's check also needs)",
        t -> t.createTaskQuery().processDefinitionKey("Hearing").orderByTaskId().asc(),
        "or-query: the court's tasks or priority 30",
        t ->
            t.createTaskQuery()
                .or()
                .taskCandidateGroup("court")
                .taskPriority(30)
                .endOr()
                .orderByTaskId()
                .asc(),
        "by a process variable, sorted by it",
        t ->
            t.createTaskQuery()
                .processVariableValueGreaterThanOrEquals("priority", 2)
                .orderByProcessVariable("priority", ValueType.INTEGER)
                .desc()
                .orderByTaskId()
                .asc(),
        "by name, sorted by name regardless of case",
        t ->
            t.createTaskQuery()
                .taskNameLike("%hồ sơ%")
                .orderByTaskNameCaseInsensitive()
                .asc()
                .orderByTaskId()
                .asc());
  }

  static List<String> users() {
    return USERS.keySet().stream().sorted().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("users")
  void eachUserFindsTheTasksTheEnginesOwnStatementFinds(String user) {
    signIn(user);
    queries()
        .forEach(
            (name, query) -> {
              TaskService tasks = engine.getTaskService();
              List<String> engines = withEnginesStatement(() -> ids(query.apply(tasks).list()));
              List<String> ours = ids(query.apply(tasks).list());
              assertThat(ours).as(name + ", list").isEqualTo(engines);
              assertThat(query.apply(tasks).listPage(1, 3).stream().map(Task::getId).toList())
                  .as(name + ", a page")
                  .isEqualTo(withEnginesStatement(() -> ids(query.apply(tasks).listPage(1, 3))));
              assertThat(query.apply(tasks).count())
                  .as(name + ", count")
                  .isEqualTo(withEnginesStatement(() -> query.apply(tasks).count()));
            });
  }

  /** Users with a group: the engine refuses a filter of the user's groups to a user without. */
  static List<String> usersInGroups() {
    return users().stream().filter(user -> !USERS.get(user).isEmpty()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usersInGroups")
  void tasklistsFilterListsAndCountsTheSame(String user) {
    engine.getIdentityService().clearAuthentication();
    Filter filter =
        engine
            .getFilterService()
            .newTaskFilter("Việc của đơn vị tôi")
            .setQuery(
                engine
                    .getTaskService()
                    .createTaskQuery()
                    .taskCandidateGroupInExpression("${currentUserGroups()}")
                    .orderByDueDate()
                    .asc());
    engine.getFilterService().saveFilter(filter);
    try {
      signIn(user);
      List<String> engines =
          withEnginesStatement(
              () -> ids(engine.getFilterService().listPage(filter.getId(), 0, 15)));
      assertThat(ids(engine.getFilterService().listPage(filter.getId(), 0, 15))).isEqualTo(engines);
      assertThat(engine.getFilterService().count(filter.getId()))
          .isEqualTo(withEnginesStatement(() -> engine.getFilterService().count(filter.getId())));
    } finally {
      engine.getIdentityService().clearAuthentication();
      engine.getFilterService().deleteFilter(filter.getId());
    }
  }

  @Test
  void theDataShowsEveryWayATaskBecomesVisibleAndTheStatementsDiffer() {
    STATEMENTS.clear();
    signIn("alice");
    assertThat(engine.getTaskService().createTaskQuery().count())
        .as("alice: the office's 5 tasks, through the candidate group's grants")
        .isEqualTo(5);
    assertThat(STATEMENTS).anyMatch(s -> s.contains("BCD_D")).noneMatch(s -> s.contains("AUTH ON"));

    signIn("carol");
    assertThat(engine.getTaskService().createTaskQuery().count())
        .as("carol: both groups")
        .isEqualTo(9);
    signIn("dave");
    assertThat(engine.getTaskService().createTaskQuery().count()).as("dave: none").isZero();
    signIn("erin");
    assertThat(engine.getTaskService().createTaskQuery().count())
        .as("erin: a court task and the standalone task, granted to her")
        .isEqualTo(2);
    signIn("frank");
    assertThat(engine.getTaskService().createTaskQuery().count())
        .as("frank: the Hearing's tasks, by the definition")
        .isEqualTo(4);
    signIn("gina");
    assertThat(engine.getTaskService().createTaskQuery().count())
        .as("gina: every task")
        .isEqualTo(10);

    STATEMENTS.clear();
    withEnginesStatement(() -> engine.getTaskService().createTaskQuery().count());
    assertThat(STATEMENTS)
        .as("the comparison runs the engine's join")
        .anyMatch(s -> s.contains("AUTH ON"));
  }

  @Test
  void withARevocationInUseTheEnginesOwnCheckApplies() {
    // A user's revocation outranks a grant to the user's group.
    withAuthorizationOnTaskOf(
        "TC-1",
        Authorization.AUTH_TYPE_REVOKE,
        "bob",
        Permissions.READ,
        () ->
            assertThat(countFor("bob"))
                .as("bob: the court's tasks but the one revoked from him")
                .isEqualTo(3));
  }

  @Test
  void aGlobalGrantShowsTheTaskToEveryUser() {
    // A grant to everybody (type global, user "*"), as Camunda's own default grants are written.
    withAuthorizationOnTaskOf(
        "KT-1",
        Authorization.AUTH_TYPE_GLOBAL,
        Authorization.ANY,
        Permissions.READ,
        () ->
            assertThat(countFor("dave"))
                .as("dave: the audit task, granted to everybody")
                .isEqualTo(1));
  }

  @Test
  void withRevocationsSwitchedOffARevocationShowsNothing() {
    // With revocations not checked at all ("never"), a revocation row is ignored by the engine. A
    // revocation keeps every permission bit but the revoked one, so a revoked UPDATE still has the
    // READ bit: counted as a grant, it would show bob a task of the office's.
    configuration.setAuthorizationCheckRevokes(
        ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    try {
      withAuthorizationOnTaskOf(
          "HS-1",
          Authorization.AUTH_TYPE_REVOKE,
          "bob",
          Permissions.UPDATE,
          () ->
              assertThat(countFor("bob"))
                  .as("bob: the court's 4 tasks, not the office's")
                  .isEqualTo(4));
    } finally {
      configuration.setAuthorizationCheckRevokes(
          ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO);
    }
  }

  /**
   * With one more authorization on the first task of {@code businessKey}: every user finds what the
   * engine's own statement finds, and {@code check} holds. The authorization is removed after.
   */
  private static void withAuthorizationOnTaskOf(
      String businessKey, int type, String user, Permissions permission, Runnable check) {
    Authorization added =
        AuthorizedInMemoryEngine.authorize(
            engine, type, user, null, Resources.TASK, firstTaskOf(businessKey), permission);
    try {
      for (String each : users()) {
        signIn(each);
        TaskService tasks = engine.getTaskService();
        assertThat(ids(tasks.createTaskQuery().orderByTaskId().asc().list()))
            .as(each)
            .isEqualTo(
                withEnginesStatement(
                    () -> ids(tasks.createTaskQuery().orderByTaskId().asc().list())));
      }
      check.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
      engine.getAuthorizationService().deleteAuthorization(added.getId());
    }
  }

  private static long countFor(String user) {
    signIn(user);
    return engine.getTaskService().createTaskQuery().count();
  }

  private static void signIn(String user) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, USERS.get(user));
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }

  /** {@code query} with the engine's own statements, in the same engine. */
  private static <T> T withEnginesStatement(Supplier<T> query) {
    return EnginesOwnTaskStatements.run(configuration, query);
  }
}
