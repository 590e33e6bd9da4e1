package vn.gov.thads.bcd.administrative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.AdministrativeVariables;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * The request to the body's direct superior to discipline the officials responsible for the
 * non-compliance: number, date (not before the court's decision compelling execution), the
 * officials named; addressed to the superior of the dossier.
 */
@Component("disciplineRequestListener")
public class DisciplineRequestListener implements TaskListener {

  private final CaseRepository cases;
  private final AdministrativeJudgmentRepository monitoring;
  private final Clock clock;

  public DisciplineRequestListener(
      CaseRepository cases, AdministrativeJudgmentRepository monitoring, Clock clock) {
    this.cases = cases;
    this.monitoring = monitoring;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    long caseId = f.caseId();
    LocalDate today = VietnamTime.today(clock);
    AdministrativeJudgmentRepository.Monitoring m = monitoring.find(caseId).orElseThrow();
    String number =
        f.documentNo(
            AdministrativeVariables.DISCIPLINE_REQUEST_NO, "Số văn bản kiến nghị xử lý kỷ luật");
    LocalDate date =
        f.dateNotInFuture(
            AdministrativeVariables.DISCIPLINE_REQUEST_DATE,
            "Ngày văn bản kiến nghị xử lý kỷ luật",
            today);
    String officials =
        f.text(
            AdministrativeVariables.DISCIPLINE_OFFICIALS,
            "Người đứng đầu, cán bộ có trách nhiệm",
            1000);
    NonCompliancePublicationListener.notBeforeCompellingDecision(
        f, m, date, "Ngày văn bản kiến nghị xử lý kỷ luật");
    f.check("Kiến nghị xử lý kỷ luật chưa hợp lệ:");
    Map<String, Object> dossier = cases.dossierVariables(caseId);
    Object superior = dossier.get(CaseVariables.OBLIGED_BODY_SUPERIOR);
    monitoring.disciplineRequest(
        caseId, number, date, superior == null ? null : superior.toString(), officials);
    NonCompliancePublicationListener.followUpWhenBothDone(monitoring, caseId);
  }
}
