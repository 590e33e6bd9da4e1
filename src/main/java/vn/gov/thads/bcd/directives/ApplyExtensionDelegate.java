package vn.gov.thads.bcd.directives;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * After the chair approved an extension (recorded by {@code extensionDecisionListener}): moves the
 * lead agency's due date and the date its form shows to the directive's new deadline.
 */
@Component("applyExtensionDelegate")
public class ApplyExtensionDelegate implements JavaDelegate {

  private final DirectiveRepository repository;

  public ApplyExtensionDelegate(DirectiveRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DirectiveRepository.Directive d = repository.directive(Directives.id(execution));
    execution.setVariable(CaseVariables.DIRECTIVE_DEADLINE, VietnamTime.endOfDay(d.deadline()));
    execution.setVariable(CaseVariables.DIRECTIVE_DEADLINE_TEXT, VietnamTime.format(d.deadline()));
  }
}
