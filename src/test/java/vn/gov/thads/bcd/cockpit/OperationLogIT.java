package vn.gov.thads.bcd.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.EngineClock.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;

/**
 * Who did what and when on a case, as the engine records it for Tasklist's and engine-rest's calls,
 * shown by the Cockpit plugin: the case tab "Nhật ký thao tác" and the dashboard's recent
 * operations, including a case whose process instance was deleted. Each step is taken the way
 * people take it: Tasklist's API with a webapp session and CSRF token, or engine-rest with Basic
 * credentials.
 */
class OperationLogIT extends IntegrationTest {

  static final String API = "/camunda/api/cockpit/plugin/bcd-supervision/default";
  static final String TASKLIST_API = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Http session(String app, String user) {
    Http http = Http.browser(port);
    assertThat(http.loginToWebapp(app, user, "demo").status())
        .as("login of " + user)
        .isEqualTo(200);
    return http;
  }

  private static JsonNode ok(Http.Response r) {
    assertThat(r.status()).as(r.body()).isIn(200, 204);
    return r.body().isEmpty() ? null : r.json();
  }

  private static List<String> lines(JsonNode operations) {
    List<String> lines = new ArrayList<>();
    operations.forEach(
        o ->
            lines.add(
                o.get("at").asText()
                    + " | "
                    + o.get("userId").asText()
                    + " | "
                    + o.get("label").asText()
                    + (o.hasNonNull("detail") ? " (" + o.get("detail").asText() + ")" : "")
                    + " | "
                    + (o.hasNonNull("taskName") ? o.get("taskName").asText() : "-")));
    return lines;
  }

  @Test
  void everyCompletionReassignmentDueDateChangeAndDeletionShowsWhoAndWhen() {
    at("2026-05-04T09:00:00");
    CaseScenario c = CaseScenario.start(engine, "chv.kv08", CaseScenario.dossier("801/QĐ-THADS"));
    Task approval = c.task("Task_ApproveRequest");

    // Tasklist: the standing deputy claims and completes the approval with their webapp session.
    at("2026-05-04T09:15:00");
    Http deputy = session("tasklist", "photruongban");
    // As Tasklist does after the login: a first call in the new session hands out its CSRF token.
    ok(deputy.get(TASKLIST_API + "/task/" + approval.getId()));
    ok(
        deputy.postJsonFromWebapp(
            TASKLIST_API + "/task/" + approval.getId() + "/claim",
            Map.of("userId", "photruongban")));
    at("2026-05-04T09:20:00");
    ok(
        deputy.postJsonFromWebapp(
            TASKLIST_API + "/task/" + approval.getId() + "/submit-form",
            Map.of(
                "variables",
                Map.of("approvalDecision", Map.of("value", "approve", "type", "String")))));

    // engine-rest: the secretariat moves the review's due date (as Tasklist does: PUT of the task)
    // and hands it on.
    Task review = c.task("Task_ReviewDossier");
    Http secretariat = Http.rest(port, "thuky", "demo");
    at("2026-05-05T10:00:00");
    ObjectNode task = (ObjectNode) secretariat.get("/engine-rest/task/" + review.getId()).json();
    task.put("due", "2026-05-15T17:00:00.000+0700");
    ok(secretariat.putJson("/engine-rest/task/" + review.getId(), task));
    at("2026-05-05T10:05:00");
    ok(
        secretariat.postJson(
            "/engine-rest/task/" + review.getId() + "/assignee", Map.of("userId", "thuky2")));
    at("2026-05-06T08:30:00");
    ok(
        Http.rest(port, "thuky2", "demo")
            .postJson(
                "/engine-rest/task/" + review.getId() + "/submit-form",
                Map.of(
                    "variables",
                    Map.of("dossierComplete", Map.of("value", "complete", "type", "String")))));

    // The administrator deletes the case's process instance (entered by mistake).
    at("2026-05-07T16:45:00");
    assertThat(
            Http.rest(port, "admin", "demo")
                .delete("/engine-rest/process-instance/" + c.main.getId())
                .status())
        .isEqualTo(204);

    // The case tab, opened from the main instance (ended, still in history).
    Http thuky = session("cockpit", "thuky");
    JsonNode tab = ok(thuky.get(API + "/process-instance/" + c.main.getId() + "/operations"));
    assertThat(tab.get("caseRef").get("caseNumber").asText()).isEqualTo(c.caseNumber);
    assertThat(lines(tab.get("operations")))
        .containsSubsequence(
            "07/05/2026 16:45 | admin | Xóa phiên bản quy trình | -",
            "06/05/2026 08:30 | thuky2 | Hoàn thành | Kiểm tra tính đầy đủ của hồ sơ",
            "05/05/2026 10:05 | thuky | Giao việc (chưa giao → thuky2) | Kiểm tra tính đầy đủ của hồ sơ",
            "05/05/2026 10:00 | thuky | Đổi hạn xử lý ("
                + dayTime(review.getDueDate())
                + " → 15/05/2026 17:00) | Kiểm tra tính đầy đủ của hồ sơ",
            "04/05/2026 09:20 | photruongban | Hoàn thành | Phê duyệt gửi xin ý kiến BCĐ",
            "04/05/2026 09:15 | photruongban | Nhận việc | Phê duyệt gửi xin ý kiến BCĐ",
            "04/05/2026 09:00 | chv.kv08 | Khởi tạo quy trình | -");
    JsonNode first = tab.get("operations").get(0);
    assertThat(first.get("userName").asText()).isNotBlank();
    // The process is named as the models name it, not by its technical key.
    assertThat(tab.get("operations").findValuesAsText("processName"))
        .contains(
            "Vụ việc có vướng mắc, khó thi hành xin ý kiến Ban Chỉ đạo", "Xin ý kiến Ban Chỉ đạo")
        .noneMatch(name -> name.endsWith("Process"));

    // The same tab from the case's called process, and refused to an agency that does not take
    // part.
    String opinionRequest =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .superProcessInstanceId(c.main.getId())
            .singleResult()
            .getId();
    assertThat(
            lines(
                ok(thuky.get(API + "/process-instance/" + opinionRequest + "/operations"))
                    .get("operations")))
        .isEqualTo(lines(tab.get("operations")));
    Http.Response foreign =
        session("tasklist", "chv.kv09")
            .get(API + "/process-instance/" + c.main.getId() + "/operations");
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.json().get("message").asText())
        .isEqualTo("Bạn không có quyền xem vụ việc của phiên bản quy trình này.");
    assertThat(thuky.get(API + "/process-instance/khong-co/operations").status()).isEqualTo(404);

    // The dashboard's recent operations: the deleted case is found by its number, and by who did
    // it.
    JsonNode byCase = ok(thuky.get(API + "/operations?caseNumber=" + enc(c.caseNumber)));
    assertThat(lines(byCase.get("operations"))).isEqualTo(lines(tab.get("operations")));
    byCase
        .get("operations")
        .forEach(o -> assertThat(o.get("caseNumber").asText()).isEqualTo(c.caseNumber));
    JsonNode byAdmin =
        ok(thuky.get(API + "/operations?user=admin&caseNumber=" + enc(c.caseNumber)));
    assertThat(lines(byAdmin.get("operations")))
        .containsExactly("07/05/2026 16:45 | admin | Xóa phiên bản quy trình | -");
    JsonNode paged =
        ok(thuky.get(API + "/operations?limit=2&offset=1&caseNumber=" + enc(c.caseNumber)));
    assertThat(lines(paged.get("operations")))
        .isEqualTo(lines(tab.get("operations")).subList(1, 3));

    // Bad filters are refused in Vietnamese; only supervisors see every case's operations.
    Http.Response bad = thuky.get(API + "/operations?user=" + enc("x' or 1=1 --") + "&limit=0");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("message").asText())
        .contains(
            "Tên đăng nhập 'x' or 1=1 --' không hợp lệ.", "Số dòng mỗi trang '0' không hợp lệ");
    Http.Response officer = session("tasklist", "chv.kv08").get(API + "/operations");
    assertThat(officer.status()).isEqualTo(403);
    assertThat(officer.json().get("message").asText())
        .startsWith("Chỉ Tổ Thư ký, Trưởng ban và Phó Trưởng ban thường trực");
  }

  private static String dayTime(Date date) {
    return date.toInstant().atZone(VietnamTime.ZONE).format(VietnamTime.DATE_TIME);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
