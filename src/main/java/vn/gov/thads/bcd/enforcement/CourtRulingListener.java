package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.Deadlines;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;

/**
 * The first-instance ruling on the disputed property (court judgment or decision, or the People's
 * Committee's decision), reported by the court's or an officer's system ({@code POST
 * /api/cases/{caseNumber}/court-ruling}, stage first-instance, Message_CourtRuled) or on the
 * follow-up form: checks it and records it as the step "CourtRuling". It is not final: the process
 * then follows its legal effect until {@code rulingEffectDue} (ruling date + the configured appeal
 * period). A refusal rolls the report back, so the case keeps waiting.
 */
@Component("courtRulingListener")
class CourtRulingListener implements ExecutionListener {

  /** The choices of the forms, value → label. */
  static final Map<String, String> RULINGS =
      Choices.of(
          RULING_RELEASED,
          "Tài sản tiếp tục được xử lý để thi hành án",
          RULING_EXCLUDED,
          "Tài sản không thuộc người phải thi hành án");

  /** Appeal period after which a first-instance ruling is checked for legal effect. */
  static final String LEGAL_EFFECT = "ruling-legal-effect";

  private final EnforcementRepository records;
  private final DisputeBodies bodies;
  private final Deadlines deadlines;
  private final Clock clock;

  CourtRulingListener(
      EnforcementRepository records, DisputeBodies bodies, Deadlines deadlines, Clock clock) {
    this.records = records;
    this.bodies = bodies;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormReader f = FormReader.of(execution);
    String ruling = f.choice(COURT_RULING, "kết quả bản án, quyết định sơ thẩm", RULINGS);
    String rulingNo = f.documentNo(COURT_RULING_NO, "số bản án, quyết định sơ thẩm");
    LocalDate date =
        f.dateNotInFuture(
            COURT_RULING_DATE, "ngày bản án, quyết định sơ thẩm", VietnamTime.today(clock));
    String body = body(f, execution, COURT_NAME, "cơ quan ra bản án, quyết định sơ thẩm");
    String note = f.optionalText(COURT_RULING_NOTE, "ghi chú", 3000);
    f.check();
    execution.setVariable(
        RULING_EFFECT_DUE, VietnamTime.endOfDay(deadlines.dueFrom(LEGAL_EFFECT, date)));
    records.step(
        f.caseId(),
        execution.getProcessInstanceId(),
        "CourtRuling",
        rulingNo,
        date,
        null,
        bodies.name(body)
            + " (sơ thẩm, chưa có hiệu lực pháp luật): "
            + RULINGS.get(ruling).toLowerCase(java.util.Locale.ROOT)
            + (note == null ? "" : ". " + note),
        CurrentUser.idOr(null));
  }

  /**
   * The body that ruled: the agency id given in {@code name}, else the body the dispute went to.
   */
  String body(FormReader f, DelegateExecution execution, String name, String label) {
    if (f.isBlank(name)) {
      Object body = execution.getVariable(DISPUTE_BODY);
      if (body instanceof String id && !id.isBlank()) {
        return id;
      }
    }
    return f.agency(name, label + " (Tòa án hoặc UBND)", bodies::isBody);
  }
}
