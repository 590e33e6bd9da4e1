package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.platform.VietnamTime.DATE;
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
 * Checks and records the coercion record (biên bản cưỡng chế): number, date (not before the planned
 * date), result.
 */
@Component("enforcementRecordListener")
class EnforcementRecordListener implements TaskListener {

  /** The choices of the form, value → label. */
  static final Map<String, String> RESULTS =
      Choices.of(
          RESULT_COMPLETED,
          "Đã thi hành xong",
          RESULT_SEIZED,
          "Đã kê biên tài sản, tiếp tục xử lý tài sản");

  private final EnforcementRepository records;
  private final StepRecorder steps;
  private final Clock clock;

  EnforcementRecordListener(EnforcementRepository records, StepRecorder steps, Clock clock) {
    this.records = records;
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String recordNo = f.documentNo(RECORD_NO, "số biên bản cưỡng chế");
    LocalDate recordDate =
        f.dateNotInFuture(RECORD_DATE, "ngày lập biên bản", VietnamTime.today(clock));
    String result = f.choice(ENFORCEMENT_RESULT, "kết quả cưỡng chế", RESULTS);
    String notes = f.optionalText(RECORD_NOTES, "diễn biến, kết quả", 4000);
    LocalDate planned = f.date(ENFORCEMENT_DATE, "ngày cưỡng chế");
    if (recordDate != null && planned != null && recordDate.isBefore(planned)) {
      f.problem(
          "Ngày lập biên bản "
              + DATE.format(recordDate)
              + " không được trước ngày cưỡng chế theo kế hoạch ("
              + DATE.format(planned)
              + ").");
    }
    f.check();
    records.executionRecord(task.getProcessInstanceId(), recordNo, recordDate, result);
    steps.record(task, recordNo, recordDate, null, result + (notes == null ? "" : ": " + notes));
  }
}
