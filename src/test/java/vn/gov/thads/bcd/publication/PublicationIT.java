package vn.gov.thads.bcd.publication;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.CaseStatus;
import vn.gov.thads.bcd.followup.FollowUpOutcome;
import vn.gov.thads.bcd.followup.FollowUpRepository;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.variables.PublicationVariables;

/**
 * Publishing to the province's systems end to end: the application's http-connector against a real
 * HTTP server (WireMock on a random port), jobs run as the job executor would (it is off in tests),
 * the engine's clock moved between attempts.
 */
class PublicationIT extends IntegrationTest {

  private static final String PATH = "/api/bcd/cong-bo";
  private static final String USER = "bcd-thads";
  private static final String PASSWORD = "mật-khẩu-thử";
  private static final WireMockServer PROVINCE = new WireMockServer(options().dynamicPort());

  static {
    PROVINCE.start();
  }

  @DynamicPropertySource
  static void endpoint(DynamicPropertyRegistry registry) {
    registry.add("bcd.publication.url", () -> "http://127.0.0.1:" + PROVINCE.port() + PATH);
    registry.add("bcd.publication.username", () -> USER);
    registry.add("bcd.publication.password", () -> PASSWORD);
    registry.add("bcd.publication.read-timeout", () -> "1s");
    // Three attempts, ten minutes apart.
    registry.add("bcd.publication.retry-cycle", () -> "R3/PT10M");
  }

  @Autowired ProcessEngine engine;
  @Autowired PublicationLog publications;
  @Autowired CaseRepository cases;
  @Autowired FollowUpRepository followUp;
  @Autowired PlatformTransactionManager transactions;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    PROVINCE.resetAll();
    answer(200);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void stop() {
    PROVINCE.stop();
  }

  @Test
  void aConclusionNoticeIsPostedOnceWithItsJsonHeadersAndCredentials() throws Exception {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv01", "301/QĐ-THADS");
    Lifecycle.holdMeeting(c);
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false,
            new Lifecycle.Row(
                "so-nn-mt",
                List.of("toa-an-tinh"),
                "Cung cấp hồ sơ địa chính thửa đất kê biên",
                20),
            new Lifecycle.Row("thads-kv01", List.of(), "Xác minh lại điều kiện thi hành án", 30)));
    c.runJobs();

    List<LoggedRequest> notices = requestsOf(c, "conclusion-notice");
    assertThat(notices).hasSize(1);
    LoggedRequest notice = notices.get(0);
    String ascii = c.caseNumber.replace("Đ", "D");
    assertThat(notice.getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(notice.getHeader("X-Idempotency-Key")).isEqualTo(ascii + "/conclusion-notice/1");
    assertThat(notice.getHeader("Authorization"))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));

    JsonNode body = json.readTree(notice.getBodyAsString());
    LocalDate today = Lifecycle.today();
    assertThat(body.get("kind").asText()).isEqualTo("conclusion-notice");
    assertThat(body.get("idempotencyKey").asText()).isEqualTo(ascii + "/conclusion-notice/1");
    assertThat(body.get("caseNumber").asText()).isEqualTo(c.caseNumber).startsWith("BCĐ-");
    assertThat(body.get("province").asText()).isEqualTo("An Giang");
    assertThat(body.at("/case/enforcementDecisionNo").asText()).isEqualTo("301/QĐ-THADS");
    assertThat(body.at("/case/debtorName").asText()).isEqualTo("Công ty cổ phần Nông sản Tân Hiệp");
    assertThat(body.at("/case/submittingAgency/id").asText()).isEqualTo("thads-kv01");
    assertThat(body.at("/case/submittingAgency/name").asText())
        .isEqualTo("Phòng Thi hành án dân sự khu vực 1");
    assertThat(body.at("/conclusion/number").asText()).isEqualTo("215/TB-UBND");
    assertThat(body.at("/conclusion/date").asText()).isEqualTo(today.toString());
    assertThat(body.at("/conclusion/text").asText())
        .isEqualTo("Trưởng ban kết luận giao nhiệm vụ cho các cơ quan.");
    assertThat(body.at("/conclusion/coercionOrdered").asBoolean()).isFalse();
    assertThat(body.at("/conclusion/issuedBy").asText()).isEqualTo("truongban");
    assertThat(body.at("/conclusion/publishedAt").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
    JsonNode directives = body.get("directives");
    assertThat(directives).hasSize(2);
    assertThat(directives.get(0).get("ordinal").asInt()).isEqualTo(1);
    assertThat(directives.get(0).at("/leadAgency/id").asText()).isEqualTo("so-nn-mt");
    assertThat(directives.get(0).at("/leadAgency/name").asText())
        .isEqualTo("Sở Nông nghiệp và Môi trường tỉnh An Giang");
    assertThat(directives.get(0).at("/supportingAgencies/0/name").asText())
        .isEqualTo("Tòa án nhân dân tỉnh An Giang");
    assertThat(directives.get(0).get("task").asText())
        .isEqualTo("Cung cấp hồ sơ địa chính thửa đất kê biên");
    assertThat(directives.get(0).get("deadline").asText()).isEqualTo(today.plusDays(20).toString());
    assertThat(directives.get(1).at("/leadAgency/id").asText()).isEqualTo("thads-kv01");
    assertThat(directives.get(1).get("supportingAgencies")).isEmpty();

    // Every change of the case's status so far went out too, each once, numbered in order (each is
    // its own job, so arrival order is not promised; the receiver orders by the key's number).
    List<JsonNode> changes = bodies(requestsOf(c, "case-status"));
    assertThat(changes)
        .extracting(b -> b.at("/status/code").asText())
        .containsExactly("DOSSIER_REVIEW", "OPINIONS", "CONCLUSION", "EXECUTION");
    JsonNode execution = changes.get(3);
    assertThat(execution.at("/status/label").asText()).isEqualTo("Đang thực hiện kết luận");
    assertThat(execution.at("/previousStatus/code").asText()).isEqualTo("CONCLUSION");
    assertThat(execution.at("/previousStatus/label").asText())
        .isEqualTo("Chờ họp và kết luận của Trưởng ban");
    assertThat(execution.get("changedAt").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
    assertThat(execution.get("idempotencyKey").asText()).isEqualTo(ascii + "/case-status/4");
    assertThat(changes.get(0).get("previousStatus").isNull()).isTrue();

    long caseId = cases.findByNumber(c.caseNumber).orElseThrow().id();
    assertThat(publications.ofCase(caseId))
        .hasSize(5)
        .allSatisfy(
            p -> {
              assertThat(p.status()).isEqualTo(PublicationLog.SENT);
              assertThat(p.httpStatus()).isEqualTo(200);
              HistoricProcessInstance instance =
                  engine
                      .getHistoryService()
                      .createHistoricProcessInstanceQuery()
                      .processInstanceId(p.processInstanceId())
                      .singleResult();
              assertThat(instance.getBusinessKey()).isEqualTo(c.caseNumber);
              assertThat(instance.getEndActivityId()).isEqualTo("EndEvent_Published");
            });
    assertThat(c.jobs()).as("nothing left to send").isEmpty();
  }

  @Test
  void aClosingIsPostedWithItsOutcomeAndARolledBackChangePublishesNothing() throws Exception {
    CaseScenario c = CaseScenario.start(engine, "chv.kv02", CaseScenario.dossier("302/QĐ-THADS"));
    long caseId = cases.findByNumber(c.caseNumber).orElseThrow().id();

    // A change whose transaction fails leaves neither a publication nor a process behind.
    TransactionTemplate tx = new TransactionTemplate(transactions);
    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    s -> {
                      cases.updateStatus(caseId, CaseStatus.OPINIONS);
                      throw new IllegalStateException("rolled back");
                    }))
        .hasMessage("rolled back");
    assertThat(publications.ofCase(caseId)).hasSize(1);
    assertThat(publicationInstances(c)).hasSize(1);

    tx.executeWithoutResult(
        s -> followUp.close(caseId, FollowUpOutcome.COMPLETED, new BigDecimal("4200000000")));
    c.runJobs();

    List<JsonNode> changes = bodies(requestsOf(c, "case-status"));
    assertThat(changes)
        .extracting(b -> b.at("/status/code").asText())
        .containsExactly("DOSSIER_REVIEW", "CLOSED");
    JsonNode closed = changes.get(1);
    assertThat(closed.at("/status/label").asText()).isEqualTo("Đã kết thúc");
    assertThat(closed.at("/previousStatus/code").asText()).isEqualTo("DOSSIER_REVIEW");
    assertThat(closed.at("/outcome/code").asText()).isEqualTo("COMPLETED");
    assertThat(closed.at("/outcome/label").asText()).isEqualTo("Thi hành xong");
  }

  @Test
  void aServerErrorIsRetriedPerTheCycleThenBecomesAnIncidentAndIsPublishedOnceAfterRecovery()
      throws Exception {
    answer(503);
    CaseScenario c = CaseScenario.start(engine, "chv.kv03", CaseScenario.dossier("303/QĐ-THADS"));
    // The case does not wait for the province: its first task is there while the publication is
    // pending.
    assertThat(c.tasks("Task_ApproveRequest")).hasSize(1);
    Job job = publicationJob(c);
    String instanceId = job.getProcessInstanceId();
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult())
        .isWaitingAt("Task_SendToProvince");

    List<Long> waits = new ArrayList<>();
    for (int attempt = 1; attempt <= 3; attempt++) {
      String id = job.getId();
      Date tried = ClockUtil.getCurrentTime();
      assertThatThrownBy(() -> engine.getManagementService().executeJob(id))
          .as("attempt " + attempt)
          .hasMessageContaining("Hệ thống của tỉnh trả lời HTTP 503");
      job = engine.getManagementService().createJobQuery().jobId(id).singleResult();
      assertThat(job.getRetries()).isEqualTo(3 - attempt);
      if (attempt < 3) {
        waits.add(Duration.between(tried.toInstant(), job.getDuedate().toInstant()).toMinutes());
        assertThat(
                engine
                    .getRuntimeService()
                    .createIncidentQuery()
                    .processInstanceId(instanceId)
                    .count())
            .isZero();
        ClockUtil.setCurrentTime(job.getDuedate());
      }
    }
    assertThat(waits).containsExactly(10L, 10L);
    Incident incident =
        engine
            .getRuntimeService()
            .createIncidentQuery()
            .processInstanceId(instanceId)
            .singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("Task_SendToProvince");
    assertThat(incident.getIncidentMessage())
        .startsWith("Hệ thống của tỉnh trả lời HTTP 503 cho bản công bố");
    List<LoggedRequest> attempts = requestsOf(c, "case-status");
    assertThat(attempts)
        .hasSize(3)
        .extracting(r -> r.getHeader("X-Idempotency-Key"))
        .containsOnly(c.caseNumber.replace("Đ", "D") + "/case-status/1");
    long caseId = cases.findByNumber(c.caseNumber).orElseThrow().id();
    assertThat(publications.ofCase(caseId))
        .singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(PublicationLog.PENDING));
    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(c.main.getId())
                .count())
        .as("the case itself has no incident")
        .isZero();

    // The province's system is back; the operator presses "retry" in Cockpit.
    answer(200);
    engine.getManagementService().setJobRetries(job.getId(), 1);
    engine.getManagementService().executeJob(job.getId());

    assertThat(requestsOf(c, "case-status")).hasSize(4);
    assertThat(publications.ofCase(caseId))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(PublicationLog.SENT);
              assertThat(p.httpStatus()).isEqualTo(200);
            });
    assertThat(
            engine.getRuntimeService().createIncidentQuery().processInstanceId(instanceId).count())
        .isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("EndEvent_Published");
    assertThat(c.jobs()).isEmpty();
  }

  @Test
  void anAnswerSlowerThanTheReadTimeoutFailsAndTheRetryPublishes() throws Exception {
    PROVINCE.stubFor(
        post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
    CaseScenario c = CaseScenario.start(engine, "chv.kv04", CaseScenario.dossier("304/QĐ-THADS"));
    Job job = publicationJob(c);

    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
        .hasStackTraceContaining("SocketTimeoutException");
    Job retry = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(retry.getRetries()).isEqualTo(2);
    assertThat(retry.getExceptionMessage()).isNotBlank();
    long caseId = cases.findByNumber(c.caseNumber).orElseThrow().id();
    assertThat(publications.ofCase(caseId))
        .singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(PublicationLog.PENDING));

    answer(201);
    ClockUtil.setCurrentTime(retry.getDuedate());
    engine.getManagementService().executeJob(job.getId());

    // The receiver saw both attempts under one idempotency key: it can drop the second if it kept
    // the first.
    assertThat(requestsOf(c, "case-status"))
        .hasSize(2)
        .extracting(r -> r.getHeader("X-Idempotency-Key"))
        .containsOnly(c.caseNumber.replace("Đ", "D") + "/case-status/1");
    assertThat(publications.ofCase(caseId))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(PublicationLog.SENT);
              assertThat(p.httpStatus()).isEqualTo(201);
            });
  }

  @Test
  void aServerErrorFollowedBySuccessIsPublishedOnceWithoutAnIncident() throws Exception {
    answer(500);
    CaseScenario c = CaseScenario.start(engine, "chv.kv05", CaseScenario.dossier("305/QĐ-THADS"));
    Job job = publicationJob(c);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
        .hasMessageContaining("HTTP 500");

    answer(200);
    assertThat(c.jobs())
        .as("the retry waits ten minutes")
        .allSatisfy(j -> assertThat(j.getDuedate()).isAfter(ClockUtil.getCurrentTime()));
    ClockUtil.setCurrentTime(
        engine
            .getManagementService()
            .createJobQuery()
            .jobId(job.getId())
            .singleResult()
            .getDuedate());
    c.runJobs();

    assertThat(requestsOf(c, "case-status"))
        .extracting(LoggedRequest::getBodyAsString)
        .hasSize(2)
        .as("the same body both times")
        .containsOnly(requestsOf(c, "case-status").get(0).getBodyAsString());
    long caseId = cases.findByNumber(c.caseNumber).orElseThrow().id();
    assertThat(publications.ofCase(caseId))
        .singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(PublicationLog.SENT));
    assertThat(publicationInstances(c))
        .singleElement()
        .satisfies(
            i ->
                assertThat(
                        engine
                            .getHistoryService()
                            .createHistoricIncidentQuery()
                            .processInstanceId(i.getId())
                            .count())
                    .as("no incident")
                    .isZero());
    assertThat(c.jobs()).isEmpty();
  }

  // --- helpers ---

  private static void answer(int status) {
    PROVINCE.resetMappings();
    PROVINCE.stubFor(
        post(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"ketQua\":\"" + status + "\"}")));
  }

  /**
   * The requests the province received for one case and kind, by the sequence number at the end of
   * their idempotency key, attempts of one publication in arrival order.
   */
  private List<LoggedRequest> requestsOf(CaseScenario c, String kind) throws Exception {
    List<LoggedRequest> all = new ArrayList<>(PROVINCE.findAll(postRequestedFor(urlEqualTo(PATH))));
    all.sort(
        Comparator.comparingInt(PublicationIT::sequenceOf)
            .thenComparing(LoggedRequest::getLoggedDate));
    List<LoggedRequest> mine = new ArrayList<>();
    for (LoggedRequest r : all) {
      JsonNode body = json.readTree(r.getBodyAsString());
      if (c.caseNumber.equals(body.get("caseNumber").asText())
          && kind.equals(body.get("kind").asText())) {
        mine.add(r);
      }
    }
    return mine;
  }

  private static int sequenceOf(LoggedRequest r) {
    String key = r.getHeader("X-Idempotency-Key");
    return Integer.parseInt(key.substring(key.lastIndexOf('/') + 1));
  }

  private List<JsonNode> bodies(List<LoggedRequest> requests) throws Exception {
    List<JsonNode> bodies = new ArrayList<>();
    for (LoggedRequest r : requests) {
      bodies.add(json.readTree(r.getBodyAsString()));
    }
    return bodies;
  }

  private List<HistoricProcessInstance> publicationInstances(CaseScenario c) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(c.caseNumber)
        .processDefinitionKey(PublicationVariables.PROCESS_KEY)
        .list();
  }

  /** The one sending job of the case's publications. */
  private Job publicationJob(CaseScenario c) {
    List<Job> jobs =
        c.jobs().stream()
            .filter(j -> PublicationVariables.PROCESS_KEY.equals(j.getProcessDefinitionKey()))
            .toList();
    assertThat(jobs).hasSize(1);
    return jobs.get(0);
  }
}
