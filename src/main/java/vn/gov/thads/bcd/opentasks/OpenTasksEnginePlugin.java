package vn.gov.thads.bcd.opentasks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code bcd_open_task} in step with the engine through its history events, beside the
 * engine's own history tables. History events rather than task listeners: the engine produces them
 * for every change of a task and of its candidate groups, including a process instance deleted in
 * Cockpit with "skip custom listeners", which task listeners would miss. Needs history level {@code
 * full} (candidate group changes are history of that level), which the application configures.
 */
@Component
public class OpenTasksEnginePlugin extends AbstractProcessEnginePlugin {

  private final Supplier<OpenTasks> openTasks;

  public OpenTasksEnginePlugin(ObjectProvider<OpenTasks> openTasks) {
    this.openTasks = openTasks::getObject;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers =
        configuration.getCustomHistoryEventHandlers() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new Handler(openTasks));
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  /** Turns the task and candidate-group history events into writes of the table. */
  static final class Handler implements HistoryEventHandler {

    private static final String CREATE = HistoryEventTypes.TASK_INSTANCE_CREATE.getEventName();
    private static final String UPDATE = HistoryEventTypes.TASK_INSTANCE_UPDATE.getEventName();
    private static final String MIGRATE = HistoryEventTypes.TASK_INSTANCE_MIGRATE.getEventName();
    private static final String COMPLETE = HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName();
    private static final String DELETE = HistoryEventTypes.TASK_INSTANCE_DELETE.getEventName();
    private static final String LINK_ADD = HistoryEventTypes.IDENTITY_LINK_ADD.getEventName();
    private static final String LINK_DELETE = HistoryEventTypes.IDENTITY_LINK_DELETE.getEventName();

    private final Supplier<OpenTasks> openTasks;

    Handler(Supplier<OpenTasks> openTasks) {
      this.openTasks = openTasks;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricTaskInstanceEventEntity task) {
        task(task);
      } else if (event instanceof HistoricIdentityLinkLogEventEntity link
          && link.getTaskId() != null
          && link.getGroupId() != null
          && IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (LINK_ADD.equals(link.getEventType())) {
          openTasks.get().candidateAdded(link.getTaskId(), link.getGroupId());
        } else if (LINK_DELETE.equals(link.getEventType())) {
          openTasks.get().candidateRemoved(link.getTaskId(), link.getGroupId());
        }
      }
    }

    private void task(HistoricTaskInstanceEventEntity task) {
      String type = task.getEventType();
      if (task.getProcessInstanceId() == null || COMPLETE.equals(type) || DELETE.equals(type)) {
        // A task outside any process (made in Tasklist by hand) is no case's step.
        openTasks.get().taskEnded(task.getTaskId());
      } else if (CREATE.equals(type) || UPDATE.equals(type) || MIGRATE.equals(type)) {
        openTasks
            .get()
            .taskChanged(
                new OpenTasks.TaskFields(
                    task.getTaskId(),
                    task.getName(),
                    task.getProcessInstanceId(),
                    task.getRootProcessInstanceId(),
                    task.getAssignee(),
                    task.getDueDate()));
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
