package vn.gov.thads.bcd.forms;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Refuses the completion of a decision task whose choice is missing or unknown, or whose choice
 * needs a written reason that is missing. One instance per decision task, declared as a bean named
 * as the model refers to it.
 */
public class ChoiceListener implements TaskListener {

  private final String variable;
  private final Map<String, String> choices;
  private final String choiceNeedingReason;
  private final String reasonVariable;
  private final String reasonMessage;

  /**
   * @param choices allowed values and their Vietnamese labels ({@link Choices#of}), as the form
   *     lists them
   * @param choiceNeedingReason the choice that must be explained in {@code reasonVariable}, or null
   */
  public ChoiceListener(
      String variable,
      Map<String, String> choices,
      String choiceNeedingReason,
      String reasonVariable,
      String reasonMessage) {
    this.variable = variable;
    this.choices = choices;
    this.choiceNeedingReason = choiceNeedingReason;
    this.reasonVariable = reasonVariable;
    this.reasonMessage = reasonMessage;
  }

  /** The allowed values and their labels, as the form must list them. */
  public Map<String, String> choices() {
    return choices;
  }

  /** The variable the task's form writes the choice into. */
  public String variable() {
    return variable;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String choice = f.choice(variable, "quyết định", choices);
    if (choice != null && choice.equals(choiceNeedingReason) && f.isBlank(reasonVariable)) {
      f.problem(reasonMessage);
    }
    f.check();
  }
}
