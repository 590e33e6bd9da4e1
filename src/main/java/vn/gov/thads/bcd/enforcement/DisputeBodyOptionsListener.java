package vn.gov.thads.bcd.enforcement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.JsonList;
import vn.gov.thads.bcd.variables.EnforcementVariables;

/**
 * Offers the bodies that may settle a property dispute on the form of the task being opened (the
 * select's {@code valuesKey}: {@link EnforcementVariables#DISPUTE_BODY_OPTIONS}).
 */
@Component("disputeBodyOptionsListener")
class DisputeBodyOptionsListener implements TaskListener {

  private final DisputeBodies bodies;

  DisputeBodyOptionsListener(DisputeBodies bodies) {
    this.bodies = bodies;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(EnforcementVariables.DISPUTE_BODY_OPTIONS, JsonList.of(bodies.options()));
  }
}
