package vn.gov.thads.bcd.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.conclusions.ConclusionRepository;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.process.FormValues;
import vn.gov.thads.bcd.process.InvalidCaseDataException;

/**
 * The lead agency either reports the result of its directive (recorded at once) or asks the chair for more
 * time (a later date and a reason, decided by the chair).
 */
@Component("directiveReportListener")
public class DirectiveReportListener implements TaskListener {

  private final ConclusionRepository repository;

  public DirectiveReportListener(ConclusionRepository repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateTask task) {
    Object action = task.getVariable(CaseVariables.DIRECTIVE_ACTION);
    long id = Directives.id(task);
    List<String> problems = new ArrayList<>();
    if (CaseVariables.ACTION_REPORT.equals(action)) {
      String result = FormValues.text(task.getVariable(CaseVariables.DIRECTIVE_RESULT), "Kết quả thực hiện", 4000,
          problems);
      if (problems.isEmpty()) {
        repository.recordResult(id, result);
        return;
      }
    } else if (CaseVariables.ACTION_EXTENSION.equals(action)) {
      LocalDate current = repository.directive(id).deadline();
      LocalDate proposed = FormValues.date(task.getVariable(CaseVariables.PROPOSED_DEADLINE), "Hạn đề nghị", problems);
      if (proposed != null && !proposed.isAfter(current)) {
        problems.add("Hạn đề nghị phải sau hạn hiện tại " + FormValues.display(current) + ".");
      }
      FormValues.text(task.getVariable(CaseVariables.EXTENSION_REASON), "Lý do đề nghị gia hạn", 2000, problems);
      if (problems.isEmpty()) {
        return;
      }
    } else {
      problems.add("Chưa chọn báo cáo kết quả hoặc đề nghị gia hạn.");
    }
    throw new InvalidCaseDataException("Báo cáo nhiệm vụ chưa hợp lệ: " + String.join(" ", problems));
  }
}
