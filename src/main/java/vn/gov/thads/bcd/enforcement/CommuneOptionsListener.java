package vn.gov.thads.bcd.enforcement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.JsonList;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.variables.EnforcementVariables;

/**
 * Offers the communes' People's Committees and police on the plan being opened (the selects' {@code
 * valuesKey}): a form can only offer options from variables.
 */
@Component("communeOptionsListener")
class CommuneOptionsListener implements TaskListener {

  private final CoercionCommunes communes;

  CommuneOptionsListener(CoercionCommunes communes) {
    this.communes = communes;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(
        EnforcementVariables.COMMUNE_COMMITTEE_OPTIONS,
        JsonList.of(Organisation.options(communes.committees())));
    task.setVariable(
        EnforcementVariables.COMMUNE_POLICE_OPTIONS,
        JsonList.of(Organisation.options(communes.police())));
  }
}
