package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The coerced hand-over of the sold property (Art. 103): the coercion decision's number and date,
 * the record of the hand-over and its date (not before the decision). Step "CoerceHandOver".
 */
@Component("coercedHandOverListener")
class CoercedHandOverListener implements TaskListener {

  private final StepRecorder steps;
  private final Clock clock;

  CoercedHandOverListener(StepRecorder steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    LocalDate today = VietnamTime.today(clock);
    String decisionNo = f.documentNo(HANDOVER_COERCION_NO, "số quyết định cưỡng chế giao tài sản");
    LocalDate decided =
        f.dateNotInFuture(HANDOVER_COERCION_DATE, "ngày quyết định cưỡng chế giao tài sản", today);
    String recordNo = f.documentNo(HANDOVER_RECORD_NO, "số biên bản giao tài sản");
    LocalDate handedOver = f.dateNotInFuture(HANDOVER_DATE, "ngày giao tài sản", today);
    if (decided != null && handedOver != null && handedOver.isBefore(decided)) {
      f.problem(
          "Ngày giao tài sản ("
              + VietnamTime.format(handedOver)
              + ") không được trước ngày quyết định cưỡng chế ("
              + VietnamTime.format(decided)
              + ").");
    }
    String note = f.optionalText(HANDOVER_NOTE, "ghi chú", 3000);
    f.check();
    steps.record(
        task,
        recordNo,
        handedOver,
        null,
        "Đã cưỡng chế giao tài sản cho người mua theo quyết định "
            + decisionNo
            + " ngày "
            + VietnamTime.format(decided)
            + (note == null ? "." : ". " + note));
  }
}
