package vn.gov.thads.bcd.opinionrequest;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.process.InvalidCaseDataException;

/** Refuses an approval decision that the form would not allow: none, unknown, or a return without reason. */
@Component("approvalDecisionListener")
public class ApprovalDecisionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(CaseVariables.APPROVAL_DECISION);
    if (!CaseVariables.DECISION_APPROVE.equals(decision) && !CaseVariables.DECISION_RETURN.equals(decision)) {
      throw new InvalidCaseDataException(
          "Chưa chọn quyết định: phải là 'Đồng ý gửi xin ý kiến Ban Chỉ đạo' hoặc 'Trả lại để hoàn thiện hồ sơ'.");
    }
    Object reason = task.getVariable(CaseVariables.RETURN_REASON);
    if (CaseVariables.DECISION_RETURN.equals(decision) && !(reason instanceof String s && !s.isBlank())) {
      throw new InvalidCaseDataException("Khi trả lại hồ sơ phải ghi rõ lý do và nội dung cần hoàn thiện.");
    }
  }
}
