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
 * Whether the first-instance ruling took legal effect (no appeal, no protest: {@code
 * effectiveRuling} becomes its result) or was appealed (the process waits for the appeal ruling);
 * recorded by the officer on Task_RulingLegalEffect or reported by the court (stage effective or
 * appealed). Steps "RulingEffective" / "RulingAppealed"; a refusal rolls the report back.
 */
@Component("rulingLegalEffectListener")
class RulingLegalEffectListener implements ExecutionListener {

  /** The choices of the form, value → label. */
  static final Map<String, String> EFFECTS =
      Choices.of(
          STAGE_EFFECTIVE,
          "Không có kháng cáo, kháng nghị: bản án, quyết định đã có hiệu lực pháp luật",
          STAGE_APPEALED,
          "Có kháng cáo, kháng nghị: chờ phúc thẩm");

  private final EnforcementRepository records;
  private final Clock clock;

  RulingLegalEffectListener(EnforcementRepository records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormReader f = FormReader.of(execution);
    LocalDate today = VietnamTime.today(clock);
    String effect =
        f.choice(RULING_LEGAL_EFFECT, "hiệu lực của bản án, quyết định sơ thẩm", EFFECTS);
    LocalDate ruled = f.optionalDate(COURT_RULING_DATE, "ngày bản án, quyết định sơ thẩm");
    String note = f.optionalText(APPEAL_NOTE, "ghi chú", 3000);
    if (STAGE_EFFECTIVE.equals(effect)) {
      LocalDate effective =
          f.dateNotInFuture(
              RULING_EFFECTIVE_DATE, "ngày bản án, quyết định có hiệu lực pháp luật", today);
      notBefore(f, effective, "Ngày bản án, quyết định có hiệu lực pháp luật", ruled);
      f.check();
      execution.setVariable(EFFECTIVE_RULING, execution.getVariable(COURT_RULING));
      step(
          execution,
          f,
          "RulingEffective",
          effective,
          "Bản án, quyết định sơ thẩm có hiệu lực pháp luật",
          note);
    } else {
      LocalDate appealed = f.dateNotInFuture(APPEAL_DATE, "ngày kháng cáo, kháng nghị", today);
      notBefore(f, appealed, "Ngày kháng cáo, kháng nghị", ruled);
      f.check();
      step(
          execution,
          f,
          "RulingAppealed",
          appealed,
          "Bản án, quyết định sơ thẩm bị kháng cáo, kháng nghị",
          note);
    }
  }

  private static void notBefore(FormReader f, LocalDate date, String label, LocalDate ruled) {
    if (date != null && ruled != null && date.isBefore(ruled)) {
      f.problem(
          label
              + " ("
              + VietnamTime.format(date)
              + ") không được trước ngày bản án, quyết định sơ thẩm ("
              + VietnamTime.format(ruled)
              + ").");
    }
  }

  private void step(
      DelegateExecution execution,
      FormReader f,
      String step,
      LocalDate date,
      String what,
      String note) {
    Object rulingNo = execution.getVariable(COURT_RULING_NO);
    records.step(
        f.caseId(),
        execution.getProcessInstanceId(),
        step,
        rulingNo instanceof String s ? s : null,
        date,
        null,
        what + (note == null ? "" : ". " + note),
        CurrentUser.idOr(null));
  }
}
