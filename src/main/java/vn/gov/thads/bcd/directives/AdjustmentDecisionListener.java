package vn.gov.thads.bcd.directives;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * The chair approves or refuses the lead agency's proposal to adjust a directive (a refusal says
 * why); the decision is kept with the proposal, and an approved change applies at once — the next
 * report task, its deadline and its reminders then follow the directive as changed.
 */
@Component("adjustmentDecisionListener")
public class AdjustmentDecisionListener implements TaskListener {

  public static final String APPROVE = "approve";

  /** The form's choices, value → label; the operation log words a decision with them too. */
  public static final Map<String, String> DECISIONS =
      Choices.of(APPROVE, "Đồng ý điều chỉnh", "reject", "Không đồng ý điều chỉnh");

  private final DirectiveRepository repository;

  public AdjustmentDecisionListener(DirectiveRepository repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    long id = Directives.id(task);
    String decision =
        f.choice(
            CaseVariables.ADJUSTMENT_DECISION, "đồng ý hay không đồng ý điều chỉnh", DECISIONS);
    boolean approved = APPROVE.equals(decision);
    String note =
        decision != null && !approved
            ? f.text(CaseVariables.ADJUSTMENT_NOTE, "Lý do không đồng ý", 2000)
            : f.optionalText(CaseVariables.ADJUSTMENT_NOTE, "Ý kiến của Trưởng ban", 2000);
    DirectiveRepository.Change pending = repository.pendingChange(id).orElse(null);
    if (pending == null) {
      f.problem("Không có đề nghị điều chỉnh nào đang chờ ý kiến.");
    }
    f.check("Ý kiến về đề nghị điều chỉnh chưa hợp lệ:");
    repository.decideChange(pending.id(), approved, note, CurrentUser.idOr(task.getAssignee()));
    task.setVariable(
        CaseVariables.DIRECTIVE_CANCELLED, approved && pending.kind() == AdjustmentKind.CANCEL);
    task.setVariable(
        CaseVariables.ADJUSTMENT_OUTCOME,
        (approved
                ? "Trưởng ban đồng ý đề nghị điều chỉnh: " + pending.kind().label() + "."
                : "Trưởng ban không đồng ý đề nghị điều chỉnh ("
                    + pending.kind().label()
                    + "). Lý do: "
                    + note)
            + (approved && note != null ? " Ý kiến: " + note : ""));
    // Decided: the lead agency's next report task opens with nothing chosen.
    for (String name :
        List.of(
            CaseVariables.DIRECTIVE_ACTION,
            CaseVariables.ADJUSTMENT_KIND,
            CaseVariables.PROPOSED_TASK,
            CaseVariables.PROPOSED_LEAD_AGENCY,
            CaseVariables.PROPOSED_SUPPORTING_AGENCY,
            CaseVariables.ADJUSTMENT_REASON,
            CaseVariables.ADJUSTMENT_SUMMARY)) {
      task.removeVariable(name);
    }
  }
}
