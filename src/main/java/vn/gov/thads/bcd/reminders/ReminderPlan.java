package vn.gov.thads.bcd.reminders;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import vn.gov.thads.bcd.platform.Database;

/**
 * When each open task is next to be reminded (table {@code bcd_reminder_plan}, one row per task
 * with a reminder still to come). Written in the transaction that creates or changes the task; read
 * by the sweep, which takes due rows one at a time with {@code for update skip locked}, so that the
 * nodes of a cluster share the work and a row locked by a node that died is free again as soon as
 * the database drops its connection.
 */
@Repository
public class ReminderPlan {

  private final JdbcClient jdbc;
  private final boolean postgres;

  public ReminderPlan(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.postgres = Database.isPostgres(dataSource);
  }

  /**
   * A task's next reminder.
   *
   * @param since reminders before the due date count from here (the task's creation, or the change
   *     of its due date)
   * @param failures attempts that failed in a row (the mail server down or refusing)
   * @param lastError what went wrong at the last attempt, in words for the operator
   */
  public record Row(
      String taskId,
      String processInstanceId,
      Long caseId,
      Long directiveId,
      Instant since,
      Instant due,
      Instant next,
      int failures,
      String lastError) {}

  /**
   * Plans the task's next reminder, replacing what was planned ({@code newTask}: nothing can have
   * been planned for a task being created, so its row is only inserted). The task's case and
   * directive are kept with it, read while the task is created (its process's variables are at hand
   * then), so that sending needs no variable of the engine.
   */
  void plan(
      String taskId,
      boolean newTask,
      String processInstanceId,
      Long caseId,
      Long directiveId,
      Instant since,
      Instant due,
      Instant next) {
    int updated =
        newTask
            ? 0
            : jdbc.sql(
                    """
            update bcd_reminder_plan set process_instance_id = ?, case_id = ?, directive_id = ?, since_at = ?,
              due_at = ?, next_at = ?, failures = 0, failure = null, last_error = null where task_id = ?""")
                .params(
                    processInstanceId, caseId, directiveId, ts(since), ts(due), ts(next), taskId)
                .update();
    if (updated == 0) {
      jdbc.sql(
              """
          insert into bcd_reminder_plan (task_id, process_instance_id, case_id, directive_id, since_at, due_at,
            next_at, failures)
          values (?, ?, ?, ?, ?, ?, ?, 0)""")
          .params(taskId, processInstanceId, caseId, directiveId, ts(since), ts(due), ts(next))
          .update();
    }
  }

  /** The next reminder of the task after one was sent (the failures count again from none). */
  void next(String taskId, Instant next) {
    jdbc.sql(
            """
        update bcd_reminder_plan set next_at = ?, failures = 0, failure = null, last_error = null
        where task_id = ?""")
        .params(ts(next), taskId)
        .update();
  }

  /** Nothing more to remind of: the task ended, lost its due date, or its policy has no more. */
  void remove(String taskId) {
    jdbc.sql("delete from bcd_reminder_plan where task_id = ?").param(taskId).update();
  }

  /**
   * Takes the task due first whose row no other transaction holds, and locks it until this
   * transaction ends; only among the given process instances when they are given. On PostgreSQL the
   * database ends this transaction's session if it then stays silent longer than {@code
   * holdAtMost}: a node whose host died without closing its connections would otherwise hold the
   * row until TCP gives up on it, which takes hours.
   */
  Optional<Row> takeDue(Instant now, Collection<String> processInstances, Duration holdAtMost) {
    String among =
        processInstances == null
            ? ""
            : processInstances.isEmpty()
                ? " and 1 = 0"
                : " and process_instance_id in (:instances)";
    JdbcClient.StatementSpec sql =
        jdbc.sql(
                SELECT
                    + (postgres
                        ? ", set_config('idle_in_transaction_session_timeout', '"
                            + holdAtMost.toMillis()
                            + "', true)"
                        : "")
                    + FROM
                    + " where next_at <= :now"
                    + among
                    + " order by next_at fetch first 1 rows only for update skip locked")
            .param("now", ts(now));
    if (processInstances != null && !processInstances.isEmpty()) {
      sql = sql.param("instances", processInstances);
    }
    return sql.query(ReminderPlan::row).optional();
  }

  /** The failure of a reminder that could not reach the mail server. */
  static final String UNREACHABLE = "UNREACHABLE";

  /** The failure of a reminder the mail server refused. */
  static final String REFUSED = "REFUSED";

  /** A failed attempt: the task is tried again at {@code retryAt}. */
  void failed(String taskId, Instant retryAt, String failure, String error) {
    jdbc.sql(
            """
        update bcd_reminder_plan set failures = failures + 1, next_at = ?, failure = ?, last_error = ?
        where task_id = ?""")
        .params(ts(retryAt), failure, abbreviate(error), taskId)
        .update();
  }

  /** The planned reminders of these process instances, first due first. */
  public List<Row> ofProcessInstances(Collection<String> processInstances) {
    if (processInstances.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            SELECT + FROM + " where process_instance_id in (:instances) order by next_at, task_id")
        .param("instances", processInstances)
        .query(ReminderPlan::row)
        .list();
  }

  /**
   * Reminders whose last attempt found the mail server out of reach, those it refused, those due
   * now (waiting to be sent), and the error of the one that failed most often.
   */
  public record Failing(long unreachable, long refused, long due, String lastError) {}

  public Failing failing(Instant now) {
    return jdbc.sql(
            """
            select count(case when failure = :unreachable then 1 end),
              count(case when failure = :refused then 1 end),
              count(case when next_at <= :now then 1 end),
              max(case when failures = (select max(failures) from bcd_reminder_plan) then last_error end)
            from bcd_reminder_plan""")
        .param("unreachable", UNREACHABLE)
        .param("refused", REFUSED)
        .param("now", ts(now))
        .query((rs, n) -> new Failing(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
        .single();
  }

  private static final String SELECT =
      "select task_id, process_instance_id, case_id, directive_id, since_at, due_at, next_at,"
          + " failures, last_error";

  private static final String FROM = " from bcd_reminder_plan";

  private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Row(
        rs.getString("task_id"),
        rs.getString("process_instance_id"),
        (Long) rs.getObject("case_id", Long.class),
        (Long) rs.getObject("directive_id", Long.class),
        rs.getTimestamp("since_at").toInstant(),
        rs.getTimestamp("due_at").toInstant(),
        rs.getTimestamp("next_at").toInstant(),
        rs.getInt("failures"),
        rs.getString("last_error"));
  }

  private static Timestamp ts(Instant i) {
    return Timestamp.from(i);
  }

  private static String abbreviate(String s) {
    return s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
  }
}
