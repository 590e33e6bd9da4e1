package vn.gov.thads.bcd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.CaseRequests.dossier;
import static vn.gov.thads.bcd.testsupport.CaseRequests.string;
import static vn.gov.thads.bcd.testsupport.CaseRequests.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;

/** engine-rest requires credentials and applies each agency's authorizations. */
class RestAuthorizationIT extends IntegrationTest {

  private static final String START =
      "/engine-rest/process-definition/key/DifficultCaseProcess/submit-form";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void anonymousAndWrongPasswordAreRefused() {
    assertThat(Http.rest(port, null, null).get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(Http.rest(port, "chv.kv15", "demo").get("/engine-rest/task").status())
        .isEqualTo(200);
    // A user of its own: a failed attempt locks the account for a few seconds (the engine's login
    // delay).
    assertThat(Http.rest(port, "chv.kv15", "sai-mat-khau").get("/engine-rest/task").status())
        .isEqualTo(401);
  }

  @Test
  void onlyEnforcementOfficersStartCases() {
    long before = runtimeService.createProcessInstanceQuery().count();
    Http.Response refused =
        Http.rest(port, "cv.sotuphap", "demo").postJson(START, variables(dossier("1/QĐ-STP")));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void incompleteDossierIsRefusedInVietnameseAndNothingStarts() {
    Map<String, Object> incomplete = dossier("2/QĐ-THADS");
    incomplete.remove("obstacle");
    incomplete.put("debtorName", string("   "));
    long before = runtimeService.createProcessInstanceQuery().count();

    Http.Response refused =
        Http.rest(port, "chv.kv01", "demo").postJson(START, variables(incomplete));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .contains(
            "Hồ sơ chưa hợp lệ", "Thiếu Người phải thi hành án.", "Thiếu Vướng mắc, khó khăn.");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void tasklistGetsTheRefusalAsA400WithTheVietnameseMessageAlone() {
    Http.Response started =
        Http.rest(port, "chv.kv03", "demo").postJson(START, variables(dossier("78/QĐ-CTHADS")));
    String caseNumber = started.json().get("businessKey").asText();
    String approveTask =
        singleTaskId(Http.rest(port, "photruongban", "demo"), caseNumber, "Task_ApproveRequest");

    // The same call Tasklist makes when the head submits the form: its own engine API, not
    // /engine-rest.
    Http tasklist = Http.browser(port);
    assertThat(tasklist.loginToWebapp("tasklist", "photruongban", "demo").status()).isEqualTo(200);
    // As Tasklist does after the login: a first call in the new session hands out its CSRF token.
    assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + approveTask).status())
        .isEqualTo(200);
    Http.Response refused =
        tasklist.postJsonFromWebapp(
            "/camunda/api/engine/engine/default/task/" + approveTask + "/submit-form",
            variables(Map.of("approvalDecision", string("return"))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .isEqualTo("Khi trả lại hồ sơ phải ghi rõ lý do và nội dung cần hoàn thiện.");
    assertThat(taskService.createTaskQuery().taskId(approveTask).count()).isEqualTo(1);
  }

  @Test
  void anAgencySeesAndWorksOnlyItsOwnTasksAndCases() {
    Http officerKv01 = Http.rest(port, "chv.kv01", "demo");
    Http officerKv02 = Http.rest(port, "chv.kv02", "demo");
    Http head = Http.rest(port, "photruongban", "demo");
    Http secretary = Http.rest(port, "thuky", "demo");

    Http.Response started = officerKv01.postJson(START, variables(dossier("77/QĐ-CTHADS")));
    assertThat(started.status()).isEqualTo(200);
    String caseId = started.json().get("id").asText();
    String caseNumber = started.json().get("businessKey").asText();

    // The head of THADS tỉnh returns the dossier; a return needs a reason, whichever way it is
    // sent.
    String approveTask = singleTaskId(head, caseNumber, "Task_ApproveRequest");
    Map<String, Object> noReason = variables(Map.of("approvalDecision", string("return")));
    Http.Response viaForm =
        head.postJson("/engine-rest/task/" + approveTask + "/submit-form", noReason);
    assertThat(viaForm.status()).as(viaForm.body()).isEqualTo(400);
    assertThat(viaForm.json().get("message").asText())
        .isEqualTo("Khi trả lại hồ sơ phải ghi rõ lý do và nội dung cần hoàn thiện.");
    Http.Response viaComplete =
        head.postJson("/engine-rest/task/" + approveTask + "/complete", noReason);
    assertThat(viaComplete.status()).isEqualTo(400);
    assertThat(viaComplete.json().get("message").asText()).contains("phải ghi rõ lý do");
    assertThat(taskService.getVariable(approveTask, "approvalDecision")).isNull();
    assertThat(
            head.postJson(
                    "/engine-rest/task/" + approveTask + "/submit-form",
                    variables(
                        Map.of(
                            "approvalDecision",
                            string("return"),
                            "returnReason",
                            string("Bổ sung biên bản xác minh tài sản."))))
                .status())
        .isEqualTo(204);

    // The returned dossier is a task of regional office 1 only.
    Task completeDossier =
        taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(completeDossier.getTaskDefinitionKey()).isEqualTo("Task_CompleteDossier");
    String taskPath = "/engine-rest/task/" + completeDossier.getId();

    assertThat(officerKv02.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber).json())
        .isEmpty();
    assertThat(officerKv02.get(taskPath).status()).isEqualTo(404);
    Http.Response foreignCompletion =
        officerKv02.postJson(taskPath + "/complete", variables(dossier("77/QĐ-CTHADS")));
    assertThat(foreignCompletion.status()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(completeDossier.getId()).count()).isEqualTo(1);
    assertThat(officerKv02.get("/engine-rest/process-instance/" + caseId).status()).isEqualTo(404);

    // Supervisors read everything but do not work the agencies' tasks.
    assertThat(secretary.get(taskPath).status()).isEqualTo(200);
    assertThat(secretary.get("/engine-rest/process-instance/" + caseId).status()).isEqualTo(200);
    Http.Response byTheSecretariat =
        secretary.postJson(taskPath + "/complete", variables(dossier("77/QĐ-CTHADS")));
    assertThat(byTheSecretariat.status()).isEqualTo(403);
    assertThat(byTheSecretariat.json().get("message").asText())
        .startsWith("Việc \"Hoàn thiện hồ sơ bị trả lại\" " + "được giao cho đơn vị khác");
    assertThat(taskService.createTaskQuery().taskId(completeDossier.getId()).count()).isEqualTo(1);

    // The submitting office sees its case and completes its task.
    assertThat(officerKv01.get("/engine-rest/process-instance/" + caseId).status()).isEqualTo(200);
    assertThat(
            officerKv01
                .postJson(taskPath + "/complete", variables(dossier("77/QĐ-CTHADS")))
                .status())
        .isEqualTo(204);
    assertThat(singleTaskId(head, caseNumber, "Task_ApproveRequest")).isNotBlank();
  }

  private static String singleTaskId(Http client, String caseNumber, String taskKey) {
    JsonNode tasks =
        client
            .get(
                "/engine-rest/task?processInstanceBusinessKey="
                    + caseNumber
                    + "&taskDefinitionKey="
                    + taskKey)
            .json();
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }
}
