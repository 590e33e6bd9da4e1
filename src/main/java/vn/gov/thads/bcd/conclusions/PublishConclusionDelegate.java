package vn.gov.thads.bcd.conclusions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.process.CaseVariables;

/**
 * Publishes the conclusion notice. For now it is recorded as published; sending it to the province's
 * document system over HTTP belongs to the integration step that follows (asynchronous, with retries).
 */
@Component("publishConclusionDelegate")
public class PublishConclusionDelegate implements JavaDelegate {

  private final ConclusionRepository repository;

  public PublishConclusionDelegate(ConclusionRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    repository.markPublished(((Number) execution.getVariable(CaseVariables.CONCLUSION_ID)).longValue());
  }
}
