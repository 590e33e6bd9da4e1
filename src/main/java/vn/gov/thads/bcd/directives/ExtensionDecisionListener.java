package vn.gov.thads.bcd.directives;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * The chair approves an extension (the requested date may be changed) with its reason, or refuses
 * it; the decision is recorded at once, and the approved deadline is what the lead agency works to
 * from then on.
 */
@Component("extensionDecisionListener")
public class ExtensionDecisionListener implements TaskListener {

  public static final String APPROVE = "approve";

  /** The form's choices, value → label; the operation log words an approval with them too. */
  public static final Map<String, String> DECISIONS =
      Choices.of(APPROVE, "Đồng ý gia hạn", "reject", "Không đồng ý");

  private final DirectiveRepository repository;

  public ExtensionDecisionListener(DirectiveRepository repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String decision =
        f.choice(CaseVariables.EXTENSION_DECISION, "đồng ý hay không đồng ý gia hạn", DECISIONS);
    long id = Directives.id(task);
    if (APPROVE.equals(decision)) {
      LocalDate current = repository.directive(id).deadline();
      LocalDate proposed = f.date(CaseVariables.PROPOSED_DEADLINE, "Hạn mới");
      if (proposed != null && !proposed.isAfter(current)) {
        f.problem("Hạn mới phải sau hạn hiện tại " + VietnamTime.format(current) + ".");
      }
      String reason = f.text(CaseVariables.EXTENSION_REASON, "Lý do gia hạn", 2000);
      f.check("Ý kiến về đề nghị gia hạn chưa hợp lệ:");
      repository.extend(id, proposed, reason, CurrentUser.idOr(task.getAssignee()));
    } else {
      f.check("Ý kiến về đề nghị gia hạn chưa hợp lệ:");
      repository.refuseExtension(id);
    }
    // The request is decided: the lead agency's next report task opens with nothing chosen (not
    // with "Đề nghị gia hạn" ticked and the old dates and reason filled in).
    for (String name :
        List.of(
            CaseVariables.DIRECTIVE_ACTION,
            CaseVariables.PROPOSED_DEADLINE,
            CaseVariables.EXTENSION_REASON)) {
      task.removeVariable(name);
    }
  }
}
