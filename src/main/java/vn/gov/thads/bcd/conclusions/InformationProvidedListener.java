package vn.gov.thads.bcd.conclusions;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * The enforcement office answers the chair's request for more information (with the number of its
 * written report when there is one); the answer is kept and the chair's conclusion task, in the
 * same round, opens with it and with nothing chosen.
 */
@Component("informationProvidedListener")
public class InformationProvidedListener implements TaskListener {

  private final InformationRequests requests;

  public InformationProvidedListener(InformationRequests requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String answer = f.text(CaseVariables.INFO_ANSWER, "Thông tin bổ sung", 4000);
    String documentNo = f.optionalDocumentNo(CaseVariables.INFO_DOCUMENT_NO, "Số văn bản báo cáo");
    InformationRequests.InformationRequest open = requests.open(f.caseId()).orElse(null);
    if (open == null) {
      f.problem("Không có yêu cầu bổ sung thông tin nào đang chờ trả lời.");
    }
    f.check("Thông tin bổ sung chưa hợp lệ:");
    requests.answer(open.id(), answer, documentNo, CurrentUser.idOr(task.getAssignee()));
    task.removeVariable(CaseVariables.CONCLUSION_ACTION);
  }
}
