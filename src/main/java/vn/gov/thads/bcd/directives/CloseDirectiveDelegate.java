package vn.gov.thads.bcd.directives;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Accepts the directive's result: done, or done late when it was reported after its (possibly
 * extended) deadline.
 */
@Component("closeDirectiveDelegate")
public class CloseDirectiveDelegate implements JavaDelegate {

  private final DirectiveRepository repository;
  private final Clock clock;

  public CloseDirectiveDelegate(DirectiveRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    repository.close(Directives.id(execution), VietnamTime.today(clock));
  }
}
