package vn.gov.thads.bcd.reminders;

import java.time.Instant;

/**
 * One reminder of a task's schedule: what, when, and how many working days overdue the task is by
 * then. {@link #key()} names it uniquely among the reminders of one due date (the sent-reminder log
 * relies on it).
 */
public record ReminderEvent(ReminderKind kind, Instant at, int daysOverdue) {

  public String key() {
    return kind == ReminderKind.OVERDUE ? kind.name() + "-" + daysOverdue : kind.name();
  }
}
