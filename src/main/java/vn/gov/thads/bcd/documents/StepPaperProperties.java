package vn.gov.thads.bcd.documents;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bcd.documents.step-papers}: the paper a step's form asks for, by the step's task
 * definition key (written in brackets, {@code "[Task_GiveOpinion]"}, so that the key keeps its case
 * and underscore), with the document kind and whether the step may be completed without it
 * (default: it may). A map, so that a province switches one step on from its own configuration
 * ({@code bcd.documents.step-papers[Task_GiveOpinion].required=true}) without restating the rest.
 * Checked at start-up by {@link StepPapers}.
 */
@ConfigurationProperties("bcd.documents")
public record StepPaperProperties(Map<String, Entry> stepPapers) {

  /** The kind's code ({@link DocumentKind}) and whether the paper is required. */
  public record Entry(String kind, Boolean required) {}

  public StepPaperProperties {
    stepPapers = stepPapers == null ? Map.of() : Map.copyOf(stepPapers);
  }
}
