package vn.gov.thads.bcd.administrative;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.Deadlines;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.AdministrativeVariables;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * First step of the monitoring: from the day the obliged body received the judgment (the case
 * record), the deadlines of THADS's notice (05 working days, Decree 71/2016) and of the body's
 * self-execution (30 days, Law on Administrative Procedure 2015, Art. 311–312) and when the office
 * records its result; all configured periods. Records the monitoring and puts the deadlines on the
 * process for the tasks and forms (the dossier, with the superior's name, is loaded at the start).
 */
@Component("startAdministrativeMonitoringDelegate")
public class StartAdministrativeMonitoringDelegate implements JavaDelegate {

  static final String NOTICE = "admin-notice";
  static final String SELF_EXECUTION = "admin-self-execution";
  static final String RESULT_RECORD = "admin-result-record";

  private final CaseRepository cases;
  private final AdministrativeJudgmentRepository monitoring;
  private final Deadlines deadlines;

  public StartAdministrativeMonitoringDelegate(
      CaseRepository cases, AdministrativeJudgmentRepository monitoring, Deadlines deadlines) {
    this.cases = cases;
    this.monitoring = monitoring;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = FormReader.caseId(execution);
    Map<String, Object> dossier = cases.dossierVariables(caseId);
    Object received = dossier.get(CaseVariables.JUDGMENT_RECEIVED_DATE);
    if (received == null) {
      throw new IllegalStateException(
          "Vụ việc có mã "
              + caseId
              + " không có ngày cơ quan phải thi hành án nhận bản án: không phải án hành chính.");
    }
    LocalDate receivedDate = LocalDate.parse(received.toString());
    LocalDate noticeDue = deadlines.dueFrom(NOTICE, receivedDate);
    LocalDate selfExecutionDue = deadlines.dueFrom(SELF_EXECUTION, receivedDate);
    LocalDate resultDue = deadlines.dueFrom(RESULT_RECORD, selfExecutionDue);
    monitoring.start(caseId, noticeDue, selfExecutionDue);
    execution.setVariable(AdministrativeVariables.NOTICE_DUE, VietnamTime.endOfDay(noticeDue));
    execution.setVariable(
        AdministrativeVariables.SELF_EXECUTION_DUE, VietnamTime.endOfDay(selfExecutionDue));
    execution.setVariable(
        AdministrativeVariables.SELF_EXECUTION_DUE_LABEL, VietnamTime.format(selfExecutionDue));
    execution.setVariable(AdministrativeVariables.RESULT_DUE, VietnamTime.endOfDay(resultDue));
  }
}
