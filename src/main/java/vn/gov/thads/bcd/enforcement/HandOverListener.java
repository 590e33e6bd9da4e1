package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The hand-over of the sold property to the buyer (Art. 103): the date and record when handed over;
 * when the debtor (or whoever holds it) refuses, that it needs coercion, with the reason. Step
 * "HandOver".
 */
@Component("handOverListener")
class HandOverListener implements TaskListener {

  /** The choices of the form, value → label. */
  static final Map<String, String> RESULTS =
      Choices.of(
          HANDED_OVER,
          "Đã giao tài sản cho người mua",
          HANDOVER_NEEDS_COERCION,
          "Người phải thi hành án không tự nguyện giao: phải cưỡng chế giao tài sản");

  private final StepRecorder steps;
  private final Clock clock;

  HandOverListener(StepRecorder steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String result = f.choice(HANDOVER_RESULT, "kết quả giao tài sản", RESULTS);
    String note;
    if (HANDED_OVER.equals(result)) {
      String recordNo = f.documentNo(HANDOVER_RECORD_NO, "số biên bản giao tài sản");
      LocalDate date =
          f.dateNotInFuture(HANDOVER_DATE, "ngày giao tài sản", VietnamTime.today(clock));
      note = f.optionalText(HANDOVER_NOTE, "ghi chú", 3000);
      f.check();
      steps.record(
          task,
          recordNo,
          date,
          null,
          "Đã giao tài sản cho người mua được tài sản" + (note == null ? "." : ". " + note));
    } else if (HANDOVER_NEEDS_COERCION.equals(result)) {
      note = f.text(HANDOVER_NOTE, "lý do không giao được tài sản", 3000);
      f.check();
      steps.record(
          task,
          null,
          VietnamTime.today(clock),
          null,
          "Người phải thi hành án không tự nguyện giao tài sản, phải cưỡng chế giao: " + note);
    } else {
      f.check();
    }
  }
}
