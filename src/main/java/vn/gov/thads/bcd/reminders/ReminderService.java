package vn.gov.thads.bcd.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Service;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Keeps each open task's next reminder in step with its due date ({@link ReminderPlan}), and works
 * out what to send when the sweep finds it due. Planned with the task; planned again when its due
 * date changes (in Tasklist, or by a new task after an extension); removed when the task is
 * completed or deleted.
 */
@Service
public class ReminderService {

  private final ReminderProperties properties;
  private final ReminderSchedule schedule;
  private final ReminderLog log;
  private final ReminderPlan plan;
  private final Clock clock;

  public ReminderService(
      ReminderProperties properties,
      WorkingDays workingDays,
      ReminderLog log,
      ReminderPlan plan,
      Clock clock) {
    this.properties = properties;
    this.schedule = new ReminderSchedule(workingDays, properties.sendAt());
    this.log = log;
    this.plan = plan;
    this.clock = clock;
  }

  public ReminderSchedule schedule() {
    return schedule;
  }

  void taskCreated(DelegateTask task) {
    if (task.getDueDate() != null) {
      Instant created =
          task.getCreateTime() == null ? clock.instant() : task.getCreateTime().toInstant();
      plan(task, true, created, clock.instant());
    }
  }

  void taskUpdated(DelegateTask task) {
    TaskEntity entity = (TaskEntity) task;
    if (!entity.getPropertyChanges().containsKey(TaskEntity.DUE_DATE)) {
      return; // claimed, renamed, reprioritised: the reminders stay as they are
    }
    if (task.getDueDate() == null) {
      plan.remove(task.getId());
    } else {
      // Reminders count from now: a deadline moved to the day after tomorrow still gets its "two
      // days before".
      plan(task, false, clock.instant(), clock.instant());
    }
  }

  void taskEnded(DelegateTask task) {
    plan.remove(task.getId());
  }

  /**
   * A reminder the sweep found due: the task as the mail describes it, the one reminder to send now
   * (none if it was sent already), and when the task is next due (none: nothing more to send).
   */
  record Due(TaskFacts task, ReminderEvent event, Optional<Instant> next) {}

  /**
   * What to do with a task whose row the sweep took, read in the engine's command context; empty
   * when the task is gone or has no due date any more.
   */
  Optional<Due> due(ReminderPlan.Row row, CommandContext commandContext) {
    TaskEntity task = commandContext.getTaskManager().findTaskById(row.taskId());
    if (task == null || task.getDueDate() == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Instant due = task.getDueDate().toInstant();
    Instant since = due.equals(row.due()) ? row.since() : now;
    ReminderPolicy policy = properties.policyFor(task.getTaskDefinitionKey());
    List<ReminderEvent> pending =
        pending(schedule.upTo(due, since, policy, now), log.keys(task.getId(), due));
    Optional<Instant> next =
        pending.size() > 1
            ? Optional.of(now)
            : schedule.firstAfter(due, since, policy, now).map(ReminderEvent::at);
    return Optional.of(
        new Due(
            TaskFacts.of(task, row.caseId(), row.directiveId()),
            pending.isEmpty() ? null : pending.get(0),
            next));
  }

  /**
   * What is due and not yet sent: the latest reminder and the latest escalation (when several fell
   * due while the application was stopped, only the newest is worth a mail), reminder first.
   */
  static List<ReminderEvent> pending(List<ReminderEvent> due, Set<String> sent) {
    List<ReminderEvent> result = new ArrayList<>(2);
    due.stream()
        .filter(e -> !e.kind().escalation())
        .reduce((a, b) -> b)
        .filter(e -> !sent.contains(e.key()))
        .ifPresent(result::add);
    due.stream()
        .filter(e -> e.kind().escalation())
        .reduce((a, b) -> b)
        .filter(e -> !sent.contains(e.key()))
        .ifPresent(result::add);
    return result;
  }

  private void plan(DelegateTask task, boolean newTask, Instant since, Instant now) {
    ReminderPolicy policy = properties.policyFor(task.getTaskDefinitionKey());
    Instant due = task.getDueDate().toInstant();
    Optional<Instant> at =
        pending(schedule.upTo(due, since, policy, now), Set.of()).isEmpty()
            ? schedule.firstAfter(due, since, policy, now).map(ReminderEvent::at)
            : Optional.of(now);
    if (at.isPresent()) {
      plan.plan(
          task.getId(),
          newTask,
          task.getProcessInstanceId(),
          TaskFacts.number(task.getVariable(CaseVariables.CASE_ID)),
          TaskFacts.number(task.getVariable(CaseVariables.DIRECTIVE_ID)),
          since,
          due,
          at.get());
    } else if (!newTask) {
      plan.remove(task.getId());
    }
  }
}
