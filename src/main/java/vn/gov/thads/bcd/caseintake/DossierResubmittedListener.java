package vn.gov.thads.bcd.caseintake;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * When a returned dossier is resubmitted: the same checks as at the start (the decision may not be
 * another open case's), then the record is updated. Bank-credit details the form hid keep no stale
 * value ({@link Dossier#withoutHiddenRecordedValues}).
 */
@Component("dossierResubmittedListener")
public class DossierResubmittedListener implements TaskListener {

  private final CaseRepository cases;
  private final Organisation organisation;
  private final Clock clock;

  public DossierResubmittedListener(CaseRepository cases, Organisation organisation, Clock clock) {
    this.cases = cases;
    this.organisation = organisation;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = FormReader.caseId(task);
    Dossier dossier =
        Dossier.from(
            FormReader.of(
                Dossier.withoutHiddenRecordedValues(
                    task::getVariable, cases.dossierVariables(caseId))),
            VietnamTime.today(clock),
            id -> organisation.agency(id).isPresent());
    cases.checkDecisionFree(dossier, caseId);
    cases.updateDossier(caseId, dossier);
    // The bank-credit and administrative details the form hid and the record dropped are dropped
    // for the later forms too; the debtor and amount an administrative judgment may leave out are
    // as recorded.
    Map<String, Object> recorded = cases.dossierVariables(caseId);
    for (DossierField field : DossierField.values()) {
      if (field.bankCredit()
          || field.administrative()
          || field == DossierField.DEBTOR_NAME
          || field == DossierField.AMOUNT_VND) {
        task.setVariable(field.variable(), recorded.get(field.variable()));
      }
    }
    task.setVariable(CaseVariables.PROPERTY_DISPUTED, dossier.propertyDisputed());
    task.setVariable(CaseVariables.SECURITY_RISK, dossier.securityRisk());
  }
}
