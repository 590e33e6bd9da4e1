package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;

/**
 * The court has ruled on the disputed property, reported by the court's or an officer's system
 * ({@code POST /api/cases/{caseNumber}/court-ruling}, Message_CourtRuled) or on the court follow-up
 * form: checks the ruling and records it as the step "CourtRuling" (number, date, court, outcome,
 * note). A refusal rolls the report back, so the case keeps waiting for the court.
 */
@Component("courtRulingListener")
class CourtRulingListener implements ExecutionListener {

  /** The choices of the form, value → label. */
  static final Map<String, String> RULINGS =
      Choices.of(
          RULING_RELEASED,
          "Tài sản tiếp tục được xử lý để thi hành án",
          RULING_EXCLUDED,
          "Tài sản không thuộc diện cưỡng chế thi hành án");

  private final EnforcementRepository records;
  private final Clock clock;

  CourtRulingListener(EnforcementRepository records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormReader f = FormReader.of(execution);
    String ruling = f.choice(COURT_RULING, "kết quả giải quyết của Tòa án", RULINGS);
    String rulingNo = f.documentNo(COURT_RULING_NO, "số bản án, quyết định của Tòa án");
    LocalDate date =
        f.dateNotInFuture(
            COURT_RULING_DATE, "ngày bản án, quyết định của Tòa án", VietnamTime.today(clock));
    String court = f.text(COURT_NAME, "tên Tòa án giải quyết", 300);
    String note = f.optionalText(COURT_RULING_NOTE, "ghi chú", 3000);
    f.check();
    records.step(
        f.caseId(),
        execution.getProcessInstanceId(),
        "CourtRuling",
        rulingNo,
        date,
        null,
        court
            + ": "
            + (RULING_RELEASED.equals(ruling)
                ? "tài sản tiếp tục được xử lý để thi hành án"
                : "tài sản không thuộc diện cưỡng chế thi hành án")
            + (note == null ? "" : ". " + note),
        CurrentUser.idOr(null));
  }
}
