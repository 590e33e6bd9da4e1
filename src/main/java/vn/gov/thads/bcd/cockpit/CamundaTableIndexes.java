package vn.gov.thads.bcd.cockpit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indexes on Camunda's own tables that the supervision views ({@link Viewer}'s grants) and the
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
    // Per-instance grants of a group (what an agency's staff may read), read without visiting the
    // table.
    "create index if not exists ix_bcd_authorization_group"
        + " on ACT_RU_AUTHORIZATION (GROUP_ID_, RESOURCE_TYPE_, TYPE_, RESOURCE_ID_, PERMS_)",
    // The report's tasks of one kind begun in a period (dossiers returned, opinions requested),
    // with their case and id: without it, a scan of the whole task history per number.
    "create index if not exists ix_bcd_hi_task_key_start"
        + " on ACT_HI_TASKINST (TASK_DEF_KEY_, START_TIME_, ROOT_PROC_INST_ID_, ID_)",
    // The overdue dashboard read running tasks, their candidate groups and executions until it got
    // its own table (opentasks, V36): one index entry less per task, group and execution written.
    "drop index if exists ix_bcd_task_due",
    "drop index if exists ix_bcd_identitylink_task",
    "drop index if exists ix_bcd_execution_root",
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
            "Chỉ mục cho các màn hình giám sát và báo cáo chưa tạo hoặc xóa được ({}): {}",
            ddl,
            e.getMessage());
      }
    }
  }
}
