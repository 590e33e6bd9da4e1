package vn.gov.thads.bcd.directives;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.conclusions.ConclusionRepository;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.process.ChoiceListener;

/** The secretariat accepts the reported result, or returns it (with what is missing) to the lead agency. */
@Component("resultVerdictListener")
public class ResultVerdictListener implements TaskListener {

  private final ChoiceListener check;
  private final ConclusionRepository repository;

  public ResultVerdictListener(ConclusionRepository repository) {
    this.repository = repository;
    Map<String, String> choices = new LinkedHashMap<>();
    choices.put("accept", "Chấp nhận kết quả");
    choices.put("return", "Yêu cầu bổ sung");
    this.check = new ChoiceListener(CaseVariables.RESULT_VERDICT, choices, "return", CaseVariables.VERIFY_NOTE,
        "Khi yêu cầu bổ sung phải ghi rõ nội dung cần bổ sung.");
  }

  /** The secretariat's choices and their Vietnamese labels (read-only). */
  public Map<String, String> choices() {
    return check.choices();
  }

  @Override
  public void notify(DelegateTask task) {
    check.notify(task);
    if ("return".equals(task.getVariable(CaseVariables.RESULT_VERDICT))) {
      repository.reopen(Directives.id(task));
    }
  }
}
