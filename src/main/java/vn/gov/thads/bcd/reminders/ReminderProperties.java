package vn.gov.thads.bcd.reminders;

import java.time.Duration;
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
 * @param retryIntervals waits between attempts when a mail cannot be sent: for a task's reminder
 *     the server refused, the last wait repeating until it leaves (a reminder that cannot reach the
 *     server stays due for the next sweep); for the digest and the monthly report, the steps' job
 *     retries, after which they become incidents in Cockpit
 * @param digestCycle ISO-8601 repeating interval of the daily digest (start with +07:00 offset)
 * @param sweepEvery how often each node looks for reminders that are due
 * @param sweepThreads how many reminders one node sends at once (each waits mostly on the mail
 *     server and the database)
 * @param holdAtMost on PostgreSQL, how long a node may hold a reminder without a word to the
 *     database before the database ends its session and frees it (a node whose host died); longer
 *     than the mail server's timeouts ({@code spring.mail.properties.mail.smtp.*timeout})
 */
@ConfigurationProperties("bcd.reminders")
public record ReminderProperties(
    @DefaultValue("08:00") LocalTime sendAt,
    ReminderPolicy defaults,
    Map<String, ReminderPolicy> tasks,
    @DefaultValue("PT1M,PT5M,PT15M,PT1H,PT4H") String retryIntervals,
    @DefaultValue("R/2026-01-01T07:30:00+07:00/P1D") String digestCycle,
    @DefaultValue("PT5S") Duration sweepEvery,
    @DefaultValue("8") int sweepThreads,
    @DefaultValue("PT45S") Duration holdAtMost) {

  public ReminderProperties {
    tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
    if (defaults == null) {
      defaults = new ReminderPolicy(true, 2, true, 2, 3, 10);
    }
    List<String> problems = new ArrayList<>(defaults.problems("bcd.reminders.defaults"));
    for (Map.Entry<String, ReminderPolicy> e : tasks.entrySet()) {
      problems.addAll(e.getValue().over(defaults).problems("bcd.reminders.tasks." + e.getKey()));
    }
    if (sweepEvery == null || sweepEvery.isNegative() || sweepEvery.isZero()) {
      problems.add("bcd.reminders.sweep-every = " + sweepEvery + " phải lớn hơn 0");
    }
    if (holdAtMost == null || holdAtMost.toSeconds() < 1) {
      problems.add("bcd.reminders.hold-at-most = " + holdAtMost + " phải từ 1 giây trở lên");
    }
    if (sweepThreads < 1) {
      problems.add("bcd.reminders.sweep-threads = " + sweepThreads + " phải từ 1 trở lên");
    }
    try {
      retryWaits(retryIntervals);
    } catch (RuntimeException e) {
      problems.add("bcd.reminders.retry-intervals = " + retryIntervals + " không hợp lệ");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Cấu hình nhắc việc không hợp lệ: " + String.join("; ", problems));
    }
  }

  /**
   * The wait before the next attempt after {@code failures} failed ones (the last wait repeats).
   */
  public Duration retryWait(int failures) {
    List<Duration> waits = retryWaits(retryIntervals);
    return waits.get(Math.max(0, Math.min(failures, waits.size()) - 1));
  }

  private static List<Duration> retryWaits(String intervals) {
    List<Duration> waits = new ArrayList<>();
    for (String wait : intervals.split(",")) {
      Duration d = Duration.parse(wait.trim());
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(wait);
      }
      waits.add(d);
    }
    return waits;
  }

  /** The policy of a kind of task: its own settings over the defaults. */
  public ReminderPolicy policyFor(String taskKey) {
    ReminderPolicy own = tasks.get(taskKey);
    return own == null ? defaults : own.over(defaults);
  }
}
