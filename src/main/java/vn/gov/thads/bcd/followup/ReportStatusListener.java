package vn.gov.thads.bcd.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.process.InvalidCaseDataException;

/**
 * Checks and records the responsible office's periodic status report. Sets what the model routes on: the
 * outcome, the case outcome when the case is completed or terminated, the re-verification period when the
 * debtor cannot pay yet.
 */
@Component("reportStatusListener")
public class ReportStatusListener implements TaskListener {

  static final Map<String, String> OUTCOMES = new LinkedHashMap<>();

  static {
    OUTCOMES.put(FollowUpVariables.REPORT_IN_PROGRESS, "Đang tổ chức thi hành");
    OUTCOMES.put(FollowUpVariables.REPORT_COMPLETED, "Thi hành xong");
    OUTCOMES.put(FollowUpVariables.REPORT_TERMINATED, "Đình chỉ thi hành án");
    OUTCOMES.put(FollowUpVariables.REPORT_NOT_ENFORCEABLE, "Chưa có điều kiện thi hành");
  }

  static final int MAX_STATUS_TEXT = 2000;

  private final CaseRepository cases;
  private final FollowUpRepository followUp;
  private final ReverificationSchedule schedule;

  public ReportStatusListener(CaseRepository cases, FollowUpRepository followUp, ReverificationSchedule schedule) {
    this.cases = cases;
    this.followUp = followUp;
    this.schedule = schedule;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = FollowUpChecks.caseId(task);
    BigDecimal amountToEnforce = cases.findById(caseId).orElseThrow().amountVnd();
    List<String> problems = new ArrayList<>();
    String outcome = FollowUpChecks.choice(task.getVariable(FollowUpVariables.REPORT_OUTCOME), "kết quả thi hành",
        OUTCOMES, problems);
    BigDecimal amount = FollowUpChecks.amountRecovered(task.getVariable(FollowUpVariables.AMOUNT_RECOVERED),
        amountToEnforce, problems);
    String text = FollowUpChecks.text(task.getVariable(FollowUpVariables.STATUS_TEXT), "tình hình thi hành án",
        MAX_STATUS_TEXT, problems);
    String situation = null;
    if (FollowUpVariables.REPORT_NOT_ENFORCEABLE.equals(outcome)) {
      situation = FollowUpChecks.choice(task.getVariable(FollowUpVariables.DEBTOR_SITUATION),
          "tình trạng người phải thi hành án", ReverificationSchedule.SITUATIONS, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Báo cáo chưa hợp lệ: " + String.join(" ", problems));
    }

    followUp.record(caseId, new FollowUpRepository.Entry(FollowUpRepository.Kind.REPORT, outcome, amount, situation,
        text, null, FollowUpChecks.actor(task), task.getDueDate()));
    followUp.updateAmountRecovered(caseId, amount);
    task.setVariable(FollowUpVariables.AMOUNT_RECOVERED, amount.longValueExact());
    task.removeVariable(FollowUpVariables.STATUS_TEXT);
    switch (outcome) {
      case FollowUpVariables.REPORT_COMPLETED -> outcome(task, FollowUpOutcome.COMPLETED);
      case FollowUpVariables.REPORT_TERMINATED -> outcome(task, FollowUpOutcome.TERMINATED);
      case FollowUpVariables.REPORT_NOT_ENFORCEABLE ->
          task.setVariable(FollowUpVariables.REVERIFY_PERIOD, schedule.periodFor(situation));
      default -> { }
    }
  }

  static void outcome(org.camunda.bpm.engine.delegate.VariableScope scope, FollowUpOutcome outcome) {
    scope.setVariable(FollowUpVariables.CASE_OUTCOME, outcome.name());
    scope.setVariable(FollowUpVariables.CASE_OUTCOME_LABEL, outcome.label());
  }
}
