package vn.gov.thads.bcd.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;

/**
 * V38 on a database whose reminders are still engine timer jobs (PostgreSQL, Camunda's own schema
 * scripts, without the application): each timer becomes the task's planned reminder, due now if its
 * retries had run out; the timers, their incidents and stack traces leave the engine, the incidents
 * are resolved in the history; the models' own jobs stay.
 */
class ReminderPlanMigrationIT {

  @Test
  void theReminderTimersOfAnUpgradedDatabaseBecomePlannedReminders() throws SQLException {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_migration_v38");
    db.flyway("36").migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      PostgresTestDatabase.Database.createCamundaTables(c, "engine");
      PostgresTestDatabase.Database.createCamundaTables(c, "history");
      st.execute(
          """
          insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, IS_ACTIVE_,
            IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_)
          values ('pi-1', 1, 'pi-1', 'pi-1', true, false, true, false, 1)""");
      // Both tasks belong to case 7 and directive 3 (variables on their process instance).
      st.execute(
          """
          insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, NAME_, PRIORITY_, SUSPENSION_STATE_)
          values ('t-1', 1, 'pi-1', 'pi-1', 'Cho ý kiến', 50, 1), ('t-2', 1, 'pi-1', 'pi-1', 'Xem xét', 50, 1)""");
      st.execute(
          """
          insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, TASK_ID_, LONG_,
            VAR_SCOPE_)
          values ('v-1', 1, 'long', 'caseId', 'pi-1', 'pi-1', null, 7, 'pi-1'),
                 ('v-2', 1, 'long', 'directiveId', 'pi-1', 'pi-1', null, 3, 'pi-1')""");
      st.execute(
          """
          insert into ACT_GE_BYTEARRAY (ID_, REV_, NAME_, BYTES_, GENERATED_, TYPE_)
          values ('stack-1', 1, 'job.exceptionByteArray', 'java.net.ConnectException'::bytea, true, 1)""");
      // Task t-1's next reminder at 08:00 on 27/05; t-2's has failed six times (an incident).
      // Config: taskId@sinceMillis@dueMillis. 1778457600000 = 2026-05-11T00:00Z.
      st.execute(
          """
          insert into ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, EXECUTION_ID_, PROCESS_INSTANCE_ID_, RETRIES_,
            EXCEPTION_STACK_ID_, DUEDATE_, HANDLER_TYPE_, HANDLER_CFG_, SUSPENSION_STATE_, PRIORITY_,
            SEQUENCE_COUNTER_)
          values ('job-1', 1, 'timer', true, 'pi-1', 'pi-1', 3, null, timestamp '2026-05-27 01:00',
                    'bcd-task-reminder', 't-1@1778457600000@1779814800000', 1, 0, 1),
                 ('job-2', 1, 'timer', true, 'pi-1', 'pi-1', 0, 'stack-1', timestamp '2026-05-20 05:00',
                    'bcd-task-reminder', 't-2@1778457600000@1779296400000', 1, 0, 1),
                 ('job-3', 1, 'timer', true, 'pi-1', 'pi-1', 3, null, timestamp '2026-06-01 01:00',
                    'timer-intermediate-transition', '{"activityId":"Timer_Wait"}', 1, 0, 1)""");
      st.execute(
          """
          insert into ACT_RU_INCIDENT (ID_, REV_, INCIDENT_TIMESTAMP_, INCIDENT_MSG_, INCIDENT_TYPE_,
            EXECUTION_ID_, ACTIVITY_ID_, PROC_INST_ID_, CAUSE_INCIDENT_ID_, ROOT_CAUSE_INCIDENT_ID_,
            CONFIGURATION_)
          values ('inc-1', 1, now(), 'Mail server connection failed', 'failedJob', 'pi-1',
                    'Task_GiveOpinion', 'pi-1', 'inc-1', 'inc-1', 'job-2')""");
      st.execute(
          """
          insert into ACT_HI_INCIDENT (ID_, PROC_INST_ID_, CREATE_TIME_, INCIDENT_TYPE_, CONFIGURATION_,
            INCIDENT_STATE_)
          values ('inc-1', 'pi-1', now(), 'failedJob', 'job-2', 0)""");
    }

    db.flyway("latest").migrate();

    assertThat(
            db.rows(
                """
                select task_id, process_instance_id, case_id, directive_id,
                  extract(epoch from since_at)::bigint, extract(epoch from due_at)::bigint, failures
                from bcd_reminder_plan order by task_id"""))
        .containsExactly(
            "t-1 pi-1 7 3 1778457600 1779814800 0", "t-2 pi-1 7 3 1778457600 1779296400 0");
    assertThat(
            db.rows(
                "select task_id from bcd_reminder_plan"
                    + " where next_at = timestamp '2026-05-27 01:00'"))
        .as("the pending timer keeps its time")
        .containsExactly("t-1");
    assertThat(
            db.rows(
                "select task_id from bcd_reminder_plan where next_at > now() - interval '1 hour'"))
        .as("the one whose retries ran out is due now")
        .containsExactly("t-2");
    assertThat(db.rows("select ID_ from ACT_RU_JOB")).containsExactly("job-3");
    assertThat(db.rows("select count(*) from ACT_RU_INCIDENT")).containsExactly("0");
    assertThat(db.rows("select count(*) from ACT_GE_BYTEARRAY")).containsExactly("0");
    assertThat(db.rows("select INCIDENT_STATE_, END_TIME_ is not null from ACT_HI_INCIDENT"))
        .containsExactly("1 t");
  }
}
