package vn.gov.thads.bcd.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.process.InvalidCaseDataException;

/**
 * Checks and records a re-verification of the ability to pay. When the debtor still cannot pay, the period
 * until the next one follows the debtor's situation, which may have changed (imprisoned, address lost).
 */
@Component("reverificationListener")
public class ReverificationListener implements TaskListener {

  static final Map<String, String> RESULTS = new LinkedHashMap<>();

  static {
    RESULTS.put(FollowUpVariables.VERIFICATION_ABLE, "Đã có điều kiện thi hành");
    RESULTS.put(FollowUpVariables.VERIFICATION_UNABLE, "Vẫn chưa có điều kiện thi hành");
  }

  static final int MAX_NOTE = 2000;

  private final FollowUpRepository followUp;
  private final ReverificationSchedule schedule;

  public ReverificationListener(FollowUpRepository followUp, ReverificationSchedule schedule) {
    this.followUp = followUp;
    this.schedule = schedule;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    String result = FollowUpChecks.choice(task.getVariable(FollowUpVariables.VERIFICATION_RESULT),
        "kết quả xác minh", RESULTS, problems);
    String note = FollowUpChecks.text(task.getVariable(FollowUpVariables.VERIFICATION_NOTE),
        "nội dung kết quả xác minh", MAX_NOTE, problems);
    String situation = null;
    if (FollowUpVariables.VERIFICATION_UNABLE.equals(result)) {
      situation = FollowUpChecks.choice(task.getVariable(FollowUpVariables.DEBTOR_SITUATION),
          "tình trạng người phải thi hành án", ReverificationSchedule.SITUATIONS, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Kết quả xác minh chưa hợp lệ: " + String.join(" ", problems));
    }
    Object amount = task.getVariable(FollowUpVariables.AMOUNT_RECOVERED);
    followUp.record(FollowUpChecks.caseId(task), new FollowUpRepository.Entry(FollowUpRepository.Kind.REVERIFICATION,
        result, amount instanceof Number n ? new BigDecimal(n.toString()) : null, situation, note, null,
        FollowUpChecks.actor(task), task.getDueDate()));
    task.removeVariable(FollowUpVariables.VERIFICATION_NOTE);
    if (situation != null) {
      task.setVariable(FollowUpVariables.REVERIFY_PERIOD, schedule.periodFor(situation));
    }
  }
}
