package vn.gov.thads.bcd.followup;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case in bcd_case with its outcome and the amount recovered; {@code caseOutcome} is the process's output. */
@Component("closeFollowedUpCaseDelegate")
public class CloseCaseDelegate implements JavaDelegate {

  private final FollowUpRepository followUp;

  public CloseCaseDelegate(FollowUpRepository followUp) {
    this.followUp = followUp;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpOutcome outcome = FollowUpOutcome.valueOf((String) execution.getVariable(FollowUpVariables.CASE_OUTCOME));
    Object amount = execution.getVariable(FollowUpVariables.AMOUNT_RECOVERED);
    followUp.close(FollowUpChecks.caseId(execution), outcome,
        amount instanceof Number n ? new BigDecimal(n.toString()) : BigDecimal.ZERO);
    execution.setVariable(FollowUpVariables.CASE_OUTCOME, outcome.name());
  }
}
