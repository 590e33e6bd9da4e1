package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;

/**
 * The court accepted a suit over the disputed property, recorded by an officer on Task_AwaitSuit or
 * reported by the court's system ({@code POST /api/cases/{caseNumber}/suit-filed},
 * Message_SuitFiled): checks the acceptance and records it as the step "SuitFiled". A refusal rolls
 * the report back.
 */
@Component("suitFiledListener")
class SuitFiledListener implements ExecutionListener {

  private final EnforcementRepository records;
  private final Clock clock;

  SuitFiledListener(EnforcementRepository records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormReader f = FormReader.of(execution);
    String acceptanceNo = f.documentNo(SUIT_ACCEPTANCE_NO, "số thông báo thụ lý vụ án");
    LocalDate date =
        f.dateNotInFuture(SUIT_ACCEPTANCE_DATE, "ngày thụ lý vụ án", VietnamTime.today(clock));
    String court = f.text(SUIT_COURT, "tên Tòa án thụ lý", 300);
    String note = f.optionalText(SUIT_NOTE, "ghi chú", 3000);
    f.check();
    records.step(
        f.caseId(),
        execution.getProcessInstanceId(),
        "SuitFiled",
        acceptanceNo,
        date,
        null,
        court + (note == null ? "" : ". " + note),
        CurrentUser.idOr(null));
  }
}
