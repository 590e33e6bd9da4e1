package vn.gov.thads.bcd.casecourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.directives.DirectiveRepository;
import vn.gov.thads.bcd.directives.DirectiveStatus;
import vn.gov.thads.bcd.followup.FollowUpRepository;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * A concluded case changes course, on PostgreSQL and over the REST API its users' systems call: the
 * office reports that it ended early while a directive and the coercion are under way (everything
 * open stops, the secretariat reports to the committee), and the secretariat puts a case before the
 * committee again (a second round with its own opinions and conclusion, which carries on or
 * replaces the first round's unfinished directives). Bad reports are refused in Vietnamese and
 * change nothing.
 */
class CaseCourseScenarioIT extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;
  @Autowired DirectiveRepository directives;
  @Autowired FollowUpRepository followUp;
  @Autowired CaseCourseRepository course;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @Test
  void anEarlyClosureStopsTheDirectiveAndTheCoercionAndGoesToTheFinalReport() {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv05", "9101/QĐ-THADS");
    Lifecycle.holdMeeting(c);
    Lifecycle.orderCoercion(c, "chv.kv05");
    assertThat(openTasks(c))
        .contains("Task_ReportDirectiveResult", "Task_SendInfoToPolice")
        .doesNotContain("Task_FinalReport");
    assertThat(c.plannedReminders()).isNotEmpty();
    long caseId = caseId(c);

    // Refused, nothing changed: another office, a missing document, a date in the future, a
    // field the report does not have, an unknown case.
    Http.Response otherOffice =
        Http.rest(port, "chv.kv02", "demo").postJson(closure(c), paid("45/QĐ-CCTHADS", today()));
    assertThat(otherOffice.status()).as(otherOffice.body()).isEqualTo(403);
    assertThat(message(otherOffice))
        .contains("không có quyền báo kết thúc vụ việc")
        .contains("cơ quan thi hành án dân sự đã đề nghị vụ việc");
    Http office = Http.rest(port, "chv.kv05", "demo");
    Http.Response missing = office.postJson(closure(c), Map.of("kind", "paid"));
    assertThat(missing.status()).as(missing.body()).isEqualTo(400);
    assertThat(message(missing))
        .startsWith("Báo cáo kết thúc vụ việc chưa hợp lệ:")
        .contains("Số văn bản")
        .containsIgnoringCase("ngày văn bản");
    Http.Response future = office.postJson(closure(c), paid("45/QĐ-CCTHADS", today().plusDays(3)));
    assertThat(future.status()).as(future.body()).isEqualTo(400);
    assertThat(message(future)).contains("Ngày văn bản không được sau ngày hôm nay.");
    Http.Response badKind =
        office.postJson(
            closure(c),
            Map.of(
                "kind",
                "forgiven",
                "documentNo",
                "45/QĐ-CCTHADS",
                "documentDate",
                today().toString()));
    assertThat(badKind.status()).as(badKind.body()).isEqualTo(400);
    assertThat(message(badKind)).contains("lý do kết thúc vụ việc");
    Http.Response unknownField = office.postJson(closure(c), Map.of("kind", "paid", "amount", "5"));
    assertThat(unknownField.status()).as(unknownField.body()).isEqualTo(400);
    assertThat(message(unknownField)).contains("Trường 'amount' không được nhận ở đây.");
    Http.Response unknownCase =
        office.postJson("/api/cases/BCĐ-2026-9999/early-closure", paid("45/QĐ-CCTHADS", today()));
    assertThat(unknownCase.status()).isEqualTo(404);
    assertThat(openTasks(c)).contains("Task_ReportDirectiveResult", "Task_SendInfoToPolice");
    assertThat(course.earlyClosure(caseId)).isEmpty();
    assertThat(directives.ofCase(caseId)).allMatch(d -> !d.status().closed());

    Http.Response accepted = office.postJson(closure(c), paid("45/QĐ-CCTHADS", today()));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(message(accepted)).startsWith("Đã ghi nhận vụ việc kết thúc");

    // Nothing dangling: only the secretariat's final report is open, with its own reminder.
    assertThat(openTasks(c)).containsExactly("Task_FinalReport");
    String finalReportId = c.task("Task_FinalReport").getId();
    assertThat(c.plannedReminders())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.taskId()).isEqualTo(finalReportId));
    assertThat(c.subProcess("CoerciveEnforcementProcess")).isNull();
    assertThat(directives.ofCase(caseId))
        .singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(DirectiveStatus.ENDED_WITH_CASE));
    assertThat(course.earlyClosure(caseId))
        .hasValueSatisfying(
            e -> {
              assertThat(e.kind()).isEqualTo("PAID");
              assertThat(e.documentNo()).isEqualTo("45/QĐ-CCTHADS");
              assertThat(e.documentDate()).isEqualTo(today());
              assertThat(e.directivesEnded()).isEqualTo(1);
              assertThat(e.reportedBy()).isEqualTo("chv.kv05");
            });
    Task report = c.task("Task_FinalReport");
    assertThat(engine.getTaskService().getVariable(report.getId(), "caseOutcomeLabel"))
        .isEqualTo("Thi hành xong (văn bản số 45/QĐ-CCTHADS ngày " + vn(today()) + ")");

    // The case page says how it ended.
    JsonNode closed = casePage(c).get("earlyClosure");
    assertThat(closed.get("kindLabel").asText())
        .isEqualTo("Người phải thi hành án đã thi hành xong");
    assertThat(closed.get("documentNo").asText()).isEqualTo("45/QĐ-CCTHADS");
    assertThat(closed.get("directivesEnded").asInt()).isEqualTo(1);

    // A second report finds nothing to end.
    Http.Response again = office.postJson(closure(c), paid("46/QĐ-CCTHADS", today()));
    assertThat(again.status()).as(again.body()).isEqualTo(409);

    c.complete(
        "thuky",
        report,
        Map.of(
            "finalReportText",
            "Báo cáo Ban Chỉ đạo: người phải thi hành án đã thi hành xong.",
            "finalReportDocumentNo",
            "31/BC-BCĐ"));
    assertThat(c.mainEnded()).isTrue();
    FollowUpRepository.Closing closing = followUp.closing(caseId);
    assertThat(closing.status()).isEqualTo("CLOSED");
    assertThat(closing.outcome()).isEqualTo("COMPLETED");
    assertThat(closing.amountRecoveredVnd()).isEqualByComparingTo(new BigDecimal(4_200_000_000L));
  }

  @Test
  void noEarlyClosureOrNewRoundBeforeTheConclusion() {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv05", "9102/QĐ-THADS");
    Http.Response closure =
        Http.rest(port, "chv.kv05", "demo")
            .postJson(closure(c), paid("47/QĐ-CCTHADS", Lifecycle.today()));
    assertThat(closure.status()).as(closure.body()).isEqualTo(409);
    assertThat(message(closure)).contains("không ở giai đoạn thực hiện kết luận hoặc theo dõi");
    Http.Response round =
        Http.rest(port, "thuky", "demo")
            .postJson(newRound(c), Map.of("reason", "Phát sinh vướng mắc mới."));
    assertThat(round.status()).as(round.body()).isEqualTo(409);
    assertThat(openTasks(c)).containsExactly("Task_ScheduleMeeting");
  }

  @Test
  void aSecondRoundHasItsOwnOpinionsAndConclusionAndCarriesOnTheUnfinishedDirective() {
    CaseScenario c = concludedWithOneDirective("9103/QĐ-THADS");
    long caseId = caseId(c);

    // Only the secretariat, and only with a reason.
    Http.Response officer =
        Http.rest(port, "chv.kv05", "demo")
            .postJson(newRound(c), Map.of("reason", "Phát sinh vướng mắc."));
    assertThat(officer.status()).as(officer.body()).isEqualTo(403);
    assertThat(message(officer)).contains("chỉ Tổ Thư ký Ban Chỉ đạo");
    Http secretariat = Http.rest(port, "thuky", "demo");
    Http.Response noReason = secretariat.postJson(newRound(c), Map.of("reason", "  "));
    assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
    assertThat(message(noReason))
        .startsWith("Đề nghị đưa vụ việc ra Ban Chỉ đạo chưa hợp lệ:")
        .contains("vướng mắc mới");
    assertThat(openTasks(c)).containsExactly("Task_ReportDirectiveResult");
    assertThat(course.rounds(caseId)).isEmpty();

    Http.Response opened =
        secretariat.postJson(
            newRound(c), Map.of("reason", "Người thứ ba khởi kiện tranh chấp tài sản đã kê biên."));
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    assertThat(course.rounds(caseId))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.roundNo()).isEqualTo(2);
              assertThat(r.openedBy()).isEqualTo("thuky");
              assertThat(r.reason()).startsWith("Người thứ ba khởi kiện");
            });
    // The directive waits for the new conclusion: no task, no reminder.
    assertThat(openTasks(c)).containsExactly("Task_ApproveRequest");
    assertThat(directives.ofCase(caseId))
        .singleElement()
        .satisfies(d -> assertThat(d.status().closed()).isFalse());

    // Round 2: approved, reviewed, the same member consulted again, a meeting.
    secondRoundToMeeting(c);
    assertThat(
            jdbc.sql("select round_no from bcd_opinion where case_id = ? order by round_no")
                .param(caseId)
                .query(Integer.class)
                .list())
        .containsExactly(1, 2);
    Lifecycle.holdMeeting(c);
    Task conclude = c.task("Task_IssueConclusion");
    assertThat(engine.getTaskService().getVariable(conclude.getId(), "roundNumber")).isEqualTo(2);
    assertThat(engine.getTaskService().getVariable(conclude.getId(), "priorOpenDirectives"))
        .isEqualTo(1);

    // The chair must say what happens to the unfinished directive.
    Map<String, Object> second =
        new HashMap<>(
            Lifecycle.conclusion(
                false,
                new Lifecycle.Row(
                    "so-nn-mt", List.of(), "Cung cấp hồ sơ địa chính của thửa đất", 20)));
    second.put("conclusionNo", "230/TB-UBND");
    assertThatThrownBy(() -> c.complete("truongban", conclude, second))
        .rootCause()
        .isInstanceOf(InvalidCaseDataException.class)
        .hasMessageContaining("các nhiệm vụ chưa hoàn thành của kết luận trước");
    second.put("priorDirectives", "keep");
    c.complete("truongban", conclude, second);
    c.runJobs();

    assertThat(openTasks(c))
        .containsExactly("Task_ReportDirectiveResult", "Task_ReportDirectiveResult");
    assertThat(
            jdbc.sql("select round_no from bcd_conclusion where case_id = ? order by id")
                .param(caseId)
                .query(Integer.class)
                .list())
        .containsExactly(1, 2);
    assertThat(directives.ofCase(caseId)).noneMatch(d -> d.status().closed());

    // The case page numbers the rounds, and each opinion and notice says its round.
    JsonNode page = casePage(c);
    assertThat(page.get("rounds")).hasSize(2);
    assertThat(page.get("rounds").get(1).get("reason").asText())
        .startsWith("Người thứ ba khởi kiện");
    assertThat(page.get("earlyClosure").isNull()).isTrue();
    assertThat(page.get("conclusions").findValuesAsText("documentNo"))
        .containsExactly("215/TB-UBND", "230/TB-UBND");
    assertThat(page.get("conclusions").findValues("round"))
        .extracting(JsonNode::asInt)
        .containsExactly(1, 2);
  }

  @Test
  void aSecondConclusionCanReplaceTheUnfinishedDirective() {
    CaseScenario c = concludedWithOneDirective("9104/QĐ-THADS");
    long caseId = caseId(c);
    Http.Response opened =
        Http.rest(port, "thuky", "demo")
            .postJson(newRound(c), Map.of("reason", "Kết quả xác minh cho thấy vướng mắc mới."));
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    secondRoundToMeeting(c);
    Lifecycle.holdMeeting(c);
    Map<String, Object> second =
        new HashMap<>(
            Lifecycle.conclusion(
                false,
                new Lifecycle.Row(
                    "so-tai-chinh", List.of(), "Thẩm định lại giá tài sản kê biên", 20)));
    second.put("conclusionNo", "231/TB-UBND");
    second.put("priorDirectives", "replace");
    c.complete("truongban", "Task_IssueConclusion", second);
    c.runJobs();

    assertThat(Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "so-tai-chinh"))
        .isNotNull();
    assertThat(openTasks(c)).containsExactly("Task_ReportDirectiveResult");
    assertThat(directives.ofCase(caseId))
        .extracting(DirectiveRepository.Directive::status)
        .containsExactly(DirectiveStatus.REPLACED, DirectiveStatus.OPEN);
  }

  @Test
  void theOfficeAndTheSecretariatUseTheirTasklistStartForms() {
    CaseScenario c = concludedWithOneDirective("9105/QĐ-THADS");
    String api = "/camunda/api/engine/engine/default/process-definition/key/";

    // The secretariat puts the case before the committee again, as Tasklist submits the form.
    Http secretariat = session("thuky");
    Http.Response unknown =
        secretariat.postJsonFromWebapp(
            api + "NewRoundRequestProcess/submit-form",
            Map.of(
                "variables",
                Map.of(
                    "reportedCaseNumber", string("BCĐ-2026-9998"),
                    "newRoundReason", string("Phát sinh vướng mắc mới."))));
    assertThat(unknown.status()).as(unknown.body()).isGreaterThanOrEqualTo(400);
    assertThat(message(unknown)).contains("Không tìm thấy vụ việc số 'BCĐ-2026-9998'.");
    Http.Response opened =
        secretariat.postJsonFromWebapp(
            api + "NewRoundRequestProcess/submit-form",
            Map.of(
                "variables",
                Map.of(
                    "reportedCaseNumber", string(c.caseNumber),
                    "newRoundReason", string("Đương sự khởi kiện yêu cầu chia tài sản chung."))));
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    assertThat(openTasks(c)).containsExactly("Task_ApproveRequest");
    assertThat(course.rounds(caseId(c))).hasSize(1);

    // An officer may not; the office may not report an early closure while the case is back
    // before the committee: the start fails and no report instance is kept.
    Http office = session("chv.kv05");
    Http.Response notTheirs =
        office.postJsonFromWebapp(
            api + "NewRoundRequestProcess/submit-form",
            Map.of(
                "variables",
                Map.of("reportedCaseNumber", string(c.caseNumber), "newRoundReason", string("x"))));
    assertThat(notTheirs.status()).as(notTheirs.body()).isGreaterThanOrEqualTo(400);
    Http.Response tooEarly =
        office.postJsonFromWebapp(api + "EarlyClosureReportProcess/submit-form", closureForm(c));
    assertThat(tooEarly.status()).as(tooEarly.body()).isGreaterThanOrEqualTo(400);
    assertThat(message(tooEarly)).contains("không ở giai đoạn thực hiện kết luận hoặc theo dõi");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("EarlyClosureReportProcess")
                .processInstanceBusinessKey(c.caseNumber)
                .count())
        .isZero();
  }

  @Test
  void theOfficeReportsTheEarlyClosureOnItsTasklistStartForm() {
    CaseScenario c = concludedWithOneDirective("9106/QĐ-THADS");
    Http.Response reported =
        session("chv.kv05")
            .postJsonFromWebapp(
                "/camunda/api/engine/engine/default/process-definition/key/"
                    + "EarlyClosureReportProcess/submit-form",
                closureForm(c));
    assertThat(reported.status()).as(reported.body()).isEqualTo(200);
    assertThat(openTasks(c)).containsExactly("Task_FinalReport");
    assertThat(course.earlyClosure(caseId(c)))
        .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo("AGREED"));
    // The report is kept with the case (its business key), as a finished instance.
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("EarlyClosureReportProcess")
                .processInstanceBusinessKey(c.caseNumber)
                .finished()
                .count())
        .isEqualTo(1);
  }

  // ----------------------------------------------------------------------------------------------

  /**
   * The next round up to the meeting: approved, reviewed, the same member consulted again and
   * answering.
   */
  private void secondRoundToMeeting(CaseScenario c) {
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    c.complete(
        "thuky",
        "Task_ConfirmAgencies",
        Map.of("consultedAgencies", Lifecycle.json(List.of("so-tu-phap"))));
    c.complete(
        "cv.sotuphap",
        "Task_GiveOpinion",
        Map.of("opinionPosition", "agree", "opinionContent", "Đề nghị chờ kết quả giải quyết."));
  }

  private CaseScenario concludedWithOneDirective(String decisionNo) {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv05", decisionNo);
    Lifecycle.holdMeeting(c);
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false, new Lifecycle.Row("ubnd-tinh", List.of(), "Chỉ đạo UBND cấp xã phối hợp", 15)));
    c.runJobs();
    assertThat(openTasks(c)).containsExactly("Task_ReportDirectiveResult");
    return c;
  }

  private List<String> openTasks(CaseScenario c) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(c.caseNumber)
        .list()
        .stream()
        .map(Task::getTaskDefinitionKey)
        .sorted()
        .toList();
  }

  private Http session(String user) {
    Http http = Http.browser(port);
    assertThat(http.loginToWebapp("tasklist", user, "demo").status()).isEqualTo(200);
    // As Tasklist does after the login: a first call in the new session hands out its CSRF token.
    assertThat(http.get("/camunda/api/engine/engine/default/process-definition/count").status())
        .isEqualTo(200);
    return http;
  }

  /** What Tasklist submits for Form_ReportEarlyClosure: every field, the note left empty. */
  private static Map<String, Object> closureForm(CaseScenario c) {
    return Map.of(
        "variables",
        Map.of(
            "reportedCaseNumber", string(c.caseNumber),
            "closureKind", string("agreed"),
            "closureDocumentNo", string("12/BB-CCTHADS"),
            "closureDocumentDate", string(today().toString()),
            "closureNote", string("")));
  }

  private static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  private JsonNode casePage(CaseScenario c) {
    Http thuky = Http.browser(port);
    assertThat(thuky.loginToWebapp("cockpit", "thuky", "demo").status()).isEqualTo(200);
    Http.Response page =
        thuky.get(
            "/camunda/api/cockpit/plugin/bcd-supervision/default/case?number="
                + URLEncoder.encode(c.caseNumber, StandardCharsets.UTF_8));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json();
  }

  private long caseId(CaseScenario c) {
    return cases.findByNumber(c.caseNumber).orElseThrow().id();
  }

  private static String closure(CaseScenario c) {
    return "/api/cases/" + c.caseNumber + "/early-closure";
  }

  private static String newRound(CaseScenario c) {
    return "/api/cases/" + c.caseNumber + "/new-round";
  }

  private static Map<String, Object> paid(String documentNo, LocalDate date) {
    return Map.of("kind", "paid", "documentNo", documentNo, "documentDate", date.toString());
  }

  private static LocalDate today() {
    return Lifecycle.today();
  }

  private static String vn(LocalDate date) {
    return VietnamTime.format(date);
  }

  private static String message(Http.Response r) {
    return r.json().get("message").asText();
  }
}
