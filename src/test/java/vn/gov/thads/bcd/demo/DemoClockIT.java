package vn.gov.thads.bcd.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.enforcement.BlackoutRule;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;
import vn.gov.thads.bcd.testsupport.Smtp;
import vn.gov.thads.bcd.testsupport.TestApplication;
import vn.gov.thads.bcd.testsupport.Waiting;

/**
 * The demo clock as the demo runs it: the application with its job executor on (as in {@code ./mvnw
 * spring-boot:run}), the clock moved over HTTP from a webapp session as the Tasklist control does.
 * Moving forward fires reminders (to GreenMail) and makes steps overdue (Tasklist's "Quá hạn"
 * filter), and carries a case with coercion to its closure in one sitting: the walkthrough of
 * docs/demo.md. Its own database, so that no other test's jobs run here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoClockIT {

  static final String CLOCK = "/demo/dong-ho";

  Smtp smtp;
  ConfigurableApplicationContext app;
  ProcessEngine engine;
  WorkingDays workingDays;
  BlackoutRule blackout;
  Clock clock;
  int port;
  String engineName;

  @BeforeAll
  void start() {
    ClockUtil.reset();
    smtp = new Smtp();
    app =
        TestApplication.start(
            PostgresTestDatabase.fresh("bcd_test_demo_clock"),
            Map.of(
                "bcd.demo-clock.enabled", "true",
                "camunda.bpm.job-execution.enabled", "true",
                "spring.mail.port", Integer.toString(smtp.port)));
    engine = app.getBean(ProcessEngine.class);
    workingDays = app.getBean(WorkingDays.class);
    blackout = app.getBean(BlackoutRule.class);
    clock = app.getBean(Clock.class);
    port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    engineName = engine.getName();
  }

  @AfterAll
  void stop() {
    ClockUtil.reset();
    if (app != null) {
      app.close();
    }
    if (smtp != null) {
      smtp.close();
    }
  }

  Http webapp(String user) {
    Http session = Http.browser(port);
    assertThat(session.loginToWebapp(engineName, "tasklist", user, "demo").status()).isEqualTo(200);
    return session;
  }

  @Test
  @Order(1)
  void onlyAdministratorsAndTheSecretariatMoveTheClockAndBadStepsAreRefused() {
    LocalDate today = VietnamTime.today(clock);
    assertThat(Http.browser(port).get(CLOCK).status()).isEqualTo(401);

    Http officer = webapp("chv.kv01");
    Http.Response shown = officer.get(CLOCK);
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.json().path("label").asText()).isEqualTo(DemoClock.label(today));
    assertThat(shown.json().path("mayMove").asBoolean()).isFalse();
    Http.Response refused = officer.postJsonFromWebapp(CLOCK + "/tien?ngay=1", Map.of());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().path("message").asText())
        .isEqualTo(
            "Chỉ quản trị hệ thống và Tổ Thư ký được đổi ngày giả lập; tài khoản chv.kv01 không"
                + " có quyền này.");

    Http secretariat = webapp("thuky");
    assertThat(secretariat.get(CLOCK).json().path("mayMove").asBoolean()).isTrue();
    // A forged request (no CSRF header) is refused.
    Http.Response forged = secretariat.postFormWithoutCsrf(CLOCK + "/tien?ngay=1", "");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.json().path("message").asText()).contains("mã chống giả mạo");
    for (String bad : List.of("0", "-1", "31", "abc", "1.5", "", "%201e3")) {
      Http.Response answer = secretariat.postJsonFromWebapp(CLOCK + "/tien?ngay=" + bad, Map.of());
      assertThat(answer.status()).as(bad).isEqualTo(400);
      assertThat(answer.json().path("message").asText())
          .isEqualTo("Số ngày làm việc phải là số nguyên từ 1 đến 30.");
    }
    Http.Response missing = secretariat.postJsonFromWebapp(CLOCK + "/tien", Map.of());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(VietnamTime.today(clock)).isEqualTo(today);

    // Nothing recorded under a moved date yet: back to today is safe, and allowed.
    Http admin = webapp("admin");
    Http.Response moved = admin.postJsonFromWebapp(CLOCK + "/tien?ngay=1", Map.of());
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().path("date").asText()).isEqualTo(workingDays.plus(today, 1).toString());
    assertThat(moved.json().path("moved").asBoolean()).isTrue();
    Http.Response back = admin.postJsonFromWebapp(CLOCK + "/ve-hom-nay", Map.of());
    assertThat(back.status()).as(back.body()).isEqualTo(200);
    assertThat(VietnamTime.today(clock)).isEqualTo(today);
  }

  @Test
  @Order(2)
  void movingForwardSendsTheRemindersAndMakesTheStepOverdue() throws Exception {
    CaseScenario c = CaseScenario.start(engine, "chv.kv02", CaseScenario.dossier("901/QĐ-THADS"));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    c.complete(
        "thuky",
        "Task_ConfirmAgencies",
        Map.of("consultedAgencies", Lifecycle.json(List.of("so-tu-phap"))));
    Task opinion = c.task("Task_GiveOpinion");
    LocalDate due = VietnamTime.date(opinion.getDueDate());
    Http overdueView = Http.rest(port, "cv.sotuphap", "demo");
    String overdueFilter = filterId(overdueView, "Quá hạn");
    assertThat(overdueTaskIds(overdueView, overdueFilter)).doesNotContain(opinion.getId());

    // The secretariat moves the clock to the working day after the deadline.
    int days = workingDays.between(VietnamTime.today(clock), due) + 1;
    Http.Response moved =
        webapp("thuky").postJsonFromWebapp(CLOCK + "/tien?ngay=" + days, Map.of());
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    LocalDate dayAfter = workingDays.plus(due, 1);
    assertThat(moved.json().path("label").asText()).isEqualTo(DemoClock.label(dayAfter));
    assertThat(VietnamTime.today(clock)).isEqualTo(dayAfter);

    // The job executor runs the reminders now due: a mail to the agency about this case.
    Waiting.await(
        () ->
            smtp.mails().stream()
                .anyMatch(
                    m ->
                        m.to().contains("vanthu.stp@angiang.example")
                            && m.text().contains(c.caseNumber)),
        "a reminder mail of " + c.caseNumber);
    assertThat(smtp.mails())
        .filteredOn(m -> m.text().contains(c.caseNumber))
        .extracting(Smtp.Mail::subject)
        .anyMatch(s -> s.startsWith("[BCĐ THADS]"));
    // The step is overdue for the agency's "Quá hạn" filter in Tasklist.
    assertThat(overdueTaskIds(overdueView, overdueFilter)).contains(opinion.getId());

    // The agency answers late, under the moved date: from now on, back to today is refused.
    complete(
        c,
        "cv.sotuphap",
        "Task_GiveOpinion",
        Map.of("opinionPosition", "agree", "opinionContent", "Thống nhất (trả lời muộn)."));
    Http.Response back = webapp("thuky").postJsonFromWebapp(CLOCK + "/ve-hom-nay", Map.of());
    assertThat(back.status()).isEqualTo(409);
    assertThat(back.json().path("message").asText()).startsWith("Không thể về hôm nay: đã có");
    assertThat(VietnamTime.today(clock)).isEqualTo(dayAfter);
  }

  @Test
  @Order(3)
  void aCaseWithCoercionReachesItsCoercionDateAndClosesInOneSitting() throws Exception {
    Http secretariat = webapp("thuky");
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv03", "902/QĐ-THADS");
    Lifecycle.holdMeeting(c);
    complete(
        c,
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            true,
            new Lifecycle.Row(
                "cong-an-tinh",
                List.of("thads-kv03"),
                "Phối hợp bảo đảm an ninh khi cưỡng chế",
                20)));
    awaitTask(c, "Task_SendInfoToPolice");
    LocalDate today = VietnamTime.today(clock);
    complete(
        c,
        "chv.kv03",
        "Task_SendInfoToPolice",
        Map.of(
            "policeInfoDocNo", "12/TB-THADS",
            "policeInfoDate", today.toString(),
            "policeInfoContent", "Đề nghị Công an tỉnh phối hợp."));
    complete(c, "cv.congan", "Task_PoliceReply", Map.of("policePosition", "agree"));
    complete(
        c,
        "chv.kv03",
        "Task_RecordCoercionDecision",
        Map.of("coercionDecisionNo", "08/QĐ-CCTHA", "coercionDecisionDate", today.toString()));
    // The earliest coercion date the law allows: 10 days after today, on a day the blackout rule
    // (days off, holidays, the Tết window) leaves free at 08:00.
    LocalDate coercion = today.plusDays(10);
    while (blackout.violation(coercion.atTime(8, 0), false).isPresent()) {
      coercion = coercion.plusDays(1);
    }
    complete(
        c,
        "chv.kv03",
        "Task_DraftEnforcementPlan",
        Map.of(
            "enforcementPlanNo",
            "05/KH-THADS",
            "enforcementDate",
            coercion.toString(),
            "enforcementStartTime",
            "08:00",
            "propertyDescription",
            "Quyền sử dụng đất thửa số 120, tờ bản đồ số 15.",
            "coercionCommune",
            "ubnd-p-rach-gia",
            "realProperty",
            false));
    complete(
        c,
        "chv.kv03",
        "Task_RecordCommentMeeting",
        Map.of(
            "commentMeetingDate",
            today.toString(),
            "commentMeetingParticipants",
            "Viện Kiểm sát, Công an tỉnh"));
    complete(
        c,
        "cv.congan",
        "Task_ProtectionPlan",
        Map.of(
            "protectionPlanOutcome",
            "ready",
            "protectionPlanNo",
            "17/KH-CAT",
            "protectionPlanDate",
            today.toString(),
            "protectionPlanReceivedDate",
            today.toString(),
            "protectionForce",
            25L));
    LocalDate briefing = workingDays.previous(coercion);
    complete(c, "chv.kv03", "Task_Briefing", Map.of("briefingDate", briefing.toString()));
    Map<String, Object> record =
        Map.of(
            "enforcementRecordNo", "02/BB-CC",
            "enforcementRecordDate", coercion.toString(),
            "enforcementResult", "completed");
    // Before the coercion date its record is refused ("not after today")…
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> complete(c, "chv.kv03", "Task_RecordEnforcement", record))
        .hasStackTraceContaining("không được sau ngày hôm nay");

    // …the secretariat moves the clock to the coercion date, and the coercion is recorded.
    int days = workingDays.between(VietnamTime.today(clock), coercion);
    Http.Response moved = secretariat.postJsonFromWebapp(CLOCK + "/tien?ngay=" + days, Map.of());
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(VietnamTime.today(clock)).isEqualTo(coercion);
    complete(c, "chv.kv03", "Task_RecordEnforcement", record);

    awaitTask(c, "Task_ReportDirectiveResult");
    complete(
        c,
        "cv.congan",
        "Task_ReportDirectiveResult",
        Map.of("directiveAction", "report", "directiveResult", "Đã bảo vệ cưỡng chế."));
    complete(c, "thuky", "Task_VerifyDirectiveResult", Map.of("resultVerdict", "accept"));

    // The first follow-up report is due a month later (P1M outside the demo profile): the clock
    // again, and the job executor fires the timer.
    Http.Response month = secretariat.postJsonFromWebapp(CLOCK + "/tien?ngay=25", Map.of());
    assertThat(month.status()).as(month.body()).isEqualTo(200);
    awaitTask(c, "Task_ReportStatus");
    complete(
        c,
        "chv.kv03",
        "Task_ReportStatus",
        Map.of(
            "reportOutcome", "completed",
            "amountRecoveredVnd", 4_200_000_000L,
            "statusText", "Đã thi hành xong sau cưỡng chế."));
    awaitTask(c, "Task_FinalReport");
    complete(
        c,
        "thuky",
        "Task_FinalReport",
        Map.of(
            "finalReportText", "Báo cáo Ban Chỉ đạo: vụ việc đã thi hành xong.",
            "finalReportDocumentNo", "23/BC-BCĐ"));

    Waiting.await(c::mainEnded, "the closure of " + c.caseNumber);
    assertThat(app.getBean(CaseRepository.class).findByNumber(c.caseNumber).orElseThrow().status())
        .isEqualTo("CLOSED");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(c.main.getId())
                .variableName("enforcementOutcome")
                .singleResult()
                .getValue())
        .isEqualTo("executed");
  }

  // ----------------------------------------------------------------------------------------------

  /** Completes a task as the user; retried when the job executor touched the case meanwhile. */
  private void complete(CaseScenario c, String user, String key, Map<String, Object> variables)
      throws InterruptedException {
    awaitTask(c, key);
    retrying(
        () -> {
          c.complete(user, key, variables);
          return null;
        });
  }

  private static <T> T retrying(Supplier<T> action) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (OptimisticLockingException e) {
        if (attempt == 5) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }

  private void awaitTask(CaseScenario c, String key) throws InterruptedException {
    Waiting.await(() -> !c.tasks(key).isEmpty(), key + " of " + c.caseNumber);
  }

  private String filterId(Http rest, String name) {
    JsonNode filters =
        rest.get(
                "/engine-rest/engine/"
                    + engineName
                    + "/filter?name="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8))
            .json();
    assertThat(filters).hasSize(1);
    return filters.get(0).path("id").asText();
  }

  private List<String> overdueTaskIds(Http rest, String filterId) {
    JsonNode tasks =
        rest.get("/engine-rest/engine/" + engineName + "/filter/" + filterId + "/list").json();
    return java.util.stream.StreamSupport.stream(tasks.spliterator(), false)
        .map(t -> t.path("id").asText())
        .toList();
  }
}
