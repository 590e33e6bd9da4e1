package vn.gov.thads.bcd.reminders;

import java.time.Instant;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The engine's side of a task's reminder timer: one job per open task with a due date, due at its
 * next reminder. A job because the engine then does what reminders need: it fires at its time on
 * exactly one node of a cluster, survives restarts, retries when the mail server fails and ends as
 * an incident in Cockpit, on the task's step.
 */
public class ReminderJobHandler implements JobHandler<ReminderJobHandler.Config> {

  public static final String TYPE = "bcd-task-reminder";

  /**
   * Which task, since when reminders count (creation, or the change of the due date), and for which
   * due date the job was scheduled: {@code taskId@sinceMillis@dueMillis}.
   */
  public record Config(String taskId, Instant since, Instant due)
      implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return taskId + "@" + since.toEpochMilli() + "@" + due.toEpochMilli();
    }

    static Config parse(String canonical) {
      String[] parts = canonical.split("@");
      return new Config(
          parts[0],
          Instant.ofEpochMilli(Long.parseLong(parts[1])),
          Instant.ofEpochMilli(Long.parseLong(parts[2])));
    }
  }

  private final Supplier<ReminderService> service;

  public ReminderJobHandler(Supplier<ReminderService> service) {
    this.service = service;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(
      Config configuration,
      ExecutionEntity execution,
      CommandContext commandContext,
      String tenantId) {
    service.get().fire(configuration, commandContext);
  }

  @Override
  public Config newConfiguration(String canonicalString) {
    return Config.parse(canonicalString);
  }

  @Override
  public void onDelete(Config configuration, JobEntity jobEntity) {
    // nothing kept outside the job
  }
}
