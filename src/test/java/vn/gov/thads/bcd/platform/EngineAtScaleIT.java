package vn.gov.thads.bcd.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.thads.bcd.testsupport.IntegrationTest;

/**
 * What keeps the engine's own statements from growing with the province's open tasks, in the
 * application as it runs on PostgreSQL (issue 17): its authorization checks take a user's groups as
 * they are ({@link AuthorizationGroups}), and the lookup of a task's subtasks, which the engine
 * makes at every task completion, goes by an index ({@link CamundaTableIndexes}).
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
  void aTasksSubtasksAreFoundByIndexNotByReadingEveryTask() throws Exception {
    List<String> plan = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      // The engine's statement as MyBatis prepares it, planned for any parameter.
      st.execute("set plan_cache_mode = force_generic_plan");
      st.execute(
          "prepare subtasks(varchar) as select * from ACT_RU_TASK where PARENT_TASK_ID_ = $1");
      try (ResultSet rs = st.executeQuery("explain execute subtasks('x')")) {
        while (rs.next()) {
          plan.add(rs.getString(1));
        }
      }
      st.execute("deallocate subtasks");
      st.execute("reset plan_cache_mode");
    }

    assertThat(String.join("\n", plan)).contains("ix_bcd_task_parent").doesNotContain("Seq Scan");
  }
}
