package vn.gov.thads.bcd.directives;

import vn.gov.thads.bcd.process.CurrentUser;
import java.time.LocalDate;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.conclusions.ConclusionRepository;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.process.FormValues;

/** Keeps the extension (old and new date, reason, who decided) and moves the lead agency's due date. */
@Component("applyExtensionDelegate")
public class ApplyExtensionDelegate implements JavaDelegate {

  private final ConclusionRepository repository;

  public ApplyExtensionDelegate(ConclusionRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate newDeadline = FormValues.date(execution.getVariable(CaseVariables.PROPOSED_DEADLINE), "Hạn mới",
        new ArrayList<>());
    String reason = ((String) execution.getVariable(CaseVariables.EXTENSION_REASON)).strip();
    String user = CurrentUser.idOr(null);
    repository.extend(Directives.id(execution), newDeadline, reason, user);
    execution.setVariable(CaseVariables.DIRECTIVE_DEADLINE, FormValues.endOfDay(newDeadline));
    execution.setVariable(CaseVariables.DIRECTIVE_DEADLINE_TEXT, FormValues.display(newDeadline));
  }
}
