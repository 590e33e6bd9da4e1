package vn.gov.thads.bcd.followup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * Checks and records a re-verification of the ability to pay. When the debtor still cannot pay, the
 * period until the next one follows the debtor's situation, which may have changed (imprisoned,
 * address lost), counted from the day the last one was due (anchored on the not-enforceable
 * decision's date, see {@link ReverificationSchedule#nextReverification}).
 */
@Component("reverificationListener")
public class ReverificationListener implements TaskListener {

  static final Map<String, String> RESULTS =
      Choices.of(
          FollowUpVariables.VERIFICATION_ABLE, "Đã có điều kiện thi hành: trở lại báo cáo định kỳ",
          FollowUpVariables.VERIFICATION_UNABLE, "Vẫn chưa có điều kiện thi hành");

  static final int MAX_NOTE = 2000;

  private final FollowUpRepository followUp;
  private final ReverificationSchedule schedule;
  private final Clock clock;

  public ReverificationListener(
      FollowUpRepository followUp, ReverificationSchedule schedule, Clock clock) {
    this.followUp = followUp;
    this.schedule = schedule;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String result = f.choice(FollowUpVariables.VERIFICATION_RESULT, "kết quả xác minh", RESULTS);
    String note =
        f.text(FollowUpVariables.VERIFICATION_NOTE, "nội dung kết quả xác minh", MAX_NOTE);
    String situation = null;
    if (FollowUpVariables.VERIFICATION_UNABLE.equals(result)) {
      situation =
          f.choice(
              FollowUpVariables.DEBTOR_SITUATION,
              "tình trạng người phải thi hành án",
              ReverificationSchedule.SITUATIONS);
    }
    f.check("Kết quả xác minh chưa hợp lệ:");
    Object amount = task.getVariable(FollowUpVariables.AMOUNT_RECOVERED);
    followUp.record(
        f.caseId(),
        new FollowUpRepository.Entry(
            FollowUpRepository.Kind.REVERIFICATION,
            result,
            amount instanceof Number n ? new BigDecimal(n.toString()) : null,
            situation,
            note,
            null,
            CurrentUser.idOr(task.getAssignee()),
            task.getDueDate()));
    task.removeVariable(FollowUpVariables.VERIFICATION_NOTE);
    if (FollowUpVariables.VERIFICATION_ABLE.equals(result)) {
      // The debtor can pay: that decision no longer stands, the next report starts without it.
      task.removeVariable(FollowUpVariables.NOT_ENFORCEABLE_DECISION_NO);
      task.removeVariable(FollowUpVariables.NOT_ENFORCEABLE_DECISION_DATE);
    }
    if (situation != null) {
      LocalDate today = VietnamTime.today(clock);
      Object lastDue = task.getVariable(FollowUpVariables.REVERIFY_DUE_AT);
      LocalDate last = lastDue instanceof Date d ? VietnamTime.date(d) : today;
      task.setVariable(FollowUpVariables.REVERIFY_PERIOD, schedule.periodFor(situation));
      task.setVariable(
          FollowUpVariables.REVERIFY_DUE_AT,
          ReverificationSchedule.timerDate(schedule.nextReverification(last, situation, today)));
    }
  }
}
