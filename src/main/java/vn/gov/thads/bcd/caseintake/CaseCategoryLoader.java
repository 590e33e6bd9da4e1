package vn.gov.thads.bcd.caseintake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Puts the case's category, as the record now has it (the dossier may have been completed since the
 * start), on the main process where a gateway routes on it: an administrative judgment is monitored
 * (AdministrativeJudgmentProcess) instead of enforced.
 */
@Component("caseCategoryLoader")
public class CaseCategoryLoader implements ExecutionListener {

  private final CaseRepository cases;

  public CaseCategoryLoader(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long caseId = FormReader.caseId(execution);
    execution.setVariable(
        CaseVariables.CASE_CATEGORY,
        cases.findById(caseId).map(CaseRepository.CaseRow::category).orElseThrow());
  }
}
