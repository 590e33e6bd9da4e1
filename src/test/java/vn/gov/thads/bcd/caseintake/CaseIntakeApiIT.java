package vn.gov.thads.bcd.caseintake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.CaseRequests.plainDossier;
import static vn.gov.thads.bcd.testsupport.CaseRequests.string;
import static vn.gov.thads.bcd.testsupport.CaseRequests.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.followup.FollowUpOutcome;
import vn.gov.thads.bcd.followup.FollowUpRepository;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.CaseRequests;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.variables.CaseVariables;
import vn.gov.thads.bcd.variables.TaskCardVariables;

/**
 * Other systems open cases over {@code POST /api/cases} with a plain JSON dossier, checked exactly
 * as the start form; one open case per enforcement decision, whichever way a case comes and however
 * fast it is retried.
 */
class CaseIntakeApiIT extends IntegrationTest {

  private static final String CASES = "/api/cases";
  private static final String ENGINE_START =
      "/engine-rest/process-definition/key/DifficultCaseProcess/start";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;
  @Autowired CaseRepository cases;
  @Autowired FollowUpRepository followUps;

  @Test
  void anOfficersSystemOpensACaseThatWaitsForTheHeadInTasklist() {
    String decisionNo = CaseScenario.uniqueDecisionNo();

    Http.Response opened =
        Http.rest(port, "chv.kv01", "demo").postJson(CASES, plainDossier(decisionNo));

    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    JsonNode answer = opened.json();
    String caseNumber = answer.get("caseNumber").asText();
    String instanceId = answer.get("processInstanceId").asText();
    assertThat(caseNumber).matches("BCĐ-\\d{4}-\\d{4}");
    CaseRepository.CaseRow row = cases.findByNumber(caseNumber).orElseThrow();
    assertThat(row.processInstanceId()).isEqualTo(instanceId);
    assertThat(row.submittingAgency()).isEqualTo("thads-kv01");
    assertThat(row.enforcementDecisionNo()).isEqualTo(decisionNo);
    assertThat(row.amountVnd()).isEqualByComparingTo(new BigDecimal("12500000000"));
    assertThat(row.status()).isEqualTo(CaseStatus.DOSSIER_REVIEW.name());
    // The head of THADS tỉnh finds the approval in Tasklist; the answer links to it and to Cockpit.
    JsonNode headsTasks =
        Http.rest(port, "photruongban", "demo")
            .get("/engine-rest/task?processInstanceBusinessKey=" + enc(caseNumber))
            .json();
    assertThat(headsTasks).hasSize(1);
    assertThat(headsTasks.get(0).get("taskDefinitionKey").asText())
        .isEqualTo("Task_ApproveRequest");
    assertThat(answer.get("taskName").asText()).isEqualTo(headsTasks.get(0).get("name").asText());
    assertThat(answer.get("tasklistUrl").asText())
        .endsWith("/camunda/app/tasklist/default/#/?task=" + headsTasks.get(0).get("id").asText());
    assertThat(answer.get("cockpitUrl").asText())
        .endsWith("/camunda/app/cockpit/default/#/process-instance/" + instanceId + "/runtime");
    // The dossier sent is recorded in the case table only: the case's process keeps no variable
    // of it, not even in its history; the approval's process shows it, its values in the history.
    var history = engine.getHistoryService();
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId)
                .variableNameIn(DossierField.variables().toArray(String[]::new))
                .includeDeleted()
                .count())
        .isZero();
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(headsTasks.get(0).get("processInstanceId").asText())
                .variableName(CaseVariables.DEBTOR_NAME)
                .singleResult()
                .getValue())
        .isEqualTo(plainDossier(decisionNo).get(CaseVariables.DEBTOR_NAME));
    // Copies of the case's row (the dossier, the keys every process of the case carries) keep
    // their values in the history, but their creation has no detail row; the task card's copies,
    // read while the task is open, have no history at all; the head's decision, a person's input,
    // has its detail row.
    String approvalInstance = headsTasks.get(0).get("processInstanceId").asText();
    String approvalTask = headsTasks.get(0).get("id").asText();
    List<String> copies =
        List.of(
            CaseVariables.DEBTOR_NAME,
            CaseVariables.CASE_ID,
            CaseVariables.CASE_NUMBER,
            CaseVariables.SUBMITTING_AGENCY,
            CaseVariables.ROUND_NUMBER);
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instanceId, approvalInstance)
                .variableNameIn(copies.toArray(String[]::new))
                .list()
                .stream()
                .map(v -> v.getName()))
        .containsAll(copies);
    assertThat(taskService.getVariableLocal(approvalTask, TaskCardVariables.CASE_NUMBER))
        .isEqualTo(caseNumber);
    assertThat(taskService.getVariablesLocal(approvalTask))
        .containsKeys(TaskCardVariables.ALL.toArray(String[]::new));
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instanceId, approvalInstance)
                .variableNameIn(TaskCardVariables.ALL.toArray(String[]::new))
                .count())
        .isZero();
    Http.Response approved =
        Http.rest(port, "photruongban", "demo")
            .postJson(
                "/engine-rest/task/" + approvalTask + "/submit-form",
                Map.of("variables", Map.of("approvalDecision", Map.of("value", "approve"))));
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    assertThat(detailedVariables(instanceId, approvalInstance))
        .contains("approvalDecision")
        .doesNotContainAnyElementsOf(copies)
        .doesNotContainAnyElementsOf(TaskCardVariables.ALL);
    // The approval's card went with it, the review's came: neither has a history.
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instanceId, approvalInstance)
                .variableNameIn(TaskCardVariables.ALL.toArray(String[]::new))
                .includeDeleted()
                .count())
        .isZero();
  }

  /** The variables of process instances with detail rows in the history (who set what, when). */
  private List<String> detailedVariables(String... processInstanceIds) {
    return engine
        .getHistoryService()
        .createHistoricDetailQuery()
        .processInstanceIdIn(processInstanceIds)
        .variableUpdates()
        .list()
        .stream()
        .map(d -> ((HistoricVariableUpdate) d).getVariableName())
        .toList();
  }

  @Test
  void theCaseManagementSystemsAccountOpensCasesForARegionalOffice() {
    Map<String, Object> dossier = plainDossier(CaseScenario.uniqueDecisionNo());
    dossier.put("agency", "thads-kv07");

    Http.Response opened = Http.rest(port, "he-thong.qlthads", "demo").postJson(CASES, dossier);

    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseNumber = opened.json().get("caseNumber").asText();
    assertThat(cases.findByNumber(caseNumber).orElseThrow().submittingAgency())
        .isEqualTo("thads-kv07");
    // The office's own officer sees the case as if he had opened it.
    assertThat(
            Http.rest(port, "chv.kv07", "demo")
                .get(
                    "/engine-rest/process-instance/"
                        + opened.json().get("processInstanceId").asText())
                .status())
        .isEqualTo(200);
    assertThat(runtimeService.getVariables(opened.json().get("processInstanceId").asText()))
        .doesNotContainKey("requestedAgency")
        .containsEntry("submittingAgency", "thads-kv07");
  }

  @Test
  void eachBadRequestIsRefusedInVietnameseAndCreatesNothing() {
    Http officer = Http.rest(port, "chv.kv02", "demo");
    Map<String, Object> missing = plainDossier(CaseScenario.uniqueDecisionNo());
    missing.remove("debtorName");
    Map<String, Object> malformedDate = plainDossier(CaseScenario.uniqueDecisionNo());
    malformedDate.put("enforcementDecisionDate", "15/09/2025");
    Map<String, Object> futureDate = plainDossier(CaseScenario.uniqueDecisionNo());
    futureDate.put(
        "enforcementDecisionDate", LocalDate.now(VietnamTime.ZONE).plusDays(1).toString());
    Map<String, Object> unknownAgency = plainDossier(CaseScenario.uniqueDecisionNo());
    unknownAgency.put("agency", "thads-kv99");
    Map<String, Object> foreignAgency = plainDossier(CaseScenario.uniqueDecisionNo());
    foreignAgency.put("agency", "thads-kv03");
    Map<String, Object> unknownField = plainDossier(CaseScenario.uniqueDecisionNo());
    unknownField.put("soTien", 5);
    long rows = caseRows();
    long instances = runtimeService.createProcessInstanceQuery().count();
    String lastNumber = lastCaseNumber();

    assertRefused(
        officer.postJson(CASES, missing), "Hồ sơ chưa hợp lệ", "Thiếu Người phải thi hành án.");
    assertRefused(
        officer.postJson(CASES, malformedDate),
        "Ngày ra quyết định thi hành án '15/09/2025' không đúng định dạng ngày.");
    assertRefused(
        officer.postJson(CASES, futureDate),
        "Ngày ra quyết định thi hành án không được sau ngày hôm nay.");
    assertRefused(
        officer.postJson(CASES, unknownAgency),
        "Đơn vị đề nghị 'thads-kv99' không có trong danh sách tổ chức.");
    assertRefused(
        officer.postJson(CASES, foreignAgency),
        "không được lập hồ sơ thay cho Phòng Thi hành án dân sự khu vực 3");
    assertRefused(
        officer.postJson(CASES, unknownField), "Trường 'soTien' không thuộc hồ sơ vụ việc.");
    assertRefused(
        officer.postRaw(CASES, "application/json", "{\"enforcementDecisionNo\": "),
        "không phải là một đối tượng JSON hợp lệ");
    assertRefused(officer.postJson(CASES, List.of("77/QĐ-THADS")), "phải là một đối tượng JSON");
    // The administrator may start anything, but is no THADS agency's: no one to submit the case
    // for.
    assertRefused(
        Http.rest(port, "admin", "demo")
            .postJson(CASES, plainDossier(CaseScenario.uniqueDecisionNo())),
        "Không xác định được đơn vị đề nghị: người khởi tạo 'admin' không có trong danh sách tổ chức.");

    assertThat(caseRows()).isEqualTo(rows);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(lastCaseNumber()).isEqualTo(lastNumber);
  }

  @Test
  void aBankCreditCaseKeepsItsCreditDetailsForTheFormsAndTheCasePage() {
    Map<String, Object> dossier = bankCreditDossier(CaseScenario.uniqueDecisionNo());

    Http.Response opened = Http.rest(port, "chv.kv03", "demo").postJson(CASES, dossier);

    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseNumber = opened.json().get("caseNumber").asText();
    Map<String, Object> row =
        jdbc.sql(
                "select creditor_is_credit_institution, credit_institution_name,"
                    + " collateral_description, collateral_registration, collateral_value_vnd,"
                    + " principal_vnd, interest_vnd from bcd_case where case_number = ?")
            .param(caseNumber)
            .query()
            .singleRow();
    assertThat(row.get("creditor_is_credit_institution")).isEqualTo(true);
    assertThat(row.get("credit_institution_name"))
        .isEqualTo("Ngân hàng TMCP Phát triển Kiên Giang - Chi nhánh Rạch Giá");
    assertThat(row.get("collateral_description")).isEqualTo(dossier.get("collateralDescription"));
    assertThat(row.get("collateral_registration")).isEqualTo(dossier.get("collateralRegistration"));
    assertThat((BigDecimal) row.get("collateral_value_vnd")).isEqualByComparingTo("9800000000");
    assertThat((BigDecimal) row.get("principal_vnd")).isEqualByComparingTo("10000000000");
    assertThat((BigDecimal) row.get("interest_vnd")).isEqualByComparingTo("2500000000");
    // The head's approval form shows them (loaded from the record into the opinion request).
    Task approve =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(caseNumber)
            .taskDefinitionKey("Task_ApproveRequest")
            .singleResult();
    assertThat(taskService.getVariables(approve.getId()))
        .containsEntry("creditorIsCreditInstitution", true)
        .containsEntry(
            "creditInstitutionName", "Ngân hàng TMCP Phát triển Kiên Giang - Chi nhánh Rạch Giá")
        .containsEntry("collateralValueVnd", 9_800_000_000L)
        .containsEntry("principalVnd", 10_000_000_000L)
        .containsEntry("interestVnd", 2_500_000_000L);
    // The case page of the register returns them.
    Http thuky = Http.browser(port);
    assertThat(thuky.loginToWebapp("cockpit", "thuky", "demo").status()).isEqualTo(200);
    Http.Response page =
        thuky.get(
            "/camunda/api/cockpit/plugin/bcd-supervision/default/case?number=" + enc(caseNumber));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    JsonNode d = page.json().get("dossier");
    assertThat(d.get("categoryLabel").asText()).isEqualTo("Án tín dụng, ngân hàng");
    assertThat(d.get("creditorIsCreditInstitution").asBoolean()).isTrue();
    assertThat(d.get("creditInstitutionName").asText())
        .isEqualTo("Ngân hàng TMCP Phát triển Kiên Giang - Chi nhánh Rạch Giá");
    assertThat(d.get("collateralDescription").asText()).startsWith("Quyền sử dụng đất");
    assertThat(d.get("collateralRegistration").asText()).contains("Văn phòng đăng ký đất đai");
    assertThat(d.get("collateralValueVnd").asLong()).isEqualTo(9_800_000_000L);
    assertThat(d.get("principalVnd").asLong()).isEqualTo(10_000_000_000L);
    assertThat(d.get("interestVnd").asLong()).isEqualTo(2_500_000_000L);
  }

  @Test
  void badCreditDetailsAreRefusedInVietnameseAndCreateNothing() {
    Http officer = Http.rest(port, "chv.kv02", "demo");
    Map<String, Object> unnamed = bankCreditDossier(CaseScenario.uniqueDecisionNo());
    unnamed.remove("creditInstitutionName");
    Map<String, Object> negative = bankCreditDossier(CaseScenario.uniqueDecisionNo());
    negative.put("collateralValueVnd", -9_800_000_000L);
    Map<String, Object> fraction = bankCreditDossier(CaseScenario.uniqueDecisionNo());
    fraction.put("interestVnd", 2_500_000_000.5);
    Map<String, Object> tooMuch = bankCreditDossier(CaseScenario.uniqueDecisionNo());
    tooMuch.put("interestVnd", 3_000_000_000L);
    Map<String, Object> otherCategory = bankCreditDossier(CaseScenario.uniqueDecisionNo());
    otherCategory.put("caseCategory", "dan-su-khac");
    long rows = caseRows();
    long instances = runtimeService.createProcessInstanceQuery().count();
    String lastNumber = lastCaseNumber();

    assertRefused(
        officer.postJson(CASES, unnamed),
        "Hồ sơ chưa hợp lệ: Thiếu Tên tổ chức tín dụng (bắt buộc khi người được thi hành án là"
            + " tổ chức tín dụng).");
    assertRefused(
        officer.postJson(CASES, negative),
        "Giá trị tài sản bảo đảm (đồng) phải là số nguyên không âm.");
    // A decimal amount is not guessed at.
    assertRefused(officer.postJson(CASES, fraction), "Nợ lãi (đồng) phải là một số.");
    assertRefused(
        officer.postJson(CASES, tooMuch),
        "Nợ gốc và nợ lãi cộng lại (13.000.000.000 đồng) không được lớn hơn Số tiền phải thi hành"
            + " (đồng) (12.500.000.000 đồng).");
    assertRefused(
        officer.postJson(CASES, otherCategory),
        "Thông tin tín dụng, ngân hàng (Người được thi hành án là tổ chức tín dụng, Tên tổ chức"
            + " tín dụng, Tài sản bảo đảm, Đăng ký biện pháp bảo đảm, Giá trị tài sản bảo đảm"
            + " (đồng), Nợ gốc (đồng), Nợ lãi (đồng)) chỉ ghi khi Loại việc là 'Án tín dụng, ngân"
            + " hàng'");

    assertThat(caseRows()).isEqualTo(rows);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(lastCaseNumber()).isEqualTo(lastNumber);
  }

  @Test
  void theCompletionFormChecksTheCreditDetailsAndDropsThoseItHides() {
    String decisionNo = CaseScenario.uniqueDecisionNo();
    Http officer = Http.rest(port, "chv.kv10", "demo");
    String caseNumber =
        officer.postJson(CASES, bankCreditDossier(decisionNo)).json().get("caseNumber").asText();
    returnForCompletion(caseNumber, "Xác định lại loại việc.");
    String complete =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(caseNumber)
            .taskDefinitionKey("Task_CompleteDossier")
            .singleResult()
            .getId();

    // Too much owed: refused, the record unchanged.
    Http.Response refused =
        officer.postJson(
            "/engine-rest/task/" + complete + "/submit-form",
            variables(Map.of("principalVnd", Map.of("value", 12_000_000_000L, "type", "Long"))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .contains(
            "Nợ gốc và nợ lãi cộng lại (14.500.000.000 đồng) không được lớn hơn Số tiền phải thi"
                + " hành (đồng) (12.500.000.000 đồng).");
    assertThat(principal(caseNumber)).isEqualByComparingTo("10000000000");

    // The category changed, as Tasklist sends it: the form hid the credit details, which the
    // record drops instead of refusing the official for values he could not see.
    assertThat(
            officer
                .postJson(
                    "/engine-rest/task/" + complete + "/submit-form",
                    variables(Map.of("caseCategory", string("tranh-chap-tai-san"))))
                .status())
        .isEqualTo(204);
    Map<String, Object> row =
        jdbc.sql(
                "select category, creditor_is_credit_institution, credit_institution_name,"
                    + " collateral_description, principal_vnd from bcd_case where case_number = ?")
            .param(caseNumber)
            .query()
            .singleRow();
    assertThat(row.get("category")).isEqualTo("tranh-chap-tai-san");
    assertThat(row.get("creditor_is_credit_institution")).isEqualTo(false);
    assertThat(row.get("credit_institution_name")).isNull();
    assertThat(row.get("collateral_description")).isNull();
    assertThat(row.get("principal_vnd")).isNull();
  }

  private BigDecimal principal(String caseNumber) {
    return jdbc.sql("select principal_vnd from bcd_case where case_number = ?")
        .param(caseNumber)
        .query(BigDecimal.class)
        .single();
  }

  /** A bank-credit dossier with every credit detail, as plain JSON. */
  static Map<String, Object> bankCreditDossier(String decisionNo) {
    Map<String, Object> dossier = plainDossier(decisionNo);
    dossier.put("caseCategory", "tin-dung-ngan-hang");
    dossier.put("creditorIsCreditInstitution", true);
    dossier.put(
        "creditInstitutionName", " Ngân hàng TMCP Phát triển Kiên Giang - Chi nhánh Rạch Giá ");
    dossier.put(
        "collateralDescription",
        "Quyền sử dụng đất và nhà xưởng tại thửa số 112, tờ bản đồ số 7, xã Vĩnh Thạnh");
    dossier.put(
        "collateralRegistration",
        "Số 1520 ngày 05/3/2021, Văn phòng đăng ký đất đai tỉnh An Giang");
    dossier.put("collateralValueVnd", 9_800_000_000L);
    dossier.put("principalVnd", 10_000_000_000L);
    dossier.put("interestVnd", 2_500_000_000L);
    return dossier;
  }

  @Test
  void callersWithoutTheRightAreRefused() {
    long rows = caseRows();
    Http.Response member =
        Http.rest(port, "cv.sotuphap", "demo")
            .postJson(CASES, plainDossier(CaseScenario.uniqueDecisionNo()));
    assertThat(member.status()).as(member.body()).isEqualTo(403);
    assertThat(member.json().get("message").asText())
        .isEqualTo("Tài khoản 'cv.sotuphap' không có quyền thực hiện yêu cầu này.");
    assertThat(
            Http.rest(port, null, null)
                .postJson(CASES, plainDossier(CaseScenario.uniqueDecisionNo()))
                .status())
        .isEqualTo(401);
    assertThat(
            Http.rest(port, "chv.kv15", "sai-mat-khau")
                .postJson(CASES, plainDossier(CaseScenario.uniqueDecisionNo()))
                .status())
        .isEqualTo(401);
    assertThat(caseRows()).isEqualTo(rows);
  }

  @Test
  void aSecondCaseForTheSameDecisionIsRefusedWhicheverWayItComes() {
    String decisionNo = CaseScenario.uniqueDecisionNo();
    Http officer = Http.rest(port, "chv.kv04", "demo");
    String existing =
        officer.postJson(CASES, plainDossier(decisionNo)).json().get("caseNumber").asText();
    long rows = caseRows();

    // The same number written differently: lower case, with spaces around it.
    Map<String, Object> again = plainDossier("  " + decisionNo.toLowerCase() + "  ");
    Http.Response overApi = officer.postJson(CASES, again);
    assertThat(overApi.status()).as(overApi.body()).isEqualTo(409);
    assertThat(overApi.json().get("type").asText()).isEqualTo("DuplicateEnforcementDecision");
    assertThat(overApi.json().get("existingCaseNumber").asText()).isEqualTo(existing);
    assertThat(overApi.json().get("message").asText())
        .contains(
            "Quyết định thi hành án số " + decisionNo.toLowerCase() + " đã có vụ việc " + existing);

    Http.Response overEngineRest =
        Http.rest(port, "chv.kv05", "demo")
            .postJson(ENGINE_START, variables(CaseRequests.dossier(decisionNo)));
    assertThat(overEngineRest.status()).as(overEngineRest.body()).isEqualTo(400);
    assertThat(overEngineRest.json().get("message").asText()).contains("đã có vụ việc " + existing);
    assertThat(caseRows()).isEqualTo(rows);

    // Once the first case is closed, its decision may come to the committee again.
    followUps.close(
        cases.findByNumber(existing).orElseThrow().id(),
        FollowUpOutcome.COMPLETED,
        BigDecimal.ZERO);
    Http.Response later = officer.postJson(CASES, plainDossier(decisionNo));
    assertThat(later.status()).as(later.body()).isEqualTo(201);
    assertThat(later.json().get("caseNumber").asText()).isNotEqualTo(existing);
  }

  @Test
  void aReturnedDossierCannotBeResubmittedWithAnotherOpenCasesDecision() {
    String decisionA = CaseScenario.uniqueDecisionNo();
    String caseA =
        Http.rest(port, "chv.kv06", "demo")
            .postJson(CASES, plainDossier(decisionA))
            .json()
            .get("caseNumber")
            .asText();
    Http officer = Http.rest(port, "chv.kv08", "demo");
    String decisionB = CaseScenario.uniqueDecisionNo();
    String caseB =
        officer.postJson(CASES, plainDossier(decisionB)).json().get("caseNumber").asText();
    returnForCompletion(caseB, "Bổ sung số quyết định thi hành án đúng.");
    Task complete =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(caseB)
            .taskDefinitionKey("Task_CompleteDossier")
            .singleResult();

    Http.Response resubmitted =
        officer.postJson(
            "/engine-rest/task/" + complete.getId() + "/submit-form",
            variables(CaseRequests.dossier(decisionA)));

    assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(400);
    assertThat(resubmitted.json().get("message").asText())
        .contains("Quyết định thi hành án số " + decisionA + " đã có vụ việc " + caseA);
    assertThat(cases.findByNumber(caseB).orElseThrow().enforcementDecisionNo())
        .isEqualTo(decisionB);
    assertThat(taskService.createTaskQuery().taskId(complete.getId()).count()).isEqualTo(1);
    // Its own decision, corrected in another way, is fine.
    assertThat(
            officer
                .postJson(
                    "/engine-rest/task/" + complete.getId() + "/submit-form",
                    variables(CaseRequests.dossier(" " + decisionB)))
                .status())
        .isEqualTo(204);
  }

  @Test
  void simultaneousRetriesOfOneDecisionGiveExactlyOneCase() throws Exception {
    String decisionNo = CaseScenario.uniqueDecisionNo();
    int attempts = 8;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Http.Response>> answers = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      Map<String, Object> dossier =
          plainDossier(i % 2 == 0 ? decisionNo : decisionNo.toLowerCase() + " ");
      dossier.put("agency", "thads-kv09");
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return Http.rest(port, "he-thong.qlthads", "demo").postJson(CASES, dossier);
              }));
    }
    go.countDown();
    List<Http.Response> responses = new ArrayList<>();
    for (Future<Http.Response> f : answers) {
      responses.add(f.get());
    }
    pool.shutdown();

    List<Http.Response> created = responses.stream().filter(r -> r.status() == 201).toList();
    assertThat(created).as(responses.toString()).hasSize(1);
    String caseNumber = created.get(0).json().get("caseNumber").asText();
    assertThat(responses)
        .filteredOn(r -> r.status() != 201)
        .hasSize(attempts - 1)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.body()).isEqualTo(409);
              assertThat(r.json().get("existingCaseNumber").asText()).isEqualTo(caseNumber);
            });
    assertThat(
            jdbc.sql("select count(*) from bcd_case where lower(enforcement_decision_no) like ?")
                .param(decisionNo.toLowerCase() + "%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("DifficultCaseProcess")
                .processInstanceBusinessKey(caseNumber)
                .count())
        .isEqualTo(1);
  }

  private static void assertRefused(Http.Response response, String... parts) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("type").asText()).isEqualTo("InvalidCaseDataException");
    assertThat(response.json().get("message").asText()).contains(parts);
  }

  private long caseRows() {
    return jdbc.sql("select count(*) from bcd_case").query(Long.class).single();
  }

  private String lastCaseNumber() {
    return jdbc.sql("select max(case_number) from bcd_case").query(String.class).list().get(0);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The head of THADS returns the case's dossier for completion, over engine-rest. */
  private void returnForCompletion(String caseNumber, String reason) {
    Http head = Http.rest(port, "photruongban", "demo");
    String approve =
        head.get("/engine-rest/task?processInstanceBusinessKey=" + enc(caseNumber))
            .json()
            .get(0)
            .get("id")
            .asText();
    assertThat(
            head.postJson(
                    "/engine-rest/task/" + approve + "/submit-form",
                    variables(
                        Map.of(
                            "approvalDecision", string("return"), "returnReason", string(reason))))
                .status())
        .isEqualTo(204);
  }
}
