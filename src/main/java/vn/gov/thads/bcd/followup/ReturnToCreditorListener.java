package vn.gov.thads.bcd.followup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * Task_ReturnToCreditor (Law on Civil Judgment Enforcement 2025, from 01/07/2026): the debtor
 * cannot pay yet, so the office returns the enforcement request to the creditor, who may re-submit
 * it (gửi lại yêu cầu thi hành án). Checks and records the return notice (number, date: not in the
 * future, not before the not-enforceable decision) and sets the case's outcome.
 */
@Component("returnToCreditorListener")
public class ReturnToCreditorListener implements TaskListener {

  static final int MAX_NOTE = 2000;

  private final FollowUpRepository followUp;
  private final Clock clock;

  public ReturnToCreditorListener(FollowUpRepository followUp, Clock clock) {
    this.followUp = followUp;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String noticeNo =
        f.documentNo(FollowUpVariables.RETURN_NOTICE_NO, "số văn bản trả lại đơn yêu cầu");
    LocalDate noticeDate =
        f.dateNotInFuture(
            FollowUpVariables.RETURN_NOTICE_DATE,
            "ngày văn bản trả lại đơn yêu cầu",
            VietnamTime.today(clock));
    Object decided = task.getVariable(FollowUpVariables.NOT_ENFORCEABLE_DECISION_DATE);
    LocalDate decisionDate = decided instanceof String s ? LocalDate.parse(s) : null;
    if (noticeDate != null && decisionDate != null && noticeDate.isBefore(decisionDate)) {
      f.problem(
          "Ngày văn bản trả lại đơn yêu cầu không được trước ngày quyết định về việc chưa có điều"
              + " kiện thi hành án ("
              + VietnamTime.format(decisionDate)
              + ").");
    }
    String note = f.optionalText(FollowUpVariables.RETURN_NOTE, "ghi chú", MAX_NOTE);
    f.check("Văn bản trả lại đơn yêu cầu chưa hợp lệ:");

    Object amount = task.getVariable(FollowUpVariables.AMOUNT_RECOVERED);
    followUp.record(
        f.caseId(),
        new FollowUpRepository.Entry(
            FollowUpRepository.Kind.RETURN_TO_CREDITOR,
            FollowUpOutcome.RETURNED_TO_CREDITOR.name(),
            amount instanceof Number n ? new BigDecimal(n.toString()) : null,
            null,
            note,
            noticeNo,
            CurrentUser.idOr(task.getAssignee()),
            task.getDueDate(),
            noticeDate,
            FollowUpVariables.LAW_2025));
    task.removeVariable(FollowUpVariables.RETURN_NOTE);
    ReportStatusListener.outcome(task, FollowUpOutcome.RETURNED_TO_CREDITOR);
    // The final report shows which notice returned the request.
    task.setVariable(
        FollowUpVariables.CASE_OUTCOME_LABEL,
        FollowUpOutcome.RETURNED_TO_CREDITOR.label()
            + " (văn bản số "
            + noticeNo
            + " ngày "
            + VietnamTime.format(noticeDate)
            + ")");
  }
}
