package vn.gov.thads.bcd.conclusions;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.directives.DirectiveRepository;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Read by the main model: {@code ${conclusions.directiveIds(execution)}} is the collection of
 * directive runs, the directives of the conclusion just issued as the table records them, and, when
 * a later round's conclusion carries them on, the earlier conclusions' unfinished directives.
 */
@Component("conclusions")
public class Conclusions {

  private final DirectiveRepository directives;

  public Conclusions(DirectiveRepository directives) {
    this.directives = directives;
  }

  public List<Long> directiveIds(VariableScope scope) {
    if (!(scope.getVariable(CaseVariables.CONCLUSION_ID) instanceof Number id)) {
      return List.of();
    }
    List<Long> ids = new ArrayList<>();
    if (CaseVariables.PRIOR_KEEP.equals(scope.getVariable(CaseVariables.PRIOR_DIRECTIVES))) {
      ids.addAll(directives.unfinishedOfCase(FormReader.caseId(scope), id.longValue()));
    }
    ids.addAll(directives.idsOfConclusion(id.longValue()));
    return ids;
  }
}
