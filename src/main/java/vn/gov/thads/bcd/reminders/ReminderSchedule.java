package vn.gov.thads.bcd.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Computes the reminders of one due date under a policy. Reminders go out at the configured hour of
 * working days: {@code daysBefore} working days before the due day, on the due day (or the last
 * working day before it), then on the 1st, (1+K)th, (1+2K)th… working day after it while the task
 * stays open; escalations on the {@code escalateAfter}th and {@code escalateToChairAfter}th working
 * day after it.
 */
public final class ReminderSchedule {

  /** Overdue reminders are computed this far at most (a year of working days). */
  private static final int MAX_OVERDUE_DAYS = 260;

  private final WorkingDays workingDays;
  private final LocalTime sendAt;

  public ReminderSchedule(WorkingDays workingDays, LocalTime sendAt) {
    this.workingDays = workingDays;
    this.sendAt = sendAt;
  }

  /**
   * The reminders due at or before {@code until}, in time order (at one instant the reminder before
   * the escalation). Reminders before the due date that would fall before {@code since} (the task's
   * creation, or the moment its due date was changed) are left out: nobody is told "due in two
   * days" about a task given to them yesterday.
   */
  public List<ReminderEvent> upTo(
      Instant due, Instant since, ReminderPolicy policy, Instant until) {
    List<ReminderEvent> events = new ArrayList<>();
    generate(
        due,
        since,
        policy,
        e -> {
          if (e.at().isAfter(until)) {
            return false;
          }
          events.add(e);
          return true;
        });
    return events;
  }

  /** The first reminder strictly after {@code after}, if the policy has one. */
  public Optional<ReminderEvent> firstAfter(
      Instant due, Instant since, ReminderPolicy policy, Instant after) {
    ReminderEvent[] found = new ReminderEvent[1];
    generate(
        due,
        since,
        policy,
        e -> {
          if (e.at().isAfter(after)) {
            found[0] = e;
            return false;
          }
          return true;
        });
    return Optional.ofNullable(found[0]);
  }

  private interface Sink {
    /** Takes an event; false stops the generation. */
    boolean accept(ReminderEvent event);
  }

  private void generate(Instant due, Instant since, ReminderPolicy policy, Sink sink) {
    if (!policy.enabled()) {
      return;
    }
    LocalDate dueDay = due.atZone(VietnamTime.ZONE).toLocalDate();
    LocalDate lastWorkingDay =
        workingDays.isWorkingDay(dueDay) ? dueDay : workingDays.previous(dueDay);
    Instant onDue = min(at(lastWorkingDay), due);
    if (policy.daysBefore() > 0) {
      Instant before = at(workingDays.minus(lastWorkingDay, policy.daysBefore()));
      if (!before.isBefore(since)
          && before.isBefore(onDue)
          && !sink.accept(new ReminderEvent(ReminderKind.BEFORE_DUE, before, 0))) {
        return;
      }
    }
    if (policy.onDueDate()
        && !onDue.isBefore(since)
        && !sink.accept(new ReminderEvent(ReminderKind.ON_DUE, onDue, 0))) {
      return;
    }
    int last = Math.max(policy.escalateAfter(), policy.escalateToChairAfter());
    LocalDate day = dueDay;
    for (int overdue = 1; overdue <= MAX_OVERDUE_DAYS; overdue++) {
      if (policy.repeatEvery() == 0 && overdue > last) {
        return;
      }
      day = workingDays.plus(day, 1);
      Instant at = at(day);
      if (policy.repeatEvery() > 0 && (overdue - 1) % policy.repeatEvery() == 0) {
        if (!sink.accept(new ReminderEvent(ReminderKind.OVERDUE, at, overdue))) {
          return;
        }
      }
      if (overdue == policy.escalateAfter()
          && !sink.accept(new ReminderEvent(ReminderKind.ESCALATION_HEAD, at, overdue))) {
        return;
      }
      if (overdue == policy.escalateToChairAfter()
          && !sink.accept(new ReminderEvent(ReminderKind.ESCALATION_CHAIR, at, overdue))) {
        return;
      }
    }
  }

  /**
   * Working days overdue at the given instant: working days after the due day, up to that instant's
   * day.
   */
  public int daysOverdue(Instant due, Instant at) {
    return workingDays.between(
        due.atZone(VietnamTime.ZONE).toLocalDate(), at.atZone(VietnamTime.ZONE).toLocalDate());
  }

  private Instant at(LocalDate day) {
    return day.atTime(sendAt).atZone(VietnamTime.ZONE).toInstant();
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
