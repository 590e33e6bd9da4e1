package vn.gov.thads.bcd.enforcement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.variables.EnforcementVariables;

/**
 * Opens and closes the record of an enforcement, from the model's execution listeners: {@code
 * ${enforcementJournal.open(execution)}} at the start, {@code ${enforcementJournal.close(execution,
 * 'executed')}} at each end event, which also sets the process's output {@code enforcementOutcome}.
 */
@Component("enforcementJournal")
public class EnforcementJournal {

  private final EnforcementRepository records;

  public EnforcementJournal(EnforcementRepository records) {
    this.records = records;
  }

  public void open(DelegateExecution execution) {
    records.open(FormReader.caseId(execution), execution.getProcessInstanceId());
  }

  public void close(DelegateExecution execution, String outcome) {
    execution.setVariable(EnforcementVariables.ENFORCEMENT_OUTCOME, outcome);
    records.close(execution.getProcessInstanceId(), outcome);
  }
}
