package vn.gov.thads.bcd.conclusions;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.JsonList;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Gives the meeting and conclusion forms the list of every agency of the province to choose from.
 */
@Component("meetingPreparationDelegate")
public class MeetingPreparationDelegate implements JavaDelegate {

  private final Organisation organisation;

  public MeetingPreparationDelegate(Organisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        CaseVariables.ALL_AGENCY_OPTIONS,
        JsonList.of(
            organisation.agencies().stream()
                .map(a -> Map.of("label", a.name(), "value", a.id()))
                .toList()));
  }
}
