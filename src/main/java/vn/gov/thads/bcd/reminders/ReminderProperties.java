package vn.gov.thads.bcd.reminders;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder settings ({@code bcd.reminders}): the default policy, the policies per kind of task
 * (keyed by the task's id in the model, e.g. {@code Task_ReportDirectiveResult}), the hour mails go
 * out, how sending is retried and when the daily digests leave.
 *
 * @param sendAt hour of the day (Vietnam time) at which reminders go out, on working days
 * @param retryIntervals waits between attempts when the mail server refuses or is down; after the
 *     last one the reminder becomes an incident in Cockpit
 * @param digestCycle ISO-8601 repeating interval of the daily digest (start with +07:00 offset)
 */
@ConfigurationProperties("bcd.reminders")
public record ReminderProperties(
    @DefaultValue("08:00") LocalTime sendAt,
    ReminderPolicy defaults,
    Map<String, ReminderPolicy> tasks,
    @DefaultValue("PT1M,PT5M,PT15M,PT1H,PT4H") String retryIntervals,
    @DefaultValue("R/2026-01-01T07:30:00+07:00/P1D") String digestCycle) {

  public ReminderProperties {
    tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
    if (defaults == null) {
      defaults = new ReminderPolicy(true, 2, true, 2, 3, 10);
    }
    List<String> problems = new ArrayList<>(defaults.problems("bcd.reminders.defaults"));
    for (Map.Entry<String, ReminderPolicy> e : tasks.entrySet()) {
      problems.addAll(e.getValue().over(defaults).problems("bcd.reminders.tasks." + e.getKey()));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Cấu hình nhắc việc không hợp lệ: " + String.join("; ", problems));
    }
  }

  /** The policy of a kind of task: its own settings over the defaults. */
  public ReminderPolicy policyFor(String taskKey) {
    ReminderPolicy own = tasks.get(taskKey);
    return own == null ? defaults : own.over(defaults);
  }
}
