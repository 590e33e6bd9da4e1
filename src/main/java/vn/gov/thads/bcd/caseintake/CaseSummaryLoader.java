package vn.gov.thads.bcd.caseintake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;

/**
 * At the start of a called process: loads the case's dossier from the case table into that process,
 * for its forms to show (and, in the opinion request, for the dossier to be completed and for the
 * consultation decision to read). The main process itself does not carry the dossier.
 */
@Component("caseSummaryLoader")
public class CaseSummaryLoader implements ExecutionListener {

  private final CaseRepository cases;

  public CaseSummaryLoader(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long caseId = FormReader.caseId(execution);
    execution.getProcessInstance().setVariables(cases.dossierVariables(caseId));
  }
}
