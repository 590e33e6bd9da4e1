package vn.gov.thads.bcd.testsupport;

import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.context.ApplicationContext;
import vn.gov.thads.bcd.reminders.ReminderPlan;
import vn.gov.thads.bcd.reminders.ReminderSweep;

/**
 * The reminders planned for open tasks, and the sweep run as a node would run it (the sweep is off
 * in tests, with the job executor).
 */
public final class Reminders {

  private Reminders() {}

  /** Sends every reminder due by the engine's clock; returns how many tasks were handled. */
  public static int sendDue(ProcessEngine engine) {
    return sweep(engine).sweep(null);
  }

  /** The same for the tasks of one case only (other tests' cases share the database). */
  public static int sendDue(ProcessEngine engine, CaseScenario c) {
    return sweep(engine).sweep(c.processInstanceIds());
  }

  /** The next reminder of each open task of the case. */
  public static List<ReminderPlan.Row> planned(ProcessEngine engine, CaseScenario c) {
    return bean(engine, "reminderPlan", ReminderPlan.class)
        .ofProcessInstances(c.processInstanceIds());
  }

  /** The next reminder of one task, if one is planned. */
  public static java.util.Optional<ReminderPlan.Row> planned(ProcessEngine engine, String taskId) {
    String instance =
        engine
            .getTaskService()
            .createTaskQuery()
            .taskId(taskId)
            .singleResult()
            .getProcessInstanceId();
    return bean(engine, "reminderPlan", ReminderPlan.class)
        .ofProcessInstances(List.of(instance))
        .stream()
        .filter(r -> r.taskId().equals(taskId))
        .findFirst();
  }

  private static ReminderSweep sweep(ProcessEngine engine) {
    return bean(engine, "reminderSweep", ReminderSweep.class);
  }

  /**
   * A bean of the application the engine runs in (the Spring configuration keeps its context in a
   * field without a getter).
   */
  private static <T> T bean(ProcessEngine engine, String name, Class<T> type) {
    try {
      Field context = SpringProcessEngineConfiguration.class.getDeclaredField("applicationContext");
      context.setAccessible(true);
      return ((ApplicationContext) context.get(engine.getProcessEngineConfiguration()))
          .getBean(name, type);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
