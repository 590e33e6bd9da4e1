package vn.gov.thads.bcd.testsupport;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import vn.gov.thads.bcd.reminders.ReminderJobHandler;

/**
 * The reminder timers of the engine, and running the due ones as the job executor would (it is off
 * in tests).
 */
public final class ReminderJobs {

  private ReminderJobs() {}

  public static List<Job> all(ProcessEngine engine) {
    return engine.getManagementService().createJobQuery().list().stream()
        .filter(ReminderJobs::isReminder)
        .toList();
  }

  /**
   * Executes the reminder jobs due by the engine's clock, again and again until none is due;
   * returns how many ran.
   */
  public static int runDue(ProcessEngine engine) {
    return runDue(
        engine,
        () ->
            engine.getManagementService().createJobQuery().executable().list().stream()
                .filter(ReminderJobs::isReminder)
                .toList());
  }

  /** The same for the reminders of one case only (other tests' cases share the database). */
  public static int runDue(ProcessEngine engine, CaseScenario c) {
    return runDue(
        engine,
        () ->
            c.reminderJobs().stream()
                .filter(
                    j -> j.getRetries() > 0 && !j.getDuedate().after(ClockUtil.getCurrentTime()))
                .toList());
  }

  private static int runDue(ProcessEngine engine, Supplier<List<Job>> dueJobs) {
    int ran = 0;
    for (int round = 0; round < 50; round++) {
      List<Job> due = dueJobs.get();
      if (due.isEmpty()) {
        return ran;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        ran++;
      }
    }
    throw new AssertionError("Reminder jobs keep falling due: a reminder loop?");
  }

  /**
   * The jobs of the models (timers, asynchronous steps) of one process instance; not the reminders.
   */
  public static List<Job> modelJobs(ProcessEngine engine, String processInstanceId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .list()
        .stream()
        .filter(j -> !isReminder(j))
        .toList();
  }

  /** The one timer of the model waiting in a process instance (reminder timers aside). */
  public static Job modelTimer(ProcessEngine engine, String processInstanceId) {
    List<Job> timers =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(processInstanceId)
            .timers()
            .list()
            .stream()
            .filter(j -> !isReminder(j))
            .toList();
    if (timers.size() > 1) {
      throw new AssertionError("More than one timer waits in " + processInstanceId + ": " + timers);
    }
    return timers.isEmpty() ? null : timers.get(0);
  }

  public static boolean isReminder(Job job) {
    return ReminderJobHandler.TYPE.equals(((JobEntity) job).getJobHandlerType());
  }
}
