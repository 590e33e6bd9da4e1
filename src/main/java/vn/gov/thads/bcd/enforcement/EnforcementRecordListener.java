package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.platform.VietnamTime.DATE;
import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Checks and records the outcome of the coercion day: completed, property seized (then: is it
 * disputed by a third party?), or not carried out — never a forced "completed". Not carried out
 * needs the reason and, unless the debtor paid, the postponement decision; then the office either
 * reschedules (the next round starts again at the plan) or ends the enforcement.
 */
@Component("enforcementRecordListener")
class EnforcementRecordListener implements TaskListener {

  /** The choices of the form, value → label. */
  static final Map<String, String> RESULTS =
      Choices.of(
          RESULT_COMPLETED,
          "Đã thi hành xong",
          RESULT_SEIZED,
          "Đã kê biên tài sản, tiếp tục xử lý tài sản",
          RESULT_NOT_CARRIED_OUT,
          "Không tổ chức được cưỡng chế (hoãn, dừng)");

  /** Why the coercion was not carried out, value → label. */
  static final Map<String, String> REASONS =
      Choices.of(
          REASON_PROCURACY_REQUEST,
          "Viện Kiểm sát yêu cầu hoãn (trước ít nhất 24 giờ, Điều 48 Luật Thi hành án dân sự)",
          REASON_DEBTOR_PAID,
          "Người phải thi hành án đã tự nguyện thi hành vào phút chót",
          REASON_SECURITY,
          "Không bảo đảm an ninh, trật tự",
          REASON_OTHER,
          "Lý do khác");

  /** What comes after a coercion that was not carried out, value → label. */
  static final Map<String, String> NEXT_STEPS =
      Choices.of(
          RESCHEDULE, "Tổ chức lại: lập kế hoạch cưỡng chế mới", END, "Kết thúc việc cưỡng chế");

  private final EnforcementRepository records;
  private final StepRecorder steps;
  private final Clock clock;

  EnforcementRecordListener(EnforcementRepository records, StepRecorder steps, Clock clock) {
    this.records = records;
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    LocalDate today = VietnamTime.today(clock);
    String result = f.choice(ENFORCEMENT_RESULT, "kết quả cưỡng chế", RESULTS);
    boolean carriedOut = !RESULT_NOT_CARRIED_OUT.equals(result);
    // A coercion that did not take place may have no record of its own (the procuracy asked for
    // the postponement the day before); one that took place always has one.
    String recordNo =
        carriedOut
            ? f.documentNo(RECORD_NO, "số biên bản cưỡng chế")
            : f.optionalDocumentNo(RECORD_NO, "số biên bản cưỡng chế");
    LocalDate recordDate = f.dateNotInFuture(RECORD_DATE, "ngày lập biên bản, ghi nhận", today);
    String notes = f.optionalText(RECORD_NOTES, "diễn biến, kết quả", 4000);
    LocalDate planned = f.date(ENFORCEMENT_DATE, "ngày cưỡng chế");
    if (result != null
        && carriedOut
        && recordDate != null
        && planned != null
        && recordDate.isBefore(planned)) {
      f.problem(
          "Ngày lập biên bản "
              + DATE.format(recordDate)
              + " không được trước ngày cưỡng chế theo kế hoạch ("
              + DATE.format(planned)
              + ").");
    }
    boolean disputed =
        RESULT_SEIZED.equals(result)
            && f.flag(THIRD_PARTY_DISPUTE, "tài sản kê biên có tranh chấp với người thứ ba");
    String reason = null;
    String detail = null;
    String decisionNo = null;
    LocalDate decisionDate = null;
    String next = null;
    if (RESULT_NOT_CARRIED_OUT.equals(result)) {
      reason = f.choice(NOT_CARRIED_OUT_REASON, "lý do không tổ chức được cưỡng chế", REASONS);
      detail = f.text(NOT_CARRIED_OUT_DETAIL, "nội dung lý do", 4000);
      // The debtor who pays needs no postponement: the payment is the record.
      boolean decisionRequired = !REASON_DEBTOR_PAID.equals(reason);
      decisionNo =
          decisionRequired
              ? f.documentNo(POSTPONEMENT_DECISION_NO, "số quyết định hoãn cưỡng chế")
              : f.optionalDocumentNo(POSTPONEMENT_DECISION_NO, "số quyết định hoãn cưỡng chế");
      LocalDate date =
          decisionRequired
              ? f.date(POSTPONEMENT_DECISION_DATE, "ngày quyết định hoãn cưỡng chế")
              : f.optionalDate(POSTPONEMENT_DECISION_DATE, "ngày quyết định hoãn cưỡng chế");
      decisionDate = f.notInFuture(date, "ngày quyết định hoãn cưỡng chế", today);
      next = f.choice(AFTER_NOT_CARRIED_OUT, "hướng xử lý tiếp theo", NEXT_STEPS);
    }
    f.check();
    int round = task.getVariable(COERCION_ROUND) instanceof Number n ? n.intValue() : 1;
    task.setVariable(THIRD_PARTY_DISPUTE, disputed);
    records.executionRecord(task.getProcessInstanceId(), recordNo, recordDate, result, disputed);
    if (carriedOut) {
      steps.record(task, recordNo, recordDate, null, result + (notes == null ? "" : ": " + notes));
      return;
    }
    records.postponement(
        FormReader.caseId(task),
        task.getProcessInstanceId(),
        round,
        reason,
        detail,
        decisionNo,
        decisionDate,
        next,
        StepRecorder.user(task));
    steps.record(
        task,
        decisionNo != null ? decisionNo : recordNo,
        recordDate,
        null,
        result + ": " + REASONS.get(reason) + ". " + detail);
    if (RESCHEDULE.equals(next)) {
      task.setVariable(COERCION_ROUND, round + 1);
    }
  }
}
