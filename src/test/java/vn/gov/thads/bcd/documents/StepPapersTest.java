package vn.gov.thads.bcd.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The papers steps ask for, as configured in application.yaml and checked at start-up: the shipped
 * steps exist in the models and say on their forms what they ask for; a province switches one step
 * on without restating the others; unknown steps and kinds stop the start with Vietnamese text.
 */
class StepPapersTest {

  private static List<ConfigurationPropertySource> shipped() throws IOException {
    List<ConfigurationPropertySource> sources = new ArrayList<>();
    ConfigurationPropertySources.from(
            new YamlPropertySourceLoader()
                .load("application.yaml", new ClassPathResource("application.yaml")))
        .forEach(sources::add);
    return sources;
  }

  private static StepPapers bind(List<ConfigurationPropertySource> sources) {
    StepPaperProperties properties =
        new Binder(sources).bind("bcd.documents", StepPaperProperties.class).get();
    return new StepPapers(properties);
  }

  @Test
  void theShippedStepsAskForTheirPapersWithoutRequiringThem() throws IOException {
    StepPapers papers = bind(shipped());
    assertThat(papers.of("Task_GiveOpinion"))
        .contains(new StepPapers.StepPaper("Task_GiveOpinion", DocumentKind.OPINION_LETTER, false));
    assertThat(papers.of("Task_RecordMinutes").orElseThrow().kind())
        .isEqualTo(DocumentKind.MEETING_MINUTES);
    assertThat(papers.of("Task_ProtectionPlan").orElseThrow().kind())
        .isEqualTo(DocumentKind.COERCION_PLAN);
    assertThat(papers.of("Task_RecordEnforcement").orElseThrow().kind())
        .isEqualTo(DocumentKind.COERCION_RECORD);
    assertThat(papers.of("Task_AwaitAppealRuling").orElseThrow().kind())
        .isEqualTo(DocumentKind.COURT_DECISION);
    assertThat(papers.all().values()).noneMatch(StepPapers.StepPaper::required);
    assertThat(papers.of("Task_ApproveRequest")).isEmpty();
  }

  @Test
  void aProvinceSwitchesOneStepOnWithoutRestatingTheOthers() throws IOException {
    List<ConfigurationPropertySource> sources = new ArrayList<>();
    sources.add(
        new MapConfigurationPropertySource(
            Map.of("bcd.documents.step-papers[Task_GiveOpinion].required", "true")));
    sources.addAll(shipped());
    StepPapers papers = bind(sources);
    assertThat(papers.of("Task_GiveOpinion").orElseThrow().required()).isTrue();
    assertThat(papers.of("Task_GiveOpinion").orElseThrow().kind())
        .isEqualTo(DocumentKind.OPINION_LETTER);
    assertThat(papers.of("Task_RecordMinutes").orElseThrow().required()).isFalse();
  }

  @Test
  void everyShippedStepSaysOnItsFormWhatItAsksFor() throws IOException {
    StepPapers papers = bind(shipped());
    Map<String, String> formOfTask = new java.util.HashMap<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        try (InputStream in = Files.newInputStream(model)) {
          Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class).stream()
              .filter(t -> t.getCamundaFormRef() != null)
              .forEach(t -> formOfTask.put(t.getId(), t.getCamundaFormRef()));
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    assertThat(papers.all()).hasSizeGreaterThanOrEqualTo(6);
    for (StepPapers.StepPaper paper : papers.all().values()) {
      String form = formOfTask.get(paper.taskKey());
      assertThat(form).as("form of %s", paper.taskKey()).isNotNull();
      JsonNode components =
          json.readTree(Path.of("forms", form + ".form").toFile()).get("components");
      List<String> texts = new ArrayList<>();
      components.forEach(
          c -> {
            if ("text".equals(c.path("type").asText())) {
              texts.add(c.path("text").asText());
            }
          });
      assertThat(texts)
          .as("text elements of %s (step %s)", form, paper.taskKey())
          .anySatisfy(
              t ->
                  assertThat(t)
                      .contains(paper.kind().label())
                      .contains("tải lên ở thẻ «Tài liệu» bên cạnh biểu mẫu"));
    }
  }

  @Test
  void anUnknownStepIsRefusedAtStartUp() {
    assertThatThrownBy(
            () ->
                new StepPapers(
                    new StepPaperProperties(
                        Map.of(
                            "TaskGiveOpinion",
                            new StepPaperProperties.Entry("OPINION_LETTER", true))),
                    Set.of("Task_GiveOpinion")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cấu hình bcd.documents.step-papers không hợp lệ")
        .hasMessageContaining("bước 'TaskGiveOpinion' không phải là việc (user task)")
        .hasMessageContaining("\"[Task_GiveOpinion]\"");
  }

  @Test
  void anUnknownOrMissingKindIsRefusedAtStartUp() {
    assertThatThrownBy(
            () ->
                new StepPapers(
                    new StepPaperProperties(
                        Map.of(
                            "Task_GiveOpinion",
                            new StepPaperProperties.Entry("OPINION", false),
                            "Task_RecordMinutes",
                            new StepPaperProperties.Entry(null, true))),
                    Set.of("Task_GiveOpinion", "Task_RecordMinutes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bước 'Task_GiveOpinion': loại tài liệu 'OPINION' không có")
        .hasMessageContaining("OPINION_LETTER")
        .hasMessageContaining("bước 'Task_RecordMinutes' thiếu loại tài liệu (kind)");
  }

  @Test
  void theModelsUserTasksAreKnown() {
    assertThat(StepPapers.userTasksOfTheModels())
        .contains("Task_GiveOpinion", "Task_IssueConclusion", "Task_RecordEnforcement");
  }
}
