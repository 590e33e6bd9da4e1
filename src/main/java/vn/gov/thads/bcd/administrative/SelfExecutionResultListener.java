package vn.gov.thads.bcd.administrative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.followup.FollowUpOutcome;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.AdministrativeVariables;

/**
 * The result of the body's self-execution, with the document that shows it (its report, THADS's
 * record): complied, partly or not complied. Partly or not complied can only be recorded once the
 * 30 days have passed; then the note says what is missing.
 */
@Component("selfExecutionResultListener")
public class SelfExecutionResultListener implements TaskListener {

  static final Map<String, String> RESULTS =
      Choices.of(
          AdministrativeVariables.RESULT_COMPLIED, "Đã thi hành xong",
          AdministrativeVariables.RESULT_PARTLY, "Thi hành chưa đầy đủ",
          AdministrativeVariables.RESULT_NOT_COMPLIED, "Không thi hành");

  private final AdministrativeJudgmentRepository monitoring;
  private final Clock clock;

  public SelfExecutionResultListener(AdministrativeJudgmentRepository monitoring, Clock clock) {
    this.monitoring = monitoring;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    long caseId = f.caseId();
    LocalDate today = VietnamTime.today(clock);
    AdministrativeJudgmentRepository.Monitoring m = monitoring.find(caseId).orElseThrow();
    String result =
        f.choice(AdministrativeVariables.RESULT, "kết quả thi hành của cơ quan", RESULTS);
    String documentNo =
        f.documentNo(AdministrativeVariables.RESULT_DOCUMENT_NO, "Số văn bản ghi nhận kết quả");
    LocalDate date = f.dateNotInFuture(AdministrativeVariables.RESULT_DATE, "Ngày văn bản", today);
    if (date != null && m.noticeDate() != null && date.isBefore(m.noticeDate())) {
      f.problem(
          "Ngày văn bản không được trước ngày thông báo ("
              + VietnamTime.format(m.noticeDate())
              + ").");
    }
    boolean complied = AdministrativeVariables.RESULT_COMPLIED.equals(result);
    String note =
        result == null || complied
            ? f.optionalText(AdministrativeVariables.RESULT_NOTE, "Nội dung", 2000)
            : f.text(AdministrativeVariables.RESULT_NOTE, "Nội dung chưa thi hành", 2000);
    if (result != null && !complied && !today.isAfter(m.selfExecutionDue())) {
      f.problem(
          "Chưa hết thời hạn 30 ngày tự thi hành (đến hết ngày "
              + VietnamTime.format(m.selfExecutionDue())
              + "): chỉ ghi cơ quan không thi hành hoặc thi hành chưa đầy đủ sau thời hạn này.");
    }
    f.check("Kết quả thi hành chưa hợp lệ:");
    monitoring.result(
        caseId,
        complied ? AdministrativeStatus.COMPLIED : AdministrativeStatus.NOT_COMPLIED,
        result,
        documentNo,
        date,
        note);
    if (complied) {
      monitoring.outcome(caseId, AdministrativeVariables.OUTCOME_COMPLIED, date);
      task.setVariable(AdministrativeVariables.OUTCOME, AdministrativeVariables.OUTCOME_COMPLIED);
      ComplianceFollowUpListener.caseOutcome(task, FollowUpOutcome.COMPLETED);
    }
  }
}
