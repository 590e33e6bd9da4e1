package vn.gov.thads.bcd.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.thads.bcd.testsupport.IntegrationTest;

/**
 * What keeps the engine's own statements from growing with the province's open tasks, in the
 * application as it runs on PostgreSQL (issue 17): its authorization checks take a user's groups as
 * they are ({@link AuthorizationGroups}), a signed-in user's task query checks them without the
 * engine's join ({@link TaskVisibility}), and the lookup of a task's subtasks, which the engine
 * makes at every task completion, and Tasklist's pages by due date go by indexes ({@link
 * CamundaTableIndexes}).
 */
class EngineAtScaleIT extends IntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;

  @Test
  void theEnginesAuthorizationChecksAreTheApplications() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    Object manager =
        configuration.getSessionFactories().get(AuthorizationManager.class).openSession();

    assertThat(manager).isInstanceOf(AuthorizationGroups.GroupsAsGiven.class);
  }

  @Test
  void aSignedInUsersTaskQueryFindsOnPostgresqlWhatTheEnginesOwnStatementFinds() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    DbSqlSessionFactory statements = configuration.getDbSqlSessionFactory();
    assertThat(statements.mapStatement("selectTaskByQueryCriteria"))
        .isEqualTo(TaskVisibility.STATEMENTS.get("selectTaskByQueryCriteria"));

    TaskService tasks = engine.getTaskService();
    List<String> created = new ArrayList<>();
    for (String group : List.of("bcd-test-visible", "bcd-test-visible", "bcd-test-other")) {
      Task task = tasks.newTask();
      task.setName("Việc thử " + group);
      tasks.saveTask(task);
      // The engine grants the candidate group READ and TASK_WORK on the task, as for a process's.
      tasks.addCandidateGroup(task.getId(), group);
      created.add(task.getId());
    }
    try {
      engine.getIdentityService().setAuthentication("bcd-test-user", List.of("bcd-test-visible"));
      Supplier<List<String>> list =
          () ->
              tasks
                  .createTaskQuery()
                  .taskCandidateGroupIn(List.of("bcd-test-visible", "bcd-test-other"))
                  .orderByTaskCreateTime()
                  .asc()
                  .list()
                  .stream()
                  .map(Task::getId)
                  .toList();
      List<String> ours = list.get();
      List<String> engines = EnginesOwnTaskStatements.run(configuration, list);

      assertThat(ours)
          .containsExactlyElementsOf(engines)
          .containsExactly(created.get(0), created.get(1));
    } finally {
      engine.getIdentityService().clearAuthentication();
      created.forEach(id -> tasks.deleteTask(id, true));
    }
  }

  @Test
  void aTasksSubtasksAreFoundByIndexNotByReadingEveryTask() throws Exception {
    // The engine's statement as MyBatis prepares it, planned for any parameter.
    String plan =
        plan(
            List.of(
                "set plan_cache_mode = force_generic_plan",
                "prepare subtasks(varchar) as"
                    + " select * from ACT_RU_TASK where PARENT_TASK_ID_ = $1"),
            "explain execute subtasks('x')",
            List.of("deallocate subtasks", "reset plan_cache_mode"));

    assertThat(plan).contains("ix_bcd_task_parent").doesNotContain("Seq Scan");
  }

  @Test
  void tasklistsPagesInDueDateOrderCanBeReadFromAnIndex() throws Exception {
    // Whether an index gives the order at all: this database is too small for PostgreSQL to prefer
    // one, so reading the whole table and sorting it are ruled out.
    String plan =
        plan(
            List.of("set enable_seqscan = off", "set enable_sort = off"),
            "explain select ID_ from ACT_RU_TASK where DUE_DATE_ < now()"
                + " order by DUE_DATE_ asc limit 15",
            List.of("reset enable_seqscan", "reset enable_sort"));

    assertThat(plan).contains("ix_bcd_task_due_date").doesNotContain("Sort");
  }

  /**
   * The plan {@code explain} prints, on one connection set up by {@code before} and reset by {@code
   * after}.
   */
  private String plan(List<String> before, String explain, List<String> after) throws Exception {
    List<String> lines = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      try {
        for (String sql : before) {
          st.execute(sql);
        }
        try (ResultSet rs = st.executeQuery(explain)) {
          while (rs.next()) {
            lines.add(rs.getString(1));
          }
        }
      } finally {
        // The connection goes back to the pool: other tests must not inherit the settings.
        for (String sql : after) {
          st.execute(sql);
        }
      }
    }
    return String.join("\n", lines);
  }
}
