package vn.gov.thads.bcd.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.CaseStatus;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * First step of the follow-up: marks the case as followed up and puts on the process what the forms
 * show, read from bcd_case, the record of the case (the dossier may have been corrected since the
 * caller read it).
 */
@Component("startFollowUpDelegate")
public class StartFollowUpDelegate implements JavaDelegate {

  private final CaseRepository cases;

  public StartFollowUpDelegate(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object id = execution.getVariable(FollowUpVariables.CASE_ID);
    if (!(id instanceof Number n)) {
      throw new IllegalStateException(
          "Thiếu mã vụ việc (biến '" + FollowUpVariables.CASE_ID + "') để theo dõi, đôn đốc.");
    }
    CaseRepository.CaseRow row =
        cases
            .findById(n.longValue())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Không tìm thấy vụ việc có mã " + id + " để theo dõi, đôn đốc."));
    // A case that ended early comes only for its final report: it is not followed up.
    if (execution.getVariable(FollowUpVariables.CASE_OUTCOME) == null) {
      cases.updateStatus(row.id(), CaseStatus.FOLLOW_UP);
    }
    execution.setVariable(FollowUpVariables.CASE_NUMBER, row.caseNumber());
    execution.setVariable(FollowUpVariables.ENFORCEMENT_DECISION_NO, row.enforcementDecisionNo());
    execution.setVariable(FollowUpVariables.DEBTOR_NAME, row.debtorName());
    execution.setVariable(FollowUpVariables.AMOUNT_VND, row.amountVnd().longValueExact());
    if (execution.getVariable(FollowUpVariables.AMOUNT_RECOVERED) == null) {
      execution.setVariable(FollowUpVariables.AMOUNT_RECOVERED, 0L);
    }
  }
}
