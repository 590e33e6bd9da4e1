package vn.gov.thads.bcd.conclusions;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.directives.DirectiveRepository;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Read by the main model: {@code ${conclusions.directiveIds(execution)}} is the collection of
 * directive runs, the directives of the conclusion just issued as the table records them.
 */
@Component("conclusions")
public class Conclusions {

  private final DirectiveRepository directives;

  public Conclusions(DirectiveRepository directives) {
    this.directives = directives;
  }

  public List<Long> directiveIds(VariableScope scope) {
    Object conclusionId = scope.getVariable(CaseVariables.CONCLUSION_ID);
    return conclusionId instanceof Number id
        ? directives.idsOfConclusion(id.longValue())
        : List.of();
  }
}
