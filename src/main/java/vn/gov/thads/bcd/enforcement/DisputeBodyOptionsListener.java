package vn.gov.thads.bcd.enforcement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.JsonList;
import vn.gov.thads.bcd.organisation.Jurisdiction;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.variables.CaseVariables;
import vn.gov.thads.bcd.variables.EnforcementVariables;

/**
 * Offers the bodies that may settle a property dispute on the form of the task being opened (the
 * select's {@code valuesKey}: {@link EnforcementVariables#DISPUTE_BODY_OPTIONS}); before a body is
 * chosen, proposes the regional court of the office that submitted the case (its jurisdiction in
 * the organisation file).
 */
@Component("disputeBodyOptionsListener")
class DisputeBodyOptionsListener implements TaskListener {

  private final DisputeBodies bodies;
  private final Organisation organisation;

  DisputeBodyOptionsListener(DisputeBodies bodies, Organisation organisation) {
    this.bodies = bodies;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(EnforcementVariables.DISPUTE_BODY_OPTIONS, JsonList.of(bodies.options()));
    if (task.getVariable(EnforcementVariables.DISPUTE_BODY) == null
        && task.getVariable(CaseVariables.SUBMITTING_AGENCY) instanceof String office) {
      organisation
          .jurisdictionOf(office)
          .map(Jurisdiction::court)
          .filter(bodies::isBody)
          .ifPresent(court -> task.setVariable(EnforcementVariables.DISPUTE_BODY, court));
    }
  }
}
