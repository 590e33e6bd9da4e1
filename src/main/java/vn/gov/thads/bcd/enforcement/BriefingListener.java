package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.platform.VietnamTime.DATE;
import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Checks and records the briefing, held before the coercion date. When the plan seizes real
 * property, the briefing also records the seizure notice, which must have been given at least 03
 * working days (configured: {@code seizure-notice-lead}) before the coercion date: the briefing is
 * the last step before the coercion, when the notice has been given (at the plan it usually has
 * not), so a late notice stops the coercion here.
 */
@Component("briefingListener")
class BriefingListener implements TaskListener {

  private final StepRecorder steps;
  private final CoercionSchedule schedule;
  private final Clock clock;

  BriefingListener(StepRecorder steps, CoercionSchedule schedule, Clock clock) {
    this.steps = steps;
    this.schedule = schedule;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    LocalDate briefing = f.date(BRIEFING_DATE, "ngày họp triển khai");
    String notes = f.optionalText(BRIEFING_NOTES, "nội dung triển khai", 4000);
    LocalDate enforcement = f.date(ENFORCEMENT_DATE, "ngày cưỡng chế");
    if (briefing != null && enforcement != null && !briefing.isBefore(enforcement)) {
      f.problem(
          "Ngày họp triển khai "
              + DATE.format(briefing)
              + " phải trước ngày cưỡng chế ("
              + DATE.format(enforcement)
              + ").");
    }
    boolean realProperty = Boolean.TRUE.equals(task.getVariable(REAL_PROPERTY));
    String noticeNo = null;
    LocalDate notice = null;
    if (realProperty) {
      noticeNo = f.documentNo(SEIZURE_NOTICE_NO, "số thông báo kê biên bất động sản");
      notice =
          f.dateNotInFuture(
              SEIZURE_NOTICE_DATE, "ngày thông báo kê biên", VietnamTime.today(clock));
      if (notice != null && enforcement != null) {
        LocalDate latest = schedule.latestSeizureNotice(enforcement);
        if (notice.isAfter(latest)) {
          f.problem(
              "Thông báo kê biên bất động sản ngày "
                  + DATE.format(notice)
                  + " là quá muộn: phải thông báo trước ngày cưỡng chế ("
                  + DATE.format(enforcement)
                  + ") ít nhất "
                  + String.format(
                      "%02d", schedule.leadWorkingDays(CoercionSchedule.SEIZURE_NOTICE_LEAD))
                  + " ngày làm việc, tức là chậm nhất ngày "
                  + DATE.format(latest)
                  + ".");
        }
      }
    }
    f.check();
    steps.record(task, null, briefing, null, notes);
    if (realProperty) {
      steps.recordAs(task, "SeizureNotice", noticeNo, notice, "Thông báo kê biên bất động sản");
    }
  }
}
