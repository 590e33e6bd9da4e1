package vn.gov.thads.bcd.administrative;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.AdministrativeVariables;

/**
 * The office's request to the court and the court's decision compelling execution: numbers and
 * dates, the request not before the result was recorded, the decision not before the request.
 */
@Component("compellingDecisionListener")
public class CompellingDecisionListener implements TaskListener {

  private final AdministrativeJudgmentRepository monitoring;
  private final Clock clock;

  public CompellingDecisionListener(AdministrativeJudgmentRepository monitoring, Clock clock) {
    this.monitoring = monitoring;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    long caseId = f.caseId();
    LocalDate today = VietnamTime.today(clock);
    AdministrativeJudgmentRepository.Monitoring m = monitoring.find(caseId).orElseThrow();
    String requestNo =
        f.documentNo(AdministrativeVariables.COURT_REQUEST_NO, "Số văn bản đề nghị Tòa án");
    LocalDate requestDate =
        f.dateNotInFuture(
            AdministrativeVariables.COURT_REQUEST_DATE, "Ngày văn bản đề nghị Tòa án", today);
    String decisionNo =
        f.documentNo(
            AdministrativeVariables.COMPELLING_DECISION_NO, "Số quyết định buộc thi hành án");
    LocalDate decisionDate =
        f.dateNotInFuture(
            AdministrativeVariables.COMPELLING_DECISION_DATE,
            "Ngày quyết định buộc thi hành án",
            today);
    if (requestDate != null && m.resultDate() != null && requestDate.isBefore(m.resultDate())) {
      f.problem(
          "Ngày văn bản đề nghị Tòa án không được trước ngày ghi nhận kết quả thi hành ("
              + VietnamTime.format(m.resultDate())
              + ").");
    }
    if (requestDate != null && decisionDate != null && decisionDate.isBefore(requestDate)) {
      f.problem("Ngày quyết định buộc thi hành án không được trước ngày văn bản đề nghị Tòa án.");
    }
    f.check("Quyết định buộc thi hành án chưa hợp lệ:");
    monitoring.compellingDecision(caseId, requestNo, requestDate, decisionNo, decisionDate);
  }
}
