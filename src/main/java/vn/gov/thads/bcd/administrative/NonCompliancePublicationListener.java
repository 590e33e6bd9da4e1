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
 * The publication of the body's non-compliance (on the web portal, in the press): where, when (not
 * before the court's decision compelling execution) and a reference (address, issue).
 */
@Component("nonCompliancePublicationListener")
public class NonCompliancePublicationListener implements TaskListener {

  private final AdministrativeJudgmentRepository monitoring;
  private final Clock clock;

  public NonCompliancePublicationListener(
      AdministrativeJudgmentRepository monitoring, Clock clock) {
    this.monitoring = monitoring;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    long caseId = f.caseId();
    LocalDate today = VietnamTime.today(clock);
    AdministrativeJudgmentRepository.Monitoring m = monitoring.find(caseId).orElseThrow();
    String channel = f.text(AdministrativeVariables.PUBLICATION_CHANNEL, "Nơi công khai", 300);
    LocalDate date =
        f.dateNotInFuture(AdministrativeVariables.PUBLICATION_DATE, "Ngày công khai", today);
    String reference =
        f.optionalText(AdministrativeVariables.PUBLICATION_REFERENCE, "Địa chỉ, số báo", 500);
    notBeforeCompellingDecision(f, m, date, "Ngày công khai");
    f.check("Việc công khai chưa hợp lệ:");
    monitoring.publication(caseId, channel, date, reference);
    followUpWhenBothDone(monitoring, caseId);
  }

  static void notBeforeCompellingDecision(
      FormReader f, AdministrativeJudgmentRepository.Monitoring m, LocalDate date, String label) {
    if (date != null
        && m.compellingDecisionDate() != null
        && date.isBefore(m.compellingDecisionDate())) {
      f.problem(
          label
              + " không được trước ngày quyết định buộc thi hành án ("
              + VietnamTime.format(m.compellingDecisionDate())
              + ").");
    }
  }

  /** Publication and discipline request both recorded: the body is followed up. */
  static void followUpWhenBothDone(AdministrativeJudgmentRepository monitoring, long caseId) {
    AdministrativeJudgmentRepository.Monitoring m = monitoring.find(caseId).orElseThrow();
    if (m.publicationDate() != null && m.disciplineRequestDate() != null) {
      monitoring.followUpStarted(caseId);
    }
  }
}
