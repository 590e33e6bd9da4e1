package vn.gov.thads.bcd.opentasks;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.thads.bcd.caseintake.CaseNumbered;

/**
 * Writes {@code bcd_open_task}. Called from the engine's history events ({@link
 * OpenTasksEnginePlugin}) and from the reminder log; every method runs in the caller's transaction
 * and costs one or two statements. The order of a new task's events varies (its candidate groups
 * may be added before or after the task's own event), so each method works whichever came first: a
 * task has either one row per candidate group or a single row without one.
 */
@Repository
public class OpenTasks {

  private final JdbcClient jdbc;

  public OpenTasks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A task's own fields, as of its latest event. */
  record TaskFields(
      String taskId,
      String name,
      String processInstanceId,
      String rootInstanceId,
      String assignee,
      Date due) {}

  /** The task was created or changed (due date, holder, name, process instance). */
  void taskChanged(TaskFields task) {
    Timestamp due = task.due() == null ? null : new Timestamp(task.due().getTime());
    int updated =
        jdbc.sql(
                """
            update bcd_open_task set task_name = ?, process_instance_id = ?, root_instance_id = ?,
              case_number = coalesce(case_number,
                (select c.case_number from bcd_case c where c.process_instance_id = ?)),
              assignee = ?, due_at = ? where task_id = ?""")
            .params(
                task.name(),
                task.processInstanceId(),
                task.rootInstanceId(),
                task.rootInstanceId(),
                task.assignee(),
                due,
                task.taskId())
            .update();
    if (updated == 0) {
      // The case number, for sorting by it: given at intake, before the case's first task, and
      // never changed.
      jdbc.sql(
              """
          insert into bcd_open_task (task_id, task_name, process_instance_id, root_instance_id, case_number,
            assignee, due_at)
          values (?, ?, ?, ?, (select c.case_number from bcd_case c where c.process_instance_id = ?), ?, ?)""")
          .params(
              task.taskId(),
              task.name(),
              task.processInstanceId(),
              task.rootInstanceId(),
              task.rootInstanceId(),
              task.assignee(),
              due)
          .update();
    }
  }

  /** The task was completed or deleted. */
  void taskEnded(String taskId) {
    jdbc.sql("delete from bcd_open_task where task_id = ?").param(taskId).update();
  }

  /** A candidate group was added to the task. */
  void candidateAdded(String taskId, String agency) {
    List<Row> rows =
        jdbc.sql(
                """
            select agency, task_name, process_instance_id, root_instance_id, case_number, assignee, due_at,
              reminders, escalation
            from bcd_open_task where task_id = ?""")
            .param(taskId)
            .query(
                (rs, i) ->
                    new Row(
                        rs.getString("agency"),
                        rs.getString("task_name"),
                        rs.getString("process_instance_id"),
                        rs.getString("root_instance_id"),
                        rs.getString("case_number"),
                        rs.getString("assignee"),
                        rs.getTimestamp("due_at"),
                        rs.getInt("reminders"),
                        rs.getInt("escalation")))
            .list();
    if (rows.stream().anyMatch(r -> agency.equals(r.agency()))) {
      return;
    }
    if (rows.stream().anyMatch(r -> r.agency() == null)) {
      jdbc.sql("update bcd_open_task set agency = ? where task_id = ? and agency is null")
          .params(agency, taskId)
          .update();
      return;
    }
    Row like =
        rows.isEmpty() ? new Row(null, null, null, null, null, null, null, 0, 0) : rows.get(0);
    jdbc.sql(
            """
        insert into bcd_open_task (task_id, agency, task_name, process_instance_id, root_instance_id,
          case_number, assignee, due_at, reminders, escalation)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            taskId,
            agency,
            like.name(),
            like.processInstanceId(),
            like.rootInstanceId(),
            like.caseNumber(),
            like.assignee(),
            like.due(),
            like.reminders(),
            like.escalation())
        .update();
  }

  /**
   * A candidate group was removed from the task: its row goes, or, if it was the last one, stays
   * without a group.
   */
  void candidateRemoved(String taskId, String agency) {
    int deleted =
        jdbc.sql(
                """
            delete from bcd_open_task where task_id = ? and agency = ?
              and exists (select 1 from bcd_open_task o where o.task_id = ? and o.id <> bcd_open_task.id)""")
            .params(taskId, agency, taskId)
            .update();
    if (deleted == 0) {
      jdbc.sql("update bcd_open_task set agency = null where task_id = ? and agency = ?")
          .params(taskId, agency)
          .update();
    }
  }

  /**
   * A case started in this transaction got its number just before the commit (its open tasks were
   * written with the provisional one).
   */
  @EventListener
  public void caseNumbered(CaseNumbered numbered) {
    jdbc.sql("update bcd_open_task set case_number = ? where root_instance_id = ?")
        .params(numbered.caseNumber(), numbered.rootInstanceId())
        .update();
  }

  /**
   * A reminder of the task was mailed (alone or in a digest); {@code escalationLevel} 1 for the
   * agency's head, 2 for the chair, 0 otherwise. Rolled back with the reminder's record if the mail
   * fails.
   */
  public void reminderSent(String taskId, int escalationLevel) {
    jdbc.sql(
            "update bcd_open_task set reminders = reminders + 1, escalation = greatest(escalation, ?)"
                + " where task_id = ?")
        .params(escalationLevel, taskId)
        .update();
  }

  private record Row(
      String agency,
      String name,
      String processInstanceId,
      String rootInstanceId,
      String caseNumber,
      String assignee,
      Timestamp due,
      int reminders,
      int escalation) {}
}
