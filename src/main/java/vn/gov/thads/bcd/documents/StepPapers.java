package vn.gov.thads.bcd.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The papers steps ask for ({@code bcd.documents.step-papers}), checked at start-up against the
 * document kinds and the user tasks of the models in {@code bpmn/}: a step that is not a user task
 * of any model, or a kind that does not exist, stops the start with a Vietnamese message naming
 * what to correct.
 */
@Component
public class StepPapers {

  /** What a step asks for: its task key, the kind of paper, and whether it is required. */
  public record StepPaper(String taskKey, DocumentKind kind, boolean required) {}

  private final Map<String, StepPaper> byTask;

  @Autowired
  public StepPapers(StepPaperProperties properties) {
    this(properties, userTasksOfTheModels());
  }

  StepPapers(StepPaperProperties properties, Set<String> userTasks) {
    this.byTask = check(properties.stepPapers(), userTasks);
  }

  /** The paper the step of this task definition key asks for, if any. */
  public Optional<StepPaper> of(String taskKey) {
    return Optional.ofNullable(taskKey).map(byTask::get);
  }

  public Map<String, StepPaper> all() {
    return byTask;
  }

  static Map<String, StepPaper> check(
      Map<String, StepPaperProperties.Entry> configured, Set<String> userTasks) {
    List<String> problems = new ArrayList<>();
    Map<String, StepPaper> checked = new LinkedHashMap<>();
    new TreeMap<>(configured)
        .forEach(
            (task, entry) -> {
              String key = task.strip();
              if (!userTasks.contains(key)) {
                problems.add(
                    "bước '"
                        + task
                        + "' không phải là việc (user task) của mô hình nào trong bpmn/"
                        + " (viết mã bước trong ngoặc vuông, ví dụ \"[Task_GiveOpinion]\")");
                return;
              }
              String kind = entry == null ? null : entry.kind();
              if (kind == null || kind.isBlank()) {
                problems.add("bước '" + key + "' thiếu loại tài liệu (kind)");
                return;
              }
              DocumentKind documentKind;
              try {
                documentKind = DocumentKind.valueOf(kind.strip());
              } catch (IllegalArgumentException e) {
                problems.add(
                    "bước '"
                        + key
                        + "': loại tài liệu '"
                        + kind
                        + "' không có; các loại: "
                        + String.join(
                            ", ", Arrays.stream(DocumentKind.values()).map(Enum::name).toList()));
                return;
              }
              checked.put(
                  key,
                  new StepPaper(key, documentKind, entry.required() != null && entry.required()));
            });
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Cấu hình bcd.documents.step-papers không hợp lệ: " + String.join("; ", problems) + ".");
    }
    return Map.copyOf(checked);
  }

  /** The ids of the user tasks of the models the application deploys. */
  static Set<String> userTasksOfTheModels() {
    Set<String> ids = new TreeSet<>();
    try {
      for (Resource r :
          new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.bpmn")) {
        try (InputStream in = r.getInputStream()) {
          Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class).stream()
              .map(UserTask::getId)
              .forEach(ids::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }
}
