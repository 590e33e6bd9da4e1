package vn.gov.thads.bcd.opinions;

import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.ChoiceListener;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * The head of THADS tỉnh approves sending the request to the committee, or returns it with what to
 * complete.
 */
@Component("approvalDecisionListener")
public class ApprovalDecisionListener extends ChoiceListener {

  public ApprovalDecisionListener() {
    super(
        CaseVariables.APPROVAL_DECISION,
        Choices.of(
            CaseVariables.DECISION_APPROVE,
            "Đồng ý gửi xin ý kiến Ban Chỉ đạo",
            CaseVariables.DECISION_RETURN,
            "Trả lại để hoàn thiện hồ sơ"),
        CaseVariables.DECISION_RETURN,
        CaseVariables.RETURN_REASON,
        "Khi trả lại hồ sơ phải ghi rõ lý do và nội dung cần hoàn thiện.");
  }
}
