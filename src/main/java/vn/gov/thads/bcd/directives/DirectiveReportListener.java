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
 * The lead agency either reports the result of its directive or asks the chair for more time (a
 * later date and a reason, decided by the chair); either is recorded at once. The task shows the
 * secretariat's request when the previous report was returned; that request is then dropped.
 */
@Component("directiveReportListener")
public class DirectiveReportListener implements TaskListener {

  /** The form's choices, value → label; the operation log words a report with them too. */
  public static final Map<String, String> ACTIONS =
      Choices.of(
          CaseVariables.ACTION_REPORT,
          "Báo cáo kết quả thực hiện",
          CaseVariables.ACTION_EXTENSION,
          "Đề nghị gia hạn");

  private final DirectiveRepository repository;

  public DirectiveReportListener(DirectiveRepository repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    long id = Directives.id(task);
    String action =
        f.choice(CaseVariables.DIRECTIVE_ACTION, "báo cáo kết quả hoặc đề nghị gia hạn", ACTIONS);
    boolean report = CaseVariables.ACTION_REPORT.equals(action);
    boolean extension = CaseVariables.ACTION_EXTENSION.equals(action);
    String result =
        report ? f.text(CaseVariables.DIRECTIVE_RESULT, "Kết quả thực hiện", 4000) : null;
    LocalDate proposed = null;
    String reason = null;
    if (extension) {
      LocalDate current = repository.directive(id).deadline();
      proposed = f.date(CaseVariables.PROPOSED_DEADLINE, "Hạn đề nghị");
      if (proposed != null && !proposed.isAfter(current)) {
        f.problem("Hạn đề nghị phải sau hạn hiện tại " + VietnamTime.format(current) + ".");
      }
      reason = f.text(CaseVariables.EXTENSION_REASON, "Lý do đề nghị gia hạn", 2000);
    }
    f.check("Báo cáo nhiệm vụ chưa hợp lệ:");
    if (report) {
      repository.recordResult(id, result);
    } else {
      repository.requestExtension(id, proposed, reason, CurrentUser.idOr(task.getAssignee()));
    }
    // The secretariat's earlier request and verdict, and the chair's earlier decision on time, were
    // for the previous report: the next review and decision start with empty forms.
    for (String name :
        List.of(
            CaseVariables.VERIFY_NOTE,
            CaseVariables.RESULT_VERDICT,
            CaseVariables.EXTENSION_DECISION)) {
      task.removeVariable(name);
    }
  }
}
