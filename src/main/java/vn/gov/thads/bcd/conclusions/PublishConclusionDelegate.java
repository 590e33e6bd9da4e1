package vn.gov.thads.bcd.conclusions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Publishes the conclusion notice: writes it as a DOCX draft to sign attached to the case ({@link
 * ConclusionNotices}), records it as published and announces it ({@link ConclusionPublished}), on
 * which the {@code publication} package starts sending it to the province's systems as a process of
 * its own, so that the case never waits for, nor fails on, the outside system.
 */
@Component("publishConclusionDelegate")
public class PublishConclusionDelegate implements JavaDelegate {

  private final ConclusionRepository repository;
  private final ApplicationEventPublisher events;
  private final ConclusionNotices notices;

  public PublishConclusionDelegate(
      ConclusionRepository repository,
      ApplicationEventPublisher events,
      ConclusionNotices notices) {
    this.repository = repository;
    this.events = events;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long conclusionId = ((Number) execution.getVariable(CaseVariables.CONCLUSION_ID)).longValue();
    if (repository.markPublished(conclusionId)) {
      events.publishEvent(new ConclusionPublished(conclusionId));
    }
    // The notice as a DOCX draft to sign, attached to the case (once; a retried job finds it).
    notices.generate(conclusionId);
  }
}
