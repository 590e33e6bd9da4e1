package vn.gov.thads.bcd.directives;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.conclusions.ConclusionRepository;
import vn.gov.thads.bcd.process.FormValues;

/** Accepts the directive's result: done, or done late when it was reported after its (possibly extended) deadline. */
@Component("closeDirectiveDelegate")
public class CloseDirectiveDelegate implements JavaDelegate {

  private final ConclusionRepository repository;
  private final Clock clock;

  public CloseDirectiveDelegate(ConclusionRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    repository.close(Directives.id(execution), LocalDate.now(clock.withZone(FormValues.VIETNAM)));
  }
}
