package vn.gov.thads.bcd.cockpit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indexes on Camunda's own tables that the overdue dashboard ({@link OverdueDashboard}) and the
 * committee's report ({@code reports.CommitteeReport}) need, created after the engine has created
 * or updated its schema. Not in a Flyway migration: Spring runs Flyway and the engine's schema
 * creation in no fixed order, so on a fresh database the Camunda tables may not exist yet when V7
 * runs. Idempotent ({@code if not exists}, PostgreSQL and H2); names prefixed {@code ix_bcd_} to
 * tell them from Camunda's.
 */
@Component
public class CamundaTableIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CamundaTableIndexes.class);

  static final String[] INDEXES = {
    // Open tasks by due date (overdue / due soon), covering what the counts per agency read.
    "create index if not exists ix_bcd_task_due on ACT_RU_TASK (DUE_DATE_, ID_, PROC_INST_ID_)",
    // Candidate groups of a task, read without visiting the table.
    "create index if not exists ix_bcd_identitylink_task on ACT_RU_IDENTITYLINK (TASK_ID_, TYPE_, GROUP_ID_)",
    // The process instances of a case, from its main instance (what an agency may read).
    "create index if not exists ix_bcd_execution_root on ACT_RU_EXECUTION (ROOT_PROC_INST_ID_, ID_)",
    // Per-instance grants of a group (the dashboard of an agency), read without visiting the table.
    "create index if not exists ix_bcd_authorization_group"
        + " on ACT_RU_AUTHORIZATION (GROUP_ID_, RESOURCE_TYPE_, TYPE_, RESOURCE_ID_, PERMS_)",
    // The report's tasks of one kind begun in a period (dossiers returned, opinions requested),
    // with
    // their case and id: without it, a scan of the whole task history per number.
    "create index if not exists ix_bcd_hi_task_key_start"
        + " on ACT_HI_TASKINST (TASK_DEF_KEY_, START_TIME_, ROOT_PROC_INST_ID_, ID_)",
  };

  private final JdbcClient jdbc;

  public CamundaTableIndexes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    for (String ddl : INDEXES) {
      try {
        jdbc.sql(ddl).update();
      } catch (RuntimeException e) {
        // Another node creating the same index at the same moment; the dashboard and the report
        // work without it, only slower.
        LOG.warn(
            "Chỉ mục cho màn hình việc quá hạn và báo cáo chưa tạo được ({}): {}",
            ddl,
            e.getMessage());
      }
    }
  }
}
