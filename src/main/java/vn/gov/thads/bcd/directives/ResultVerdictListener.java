package vn.gov.thads.bcd.directives;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.ChoiceListener;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * The secretariat accepts the reported result, or returns it (with what is missing) to the lead
 * agency.
 */
@Component("resultVerdictListener")
public class ResultVerdictListener implements TaskListener {

  /** The form's choices, value → label; the operation log words an acceptance with them too. */
  public static final Map<String, String> VERDICTS =
      Choices.of("accept", "Chấp nhận kết quả", "return", "Yêu cầu bổ sung");

  private final ChoiceListener check;
  private final DirectiveRepository repository;

  public ResultVerdictListener(DirectiveRepository repository) {
    this.repository = repository;
    this.check =
        new ChoiceListener(
            CaseVariables.RESULT_VERDICT,
            VERDICTS,
            "return",
            CaseVariables.VERIFY_NOTE,
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
