package vn.gov.thads.bcd.opentasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;

/**
 * V36 on a database that already has open tasks (PostgreSQL, Camunda's own schema script, without
 * the application): each open task of a process is copied once per candidate group, or once without
 * one, with its case instance and the reminders the log recorded as sent; a task outside any
 * process is not.
 */
class OpenTasksMigrationIT {

  @Test
  void theOpenTasksOfAnUpgradedDatabaseAreCopiedWithTheirReminders() throws SQLException {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_migration_v36");
    db.flyway("35").migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      PostgresTestDatabase.Database.createCamundaTables(c, "engine");
      PostgresTestDatabase.Database.insertOneCase(st);
      st.execute("update bcd_case set process_instance_id = 'pi-1' where id = 1");
      // The case's main instance and a called one holding the opinion task.
      st.execute(
          """
          insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, IS_ACTIVE_,
            IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_)
          values ('pi-1', 1, 'pi-1', 'pi-1', false, false, true, false, 1),
                 ('sub-1', 1, 'pi-1', 'sub-1', true, false, true, false, 1)""");
      st.execute(
          """
          insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, NAME_, ASSIGNEE_,
            DUE_DATE_, PRIORITY_, SUSPENSION_STATE_)
          values ('t-1', 1, 'sub-1', 'sub-1', 'Cho ý kiến bằng văn bản', null,
                    timestamp '2026-05-11 17:00', 50, 1),
                 ('t-2', 1, 'pi-1', 'pi-1', 'Xem xét hồ sơ', 'thuky', timestamp '2026-05-06 17:00', 50, 1),
                 ('t-3', 1, null, null, 'Việc tự tạo', 'thuky', timestamp '2026-05-06 17:00', 50, 1)""");
      st.execute(
          """
          insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, USER_ID_, TASK_ID_)
          values ('l-1', 1, 'so-tu-phap', 'candidate', null, 't-1'),
                 ('l-2', 1, 'so-tai-chinh', 'candidate', null, 't-1'),
                 ('l-3', 1, null, 'candidate', 'thuky', 't-2'),
                 ('l-4', 1, 'bcd-secretariat', 'candidate', null, 't-3')""");
      // Mailed: a reminder and the head's escalation; waiting for a digest: not yet.
      st.execute(
          """
          insert into bcd_reminder (case_id, process_instance_id, task_id, task_key, task_name, kind,
            event_key, due_at, days_overdue, status, recorded_at)
          values (1, 'sub-1', 't-1', 'Task_GiveOpinion', 'Cho ý kiến', 'ON_DUE', 'ON_DUE',
                    timestamptz '2026-05-11 10:00+00', 0, 'SENT', now()),
                 (1, 'sub-1', 't-1', 'Task_GiveOpinion', 'Cho ý kiến', 'ESCALATION_HEAD', 'ESCALATION_HEAD',
                    timestamptz '2026-05-11 10:00+00', 3, 'SENT', now()),
                 (1, 'sub-1', 't-1', 'Task_GiveOpinion', 'Cho ý kiến', 'OVERDUE', 'OVERDUE-1',
                    timestamptz '2026-05-11 10:00+00', 1, 'QUEUED', now())""");
    }

    db.flyway("latest").migrate();

    assertThat(
            db.rows(
                """
                select task_id, agency, process_instance_id, root_instance_id, case_number, assignee,
                  reminders, escalation
                from bcd_open_task order by task_id, agency"""))
        .containsExactly(
            "t-1 so-tai-chinh sub-1 pi-1 BCĐ-2026-0001 null 2 1",
            "t-1 so-tu-phap sub-1 pi-1 BCĐ-2026-0001 null 2 1",
            "t-2 null pi-1 pi-1 BCĐ-2026-0001 thuky 0 0");
  }
}
