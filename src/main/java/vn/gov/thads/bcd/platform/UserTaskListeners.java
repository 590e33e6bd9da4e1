package vn.gov.thads.bcd.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds a listener to every user task of every model, so that no model has to remember it. For
 * engine plugins.
 */
public final class UserTaskListeners {

  private UserTaskListeners() {}

  public static void addToEveryUserTask(
      ProcessEngineConfigurationImpl configuration, TaskListener listener, String... events) {
    List<BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            var task =
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            for (String event : events) {
              task.addBuiltInTaskListener(event, listener);
            }
          }
        });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
