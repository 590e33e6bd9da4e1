package vn.gov.thads.bcd.restapi;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.CaseRequests.dossier;
import static vn.gov.thads.bcd.testsupport.CaseRequests.string;
import static vn.gov.thads.bcd.testsupport.CaseRequests.variables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * Oversized input is refused on the server with a Vietnamese message and changes nothing: each text
 * field past its maximum (the forms' maxLength, the listener's check and the column agree), a value
 * exactly at the maximum is stored whole, numbers out of range, extra variables sent straight over
 * engine-rest past the engine's column, and request bodies past {@code bcd.rest.max-request-size}
 * (HTTP 413), declared or streamed, on engine-rest and on the webapps' API.
 */
class OversizedInputIT extends IntegrationTest {

  static final String START =
      "/engine-rest/process-definition/key/DifficultCaseProcess/submit-form";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  /**
   * Vietnamese text of exactly {@code length} characters (with diacritics: they count as one
   * character each).
   */
  static String text(int length) {
    String unit = "Tài sản thế chấp đang tranh chấp. ";
    return unit.repeat(length / unit.length() + 1).substring(0, length).replaceAll(" $", "x");
  }

  Http officer() {
    return Http.rest(port, "chv.kv01", "demo");
  }

  long cases() {
    return jdbc.sql("select count(*) from bcd_case").query(Long.class).single();
  }

  static void assertRefusedInVietnamese(Http.Response r, String... parts) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().path("type").asText()).isEqualTo("InvalidCaseDataException");
    assertThat(r.json().path("message").asText()).contains(parts);
  }

  // ------------------------------------------------------------------------------------------------ the dossier

  /**
   * Past the column's 4000 characters the engine's variable check answers first (naming the field
   * by its form label); below it, the form's listener with its own, smaller maximum. Parts of the
   * expected message are separated by |.
   */
  @ParameterizedTest(name = "{0} over {1} characters")
  @CsvSource({
    "enforcementDecisionNo, 100, Số quyết định thi hành án dài quá 100 ký tự",
    "judgmentNo,            100, Số bản án, quyết định của Tòa án dài quá 100 ký tự",
    "debtorName,            300, Người phải thi hành án dài quá 300 ký tự",
    "creditorName,          300, Người được thi hành án dài quá 300 ký tự",
    "obstacle,             4000, 'Vướng mắc, khó khăn dài|4000 ký tự'",
    "proposal,             4000, Đề xuất biện pháp|4000 ký tự"
  })
  void dossierFieldPastItsMaximumIsRefused(String field, int max, String message) {
    Map<String, Object> d = dossier("1/QĐ-DAI");
    d.put(field, string(field.endsWith("No") ? "1/" + "A".repeat(max - 1) : text(max + 1)));
    long before = cases();

    assertRefusedInVietnamese(officer().postJson(START, variables(d)), message.split("\\|"));
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void dossierFieldsAtTheirMaximumAreStoredWhole() {
    Map<String, Object> d = dossier("2/QĐ-DAI");
    d.put("debtorName", string(text(300)));
    d.put("creditorName", string(text(300)));
    d.put("obstacle", string(text(4000)));
    d.put("proposal", string(text(4000)));
    Http.Response r = officer().postJson(START, variables(d));
    assertThat(r.status()).as(r.body()).isEqualTo(200);

    Map<String, Object> row =
        jdbc.sql(
                "select debtor_name, creditor_name, obstacle, proposal from bcd_case"
                    + " where enforcement_decision_no = '2/QĐ-DAI'")
            .query()
            .singleRow();
    assertThat(row.get("debtor_name")).isEqualTo(text(300));
    assertThat(row.get("obstacle")).isEqualTo(text(4000));
    assertThat(row.get("proposal")).isEqualTo(text(4000));
  }

  @Test
  void paddingDoesNotSlipPastTheLimitIntoTheDatabase() {
    // The listener strips spaces before counting; the engine would store the padded value as sent.
    Map<String, Object> d = dossier("3/QĐ-DAI");
    d.put("obstacle", string(text(4000) + "          "));
    long before = cases();

    assertRefusedInVietnamese(
        officer().postJson(START, variables(d)), "Vướng mắc, khó khăn", "4000 ký tự");
    assertThat(cases()).isEqualTo(before);
  }

  @ParameterizedTest(name = "amount {0}")
  @CsvSource({
    "-1, Long",
    "10000000000000001, Long",
    "1.5, Double",
    "1e30, Double",
    "mười tỷ, String"
  })
  void amountOutOfRangeIsRefused(String value, String type) {
    Map<String, Object> d = dossier("4/QĐ-DAI");
    Object typed =
        switch (type) {
          case "Long" -> Long.parseLong(value);
          case "Double" -> Double.parseDouble(value);
          default -> value;
        };
    d.put("amountVnd", Map.of("value", typed, "type", type));
    long before = cases();

    assertRefusedInVietnamese(
        officer().postJson(START, variables(d)), "Số tiền phải thi hành (đồng)");
    assertThat(cases()).isEqualTo(before);
  }

  // ------------------------------------------------------------------------------------------------ extra variables

  @Test
  void hugeExtraVariableOverRestIsRefusedAndNothingStarts() {
    Map<String, Object> d = dossier("5/QĐ-DAI");
    d.put("ghiChuThem", string(text(5000)));
    long before = cases();

    assertRefusedInVietnamese(
        officer().postJson(START, variables(d)),
        "'ghiChuThem'",
        "5000 ký tự",
        "vượt quá giới hạn 4000 ký tự");
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void overlongVariableNameIsRefused() {
    Map<String, Object> d = dossier("6/QĐ-DAI");
    d.put("v".repeat(300), string("x"));
    long before = cases();

    assertRefusedInVietnamese(officer().postJson(START, variables(d)), "Tên biến dài 300 ký tự");
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void hugeVariableUpdateOnARunningCaseIsRefused() {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier("7/QĐ-DAI"));
    Http admin = Http.rest(port, "admin", "demo");
    String path = "/engine-rest/process-instance/" + c.main.getId() + "/variables/ghiChu";

    Http.Response put = admin.putJson(path, Map.of("value", text(4001), "type", "String"));
    assertRefusedInVietnamese(put, "4001 ký tự");
    Http.Response modify =
        admin.postJson(
            "/engine-rest/process-instance/" + c.main.getId() + "/variables",
            Map.of(
                "modifications", Map.of("ghiChu", Map.of("value", text(6000), "type", "String"))));
    assertRefusedInVietnamese(modify, "6000 ký tự");
    assertThat(engine.getRuntimeService().getVariable(c.main.getId(), "ghiChu")).isNull();

    // A large value within the column is fine.
    assertThat(admin.putJson(path, Map.of("value", text(4000), "type", "String")).status())
        .isEqualTo(204);
    assertThat(engine.getRuntimeService().getVariable(c.main.getId(), "ghiChu"))
        .isEqualTo(text(4000));
  }

  // ------------------------------------------------------------------------------------------------ task forms

  /** A case at the given task, with that task. */
  record AtTask(CaseScenario c, Task task, String user) {}

  AtTask atOpinion(String decisionNo) {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier(decisionNo));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    c.complete(
        "thuky",
        "Task_ConfirmAgencies",
        Map.of("consultedAgencies", Lifecycle.json(List.of("so-tu-phap"))));
    return new AtTask(c, c.task("Task_GiveOpinion"), "cv.sotuphap");
  }

  AtTask atApproval(String decisionNo) {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier(decisionNo));
    return new AtTask(c, c.task("Task_ApproveRequest"), "photruongban");
  }

  AtTask atMinutes(String decisionNo) {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv01", decisionNo);
    c.complete("thuky", "Task_ScheduleMeeting", Lifecycle.meeting(Lifecycle.today()));
    return new AtTask(c, c.task("Task_RecordMinutes"), "thuky");
  }

  AtTask atConclusion(String decisionNo) {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv01", decisionNo);
    Lifecycle.holdMeeting(c);
    return new AtTask(c, c.task("Task_IssueConclusion"), "truongban");
  }

  /** The variables of a valid completion of each task, as maps of plain values. */
  static Map<String, Object> valid(String taskKey) {
    return switch (taskKey) {
      case "Task_GiveOpinion" ->
          new HashMap<>(
              Map.of(
                  "opinionPosition",
                  "agree",
                  "opinionContent",
                  "Thống nhất.",
                  "opinionDocumentNo",
                  "12/STP-BTTP"));
      case "Task_ApproveRequest" ->
          new HashMap<>(Map.of("approvalDecision", "return", "returnReason", "Bổ sung."));
      case "Task_RecordMinutes" ->
          new HashMap<>(Map.of("minutesNo", "7/BB-BCĐ", "minutes", "Thống nhất."));
      case "Task_IssueConclusion" ->
          new HashMap<>(
              Lifecycle.conclusion(
                  false,
                  new Lifecycle.Row("thads-kv01", List.of("so-tu-phap"), "Xác minh tài sản.", 20)));
      default -> throw new IllegalArgumentException(taskKey);
    };
  }

  AtTask at(String taskKey, String decisionNo) {
    return switch (taskKey) {
      case "Task_GiveOpinion" -> atOpinion(decisionNo);
      case "Task_ApproveRequest" -> atApproval(decisionNo);
      case "Task_RecordMinutes" -> atMinutes(decisionNo);
      case "Task_IssueConclusion" -> atConclusion(decisionNo);
      default -> throw new IllegalArgumentException(taskKey);
    };
  }

  static Map<String, Object> asRest(Map<String, Object> values) {
    Map<String, Object> rest = new HashMap<>();
    values.forEach(
        (k, v) ->
            rest.put(
                k,
                v instanceof TypedValue t
                    ? Map.of("value", t.getValue().toString(), "type", "Json")
                    : Map.of(
                        "value",
                        v,
                        "type",
                        v instanceof String
                            ? "String"
                            : v instanceof Boolean ? "Boolean" : "Long")));
    return Map.of("variables", rest);
  }

  @ParameterizedTest(name = "{0}.{1} over {2}")
  @CsvSource({
    "Task_GiveOpinion,     opinionContent,    4000, Nội dung ý kiến dài|4000 ký tự",
    "Task_GiveOpinion,     opinionDocumentNo,  100, Số văn bản dài quá 100 ký tự",
    "Task_ApproveRequest,  returnReason,      4000, 'Lý do trả lại, nội dung cần hoàn thiện dài|4000 ký tự'",
    "Task_RecordMinutes,   minutes,           4000, Biên bản cuộc họp dài|4000 ký tự",
    "Task_RecordMinutes,   minutesNo,          100, Số biên bản dài quá 100 ký tự",
    "Task_IssueConclusion, conclusionSummary, 4000, Nội dung kết luận dài|4000 ký tự",
    "Task_IssueConclusion, conclusionNo,       100, Số thông báo kết luận dài quá 100 ký tự",
    "Task_IssueConclusion, directive1Task,    2000, nội dung nhiệm vụ dài quá 2000 ký tự"
  })
  void taskFieldPastItsMaximumIsRefusedAndTheTaskStaysOpen(
      String taskKey, String field, int max, String message) {
    AtTask at = at(taskKey, "8" + Math.abs((taskKey + field).hashCode() % 100000) + "/QĐ-DAI");
    Map<String, Object> values = valid(taskKey);
    values.put(field, field.endsWith("No") ? "1/" + "A".repeat(max - 1) : text(max + 1));

    Http.Response r =
        Http.rest(port, at.user(), "demo")
            .postJson("/engine-rest/task/" + at.task().getId() + "/submit-form", asRest(values));

    assertRefusedInVietnamese(r, message.split("\\|"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(at.task().getId()).count())
        .isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}.{1} at {2}")
  @CsvSource({
    "Task_GiveOpinion,     opinionContent,    4000, select content from bcd_opinion where case_id = ?",
    "Task_RecordMinutes,   minutes,           4000, select minutes from bcd_meeting where case_id = ?",
    "Task_IssueConclusion, conclusionSummary, 4000, select summary from bcd_conclusion where case_id = ?",
    "Task_IssueConclusion, directive1Task,    2000, select task from bcd_directive where case_id = ?"
  })
  void taskFieldAtItsMaximumIsStoredWhole(String taskKey, String field, int max, String query) {
    AtTask at = at(taskKey, "9" + Math.abs((taskKey + field).hashCode() % 100000) + "/QĐ-DAI");
    Map<String, Object> values = valid(taskKey);
    values.put(field, text(max));

    Http.Response r =
        Http.rest(port, at.user(), "demo")
            .postJson("/engine-rest/task/" + at.task().getId() + "/submit-form", asRest(values));

    assertThat(r.status()).as(r.body()).isEqualTo(204);
    long caseId =
        jdbc.sql("select id from bcd_case where case_number = ?")
            .param(at.c().caseNumber)
            .query(Long.class)
            .single();
    assertThat(jdbc.sql(query).param(caseId).query(String.class).single()).isEqualTo(text(max));
  }

  // ------------------------------------------------------------------------------------------------ request size

  byte[] hugeStartBody(String decisionNo, int bytes) throws Exception {
    Map<String, Object> d = dossier(decisionNo);
    d.put("ghiChu", string("x".repeat(bytes)));
    return JSON.writeValueAsBytes(variables(d));
  }

  static void assertTooLarge(Http.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(413);
    assertThat(r.json().path("type").asText()).isEqualTo("RequestTooLarge");
    assertThat(r.json().path("message").asText())
        .startsWith("Dữ liệu gửi lên quá lớn")
        .contains("tối đa 1 MB");
  }

  @Test
  void hugeBodyOverEngineRestIsRefusedWith413() throws Exception {
    long before = cases();
    byte[] body = hugeStartBody("10/QĐ-DAI", 3 * 1024 * 1024);

    assertTooLarge(officer().postBytes(START, body, false));
    assertTooLarge(officer().postBytes(START, body, true));
    // Refused before authentication: an anonymous sender learns nothing more and the server reads
    // nothing more.
    assertTooLarge(Http.rest(port, null, null).postBytes(START, body, false));
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void bodyWithinTheLimitPassesTheFilterStreamedOrNot() throws Exception {
    // 900 KB: through the filter, then refused by the variable check (which proves the body reached
    // the engine).
    byte[] body = hugeStartBody("11/QĐ-DAI", 900 * 1024);
    assertRefusedInVietnamese(officer().postBytes(START, body, true), "'ghiChu'");
    assertRefusedInVietnamese(officer().postBytes(START, body, false), "'ghiChu'");
    // A normal streamed request is handed on whole.
    byte[] normal = JSON.writeValueAsBytes(variables(dossier("12/QĐ-DAI")));
    Http.Response started = officer().postBytes(START, normal, true);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
  }

  @Test
  void hugeBodyOverTheWebappApiIsRefusedWith413() {
    AtTask at = atApproval("13/QĐ-DAI");
    Http tasklist = Http.browser(port);
    assertThat(tasklist.loginToWebapp("tasklist", "photruongban", "demo").status()).isEqualTo(200);
    String taskPath = "/camunda/api/engine/engine/default/task/" + at.task().getId();
    assertThat(tasklist.get(taskPath).status()).isEqualTo(200);

    Map<String, Object> values = valid("Task_ApproveRequest");
    values.put("returnReason", "x".repeat(2 * 1024 * 1024));
    Http.Response r = tasklist.postJsonFromWebapp(taskPath + "/submit-form", asRest(values));

    assertTooLarge(r);
    assertThat(engine.getTaskService().createTaskQuery().taskId(at.task().getId()).count())
        .isEqualTo(1);
  }
}
