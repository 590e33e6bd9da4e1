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
 * The court (or the People's Committee) accepted the suit or request over the disputed property,
 * recorded by an officer on Task_AwaitSuit or reported by the court's system ({@code POST
 * /api/cases/{caseNumber}/suit-filed}, Message_SuitFiled): checks the acceptance and records it as
 * the step "SuitFiled". The accepting body is the one named in the notice unless the report names
 * another body of the organisation file ({@code suitCourt}: its id). A refusal rolls the report
 * back.
 */
@Component("suitFiledListener")
class SuitFiledListener implements ExecutionListener {

  private final EnforcementRepository records;
  private final DisputeBodies bodies;
  private final Clock clock;

  SuitFiledListener(EnforcementRepository records, DisputeBodies bodies, Clock clock) {
    this.records = records;
    this.bodies = bodies;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormReader f = FormReader.of(execution);
    String acceptanceNo = f.documentNo(SUIT_ACCEPTANCE_NO, "số thông báo thụ lý vụ án");
    LocalDate date =
        f.dateNotInFuture(SUIT_ACCEPTANCE_DATE, "ngày thụ lý vụ án", VietnamTime.today(clock));
    String body =
        f.isBlank(SUIT_COURT)
            ? (String) execution.getVariable(DISPUTE_BODY)
            : f.agency(SUIT_COURT, "cơ quan thụ lý (Tòa án hoặc UBND)", bodies::isBody);
    if (body == null && f.ok()) {
      f.problem("Chưa chọn cơ quan thụ lý (Tòa án hoặc UBND).");
    }
    String note = f.optionalText(SUIT_NOTE, "ghi chú", 3000);
    f.check();
    execution.setVariable(DISPUTE_BODY, body);
    execution.setVariable(DISPUTE_BODY_NAME, bodies.name(body));
    bodies.route(body).ifPresent(route -> execution.setVariable(DISPUTE_ROUTE, route));
    records.step(
        f.caseId(),
        execution.getProcessInstanceId(),
        "SuitFiled",
        acceptanceNo,
        date,
        null,
        bodies.name(body) + (note == null ? "" : ". " + note),
        CurrentUser.idOr(null));
  }
}
