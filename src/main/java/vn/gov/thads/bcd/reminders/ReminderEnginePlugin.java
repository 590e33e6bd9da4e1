package vn.gov.thads.bcd.reminders;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.platform.UserTaskListeners;

/**
 * Wires reminders into the engine: every user task of every model gets the reminder listener (no
 * model has to remember it), which plans the task's reminders in the transaction that creates or
 * changes it. The service is looked up lazily: it needs beans that exist only once the engine does.
 */
@Component
public class ReminderEnginePlugin extends AbstractProcessEnginePlugin {

  private final Supplier<ReminderService> service;

  public ReminderEnginePlugin(ObjectProvider<ReminderService> service) {
    this.service = service::getObject;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskListeners.addToEveryUserTask(
        configuration,
        new ReminderTaskListener(service),
        TaskListener.EVENTNAME_CREATE,
        TaskListener.EVENTNAME_UPDATE,
        TaskListener.EVENTNAME_COMPLETE,
        TaskListener.EVENTNAME_DELETE);
  }

  /** Plans, moves and removes a task's reminders as the task is created, changed and ended. */
  static final class ReminderTaskListener implements TaskListener {
    private final Supplier<ReminderService> service;

    ReminderTaskListener(Supplier<ReminderService> service) {
      this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
      switch (task.getEventName()) {
        case EVENTNAME_CREATE -> service.get().taskCreated(task);
        case EVENTNAME_UPDATE -> service.get().taskUpdated(task);
        default -> service.get().taskEnded(task);
      }
    }
  }
}
