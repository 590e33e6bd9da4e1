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

/** The chair approves an extension (the date may be changed) with its reason, or refuses it. */
@Component("extensionDecisionListener")
public class ExtensionDecisionListener implements TaskListener {

  private final ConclusionRepository repository;

  public ExtensionDecisionListener(ConclusionRepository repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(CaseVariables.EXTENSION_DECISION);
    List<String> problems = new ArrayList<>();
    if ("approve".equals(decision)) {
      LocalDate current = repository.directive(Directives.id(task)).deadline();
      LocalDate proposed = FormValues.date(task.getVariable(CaseVariables.PROPOSED_DEADLINE), "Hạn mới", problems);
      if (proposed != null && !proposed.isAfter(current)) {
        problems.add("Hạn mới phải sau hạn hiện tại " + FormValues.display(current) + ".");
      }
      FormValues.text(task.getVariable(CaseVariables.EXTENSION_REASON), "Lý do gia hạn", 2000, problems);
    } else if (!"reject".equals(decision)) {
      problems.add("Chưa chọn đồng ý hay không đồng ý gia hạn.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Quyết định gia hạn chưa hợp lệ: " + String.join(" ", problems));
    }
  }
}
