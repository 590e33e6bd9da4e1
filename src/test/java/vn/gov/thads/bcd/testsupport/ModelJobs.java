package vn.gov.thads.bcd.testsupport;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/** The jobs of the models (timers, asynchronous steps) of one process instance. */
public final class ModelJobs {

  private ModelJobs() {}

  public static List<Job> of(ProcessEngine engine, String processInstanceId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .list();
  }

  /** The one timer of the model waiting in a process instance. */
  public static Job timer(ProcessEngine engine, String processInstanceId) {
    List<Job> timers =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(processInstanceId)
            .timers()
            .list();
    if (timers.size() > 1) {
      throw new AssertionError("More than one timer waits in " + processInstanceId + ": " + timers);
    }
    return timers.isEmpty() ? null : timers.get(0);
  }
}
