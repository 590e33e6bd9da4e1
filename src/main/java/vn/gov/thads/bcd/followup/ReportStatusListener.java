package vn.gov.thads.bcd.followup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * Checks and records the responsible office's periodic status report. Sets what the model routes
 * on: the outcome, the case outcome when the case is completed or terminated. When the debtor
 * cannot pay yet, the formal decision (number, date) is required; its date decides the law that
 * applies and, under the 2008 Law, the dates of the re-verification and of the separate tracking
 * book.
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
  private final FollowUpProperties properties;
  private final Clock clock;

  public ReportStatusListener(
      CaseRepository cases,
      FollowUpRepository followUp,
      ReverificationSchedule schedule,
      FollowUpProperties properties,
      Clock clock) {
    this.cases = cases;
    this.followUp = followUp;
    this.schedule = schedule;
    this.properties = properties;
    this.clock = clock;
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
    String decisionNo = null;
    LocalDate decisionDate = null;
    if (FollowUpVariables.REPORT_NOT_ENFORCEABLE.equals(outcome)) {
      situation =
          f.choice(
              FollowUpVariables.DEBTOR_SITUATION,
              "tình trạng người phải thi hành án",
              ReverificationSchedule.SITUATIONS);
      decisionNo =
          f.documentNo(
              FollowUpVariables.NOT_ENFORCEABLE_DECISION_NO,
              "số quyết định về việc chưa có điều kiện thi hành án");
      decisionDate =
          f.dateNotInFuture(
              FollowUpVariables.NOT_ENFORCEABLE_DECISION_DATE,
              "ngày quyết định về việc chưa có điều kiện thi hành án",
              VietnamTime.today(clock));
      FollowUpRepository.Since since = followUp.followedSince(caseId);
      if (decisionDate != null && decisionDate.isBefore(since.date())) {
        f.problem(
            "Ngày quyết định về việc chưa có điều kiện thi hành án không được trước ngày "
                + (since.conclusion() ? "Thông báo kết luận" : "tiếp nhận vụ việc")
                + " ("
                + VietnamTime.format(since.date())
                + ").");
      }
    }
    f.check("Báo cáo chưa hợp lệ:");
    String law = decisionDate == null ? null : properties.lawFor(decisionDate);

    followUp.record(
        caseId,
        new FollowUpRepository.Entry(
            FollowUpRepository.Kind.REPORT,
            outcome,
            amount,
            situation,
            text,
            decisionNo,
            CurrentUser.idOr(task.getAssignee()),
            task.getDueDate(),
            decisionDate,
            law));
    followUp.updateAmountRecovered(caseId, amount);
    task.setVariable(FollowUpVariables.AMOUNT_RECOVERED, amount.longValueExact());
    task.removeVariable(FollowUpVariables.STATUS_TEXT);
    switch (outcome) {
      case FollowUpVariables.REPORT_COMPLETED -> outcome(task, FollowUpOutcome.COMPLETED);
      case FollowUpVariables.REPORT_TERMINATED -> outcome(task, FollowUpOutcome.TERMINATED);
      case FollowUpVariables.REPORT_NOT_ENFORCEABLE ->
          notEnforceable(task, decisionNo, decisionDate, law, situation);
      default -> {}
    }
  }

  /**
   * What the model routes and waits on for a debtor who cannot pay yet: the law (Gateway_
   * LawApplicable) and, under the 2008 Law, the timers' dates counted from the decision's date.
   */
  private void notEnforceable(
      DelegateTask task, String decisionNo, LocalDate decisionDate, String law, String situation) {
    task.setVariable(FollowUpVariables.NOT_ENFORCEABLE_DECISION_NO, decisionNo);
    task.setVariable(FollowUpVariables.NOT_ENFORCEABLE_DECISION_DATE, decisionDate.toString());
    task.setVariable(FollowUpVariables.APPLICABLE_LAW, law);
    if (FollowUpVariables.LAW_2008.equals(law)) {
      task.setVariable(FollowUpVariables.REVERIFY_PERIOD, schedule.periodFor(situation));
      task.setVariable(
          FollowUpVariables.REVERIFY_DUE_AT,
          ReverificationSchedule.timerDate(schedule.firstReverification(decisionDate, situation)));
      task.setVariable(
          FollowUpVariables.SEPARATE_BOOK_DUE_AT,
          ReverificationSchedule.timerDate(schedule.separateBook(decisionDate)));
    }
  }

  static void outcome(VariableScope scope, FollowUpOutcome outcome) {
    scope.setVariable(FollowUpVariables.CASE_OUTCOME, outcome.name());
    scope.setVariable(FollowUpVariables.CASE_OUTCOME_LABEL, outcome.label());
  }
}
