package vn.gov.thads.bcd.followup;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/** Checks and records the secretariat's final report to the committee on the case's outcome. */
@Component("finalReportListener")
public class FinalReportListener implements TaskListener {

  static final int MAX_REPORT = 4000;

  private final FollowUpRepository followUp;

  public FinalReportListener(FollowUpRepository followUp) {
    this.followUp = followUp;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String text =
        f.text(FollowUpVariables.FINAL_REPORT_TEXT, "nội dung báo cáo kết quả", MAX_REPORT);
    String documentNo =
        f.optionalText(FollowUpVariables.FINAL_REPORT_DOCUMENT_NO, "Số văn bản báo cáo", 100);
    f.check("Báo cáo kết quả chưa hợp lệ:");
    Object amount = task.getVariable(FollowUpVariables.AMOUNT_RECOVERED);
    followUp.record(
        f.caseId(),
        new FollowUpRepository.Entry(
            FollowUpRepository.Kind.FINAL_REPORT,
            (String) task.getVariable(FollowUpVariables.CASE_OUTCOME),
            amount instanceof Number n ? new BigDecimal(n.toString()) : null,
            null,
            text,
            documentNo,
            CurrentUser.idOr(task.getAssignee()),
            task.getDueDate()));
  }
}
