package vn.gov.thads.bcd.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Variables copied into a process from the application's own record (a case's dossier, loaded from
 * the case table for a called process's forms): the record already keeps the value with its author
 * and time, so the copy's creation writes the variable's history row (value and time, what the
 * history shows) but no detail row ({@code ACT_HI_DETAIL}), about twenty rows fewer at every intake
 * (issue 17). Every later change of such a variable, by a form, gets its detail row as any other:
 * who changed what, and when, stays recorded. Replaces the engine's database history handler by one
 * that asks this first; any other history handler stays as it was.
 */
@Component
public class CopiedVariables extends AbstractProcessEnginePlugin {

  private static final ThreadLocal<Boolean> COPYING = new ThreadLocal<>();

  /** Runs {@code set}, whose new variables are copies of the application's record. */
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

  /** The engine's database history handler, without a detail row for a copy's creation. */
  static final class Handler extends DbHistoryEventHandler {

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return super.shouldWriteHistoricDetail(event)
          && !(Boolean.TRUE.equals(COPYING.get())
              && event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE));
    }
  }
}
