package vn.gov.thads.bcd.administrative;

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
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.followup.FollowUpRepository;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.CaseRequests;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * An administrative judgment through the whole case, on PostgreSQL: the dossier names the obliged
 * body and its superior; the chair's conclusion may not order coercion and gives its directive to
 * the superior (pre-selected); THADS notifies the body and monitors it: one body complies within
 * its 30 days, another does not and is compelled by the court, published and reported for
 * discipline, then followed up until it complies; each case then goes straight to the final report.
 * Bad input (dossier over REST, the conclusion, each new form) is refused in Vietnamese and changes
 * nothing.
 */
class AdministrativeJudgmentScenarioIT extends IntegrationTest {

  static final String SUPERIOR = "ubnd-tinh";
  static final String CASES = "/api/cases";
  static final String CASE_PAGE = "/camunda/api/cockpit/plugin/bcd-supervision/default/case";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;
  @Autowired AdministrativeJudgmentRepository monitoring;
  @Autowired FollowUpRepository followUp;
  @Autowired WorkingDays workingDays;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  /** An administrative judgment's dossier: no amount, no debtor (the body is recorded). */
  static Map<String, Object> administrativeDossier(String decisionNo, LocalDate received) {
    Map<String, Object> v = CaseScenario.dossier(decisionNo);
    v.remove("debtorName");
    v.remove("amountVnd");
    v.put("caseCategory", "hanh-chinh");
    v.put("judgmentNo", "12/2025/HC-ST");
    v.put("creditorName", "Bà Trần Thị Hoa");
    v.put("obligedBody", "Ủy ban nhân dân phường Rạch Giá");
    v.put("obligedBodySuperior", SUPERIOR);
    v.put("judgmentDate", received.minusDays(20).toString());
    v.put("judgmentReceivedDate", received.toString());
    v.put("obstacle", "Ủy ban nhân dân phường chưa hủy quyết định thu hồi đất đã bị Tòa án hủy.");
    v.put("proposal", "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo thi hành bản án.");
    return v;
  }

  /** From the dossier to the chair's conclusion: approved, one agency consulted, the meeting. */
  CaseScenario toConclusion(String officer, String decisionNo, LocalDate received) {
    CaseScenario c =
        CaseScenario.start(engine, officer, administrativeDossier(decisionNo, received));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    c.complete(
        "thuky",
        "Task_ConfirmAgencies",
        Map.of("consultedAgencies", Lifecycle.json(List.of("so-tu-phap"))));
    Lifecycle.giveOpinion(engine, c, "cv.sotuphap", "so-tu-phap", "agree");
    Lifecycle.holdMeeting(c);
    return c;
  }

  /**
   * The chair concludes with one directive to the superior, the pre-selected lead; coercion ordered
   * or a directive to another agency only are refused first, recording nothing.
   */
  void concludeToTheSuperior(CaseScenario c) {
    Task conclusion = c.task("Task_IssueConclusion");
    assertThat(engine.getTaskService().getVariable(conclusion.getId(), "directive1Lead"))
        .isEqualTo(SUPERIOR);
    assertThat(engine.getTaskService().getVariable(conclusion.getId(), "obligedBodySuperiorName"))
        .isEqualTo("Ủy ban nhân dân tỉnh An Giang");
    long caseId = caseId(c);

    // Over engine-rest as over Tasklist: coercion ordered for an administrative judgment.
    Map<String, Object> coercion = new HashMap<>();
    Lifecycle.conclusion(
            true, new Lifecycle.Row(SUPERIOR, List.of(), "Chỉ đạo thi hành bản án", 30))
        .forEach(
            (name, value) ->
                coercion.put(
                    name,
                    value instanceof Boolean b
                        ? Map.of("value", b, "type", "Boolean")
                        : value instanceof Long l
                            ? Map.of("value", l, "type", "Long")
                            : value instanceof String text
                                ? CaseRequests.string(text)
                                : Map.of("value", "[]", "type", "Json")));
    Http.Response refused =
        Http.rest(port, "truongban", "demo")
            .postJson(
                "/engine-rest/task/" + conclusion.getId() + "/submit-form",
                CaseRequests.variables(coercion));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .startsWith("Thông báo kết luận chưa hợp lệ:")
        .contains(
            "Vụ việc là án hành chính: cơ quan phải thi hành án tự thi hành, không tổ chức cưỡng"
                + " chế");
    assertThatThrownBy(
            () ->
                c.complete(
                    "truongban",
                    conclusion,
                    Lifecycle.conclusion(
                        false,
                        new Lifecycle.Row(
                            "so-tu-phap", List.of(), "Hướng dẫn thi hành bản án", 30))))
        .rootCause()
        .hasMessageContaining(
            "phải có ít nhất một nhiệm vụ do Ủy ban nhân dân tỉnh An Giang chủ trì.");
    assertThat(
            jdbc.sql("select count(*) from bcd_conclusion where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(c.tasks("Task_IssueConclusion")).hasSize(1);

    c.complete(
        "truongban",
        conclusion,
        Lifecycle.conclusion(
            false,
            new Lifecycle.Row(
                SUPERIOR,
                List.of("so-tu-phap"),
                "Chỉ đạo Ủy ban nhân dân phường Rạch Giá thi hành bản án",
                30)));
    c.runJobs();
    assertThat(c.subProcess("CoerciveEnforcementProcess")).isNull();
    assertThat(c.subProcess("AdministrativeJudgmentProcess")).isNotNull();
  }

  /** The superior reports its directive done, the secretariat accepts it. */
  static void superiorReports(CaseScenario c) {
    c.complete(
        "truongban",
        "Task_ReportDirectiveResult",
        Map.of(
            "directiveAction",
            "report",
            "directiveResult",
            "Đã chỉ đạo Ủy ban nhân dân phường Rạch Giá thi hành bản án."));
    c.complete("thuky", "Task_VerifyDirectiveResult", Map.of("resultVerdict", "accept"));
  }

  /** The notice, refused when dated before the body received the judgment, then sent. */
  void notify(CaseScenario c, String officer, LocalDate received) {
    long caseId = caseId(c);
    Task notice = c.task("Task_NotifyObligedBody");
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(notice)
        .hasName("Thông báo cho cơ quan phải thi hành án")
        .hasCandidateGroup(officer.replace("chv.kv", "thads-kv"));
    assertThat(VietnamTime.date(notice.getDueDate())).isEqualTo(workingDays.plus(received, 5));
    assertThat(monitoring.find(caseId).orElseThrow().statusLabel())
        .isEqualTo("Chờ thông báo cho cơ quan phải thi hành án");
    assertThatThrownBy(
            () ->
                c.complete(
                    officer,
                    notice,
                    Map.of(
                        "adminNoticeNo",
                        "15/TB-THADS",
                        "adminNoticeDate",
                        received.minusDays(1).toString())))
        .rootCause()
        .hasMessageStartingWith("Thông báo chưa hợp lệ:")
        .hasMessageContaining(
            "Ngày văn bản thông báo không được trước ngày cơ quan phải thi hành án nhận bản án ("
                + VietnamTime.format(received)
                + ").");
    assertThat(monitoring.find(caseId).orElseThrow().noticeNo()).isNull();
    c.complete(
        officer,
        notice,
        Map.of("adminNoticeNo", "15/TB-THADS", "adminNoticeDate", Lifecycle.today().toString()));
    assertThat(monitoring.find(caseId).orElseThrow().status()).isEqualTo("SELF_EXECUTION");
  }

  @Test
  void anEarlyClosureDuringTheMonitoringEndsItAndSaysSoOnTheCasePage() {
    LocalDate received = Lifecycle.today().minusDays(3);
    CaseScenario c = toConclusion("chv.kv06", "9304/QĐ-THADS", received);
    long caseId = caseId(c);
    concludeToTheSuperior(c);
    notify(c, "chv.kv06", received);

    Http office = Http.rest(port, "chv.kv06", "demo");
    Http.Response closed =
        office.postJson(
            "/api/cases/" + c.caseNumber + "/early-closure",
            Map.of(
                "kind",
                "agreed",
                "documentNo",
                "31/TB-THADS",
                "documentDate",
                Lifecycle.today().toString()));
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);

    // The monitoring no longer claims to wait for the body's 30 days.
    assertThat(c.tasks("Task_RecordSelfExecution")).isEmpty();
    assertThat(monitoring.find(caseId).orElseThrow().status()).isEqualTo("ENDED_WITH_CASE");
    Http thuky = Http.browser(port);
    assertThat(thuky.loginToWebapp("cockpit", "thuky", "demo").status()).isEqualTo(200);
    Http.Response page =
        thuky.get(CASE_PAGE + "?number=" + URLEncoder.encode(c.caseNumber, StandardCharsets.UTF_8));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("Dừng theo dõi vì vụ việc đã kết thúc trước hạn");
  }

  @Test
  void aBodyThatCompliesWithinItsThirtyDaysClosesTheCaseOnTheFinalReport() {
    LocalDate received = Lifecycle.today().minusDays(3);
    CaseScenario c = toConclusion("chv.kv04", "9301/QĐ-THADS", received);
    long caseId = caseId(c);
    CaseRepository.CaseRow row = cases.findById(caseId).orElseThrow();
    assertThat(row.amountVnd()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(row.debtorName()).isEqualTo("Ủy ban nhân dân phường Rạch Giá");
    assertThat(cases.dossierVariables(caseId))
        .containsEntry("obligedBodySuperior", SUPERIOR)
        .containsEntry("judgmentReceivedDate", received.toString());
    concludeToTheSuperior(c);
    notify(c, "chv.kv04", received);

    // Within the 30 days the office cannot yet record that the body did not comply.
    Map<String, Object> early = new HashMap<>();
    early.put("adminResult", "not-complied");
    early.put("adminResultDocumentNo", "20/BC-UBND");
    early.put("adminResultDate", Lifecycle.today().toString());
    early.put("adminResultNote", "Chưa thi hành.");
    assertThatThrownBy(() -> c.complete("chv.kv04", "Task_RecordSelfExecution", early))
        .rootCause()
        .hasMessageContaining(
            "Chưa hết thời hạn 30 ngày tự thi hành (đến hết ngày "
                + VietnamTime.format(received.plusDays(30))
                + ")");
    assertThat(monitoring.find(caseId).orElseThrow().result()).isNull();
    c.complete(
        "chv.kv04",
        "Task_RecordSelfExecution",
        Map.of(
            "adminResult",
            "complied",
            "adminResultDocumentNo",
            "21/BC-UBND",
            "adminResultDate",
            Lifecycle.today().toString()));
    assertThat(c.subProcess("AdministrativeJudgmentProcess")).isNull();
    AdministrativeJudgmentRepository.Monitoring m = monitoring.find(caseId).orElseThrow();
    assertThat(m.status()).isEqualTo("COMPLIED");
    assertThat(m.outcome()).isEqualTo("COMPLIED");
    assertThat(m.compellingDecisionNo()).isNull();

    superiorReports(c);
    // The outcome is known: no periodic report, the secretariat reports to the committee.
    assertThat(c.tasks("Task_ReportStatus")).isEmpty();
    assertThat(
            engine
                .getTaskService()
                .getVariable(c.task("Task_FinalReport").getId(), "caseOutcomeLabel"))
        .isEqualTo("Thi hành xong");
    finalReport(c);
    assertThat(followUp.closing(caseId).outcome()).isEqualTo("COMPLETED");

    JsonNode page = casePage(c).get("administrative");
    assertThat(page.get("obligedBody").asText()).isEqualTo("Ủy ban nhân dân phường Rạch Giá");
    assertThat(page.get("superior").asText()).isEqualTo("Ủy ban nhân dân tỉnh An Giang");
    assertThat(page.get("noticeNo").asText()).isEqualTo("15/TB-THADS");
    assertThat(page.get("selfExecutionDue").asText())
        .isEqualTo(VietnamTime.format(received.plusDays(30)));
    assertThat(page.get("resultLabel").asText()).isEqualTo("Đã thi hành xong");
    assertThat(page.get("outcomeLabel").asText())
        .isEqualTo("Cơ quan phải thi hành án đã thi hành xong");
  }

  @Test
  void aBodyThatDoesNotComplyIsCompelledPublishedReportedForDisciplineAndFollowedUp() {
    // Received 40 days ago: the 30 days have passed.
    LocalDate received = Lifecycle.today().minusDays(40);
    CaseScenario c = toConclusion("chv.kv06", "9302/QĐ-THADS", received);
    long caseId = caseId(c);
    concludeToTheSuperior(c);
    superiorReports(c);
    notify(c, "chv.kv06", received);
    String today = Lifecycle.today().toString();

    Map<String, Object> noNote = new HashMap<>();
    noNote.put("adminResult", "not-complied");
    noNote.put("adminResultDocumentNo", "30/BB-THADS");
    noNote.put("adminResultDate", today);
    assertThatThrownBy(() -> c.complete("chv.kv06", "Task_RecordSelfExecution", noNote))
        .rootCause()
        .hasMessageContaining("Thiếu Nội dung chưa thi hành");
    noNote.put("adminResultNote", "Chưa hủy quyết định thu hồi đất, chưa bồi thường.");
    c.complete("chv.kv06", "Task_RecordSelfExecution", noNote);
    assertThat(monitoring.find(caseId).orElseThrow().status()).isEqualTo("NOT_COMPLIED");

    Map<String, Object> compelling = new HashMap<>();
    compelling.put("courtRequestNo", "31/CV-THADS");
    compelling.put("courtRequestDate", today);
    compelling.put("compellingDecisionNo", "05/2026/QĐ-BTHA");
    compelling.put("compellingDecisionDate", Lifecycle.today().minusDays(1).toString());
    assertThatThrownBy(() -> c.complete("chv.kv06", "Task_RequestCompellingDecision", compelling))
        .rootCause()
        .hasMessageStartingWith("Quyết định buộc thi hành án chưa hợp lệ:")
        .hasMessageContaining(
            "Ngày quyết định buộc thi hành án không được trước ngày văn bản đề nghị Tòa án.");
    assertThat(monitoring.find(caseId).orElseThrow().compellingDecisionNo()).isNull();
    compelling.put("compellingDecisionDate", today);
    c.complete("chv.kv06", "Task_RequestCompellingDecision", compelling);
    assertThat(monitoring.find(caseId).orElseThrow().status()).isEqualTo("COMPELLED");

    assertThatThrownBy(
            () ->
                c.complete(
                    "chv.kv06", "Task_PublishNonCompliance", Map.of("publicationDate", today)))
        .rootCause()
        .hasMessageContaining("Thiếu Nơi công khai");
    c.complete(
        "chv.kv06",
        "Task_PublishNonCompliance",
        Map.of(
            "publicationChannel",
            "Cổng thông tin điện tử tỉnh An Giang",
            "publicationDate",
            today,
            "publicationReference",
            "angiang.gov.vn, mục Thi hành án hành chính"));
    assertThat(monitoring.find(caseId).orElseThrow().status()).isEqualTo("COMPELLED");
    assertThatThrownBy(
            () ->
                c.complete(
                    "chv.kv06",
                    "Task_RequestDiscipline",
                    Map.of(
                        "disciplineRequestNo",
                        "32/KN-THADS",
                        "disciplineRequestDate",
                        Lifecycle.today().minusDays(1).toString(),
                        "disciplineOfficials",
                        "Ông Lê Văn B, Chủ tịch Ủy ban nhân dân phường Rạch Giá")))
        .rootCause()
        .hasMessageContaining(
            "Ngày văn bản kiến nghị xử lý kỷ luật không được trước ngày quyết định buộc thi hành án");
    c.complete(
        "chv.kv06",
        "Task_RequestDiscipline",
        Map.of(
            "disciplineRequestNo",
            "32/KN-THADS",
            "disciplineRequestDate",
            today,
            "disciplineOfficials",
            "Ông Lê Văn B, Chủ tịch Ủy ban nhân dân phường Rạch Giá"));
    AdministrativeJudgmentRepository.Monitoring m = monitoring.find(caseId).orElseThrow();
    assertThat(m.status()).isEqualTo("FOLLOW_UP");
    assertThat(m.disciplineAddressee()).isEqualTo(SUPERIOR);

    c.complete(
        "chv.kv06",
        "Task_FollowUpCompliance",
        Map.of(
            "adminResult",
            "not-yet",
            "adminResultDate",
            today,
            "adminResultNote",
            "Ủy ban nhân dân phường đang lập phương án bồi thường."));
    assertThatThrownBy(
            () ->
                c.complete(
                    "chv.kv06",
                    "Task_FollowUpCompliance",
                    Map.of(
                        "adminResult",
                        "complied",
                        "adminResultDate",
                        today,
                        "adminResultNote",
                        "Đã thi hành xong.")))
        .rootCause()
        .hasMessageStartingWith("Kết quả theo dõi chưa hợp lệ:")
        .hasMessageContaining("Số văn bản");
    assertThat(monitoring.find(caseId).orElseThrow().followUpCount()).isEqualTo(1);
    c.complete(
        "chv.kv06",
        "Task_FollowUpCompliance",
        Map.of(
            "adminResult",
            "complied",
            "adminResultDocumentNo",
            "40/QĐ-UBND",
            "adminResultDate",
            today,
            "adminResultNote",
            "Đã hủy quyết định thu hồi đất và bồi thường."));
    m = monitoring.find(caseId).orElseThrow();
    assertThat(m.status()).isEqualTo("COMPLIED");
    assertThat(m.followUpCount()).isEqualTo(2);
    assertThat(c.subProcess("AdministrativeJudgmentProcess")).isNull();

    finalReport(c);
    assertThat(followUp.closing(caseId).outcome()).isEqualTo("COMPLETED");
    JsonNode page = casePage(c).get("administrative");
    assertThat(page.get("compellingDecisionNo").asText()).isEqualTo("05/2026/QĐ-BTHA");
    assertThat(page.get("publicationChannel").asText())
        .isEqualTo("Cổng thông tin điện tử tỉnh An Giang");
    assertThat(page.get("disciplineAddressee").asText()).isEqualTo("Ủy ban nhân dân tỉnh An Giang");
    assertThat(page.get("followUpCount").asInt()).isEqualTo(2);
  }

  @Test
  void theMonitoringOfABodyThatNeverCompliesIsClosedAndTheCaseIsNotCountedAsCompleted() {
    LocalDate received = Lifecycle.today().minusDays(45);
    CaseScenario c = toConclusion("chv.kv08", "9308/QĐ-THADS", received);
    long caseId = caseId(c);
    concludeToTheSuperior(c);
    superiorReports(c);
    notify(c, "chv.kv08", received);
    String today = Lifecycle.today().toString();
    c.complete(
        "chv.kv08",
        "Task_RecordSelfExecution",
        Map.of(
            "adminResult",
            "partly",
            "adminResultDocumentNo",
            "50/BB-THADS",
            "adminResultDate",
            today,
            "adminResultNote",
            "Đã hủy quyết định hành chính nhưng chưa bồi thường."));
    c.complete(
        "chv.kv08",
        "Task_RequestCompellingDecision",
        Map.of(
            "courtRequestNo",
            "51/CV-THADS",
            "courtRequestDate",
            today,
            "compellingDecisionNo",
            "06/2026/QĐ-BTHA",
            "compellingDecisionDate",
            today));
    c.complete(
        "chv.kv08",
        "Task_RequestDiscipline",
        Map.of(
            "disciplineRequestNo", "52/KN-THADS",
            "disciplineRequestDate", today,
            "disciplineOfficials", "Bà Phạm Thị D, Phó Chủ tịch Ủy ban nhân dân phường"));
    c.complete(
        "chv.kv08",
        "Task_PublishNonCompliance",
        Map.of("publicationChannel", "Báo An Giang", "publicationDate", today));

    c.complete(
        "chv.kv08",
        "Task_FollowUpCompliance",
        Map.of(
            "adminResult",
            "closed",
            "adminResultDocumentNo",
            "07/2026/QĐ-GĐT",
            "adminResultDate",
            today,
            "adminResultNote",
            "Bản án bị hủy theo thủ tục giám đốc thẩm."));

    AdministrativeJudgmentRepository.Monitoring m = monitoring.find(caseId).orElseThrow();
    assertThat(m.status()).isEqualTo("CLOSED");
    assertThat(m.outcome()).isEqualTo("CLOSED");
    assertThat(m.result()).isEqualTo("partly");
    assertThat(
            engine.getTaskService().getVariable(c.task("Task_FinalReport").getId(), "caseOutcome"))
        .isEqualTo("MONITORING_CLOSED");
    finalReport(c);
    assertThat(followUp.closing(caseId).outcome()).isEqualTo("MONITORING_CLOSED");
    assertThat(casePage(c).get("administrative").get("outcomeLabel").asText())
        .isEqualTo("Kết thúc theo dõi");
  }

  @Test
  void aBadAdministrativeDossierOverRestIsRefusedInVietnameseAndCreatesNothing() {
    Http officer = Http.rest(port, "chv.kv04", "demo");
    LocalDate received = LocalDate.now(VietnamTime.ZONE).minusDays(3);
    Map<String, Object> noBody = plain(administrativeDossier("9303/QĐ-THADS", received));
    noBody.remove("obligedBody");
    Map<String, Object> unknownSuperior = plain(administrativeDossier("9304/QĐ-THADS", received));
    unknownSuperior.put("obligedBodySuperior", "chinh-phu");
    Map<String, Object> future =
        plain(administrativeDossier("9305/QĐ-THADS", LocalDate.now(VietnamTime.ZONE).plusDays(2)));
    Map<String, Object> civil = plain(administrativeDossier("9306/QĐ-THADS", received));
    civil.put("caseCategory", "dan-su-khac");
    civil.put("debtorName", "Ông Nguyễn Văn C");
    civil.put("amountVnd", 100_000_000L);
    long rows = caseRows();

    refused(officer.postJson(CASES, noBody), "Thiếu Cơ quan phải thi hành án.");
    refused(
        officer.postJson(CASES, unknownSuperior),
        "Cơ quan cấp trên trực tiếp của cơ quan phải thi hành án 'chinh-phu' không có trong danh"
            + " sách tổ chức.");
    refused(
        officer.postJson(CASES, future),
        "Ngày cơ quan phải thi hành án nhận bản án, quyết định không được sau ngày hôm nay.");
    refused(officer.postJson(CASES, civil), "chỉ ghi khi Loại việc là 'Án hành chính'");
    assertThat(caseRows()).isEqualTo(rows);

    Http.Response opened =
        officer.postJson(CASES, plain(administrativeDossier("9307/QĐ-THADS", received)));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(
            cases.dossierVariables(
                cases.findByNumber(opened.json().get("caseNumber").asText()).orElseThrow().id()))
        .containsEntry("obligedBody", "Ủy ban nhân dân phường Rạch Giá")
        .containsEntry("obligedBodySuperior", SUPERIOR);
  }

  private static Map<String, Object> plain(Map<String, Object> dossier) {
    return new HashMap<>(dossier);
  }

  private static void refused(Http.Response r, String message) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("message").asText()).startsWith("Hồ sơ chưa hợp lệ:").contains(message);
  }

  private long caseRows() {
    return jdbc.sql("select count(*) from bcd_case").query(Long.class).single();
  }

  private void finalReport(CaseScenario c) {
    c.complete(
        "thuky",
        "Task_FinalReport",
        Map.of(
            "finalReportText",
            "Báo cáo Ban Chỉ đạo: cơ quan phải thi hành án đã thi hành xong bản án hành chính.",
            "finalReportDocumentNo",
            "23/BC-BCĐ"));
    assertThat(c.mainEnded()).isTrue();
  }

  private JsonNode casePage(CaseScenario c) {
    Http thuky = Http.browser(port);
    assertThat(thuky.loginToWebapp("cockpit", "thuky", "demo").status()).isEqualTo(200);
    Http.Response page =
        thuky.get(CASE_PAGE + "?number=" + URLEncoder.encode(c.caseNumber, StandardCharsets.UTF_8));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json();
  }

  private long caseId(CaseScenario c) {
    return cases.findByNumber(c.caseNumber).orElseThrow().id();
  }
}
