package vn.gov.thads.bcd.reminders;

import java.util.ArrayList;
import java.util.List;

/**
 * When the people responsible for a task are reminded, and when its delay is escalated. All counts
 * are in working days; 0 switches that reminder off. A policy configured for one kind of task names
 * only what differs from the default ({@code null} = take the default).
 *
 * @param enabled false: no reminders at all for this kind of task
 * @param daysBefore a reminder this many working days before the due date
 * @param onDueDate a reminder on the (last working day up to the) due date
 * @param repeatEvery while overdue: on the first working day after the due date, then every this
 *     many
 * @param escalateAfter working days overdue after which the agency's head and the secretariat are
 *     told
 * @param escalateToChairAfter working days overdue after which the chair is told
 */
public record ReminderPolicy(
    Boolean enabled,
    Integer daysBefore,
    Boolean onDueDate,
    Integer repeatEvery,
    Integer escalateAfter,
    Integer escalateToChairAfter) {

  /** This policy with every unset value taken from the given one. */
  public ReminderPolicy over(ReminderPolicy defaults) {
    return new ReminderPolicy(
        enabled != null ? enabled : defaults.enabled,
        daysBefore != null ? daysBefore : defaults.daysBefore,
        onDueDate != null ? onDueDate : defaults.onDueDate,
        repeatEvery != null ? repeatEvery : defaults.repeatEvery,
        escalateAfter != null ? escalateAfter : defaults.escalateAfter,
        escalateToChairAfter != null ? escalateToChairAfter : defaults.escalateToChairAfter);
  }

  /** What is wrong with a complete policy, in Vietnamese; empty when it is usable. */
  List<String> problems(String name) {
    List<String> problems = new ArrayList<>();
    if (enabled == null
        || daysBefore == null
        || onDueDate == null
        || repeatEvery == null
        || escalateAfter == null
        || escalateToChairAfter == null) {
      problems.add(
          name
              + ": thiếu giá trị (cần enabled, days-before, on-due-date, repeat-every, escalate-after, "
              + "escalate-to-chair-after)");
      return problems;
    }
    check(problems, name, "days-before", daysBefore);
    check(problems, name, "repeat-every", repeatEvery);
    check(problems, name, "escalate-after", escalateAfter);
    check(problems, name, "escalate-to-chair-after", escalateToChairAfter);
    if (escalateAfter > 0 && escalateToChairAfter > 0 && escalateToChairAfter <= escalateAfter) {
      problems.add(
          name
              + ": escalate-to-chair-after ("
              + escalateToChairAfter
              + ") phải lớn hơn escalate-after ("
              + escalateAfter
              + ")");
    }
    return problems;
  }

  private static void check(List<String> problems, String name, String field, int value) {
    if (value < 0 || value > 250) {
      problems.add(
          name + ": " + field + " = " + value + " không hợp lệ (từ 0 đến 250 ngày làm việc)");
    }
  }
}
