package vn.gov.thads.bcd.opinions;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.JsonList;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Read by the models: {@code ${consultation.agencies(execution)}} is the collection of the opinion
 * tasks.
 */
@Component("consultation")
public class Consultation {

  public List<String> agencies(VariableScope scope) {
    List<String> agencies = JsonList.strings(scope.getVariable(CaseVariables.CONSULTED_AGENCIES));
    return agencies == null ? List.of() : agencies;
  }
}
