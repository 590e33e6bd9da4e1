package vn.gov.thads.bcd.process;

import java.util.Collections;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Refuses the completion of a decision task whose choice is missing or unknown, or whose choice needs a
 * written reason that is missing. One instance per decision task, declared as a bean named as the model refers to it.
 */
public class ChoiceListener implements TaskListener {

  private final String variable;
  private final Map<String, String> choices;
  private final String choiceNeedingReason;
  private final String reasonVariable;
  private final String reasonMessage;

  /**
   * @param choices allowed values and their Vietnamese labels, for the error message
   */
  public ChoiceListener(String variable, Map<String, String> choices, String choiceNeedingReason,
      String reasonVariable, String reasonMessage) {
    this.variable = variable;
    this.choices = choices;
    this.choiceNeedingReason = choiceNeedingReason;
    this.reasonVariable = reasonVariable;
    this.reasonMessage = reasonMessage;
  }

  /** The allowed values and their Vietnamese labels (read-only), e.g. to compare them with the form's options. */
  public Map<String, String> choices() {
    return Collections.unmodifiableMap(choices);
  }

  @Override
  public void notify(DelegateTask task) {
    Object choice = task.getVariable(variable);
    if (!(choice instanceof String c) || !choices.containsKey(c)) {
      throw new InvalidCaseDataException("Chưa chọn quyết định: phải là "
          + String.join(" hoặc ", choices.values().stream().map(v -> "'" + v + "'").toList()) + ".");
    }
    if (choice.equals(choiceNeedingReason)) {
      Object reason = task.getVariable(reasonVariable);
      if (!(reason instanceof String r) || r.isBlank()) {
        throw new InvalidCaseDataException(reasonMessage);
      }
    }
  }
}
