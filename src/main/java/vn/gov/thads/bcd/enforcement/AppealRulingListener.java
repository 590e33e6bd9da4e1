package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;

/**
 * The appeal ruling, in legal effect when pronounced: recorded by the officer on
 * Task_AwaitAppealRuling or reported by the court (stage appeal). Its result becomes {@code
 * effectiveRuling}; step "AppealRuling". A refusal rolls the report back.
 */
@Component("appealRulingListener")
class AppealRulingListener implements ExecutionListener {

  private final EnforcementRepository records;
  private final DisputeBodies bodies;
  private final Clock clock;

  AppealRulingListener(EnforcementRepository records, DisputeBodies bodies, Clock clock) {
    this.records = records;
    this.bodies = bodies;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormReader f = FormReader.of(execution);
    String ruling =
        f.choice(
            APPEAL_RULING, "kết quả bản án, quyết định phúc thẩm", CourtRulingListener.RULINGS);
    String rulingNo = f.documentNo(APPEAL_RULING_NO, "số bản án, quyết định phúc thẩm");
    LocalDate date =
        f.dateNotInFuture(
            APPEAL_RULING_DATE, "ngày bản án, quyết định phúc thẩm", VietnamTime.today(clock));
    LocalDate appealed = f.optionalDate(APPEAL_DATE, "ngày kháng cáo, kháng nghị");
    if (date != null && appealed != null && date.isBefore(appealed)) {
      f.problem(
          "Ngày bản án, quyết định phúc thẩm ("
              + VietnamTime.format(date)
              + ") không được trước ngày kháng cáo, kháng nghị ("
              + VietnamTime.format(appealed)
              + ").");
    }
    String court =
        f.agency(APPEAL_COURT, "cơ quan giải quyết phúc thẩm (Tòa án hoặc UBND)", bodies::isBody);
    String note = f.optionalText(APPEAL_RULING_NOTE, "ghi chú", 3000);
    f.check();
    execution.setVariable(EFFECTIVE_RULING, ruling);
    records.step(
        f.caseId(),
        execution.getProcessInstanceId(),
        "AppealRuling",
        rulingNo,
        date,
        null,
        bodies.name(court)
            + " (phúc thẩm, có hiệu lực pháp luật): "
            + CourtRulingListener.RULINGS.get(ruling).toLowerCase(Locale.ROOT)
            + (note == null ? "" : ". " + note),
        CurrentUser.idOr(null));
  }
}
