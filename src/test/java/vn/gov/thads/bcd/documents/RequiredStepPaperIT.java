package vn.gov.thads.bcd.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.testsupport.MultipartForm;

/**
 * A province requires the member's opinion letter on the opinion step: completing the step over
 * engine-rest without it is refused in Vietnamese and changes nothing; a paper of another kind does
 * not count; once the letter is uploaded on the task, the step completes, and the letter keeps the
 * step it was given on. The task's "Tài liệu" tab says what the step asks and whether it is given.
 */
@TestPropertySource(properties = "bcd.documents.step-papers[Task_GiveOpinion].required=true")
class RequiredStepPaperIT extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String REFUSAL =
      "Bước «Cho ý kiến bằng văn bản» cần Văn bản ý kiến: hãy tải tệp lên ở thẻ «Tài liệu» bên"
          + " cạnh biểu mẫu (loại «Văn bản ý kiến») rồi bấm Hoàn thành lại. Việc chưa được hoàn"
          + " thành.";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void theOpinionStepIsNotCompletedWithoutItsLetterUploadedOnIt() throws Exception {
    CaseScenario c =
        Lifecycle.toOpinions(
            engine, "chv.kv01", CaseScenario.uniqueDecisionNo(), List.of("so-tu-phap"));
    Task opinion = Lifecycle.taskOf(engine, c, "Task_GiveOpinion", "so-tu-phap");
    Http member = Http.rest(port, "cv.sotuphap", "demo");
    Map<String, Object> answer =
        Map.of(
            "variables",
            Map.of(
                "opinionPosition", Map.of("value", "agree"),
                "opinionContent", Map.of("value", "Thống nhất với đề xuất.")));

    Http.Response refused =
        member.postJson("/engine-rest/task/" + opinion.getId() + "/complete", answer);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).isEqualTo(REFUSAL);
    Http.Response viaForm =
        member.postJson("/engine-rest/task/" + opinion.getId() + "/submit-form", answer);
    assertThat(viaForm.status()).as(viaForm.body()).isEqualTo(400);
    assertThat(viaForm.json().get("message").asText()).isEqualTo(REFUSAL);
    // Nothing changed: the step is open and holds no opinion.
    assertThat(c.tasks("Task_GiveOpinion"))
        .extracting(Task::getId)
        .containsExactly(opinion.getId());
    assertThat(engine.getTaskService().getVariable(opinion.getId(), "opinionPosition")).isNull();

    // The tab of the step says what it asks for, not given yet, and offers that kind.
    JsonNode panel = panel("cv.sotuphap", opinion.getId());
    assertThat(panel.get("taskId").asText()).isEqualTo(opinion.getId());
    assertThat(panel.get("step").get("kind").asText()).isEqualTo("OPINION_LETTER");
    assertThat(panel.get("step").get("kindLabel").asText()).isEqualTo("Văn bản ý kiến");
    assertThat(panel.get("step").get("required").asBoolean()).isTrue();
    assertThat(panel.get("step").get("givenFileName").isNull()).isTrue();

    // A paper of another kind, or naming a task that is not one of the case's, does not count.
    JsonNode other = upload("cv.sotuphap", "OTHER", opinion.getId(), "Công văn.pdf");
    assertThat(other.get("stepName").asText()).isEqualTo("Cho ý kiến bằng văn bản");
    assertThat(
            member.postJson("/engine-rest/task/" + opinion.getId() + "/complete", answer).status())
        .isEqualTo(400);
    Reply stranger =
        send("cv.sotuphap", multipart(c.caseNumber, "OPINION_LETTER", "khong-co", "x.pdf"));
    assertThat(stranger.status()).isEqualTo(400);
    assertThat(stranger.json().get("message").asText())
        .isEqualTo(
            "Việc khong-co không phải là một việc đang mở của vụ việc " + c.caseNumber + ".");

    JsonNode letter =
        upload("cv.sotuphap", "OPINION_LETTER", opinion.getId(), "Văn bản ý kiến STP.pdf");
    assertThat(letter.get("taskId").asText()).isEqualTo(opinion.getId());
    assertThat(letter.get("stepName").asText()).isEqualTo("Cho ý kiến bằng văn bản");
    JsonNode given = panel("cv.sotuphap", opinion.getId()).get("step");
    assertThat(given.get("givenFileName").asText()).isEqualTo("Văn bản ý kiến STP.pdf");
    assertThat(given.get("givenId").asLong()).isEqualTo(letter.get("id").asLong());

    Http.Response completed =
        member.postJson("/engine-rest/task/" + opinion.getId() + "/complete", answer);
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    assertThat(c.tasks("Task_GiveOpinion")).isEmpty();

    // After the step, the case's list still says on which step the letter was given.
    JsonNode list =
        JSON.readTree(send("thuky", get("/api/cases/" + enc(c.caseNumber) + "/documents")).body());
    JsonNode listed = null;
    for (JsonNode d : list) {
      if (d.get("id").asLong() == letter.get("id").asLong()) {
        listed = d;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.get("stepName").asText()).isEqualTo("Cho ý kiến bằng văn bản");
    assertThat(listed.get("addedBy").asText()).isEqualTo("cv.sotuphap");
  }

  private JsonNode panel(String user, String taskId) {
    Http session = Http.browser(port);
    assertThat(session.loginToWebapp("tasklist", user, "demo").status()).isEqualTo(200);
    Http.Response panel =
        session.get(
            "/camunda/api/cockpit/plugin/bcd-supervision/default/task/" + taskId + "/documents");
    assertThat(panel.status()).as(panel.body()).isEqualTo(200);
    return panel.json();
  }

  private JsonNode upload(String user, String kind, String taskId, String fileName)
      throws Exception {
    String caseNumber =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(
                engine
                    .getTaskService()
                    .createTaskQuery()
                    .taskId(taskId)
                    .singleResult()
                    .getProcessInstanceId())
            .singleResult()
            .getBusinessKey();
    Reply added = send(user, multipart(caseNumber, kind, taskId, fileName));
    assertThat(added.status()).as(new String(added.body(), StandardCharsets.UTF_8)).isEqualTo(201);
    return added.json();
  }

  private HttpRequest.Builder multipart(
      String caseNumber, String kind, String taskId, String fileName) {
    return new MultipartForm()
        .field("kind", kind)
        .field("taskId", taskId)
        .file(
            "file",
            fileName,
            "application/pdf",
            DocumentSamples.pdf(fileName + " " + UUID.randomUUID()))
        .post(request("/api/cases/" + enc(caseNumber) + "/documents"));
  }

  record Reply(int status, byte[] body) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  private HttpRequest.Builder get(String path) {
    return request(path).GET();
  }

  private static Reply send(String user, HttpRequest.Builder request) throws Exception {
    request.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    HttpResponse<byte[]> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Reply(response.statusCode(), response.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
