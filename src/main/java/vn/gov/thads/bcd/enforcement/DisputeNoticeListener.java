package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.Deadlines;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Checks and records the notice of a property dispute to the parties (Art. 75): the body that may
 * settle it (a court or the People's Committee competent for land, an agency of the organisation
 * file) and the day the parties received the notice validly, from which the 30 days to sue run
 * ({@code suitFilingDeadline}: end of the last day, the due date and timer of Task_AwaitSuit).
 */
@Component("disputeNoticeListener")
class DisputeNoticeListener implements TaskListener {

  /** Period to sue or ask for settlement after valid notice (Art. 75), in configuration. */
  static final String SUIT_FILING = "suit-filing";

  private final StepRecorder steps;
  private final DisputeBodies bodies;
  private final Deadlines deadlines;
  private final Clock clock;

  DisputeNoticeListener(
      StepRecorder steps, DisputeBodies bodies, Deadlines deadlines, Clock clock) {
    this.steps = steps;
    this.bodies = bodies;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    LocalDate today = VietnamTime.today(clock);
    String docNo = f.documentNo(DISPUTE_NOTICE_NO, "số thông báo");
    LocalDate date = f.dateNotInFuture(DISPUTE_NOTICE_DATE, "ngày thông báo", today);
    LocalDate validNotice =
        f.dateNotInFuture(
            DISPUTE_VALID_NOTICE_DATE, "ngày đương sự nhận được thông báo hợp lệ", today);
    // The seizure's record, when the coercion passed it on: nobody is notified of a dispute over a
    // property before it was seized.
    LocalDate seized = f.optionalDate(RECORD_DATE, "ngày lập biên bản cưỡng chế, kê biên");
    if (validNotice != null && seized != null && validNotice.isBefore(seized)) {
      f.problem(
          "Ngày đương sự nhận được thông báo hợp lệ ("
              + VietnamTime.format(validNotice)
              + ") không được trước ngày kê biên tài sản ("
              + VietnamTime.format(seized)
              + ").");
    } else if (validNotice != null && date != null && validNotice.isBefore(date)) {
      f.problem(
          "Ngày đương sự nhận được thông báo hợp lệ ("
              + VietnamTime.format(validNotice)
              + ") không được trước ngày thông báo ("
              + VietnamTime.format(date)
              + ").");
    }
    String body =
        f.agency(DISPUTE_BODY, "cơ quan giải quyết tranh chấp (Tòa án hoặc UBND)", bodies::isBody);
    String parties = f.text(DISPUTE_PARTIES, "người được thông báo (các bên tranh chấp)", 2000);
    f.check();
    LocalDate lastDay = deadlines.dueFrom(SUIT_FILING, validNotice);
    task.setVariable(DISPUTE_BODY_NAME, bodies.name(body));
    task.setVariable(DISPUTE_ROUTE, bodies.route(body).orElseThrow());
    task.setVariable(SUIT_FILING_DEADLINE, VietnamTime.endOfDay(lastDay));
    steps.record(
        task,
        docNo,
        date,
        null,
        parties
            + ". Nhận thông báo hợp lệ ngày "
            + VietnamTime.format(validNotice)
            + "; khởi kiện, yêu cầu "
            + bodies.name(body)
            + " giải quyết đến hết ngày "
            + VietnamTime.format(lastDay)
            + ".");
  }
}
