package vn.gov.thads.bcd.caseintake;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.CopiedVariables;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * At the start of a called process: loads the case's dossier (its filled-in fields) from the case
 * table into that process, for its forms to show (and, in the opinion request, for the dossier to
 * be completed and for the consultation decision to read), with the name of the submitting office
 * (and of an administrative judgment's superior). The main process itself does not carry the
 * dossier.
 */
@Component("caseSummaryLoader")
public class CaseSummaryLoader implements ExecutionListener {

  private final CaseRepository cases;
  private final Organisation organisation;

  public CaseSummaryLoader(CaseRepository cases, Organisation organisation) {
    this.cases = cases;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long caseId = FormReader.caseId(execution);
    CaseRepository.DossierSummary summary = cases.dossierSummary(caseId);
    // Fields the dossier leaves empty are not set: a form shows a missing variable as it shows an
    // empty one, and each would cost a runtime row and two history rows at every start (issue 17).
    Map<String, Object> variables = new HashMap<>(summary.dossier());
    variables.values().removeIf(Objects::isNull);
    String agency = summary.submittingAgency();
    if (agency != null) {
      variables.put(
          CaseVariables.SUBMITTING_AGENCY_NAME,
          organisation.agency(agency).map(Agency::name).orElse(agency));
    }
    Object superior = variables.get(CaseVariables.OBLIGED_BODY_SUPERIOR);
    if (superior != null) {
      variables.put(
          CaseVariables.OBLIGED_BODY_SUPERIOR_NAME,
          organisation.agency(superior.toString()).map(Agency::name).orElse(superior.toString()));
    }
    // Copies of the case table's record: no history detail rows for their creation.
    CopiedVariables.copying(() -> execution.getProcessInstance().setVariables(variables));
  }
}
