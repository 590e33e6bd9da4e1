package vn.gov.thads.bcd.reminders;

import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * Retries a failed reminder after the configured waits (the engine retries jobs of its own kinds by
 * their model's {@code failedJobRetryTimeCycle}, but jobs it does not know three times at once).
 * After the last wait the job has no retries left and the engine raises an incident; "retry" in
 * Cockpit sends it once the mail server is back. Every other job keeps the engine's behaviour.
 */
class ReminderRetryCommand extends DefaultJobRetryCmd {

  private final FailedJobRetryConfiguration retries;

  ReminderRetryCommand(String jobId, Throwable exception, FailedJobRetryConfiguration retries) {
    super(jobId, exception);
    this.retries = retries;
  }

  @Override
  public Object execute(CommandContext commandContext) {
    JobEntity job = getJob();
    if (job == null || !ReminderJobHandler.TYPE.equals(job.getJobHandlerType())) {
      return super.execute(commandContext);
    }
    boolean first = isFirstJobExecution(job); // before the exception is recorded on the job
    logException(job);
    if (first) {
      initializeRetries(job, retries.getRetries());
    }
    List<String> intervals = retries.getRetryIntervals();
    int index =
        Math.max(0, Math.min(intervals.size() - 1, intervals.size() - (job.getRetries() - 1)));
    try {
      job.setDuedate(new DurationHelper(intervals.get(index)).getDateAfter());
    } catch (Exception e) {
      throw new IllegalStateException(
          "Khoảng chờ gửi lại không hợp lệ: " + intervals.get(index), e);
    }
    job.unlock();
    decrementRetries(job);
    if (job.getRetries() <= 0) {
      // An incident now: once somebody retries it in Cockpit, it should go at once, not at the last
      // wait's end.
      job.setDuedate(ClockUtil.getCurrentTime());
    }
    notifyAcquisition(commandContext);
    return null;
  }

  static final class Factory implements FailedJobCommandFactory {
    private final FailedJobRetryConfiguration retries;

    Factory(String intervals) {
      this.retries = ParseUtil.parseRetryIntervals(intervals);
      if (retries == null || retries.getRetryIntervals().isEmpty()) {
        throw new IllegalArgumentException(
            "bcd.reminders.retry-intervals không hợp lệ: " + intervals);
      }
    }

    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
      return new ReminderRetryCommand(jobId, exception, retries);
    }
  }
}
