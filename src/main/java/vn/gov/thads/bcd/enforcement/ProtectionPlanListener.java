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
 * Checks and records the police's protection plan for the coercion: it must reach the enforcement
 * office at least 05 working days (configured: {@code protection-plan-lead}) before the coercion
 * date, or the coercion cannot be protected as planned and is refused here. When the police cannot
 * meet that day, they say so with the reason and the office plans the coercion again (next round):
 * the step is never a dead end.
 */
@Component("protectionPlanListener")
class ProtectionPlanListener implements TaskListener {

  private final StepRecorder steps;
  private final CoercionSchedule schedule;
  private final Clock clock;

  ProtectionPlanListener(StepRecorder steps, CoercionSchedule schedule, Clock clock) {
    this.steps = steps;
    this.schedule = schedule;
    this.clock = clock;
  }

  /** The choices of the form, value → label. */
  static final Map<String, String> OUTCOMES =
      Choices.of(
          PROTECTION_READY,
          "Đã lập kế hoạch bảo vệ",
          PROTECTION_TOO_LATE,
          "Không kịp gửi kế hoạch bảo vệ trước 05 ngày làm việc – đề nghị lùi ngày cưỡng chế");

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String outcome = f.choice(PROTECTION_PLAN_OUTCOME, "kết quả lập kế hoạch bảo vệ", OUTCOMES);
    if (PROTECTION_TOO_LATE.equals(outcome)) {
      String reason = f.text(PROTECTION_DELAY_REASON, "lý do đề nghị lùi ngày cưỡng chế", 2000);
      f.check("Đề nghị lùi ngày cưỡng chế chưa hợp lệ:");
      int round = task.getVariable(COERCION_ROUND) instanceof Number n ? n.intValue() : 1;
      task.setVariable(COERCION_ROUND, round + 1);
      steps.record(
          task,
          null,
          VietnamTime.today(clock),
          null,
          "Công an đề nghị lùi ngày cưỡng chế: " + reason);
      return;
    }
    LocalDate today = VietnamTime.today(clock);
    String docNo = f.documentNo(PROTECTION_PLAN_NO, "số kế hoạch bảo vệ cưỡng chế");
    LocalDate date =
        f.dateNotInFuture(PROTECTION_PLAN_DATE, "ngày ban hành kế hoạch bảo vệ", today);
    LocalDate received =
        f.dateNotInFuture(
            PROTECTION_PLAN_RECEIVED_DATE, "ngày cơ quan Thi hành án nhận kế hoạch bảo vệ", today);
    Integer force = f.count(PROTECTION_FORCE, "số cán bộ, chiến sĩ tham gia bảo vệ");
    LocalDate coercion = f.date(ENFORCEMENT_DATE, "ngày cưỡng chế");
    if (date != null && received != null && received.isBefore(date)) {
      f.problem(
          "Ngày cơ quan Thi hành án nhận kế hoạch bảo vệ ("
              + DATE.format(received)
              + ") không được trước ngày ban hành ("
              + DATE.format(date)
              + ").");
    }
    if (received != null && coercion != null) {
      LocalDate latest = schedule.latestProtectionPlan(coercion);
      if (received.isAfter(latest)) {
        f.problem(
            "Kế hoạch bảo vệ cưỡng chế đến cơ quan Thi hành án ngày "
                + DATE.format(received)
                + " là quá muộn: phải đến trước ngày cưỡng chế ("
                + DATE.format(coercion)
                + ") ít nhất "
                + String.format(
                    "%02d", schedule.leadWorkingDays(CoercionSchedule.PROTECTION_PLAN_LEAD))
                + " ngày làm việc, tức là chậm nhất ngày "
                + DATE.format(latest)
                + ".");
      }
    }
    f.check();
    steps.record(
        task,
        docNo,
        date,
        null,
        "Lực lượng bảo vệ: " + force + "; cơ quan Thi hành án nhận ngày " + DATE.format(received));
  }
}
