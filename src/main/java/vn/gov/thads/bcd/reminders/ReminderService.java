package vn.gov.thads.bcd.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.stereotype.Service;
import vn.gov.thads.bcd.calendar.WorkingDays;

/**
 * Keeps each open task's reminder timer in step with its due date, and sends the reminders when the
 * timer fires. Created with the task; replaced when its due date changes (in Tasklist, or by a new
 * task after an extension); removed when the task is completed or deleted.
 */
@Service
public class ReminderService {

  private final ReminderProperties properties;
  private final ReminderSchedule schedule;
  private final ReminderLog log;
  private final ReminderDelivery delivery;
  private final Clock clock;

  public ReminderService(
      ReminderProperties properties,
      WorkingDays workingDays,
      ReminderLog log,
      ReminderDelivery delivery,
      Clock clock) {
    this.properties = properties;
    this.schedule = new ReminderSchedule(workingDays, properties.sendAt());
    this.log = log;
    this.delivery = delivery;
    this.clock = clock;
  }

  public ReminderSchedule schedule() {
    return schedule;
  }

  void taskCreated(DelegateTask task) {
    if (task.getDueDate() != null) {
      Instant created =
          task.getCreateTime() == null ? clock.instant() : task.getCreateTime().toInstant();
      plan((TaskEntity) task, created, clock.instant());
    }
  }

  void taskUpdated(DelegateTask task) {
    TaskEntity entity = (TaskEntity) task;
    if (!entity.getPropertyChanges().containsKey(TaskEntity.DUE_DATE)) {
      return; // claimed, renamed, reprioritised: the reminders stay as they are
    }
    jobsOf(entity).forEach(JobEntity::delete);
    if (task.getDueDate() != null) {
      // Reminders count from now: a deadline moved to the day after tomorrow still gets its "two
      // days before".
      plan(entity, clock.instant(), clock.instant());
    }
  }

  void taskEnded(DelegateTask task) {
    jobsOf((TaskEntity) task).forEach(JobEntity::delete);
  }

  /**
   * The timer fired: send the reminder due now (one mail per run), then set the timer to the next
   * one.
   */
  void fire(ReminderJobHandler.Config config, CommandContext commandContext) {
    TaskEntity task = commandContext.getTaskManager().findTaskById(config.taskId());
    if (task == null
        || task.getDueDate() == null
        || !task.getDueDate().toInstant().equals(config.due())) {
      return; // done, or its due date moved (the move planned a new timer)
    }
    Instant now = clock.instant();
    ReminderPolicy policy = properties.policyFor(task.getTaskDefinitionKey());
    List<ReminderEvent> pending =
        pending(
            schedule.upTo(config.due(), config.since(), policy, now),
            log.keys(task.getId(), config.due()));
    Optional<Instant> next =
        pending.size() > 1
            ? Optional.of(now)
            : schedule.firstAfter(config.due(), config.since(), policy, now).map(ReminderEvent::at);
    // The next timer first, the mail last: nothing after the mail has left can fail and cause a
    // second copy.
    next.ifPresent(at -> newTimer(task, config.since(), at));
    if (!pending.isEmpty()) {
      delivery.deliver(TaskFacts.of(task), pending.get(0));
    }
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

  private void plan(TaskEntity task, Instant since, Instant now) {
    ReminderPolicy policy = properties.policyFor(task.getTaskDefinitionKey());
    Instant due = task.getDueDate().toInstant();
    Optional<Instant> at =
        pending(schedule.upTo(due, since, policy, now), Set.of()).isEmpty()
            ? schedule.firstAfter(due, since, policy, now).map(ReminderEvent::at)
            : Optional.of(now);
    at.ifPresent(t -> newTimer(task, since, t));
  }

  private void newTimer(TaskEntity task, Instant since, Instant at) {
    ExecutionEntity execution = task.getExecution();
    TimerEntity timer = new TimerEntity();
    timer.setJobHandlerType(ReminderJobHandler.TYPE);
    timer.setJobHandlerConfiguration(
        new ReminderJobHandler.Config(task.getId(), since, task.getDueDate().toInstant()));
    timer.setDuedate(Date.from(at));
    // On the task's execution: an incident then shows on the task's step in Cockpit, and the engine
    // moves the job
    // along if the execution is replaced. The task listener removes it when the task ends.
    timer.setExecution(execution);
    timer.setActivityId(task.getTaskDefinitionKey());
    timer.setProcessDefinitionId(execution.getProcessDefinitionId());
    timer.setProcessDefinitionKey(execution.getProcessDefinition().getKey());
    timer.setDeploymentId(execution.getProcessDefinition().getDeploymentId());
    timer.setTenantId(task.getTenantId());
    Context.getCommandContext().getJobManager().schedule(timer);
  }

  private static List<JobEntity> jobsOf(TaskEntity task) {
    ExecutionEntity execution = task.getExecution();
    if (execution == null) {
      return List.of();
    }
    String prefix = task.getId() + "@";
    return execution.getJobs().stream()
        .filter(j -> ReminderJobHandler.TYPE.equals(j.getJobHandlerType()))
        .filter(j -> j.getJobHandlerConfigurationRaw().startsWith(prefix))
        .toList();
  }
}
