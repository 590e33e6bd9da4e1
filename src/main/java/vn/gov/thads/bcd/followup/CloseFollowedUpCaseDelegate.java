package vn.gov.thads.bcd.followup;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * Closes the case in bcd_case with its outcome and the amount recovered; {@code caseOutcome} is the
 * process's output.
 */
@Component("closeFollowedUpCaseDelegate")
public class CloseFollowedUpCaseDelegate implements JavaDelegate {

  private final FollowUpRepository followUp;

  public CloseFollowedUpCaseDelegate(FollowUpRepository followUp) {
    this.followUp = followUp;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpOutcome outcome =
        FollowUpOutcome.valueOf((String) execution.getVariable(FollowUpVariables.CASE_OUTCOME));
    Object amount = execution.getVariable(FollowUpVariables.AMOUNT_RECOVERED);
    followUp.close(
        FormReader.caseId(execution),
        outcome,
        amount instanceof Number n ? new BigDecimal(n.toString()) : BigDecimal.ZERO);
    execution.setVariable(FollowUpVariables.CASE_OUTCOME, outcome.name());
  }
}
