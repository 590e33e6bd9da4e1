package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway V38: each open task's next reminder in a table of its own ({@code bcd_reminder_plan},
 * package {@code reminders}), read by a sweep, instead of one engine timer job per task. One job
 * per mail was the measured limit (45 mails/s, 10,000 overdue tasks in 219 s), and a job locked by
 * a node that died waits five minutes. The timers of an upgraded database become rows (due now if
 * their retries had run out) and are removed from the engine with their incidents, which are marked
 * resolved in the history.
 */
public class V38__ReminderPlan extends BaseJavaMigration {

  private static final String TIMER = "bcd-task-reminder";

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          """
          create table bcd_reminder_plan (
            task_id             varchar(64)   not null primary key,
            process_instance_id varchar(64),
            case_id             bigint,
            directive_id        bigint,
            since_at            timestamp with time zone not null,
            due_at              timestamp with time zone not null,
            next_at             timestamp with time zone not null,
            failures            integer       not null default 0,
            failure             varchar(20),
            last_error          varchar(2000)
          )""");
      // The sweep takes the first due row that no node holds.
      ddl.execute("create index ix_bcd_reminder_plan_next on bcd_reminder_plan (next_at)");
      ddl.execute(
          "create index ix_bcd_reminder_plan_instance on bcd_reminder_plan (process_instance_id)");
    }
    if (Tables.exist(connection, "ACT_RU_JOB", "ACT_RU_INCIDENT")) {
      moveTimers(connection);
    }
    if (Tables.exist(connection, "ACT_RU_TASK", "ACT_RU_VARIABLE")) {
      // The case and directive of each moved task, as the task sees them: on its own execution, or
      // else on its process instance.
      try (Statement update = connection.createStatement()) {
        for (String[] column :
            new String[][] {{"case_id", "caseId"}, {"directive_id", "directiveId"}}) {
          update.execute(
              "update bcd_reminder_plan set "
                  + column[0]
                  + " = (select coalesce("
                  + variable(column[1], "t.EXECUTION_ID_")
                  + ", "
                  + variable(column[1], "t.PROC_INST_ID_")
                  + ") from ACT_RU_TASK t where t.ID_ = bcd_reminder_plan.task_id)");
        }
      }
    }
  }

  private static String variable(String name, String execution) {
    return "(select v.LONG_ from ACT_RU_VARIABLE v where v.NAME_ = '"
        + name
        + "' and v.EXECUTION_ID_ = "
        + execution
        + " and v.TASK_ID_ is null)";
  }

  private static void moveTimers(Connection connection) throws Exception {
    record Timer(
        String id, String config, Timestamp due, int retries, String execution, String stack) {}
    List<Timer> timers = new ArrayList<>();
    try (PreparedStatement q =
        connection.prepareStatement(
            "select ID_, HANDLER_CFG_, DUEDATE_, RETRIES_, PROCESS_INSTANCE_ID_, EXCEPTION_STACK_ID_"
                + " from ACT_RU_JOB"
                + " where HANDLER_TYPE_ = ?")) {
      q.setString(1, TIMER);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          timers.add(
              new Timer(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getTimestamp(3),
                  rs.getInt(4),
                  rs.getString(5),
                  rs.getString(6)));
        }
      }
    }
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement insert =
            connection.prepareStatement(
                "insert into bcd_reminder_plan (task_id, process_instance_id, since_at, due_at,"
                    + " next_at) values (?, ?, ?, ?, ?)");
        PreparedStatement resolved =
            connection.prepareStatement(
                "update ACT_HI_INCIDENT set INCIDENT_STATE_ = 1, END_TIME_ = ?"
                    + " where CONFIGURATION_ = ? and END_TIME_ is null");
        PreparedStatement incidents =
            connection.prepareStatement("delete from ACT_RU_INCIDENT where CONFIGURATION_ = ?");
        PreparedStatement job =
            connection.prepareStatement("delete from ACT_RU_JOB where ID_ = ?");
        PreparedStatement stack =
            connection.prepareStatement("delete from ACT_GE_BYTEARRAY where ID_ = ?")) {
      boolean history = Tables.exist(connection, "ACT_HI_INCIDENT");
      List<String> planned = new ArrayList<>();
      for (Timer t : timers) {
        // taskId@sinceMillis@dueMillis, as the timer's handler wrote it
        String[] parts = t.config().split("@");
        if (parts.length == 3 && !planned.contains(parts[0])) {
          planned.add(parts[0]);
          insert.setString(1, parts[0]);
          insert.setString(2, t.execution());
          insert.setTimestamp(3, new Timestamp(Long.parseLong(parts[1])));
          insert.setTimestamp(4, new Timestamp(Long.parseLong(parts[2])));
          insert.setTimestamp(5, t.retries() <= 0 || t.due() == null ? now : t.due());
          insert.executeUpdate();
        }
        if (history) {
          resolved.setTimestamp(1, now);
          resolved.setString(2, t.id());
          resolved.executeUpdate();
        }
        incidents.setString(1, t.id());
        incidents.executeUpdate();
        job.setString(1, t.id());
        job.executeUpdate();
        if (t.stack() != null) {
          stack.setString(1, t.stack());
          stack.executeUpdate();
        }
      }
    }
  }
}
