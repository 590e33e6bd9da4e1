package vn.gov.thads.bcd.conclusions;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.process.JsonLists;

/** Read by the main model: {@code ${conclusions.directiveIds(execution)}} is the collection of directive runs. */
@Component("conclusions")
public class Conclusions {

  public List<String> directiveIds(VariableScope scope) {
    List<String> ids = JsonLists.strings(scope.getVariable(CaseVariables.DIRECTIVE_IDS));
    return ids == null ? List.of() : ids;
  }
}
