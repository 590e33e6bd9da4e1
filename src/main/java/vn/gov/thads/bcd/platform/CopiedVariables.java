package vn.gov.thads.bcd.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.variables.CaseVariables;
import vn.gov.thads.bcd.variables.TaskCardVariables;

/**
 * Variables copied into a process from the application's own record (a case's dossier, loaded from
 * the case table for a called process's forms): the record already keeps the value with its author
 * and time, so the copy's creation writes the variable's history row (value and time, what the
 * history shows) but no detail row ({@code ACT_HI_DETAIL}), about twenty rows fewer at every intake
 * (issue 17). The same holds for the keys that name the case in each of its processes ({@link
 * #CASE_KEYS}: set from the case's row at registration, handed down to every called process): about
 * ten rows fewer at every intake. Every later change of such a variable, by a form or a new round,
 * gets its detail row as any other: who changed what, and when, stays recorded. The variables of a
 * task's card ({@link TaskCardVariables}: copies the card reads while the task is open, deleted
 * with it) have no history at all: three rows fewer at every task, and no update of them when it
 * ends. Replaces the engine's database history handler by one that asks this first; any other
 * history handler stays as it was.
 */
@Component
public class CopiedVariables extends AbstractProcessEnginePlugin {

  private static final ThreadLocal<Boolean> COPYING = new ThreadLocal<>();

  /**
   * The case's id, number, submitting office and round: copies of the case's row wherever they are
   * created (a called process receives them from its caller).
   */
  static final Set<String> CASE_KEYS =
      Set.of(
          CaseVariables.CASE_ID,
          CaseVariables.CASE_NUMBER,
          CaseVariables.SUBMITTING_AGENCY,
          CaseVariables.ROUND_NUMBER);

  /**
   * Runs {@code set}, whose variables are copies of the application's record (created, or given the
   * record's value, as a new case's number).
   */
  public static void copying(Runnable set) {
    boolean outer = Boolean.TRUE.equals(COPYING.get());
    COPYING.set(Boolean.TRUE);
    try {
      set.run();
    } finally {
      if (!outer) {
        COPYING.remove();
      }
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventHandler current = configuration.getHistoryEventHandler();
    if (!(current instanceof CompositeDbHistoryEventHandler)) {
      throw new IllegalStateException(
          "Bộ ghi lịch sử của engine không phải bộ mặc định ("
              + current
              + "): không thay được cách ghi biến sao chép.");
    }
    // In postInit every plugin has added its own handlers: keep them, after the database's.
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new Handler());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setHistoryEventHandler(new CompositeHistoryEventHandler(handlers));
  }

  /**
   * The engine's database history handler, without a detail row for a copy's creation and without
   * any history of the task cards' variables.
   */
  static final class Handler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable
          && variable.getTaskId() != null
          && TaskCardVariables.ALL.contains(variable.getVariableName())) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return super.shouldWriteHistoricDetail(event)
          && !Boolean.TRUE.equals(COPYING.get())
          && !(event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
              && CASE_KEYS.contains(event.getVariableName()));
    }
  }
}
