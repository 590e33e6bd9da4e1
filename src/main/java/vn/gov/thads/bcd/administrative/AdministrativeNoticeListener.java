package vn.gov.thads.bcd.administrative;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.AdministrativeVariables;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * THADS's notice to the obliged body: its number, and its date, from the day the body received the
 * judgment to today.
 */
@Component("administrativeNoticeListener")
public class AdministrativeNoticeListener implements TaskListener {

  private final CaseRepository cases;
  private final AdministrativeJudgmentRepository monitoring;
  private final Clock clock;

  public AdministrativeNoticeListener(
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
    String number = f.documentNo(AdministrativeVariables.NOTICE_NO, "Số văn bản thông báo");
    LocalDate date =
        f.dateNotInFuture(AdministrativeVariables.NOTICE_DATE, "Ngày văn bản thông báo", today);
    LocalDate received =
        LocalDate.parse(
            cases.dossierVariables(caseId).get(CaseVariables.JUDGMENT_RECEIVED_DATE).toString());
    if (date != null && date.isBefore(received)) {
      f.problem(
          "Ngày văn bản thông báo không được trước ngày cơ quan phải thi hành án nhận bản án ("
              + VietnamTime.format(received)
              + ").");
    }
    f.check("Thông báo chưa hợp lệ:");
    monitoring.notice(caseId, number, date);
  }
}
