package vn.gov.thads.bcd.followup;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * Checks and records the responsible office's periodic status report. Sets what the model routes
 * on: the outcome, the case outcome when the case is completed or terminated, the re-verification
 * period when the debtor cannot pay yet.
 */
@Component("reportStatusListener")
public class ReportStatusListener implements TaskListener {

  static final Map<String, String> OUTCOMES =
      Choices.of(
          FollowUpVariables.REPORT_IN_PROGRESS, "Đang tổ chức thi hành",
          FollowUpVariables.REPORT_COMPLETED, "Thi hành xong",
          FollowUpVariables.REPORT_TERMINATED, "Đình chỉ thi hành án",
          FollowUpVariables.REPORT_NOT_ENFORCEABLE, "Chưa có điều kiện thi hành");

  static final int MAX_STATUS_TEXT = 2000;

  private final CaseRepository cases;
  private final FollowUpRepository followUp;
  private final ReverificationSchedule schedule;

  public ReportStatusListener(
      CaseRepository cases, FollowUpRepository followUp, ReverificationSchedule schedule) {
    this.cases = cases;
    this.followUp = followUp;
    this.schedule = schedule;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    long caseId = f.caseId();
    BigDecimal amountToEnforce = cases.findById(caseId).orElseThrow().amountVnd();
    String outcome = f.choice(FollowUpVariables.REPORT_OUTCOME, "kết quả thi hành", OUTCOMES);
    BigDecimal amount = f.amount(FollowUpVariables.AMOUNT_RECOVERED, "số tiền đã thu được (đồng)");
    if (amount != null && amount.compareTo(amountToEnforce) > 0) {
      f.problem(
          "Số tiền đã thu được ("
              + FormReader.vnd(amount)
              + " đồng) không được lớn hơn số tiền phải thi hành ("
              + FormReader.vnd(amountToEnforce)
              + " đồng).");
    }
    String text = f.text(FollowUpVariables.STATUS_TEXT, "tình hình thi hành án", MAX_STATUS_TEXT);
    String situation = null;
    if (FollowUpVariables.REPORT_NOT_ENFORCEABLE.equals(outcome)) {
      situation =
          f.choice(
              FollowUpVariables.DEBTOR_SITUATION,
              "tình trạng người phải thi hành án",
              ReverificationSchedule.SITUATIONS);
    }
    f.check("Báo cáo chưa hợp lệ:");

    followUp.record(
        caseId,
        new FollowUpRepository.Entry(
            FollowUpRepository.Kind.REPORT,
            outcome,
            amount,
            situation,
            text,
            null,
            CurrentUser.idOr(task.getAssignee()),
            task.getDueDate()));
    followUp.updateAmountRecovered(caseId, amount);
    task.setVariable(FollowUpVariables.AMOUNT_RECOVERED, amount.longValueExact());
    task.removeVariable(FollowUpVariables.STATUS_TEXT);
    switch (outcome) {
      case FollowUpVariables.REPORT_COMPLETED -> outcome(task, FollowUpOutcome.COMPLETED);
      case FollowUpVariables.REPORT_TERMINATED -> outcome(task, FollowUpOutcome.TERMINATED);
      case FollowUpVariables.REPORT_NOT_ENFORCEABLE ->
          task.setVariable(FollowUpVariables.REVERIFY_PERIOD, schedule.periodFor(situation));
      default -> {}
    }
  }

  static void outcome(VariableScope scope, FollowUpOutcome outcome) {
    scope.setVariable(FollowUpVariables.CASE_OUTCOME, outcome.name());
    scope.setVariable(FollowUpVariables.CASE_OUTCOME_LABEL, outcome.label());
  }
}
