package vn.gov.thads.bcd.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.process.InvalidCaseDataException;

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
    List<String> problems = new ArrayList<>();
    String text = FollowUpChecks.text(task.getVariable(FollowUpVariables.FINAL_REPORT_TEXT),
        "nội dung báo cáo kết quả", MAX_REPORT, problems);
    String documentNo = FollowUpChecks.optionalText(task.getVariable(FollowUpVariables.FINAL_REPORT_DOCUMENT_NO),
        "Số văn bản báo cáo", 100, problems);
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Báo cáo kết quả chưa hợp lệ: " + String.join(" ", problems));
    }
    Object amount = task.getVariable(FollowUpVariables.AMOUNT_RECOVERED);
    followUp.record(FollowUpChecks.caseId(task), new FollowUpRepository.Entry(FollowUpRepository.Kind.FINAL_REPORT,
        (String) task.getVariable(FollowUpVariables.CASE_OUTCOME),
        amount instanceof Number n ? new BigDecimal(n.toString()) : null, null, text, documentNo,
        FollowUpChecks.actor(task), task.getDueDate()));
  }
}
