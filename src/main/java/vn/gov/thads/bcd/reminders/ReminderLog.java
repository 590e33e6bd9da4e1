package vn.gov.thads.bcd.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.thads.bcd.opentasks.OpenTasks;

/**
 * The record of every reminder and escalation (table {@code bcd_reminder}) and of the digests sent.
 */
@Repository
public class ReminderLog {

  public static final String SENT = "SENT";
  public static final String QUEUED = "QUEUED";
  public static final String DIGESTED = "DIGESTED";
  public static final String NO_ADDRESS = "NO_ADDRESS";
  public static final String DROPPED = "DROPPED";

  private final JdbcClient jdbc;
  private final OpenTasks openTasks;

  public ReminderLog(JdbcClient jdbc, OpenTasks openTasks) {
    this.jdbc = jdbc;
    this.openTasks = openTasks;
  }

  /** A reminder as recorded. */
  public record Entry(
      long id,
      Long caseId,
      String caseNumber,
      String processInstanceId,
      String taskId,
      String taskKey,
      String taskName,
      String agencyId,
      String kind,
      String eventKey,
      Instant dueAt,
      int daysOverdue,
      String directive,
      String status,
      String recipients,
      String subject,
      String messageId,
      Instant recordedAt,
      Instant sentAt,
      Long digestId) {}

  /** The keys of the reminders already recorded for this due date of this task. */
  public Set<String> keys(String taskId, Instant dueAt) {
    return new HashSet<>(
        jdbc.sql("select event_key from bcd_reminder where task_id = ? and due_at = ?")
            .params(taskId, Timestamp.from(dueAt))
            .query(String.class)
            .list());
  }

  /** Whether a reminder of the task was already mailed. */
  public boolean sentForTask(String taskId) {
    return jdbc.sql("select count(*) from bcd_reminder where task_id = ? and status = ?")
            .params(taskId, SENT)
            .query(Long.class)
            .single()
        > 0;
  }

  public long record(Entry e) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into bcd_reminder (case_id, case_number, process_instance_id, task_id, task_key, task_name, agency_id,
          kind, event_key, due_at, days_overdue, directive, status, recipients, subject, message_id, recorded_at, sent_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            e.caseId(),
            e.caseNumber(),
            e.processInstanceId(),
            e.taskId(),
            e.taskKey(),
            e.taskName(),
            e.agencyId(),
            e.kind(),
            e.eventKey(),
            Timestamp.from(e.dueAt()),
            e.daysOverdue(),
            e.directive(),
            e.status(),
            e.recipients(),
            e.subject(),
            e.messageId(),
            Timestamp.from(e.recordedAt()),
            e.sentAt() == null ? null : Timestamp.from(e.sentAt()))
        .update(keys, "id");
    if (SENT.equals(e.status())) {
      openTasks.reminderSent(e.taskId(), escalationLevel(e.kind()));
    }
    return keys.getKeyAs(Number.class).longValue();
  }

  /** What the supervision views show of an escalation: 1 the agency's head, 2 the chair. */
  private static int escalationLevel(String kind) {
    return switch (ReminderKind.valueOf(kind)) {
      case ESCALATION_HEAD -> 1;
      case ESCALATION_CHAIR -> 2;
      default -> 0;
    };
  }

  /** Agencies with reminders waiting for their digest. */
  public List<String> agenciesWithQueued() {
    return jdbc.sql(
            "select distinct agency_id from bcd_reminder where status = ? order by agency_id")
        .param(QUEUED)
        .query(String.class)
        .list();
  }

  /**
   * The reminders waiting for an agency's digest, oldest first, locked until the digest is
   * recorded.
   */
  public List<Entry> queued(String agencyId) {
    return jdbc.sql(SELECT + " where status = ? and agency_id = ? order by due_at, id for update")
        .params(QUEUED, agencyId)
        .query(ReminderLog::entry)
        .list();
  }

  public long recordDigest(
      String agencyId,
      LocalDate day,
      String recipients,
      String subject,
      String messageId,
      List<Entry> items,
      Instant sentAt) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into bcd_reminder_digest (agency_id, digest_day, recipients, subject, message_id, item_count, sent_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(agencyId, day, recipients, subject, messageId, items.size(), Timestamp.from(sentAt))
        .update(keys, "id");
    long digestId = keys.getKeyAs(Number.class).longValue();
    for (Entry item : items) {
      jdbc.sql(
              "update bcd_reminder set status = ?, digest_id = ?, recipients = ?, sent_at = ? where id = ?")
          .params(DIGESTED, digestId, recipients, Timestamp.from(sentAt), item.id())
          .update();
      openTasks.reminderSent(item.taskId(), escalationLevel(item.kind()));
    }
    return digestId;
  }

  /**
   * Reminders queued for a digest whose task was done in the meantime: nothing to remind of any
   * more.
   */
  public void drop(List<Entry> items) {
    for (Entry item : items) {
      jdbc.sql("update bcd_reminder set status = ? where id = ?")
          .params(DROPPED, item.id())
          .update();
    }
  }

  /** Whether the agency's digest of that day has been sent already. */
  public boolean digestSent(String agencyId, LocalDate day) {
    return jdbc.sql(
                "select count(*) from bcd_reminder_digest where agency_id = ? and digest_day = ?")
            .params(agencyId, day)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Every reminder of a case (of all its processes), newest first. */
  public List<Entry> ofCase(long caseId) {
    return jdbc.sql(SELECT + " where case_id = ? order by recorded_at desc, id desc")
        .param(caseId)
        .query(ReminderLog::entry)
        .list();
  }

  /** Every reminder of one process instance, newest first. */
  public List<Entry> ofProcessInstance(String processInstanceId) {
    return jdbc.sql(SELECT + " where process_instance_id = ? order by recorded_at desc, id desc")
        .param(processInstanceId)
        .query(ReminderLog::entry)
        .list();
  }

  private static Entry entry(ResultSet rs, int row) throws SQLException {
    return new Entry(
        rs.getLong("id"),
        (Long) rs.getObject("case_id", Long.class),
        rs.getString("case_number"),
        rs.getString("process_instance_id"),
        rs.getString("task_id"),
        rs.getString("task_key"),
        rs.getString("task_name"),
        rs.getString("agency_id"),
        rs.getString("kind"),
        rs.getString("event_key"),
        instant(rs.getTimestamp("due_at")),
        rs.getInt("days_overdue"),
        rs.getString("directive"),
        rs.getString("status"),
        rs.getString("recipients"),
        rs.getString("subject"),
        rs.getString("message_id"),
        instant(rs.getTimestamp("recorded_at")),
        instant(rs.getTimestamp("sent_at")),
        (Long) rs.getObject("digest_id", Long.class));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static final String SELECT =
      """
      select id, case_id, case_number, process_instance_id, task_id, task_key, task_name, agency_id, kind, event_key,
        due_at, days_overdue, directive, status, recipients, subject, message_id, recorded_at, sent_at, digest_id
      from bcd_reminder""";
}
