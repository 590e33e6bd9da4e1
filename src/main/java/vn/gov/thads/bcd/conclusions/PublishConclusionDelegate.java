package vn.gov.thads.bcd.conclusions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Publishes the conclusion notice: records it as published and announces it ({@link
 * ConclusionPublished}), on which the {@code publication} package starts sending it to the
 * province's systems as a process of its own, so that the case never waits for, nor fails on, the
 * outside system.
 */
@Component("publishConclusionDelegate")
public class PublishConclusionDelegate implements JavaDelegate {

  private final ConclusionRepository repository;
  private final ApplicationEventPublisher events;

  public PublishConclusionDelegate(
      ConclusionRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long conclusionId = ((Number) execution.getVariable(CaseVariables.CONCLUSION_ID)).longValue();
    if (repository.markPublished(conclusionId)) {
      events.publishEvent(new ConclusionPublished(conclusionId));
    }
  }
}
