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
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * One follow-up of a body that did not comply: not yet (followed up again), complied, or the
 * monitoring closed (e.g. the judgment was annulled on review); the last two need the document that
 * shows it.
 */
@Component("complianceFollowUpListener")
public class ComplianceFollowUpListener implements TaskListener {

  static final Map<String, String> RESULTS =
      Choices.of(
          AdministrativeVariables.RESULT_NOT_YET, "Chưa thi hành xong, tiếp tục theo dõi",
          AdministrativeVariables.RESULT_COMPLIED, "Đã thi hành xong",
          AdministrativeVariables.RESULT_CLOSED, "Kết thúc theo dõi");

  private final AdministrativeJudgmentRepository monitoring;
  private final Clock clock;

  public ComplianceFollowUpListener(AdministrativeJudgmentRepository monitoring, Clock clock) {
    this.monitoring = monitoring;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    long caseId = f.caseId();
    LocalDate today = VietnamTime.today(clock);
    String result = f.choice(AdministrativeVariables.RESULT, "kết quả theo dõi", RESULTS);
    boolean notYet = AdministrativeVariables.RESULT_NOT_YET.equals(result);
    String documentNo =
        result == null || notYet
            ? f.optionalDocumentNo(AdministrativeVariables.RESULT_DOCUMENT_NO, "Số văn bản")
            : f.documentNo(AdministrativeVariables.RESULT_DOCUMENT_NO, "Số văn bản");
    LocalDate date = f.dateNotInFuture(AdministrativeVariables.RESULT_DATE, "Ngày", today);
    String note = f.text(AdministrativeVariables.RESULT_NOTE, "Tình hình thi hành", 2000);
    f.check("Kết quả theo dõi chưa hợp lệ:");
    String text = documentNo == null ? note : documentNo + ": " + note;
    switch (result) {
      case AdministrativeVariables.RESULT_COMPLIED -> {
        monitoring.followUp(caseId, AdministrativeStatus.COMPLIED, result, date, text);
        monitoring.outcome(caseId, AdministrativeVariables.OUTCOME_COMPLIED, date);
        task.setVariable(AdministrativeVariables.OUTCOME, AdministrativeVariables.OUTCOME_COMPLIED);
        caseOutcome(task, FollowUpOutcome.COMPLETED);
      }
      case AdministrativeVariables.RESULT_CLOSED -> {
        monitoring.followUp(caseId, AdministrativeStatus.CLOSED, result, date, text);
        monitoring.outcome(caseId, AdministrativeVariables.OUTCOME_CLOSED, date);
        task.setVariable(AdministrativeVariables.OUTCOME, AdministrativeVariables.OUTCOME_CLOSED);
        caseOutcome(task, FollowUpOutcome.MONITORING_CLOSED);
      }
      default -> monitoring.followUp(caseId, AdministrativeStatus.FOLLOW_UP, result, date, text);
    }
    // The next follow-up starts empty.
    task.removeVariable(AdministrativeVariables.RESULT_NOTE);
    task.removeVariable(AdministrativeVariables.RESULT_DOCUMENT_NO);
  }

  /**
   * The case's outcome, which the calling process passes to the follow-up so that it goes straight
   * to the final report.
   */
  static void caseOutcome(DelegateTask task, FollowUpOutcome outcome) {
    task.setVariable(FollowUpVariables.CASE_OUTCOME, outcome.name());
    task.setVariable(FollowUpVariables.CASE_OUTCOME_LABEL, outcome.label());
  }
}
