package vn.gov.thads.bcd.platform;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Indexes on Camunda's own tables that its schema lacks at a province's scale: for the engine
 * itself (a task's subtasks), Tasklist's pages by due date, the supervision views ({@code
 * cockpit.Viewer}'s grants) and the committee's report ({@code reports.CommitteeReport}). Created
 * after the engine has created or updated its schema. Not in a Flyway migration: Spring runs Flyway
 * and the engine's schema creation in no fixed order, so on a fresh database the Camunda tables may
 * not exist yet when a migration runs. Idempotent ({@code if not exists}); names prefixed {@code
 * ix_bcd_} to tell them from Camunda's.
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
    // Tasklist's filters list tasks by due date (tasklist.TasklistFilters), 15 at a time: in this
    // order PostgreSQL stops at the first page instead of sorting every task the user may see.
    "create index if not exists ix_bcd_task_due_date on ACT_RU_TASK (DUE_DATE_)",
    // The overdue dashboard read running tasks, their candidate groups and executions until it got
    // its own table (opentasks, V36): one index entry less per task, group and execution written.
    "drop index if exists ix_bcd_task_due",
    "drop index if exists ix_bcd_identitylink_task",
    "drop index if exists ix_bcd_execution_root",
  };

  /**
   * PostgreSQL only (H2 has no partial index; the demo's few tasks are read whole quickly). The
   * engine looks for a task's subtasks whenever a task is completed or deleted, by a column it does
   * not index: at 100,000 open tasks a scan of the whole table, 23–30 ms each time (issue 17). Only
   * subtasks have a parent, and this application makes none, so the index holds (almost) nothing
   * and costs no write to an ordinary task.
   */
  static final String[] POSTGRES_INDEXES = {
    "create index if not exists ix_bcd_task_parent"
        + " on ACT_RU_TASK (PARENT_TASK_ID_) where PARENT_TASK_ID_ is not null",
  };

  private final JdbcClient jdbc;
  private final boolean postgres;

  public CamundaTableIndexes(JdbcClient jdbc, DataSource dataSource)
      throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.postgres = Database.isPostgres(dataSource);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    List<String> statements = new ArrayList<>(List.of(INDEXES));
    if (postgres) {
      statements.addAll(List.of(POSTGRES_INDEXES));
    }
    for (String ddl : statements) {
      try {
        jdbc.sql(ddl).update();
      } catch (RuntimeException e) {
        // Another node creating the same index at the same moment; everything works without it,
        // only slower.
        LOG.warn(
            "Chỉ mục trên bảng của Camunda chưa tạo hoặc xóa được ({}): {}", ddl, e.getMessage());
      }
    }
  }
}
