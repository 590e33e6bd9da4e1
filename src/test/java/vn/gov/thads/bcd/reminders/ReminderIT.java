package vn.gov.thads.bcd.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.EngineClock.at;
import static vn.gov.thads.bcd.testsupport.EngineClock.vn;
import static vn.gov.thads.bcd.testsupport.Waiting.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.testsupport.Reminders;
import vn.gov.thads.bcd.testsupport.Smtp;

/**
 * Reminders and escalations as the people concerned receive them: a real SMTP server (GreenMail),
 * PostgreSQL, and the engine's clock moved from one morning to the next.
 */
class ReminderIT extends IntegrationTest {

  static final Smtp SMTP = new Smtp();

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("bcd.mail-sink.enabled", () -> "false");
    registry.add("spring.mail.port", () -> SMTP.port);
    registry.add("bcd.public-base-url", () -> "https://bcd.angiang.example");
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;
  @Autowired ReminderLog log;
  @Autowired JdbcClient jdbc;
  @Autowired MeterRegistry meters;

  @BeforeEach
  void clean() {
    SMTP.clear();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.close();
  }

  /** A case whose members' opinions are asked today; the given agencies are consulted. */
  private CaseScenario consulting(String decisionNo, List<String> agencies) {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier(decisionNo));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    c.complete(
        "thuky", "Task_ConfirmAgencies", Map.of("consultedAgencies", Lifecycle.json(agencies)));
    return c;
  }

  /** The mails sent when the reminders of this case due at the given Vietnam time have run. */
  private List<Smtp.Mail> runRemindersAt(CaseScenario c, String localDateTime) {
    at(localDateTime);
    Set<String> before =
        SMTP.mails().stream().map(Smtp.Mail::messageId).collect(Collectors.toSet());
    Reminders.sendDue(engine, c);
    return SMTP.mails().stream().filter(m -> !before.contains(m.messageId())).toList();
  }

  private static Smtp.Mail withSubject(List<Smtp.Mail> mails, String prefix) {
    return mails.stream()
        .filter(m -> m.subject().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No mail '" + prefix + "…' in " + mails));
  }

  @Test
  void eachReminderArrivesOnItsMorningToTheRightPeopleWithTheCaseTheStepAndTheLink() {
    at("2026-02-13T10:00:00"); // Friday before Tết: the 5 working days run to Friday 27/02
    CaseScenario c = consulting("401/QĐ-THADS", List.of("so-tu-phap"));
    Task opinion = c.task("Task_GiveOpinion");
    assertThat(opinion.getDueDate().toInstant()).isEqualTo(vn("2026-02-27T17:00:00"));
    // The steps already done keep no reminder: only the opinion's is planned for this case.
    assertThat(c.plannedReminders())
        .singleElement()
        .extracting(r -> r.taskId())
        .isEqualTo(opinion.getId());

    assertThat(runRemindersAt(c, "2026-02-25T07:59:00")).as("nothing early").isEmpty();

    List<Smtp.Mail> before = runRemindersAt(c, "2026-02-25T08:00:00");
    assertThat(before)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject())
                  .isEqualTo(
                      "[BCĐ THADS] Sắp đến hạn 27/02/2026: Cho ý kiến bằng văn bản – "
                          + c.caseNumber);
              assertThat(m.to())
                  .containsExactly("vanthu.stp@angiang.example", "cv.sotuphap@angiang.example");
              assertThat(m.cc()).isEmpty();
              assertThat(m.html())
                  .contains(
                      "Kính gửi: Sở Tư pháp tỉnh An Giang",
                      c.caseNumber,
                      "Công ty cổ phần Nông sản Tân Hiệp",
                      "Cho ý kiến bằng văn bản",
                      "27/02/2026",
                      "Còn 2 ngày làm việc",
                      "https://bcd.angiang.example/camunda/app/tasklist/default/#/?task="
                          + opinion.getId());
              assertThat(m.text())
                  .contains(
                      "Vụ việc: " + c.caseNumber,
                      "Bước xử lý: Cho ý kiến bằng văn bản",
                      "Đơn vị thực hiện: Sở Tư pháp tỉnh An Giang",
                      "Hạn xử lý: 27/02/2026",
                      "Tình trạng: Còn 2 ngày làm việc",
                      "Mở công việc trong Tasklist: https://bcd.angiang.example/camunda/app/tasklist/default/#/?task="
                          + opinion.getId());
            });
    assertThat(runRemindersAt(c, "2026-02-26T08:00:00")).isEmpty();
    assertThat(runRemindersAt(c, "2026-02-27T08:00:00"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.subject())
                    .startsWith("[BCĐ THADS] Đến hạn hôm nay: Cho ý kiến bằng văn bản"));
    assertThat(runRemindersAt(c, "2026-02-28T08:00:00")).as("Saturday").isEmpty();
    assertThat(runRemindersAt(c, "2026-03-02T08:00:00"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject())
                  .startsWith("[BCĐ THADS] Quá hạn 1 ngày làm việc: Cho ý kiến bằng văn bản");
              assertThat(m.html())
                  .contains("đã quá hạn 1 ngày làm việc", "Quá hạn 1 ngày làm việc");
            });
    assertThat(runRemindersAt(c, "2026-03-03T08:00:00")).as("every other working day").isEmpty();

    List<Smtp.Mail> third = runRemindersAt(c, "2026-03-04T08:00:00");
    assertThat(third)
        .extracting(Smtp.Mail::subject)
        .containsExactlyInAnyOrder(
            "[BCĐ THADS] Quá hạn 3 ngày làm việc: Cho ý kiến bằng văn bản – " + c.caseNumber,
            "[BCĐ THADS] Báo cáo chậm thực hiện (quá hạn 3 ngày làm việc): Cho ý kiến bằng văn bản – "
                + c.caseNumber);
    Smtp.Mail head = withSubject(third, "[BCĐ THADS] Báo cáo chậm thực hiện");
    assertThat(head.to()).containsExactly("lanhdao.stp@angiang.example");
    assertThat(head.cc())
        .containsExactlyInAnyOrder(
            "tothuky@thads.angiang.example",
            "thuky1@thads.angiang.example",
            "thuky2@ubnd.angiang.example");
    assertThat(head.html())
        .contains(
            "Kính gửi: Lãnh đạo Sở Tư pháp tỉnh An Giang",
            "Đề nghị lãnh đạo đơn vị chỉ đạo hoàn thành ngay");

    // Ten working days overdue on Friday 13/03: the latest reminder and the chair's escalation.
    List<Smtp.Mail> tenth = runRemindersAt(c, "2026-03-13T08:00:00");
    assertThat(tenth)
        .extracting(Smtp.Mail::subject)
        .containsExactlyInAnyOrder(
            "[BCĐ THADS] Quá hạn 9 ngày làm việc: Cho ý kiến bằng văn bản – " + c.caseNumber,
            "[BCĐ THADS] Kính báo cáo Trưởng ban (quá hạn 10 ngày làm việc): Cho ý kiến bằng văn bản – "
                + c.caseNumber);
    Smtp.Mail chair = withSubject(tenth, "[BCĐ THADS] Kính báo cáo Trưởng ban");
    assertThat(chair.to()).containsExactly("truongban@ubnd.angiang.example");
    assertThat(chair.cc()).contains("tothuky@thads.angiang.example", "lanhdao.stp@angiang.example");

    // Every reminder is on the case's record, with whom it went to.
    long caseId = cases.findByNumber(c.caseNumber).orElseThrow().id();
    assertThat(log.ofCase(caseId))
        .extracting(ReminderLog.Entry::eventKey)
        .containsExactly(
            "ESCALATION_CHAIR",
            "OVERDUE-9",
            "ESCALATION_HEAD",
            "OVERDUE-3",
            "OVERDUE-1",
            "ON_DUE",
            "BEFORE_DUE");
    assertThat(log.ofCase(caseId))
        .allSatisfy(
            e -> {
              assertThat(e.status()).isEqualTo(ReminderLog.SENT);
              assertThat(e.sentAt()).isNotNull();
              assertThat(e.taskName()).isEqualTo("Cho ý kiến bằng văn bản");
            });
    assertThat(log.ofCase(caseId).get(1).recipients())
        .isEqualTo("vanthu.stp@angiang.example, cv.sotuphap@angiang.example");
    assertThat(SMTP.mails())
        .allSatisfy(m -> assertThat(m.copies()).isEqualTo(m.to().size() + m.cc().size()));

    // The opinion given: its reminders stop.
    c.complete(
        "cv.sotuphap",
        "Task_GiveOpinion",
        Map.of("opinionPosition", "agree", "opinionContent", "Thống nhất."));
    assertThat(c.plannedReminders()).extracting(r -> r.taskId()).doesNotContain(opinion.getId());
    assertThat(runRemindersAt(c, "2026-03-20T08:00:00"))
        .extracting(Smtp.Mail::subject)
        .noneMatch(s -> s.contains("Cho ý kiến bằng văn bản"))
        .allMatch(
            s ->
                s.contains(
                    "Chuẩn bị cuộc họp Ban Chỉ đạo")); // the next step has reminders of its own
  }

  @Test
  void tetIsSkipped() {
    at("2026-02-06T10:00:00"); // due Friday 13/02, the last working day before Tết
    CaseScenario c = consulting("402/QĐ-THADS", List.of("so-tu-phap"));
    assertThat(c.task("Task_GiveOpinion").getDueDate().toInstant())
        .isEqualTo(vn("2026-02-13T17:00:00"));
    assertThat(runRemindersAt(c, "2026-02-11T08:00:00")).hasSize(1);
    assertThat(runRemindersAt(c, "2026-02-13T08:00:00")).hasSize(1);
    for (String day :
        List.of(
            "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21")) {
      assertThat(runRemindersAt(c, day + "T08:00:00")).as(day).isEmpty();
    }
    assertThat(runRemindersAt(c, "2026-02-23T08:00:00"))
        .singleElement()
        .satisfies(m -> assertThat(m.subject()).startsWith("[BCĐ THADS] Quá hạn 1 ngày làm việc"));
  }

  @Test
  void aDueDateMovedInTasklistMovesItsReminders() {
    at("2026-02-13T10:00:00");
    CaseScenario c = consulting("403/QĐ-THADS", List.of("so-tu-phap"));
    Task opinion = c.task("Task_GiveOpinion");
    assertThat(runRemindersAt(c, "2026-02-25T08:00:00")).hasSize(1);

    // The secretariat moves the deadline to Friday 06/03 the way Tasklist does it: in its session,
    // GET of the task, then PUT of that whole body (camundaFormRef included) with the new due date.
    at("2026-02-25T10:00:00");
    Http secretariat = Http.browser(port);
    assertThat(secretariat.loginToWebapp("tasklist", "thuky", "demo").status()).isEqualTo(200);
    String taskPath = "/camunda/api/engine/engine/default/task/" + opinion.getId();
    ObjectNode task = (ObjectNode) secretariat.get(taskPath).json();
    assertThat(task.has("camundaFormRef")).as("Tasklist reads the form reference").isTrue();
    task.put("due", "2026-03-06T17:00:00.000+0700");
    Http.Response moved = secretariat.putJsonFromWebapp(taskPath, task);
    assertThat(moved.status()).as(moved.body()).isEqualTo(204);

    assertThat(runRemindersAt(c, "2026-02-27T08:00:00"))
        .as("no reminder of the old date")
        .isEmpty();
    assertThat(runRemindersAt(c, "2026-03-02T08:00:00")).isEmpty();
    assertThat(runRemindersAt(c, "2026-03-04T08:00:00"))
        .singleElement()
        .satisfies(m -> assertThat(m.subject()).startsWith("[BCĐ THADS] Sắp đến hạn 06/03/2026"));
    assertThat(runRemindersAt(c, "2026-03-06T08:00:00"))
        .singleElement()
        .satisfies(m -> assertThat(m.subject()).startsWith("[BCĐ THADS] Đến hạn hôm nay"));
    assertThat(runRemindersAt(c, "2026-03-09T08:00:00"))
        .singleElement()
        .satisfies(m -> assertThat(m.subject()).startsWith("[BCĐ THADS] Quá hạn 1 ngày làm việc"));

    // An officer of the agency cannot move it (candidates may work on a task, not change its
    // deadline).
    ObjectNode again =
        (ObjectNode)
            Http.rest(port, "cv.sotuphap", "demo")
                .get("/engine-rest/task/" + opinion.getId())
                .json();
    again.put("due", "2026-06-30T17:00:00.000+0700");
    assertThat(
            Http.rest(port, "cv.sotuphap", "demo")
                .putJson("/engine-rest/task/" + opinion.getId(), again)
                .status())
        .isEqualTo(403);
    assertThat(c.task("Task_GiveOpinion").getDueDate().toInstant())
        .isEqualTo(vn("2026-03-06T17:00:00"));
  }

  @Test
  void aDirectiveHandedToAnotherLeadAgencyIsRemindedThereOnly() {
    at("2026-03-02T10:00:00");
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv05", "408/QĐ-THADS");
    Lifecycle.holdMeeting(c);
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false, new Lifecycle.Row("nhnn-chi-nhanh", List.of(), "Thẩm định giá tài sản", 10)));
    c.runJobs();
    SMTP.clear();

    at("2026-03-04T09:00:00");
    c.complete(
        "cv.nhnn",
        Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "nhnn-chi-nhanh"),
        Map.of(
            "directiveAction", "adjustment",
            "adjustmentKind", "reassign",
            "proposedLeadAgency", "so-tai-chinh",
            "adjustmentReason", "Thẩm định giá không thuộc thẩm quyền của ngân hàng."));
    c.complete("truongban", "Task_DecideAdjustment", Map.of("adjustmentDecision", "approve"));

    // Due 12/03/2026: the "due soon" reminder goes to the new lead agency, not to the bank.
    List<Smtp.Mail> mails = runRemindersAt(c, "2026-03-10T08:00:00");
    assertThat(mails)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject())
                  .startsWith(
                      "[BCĐ THADS] Sắp đến hạn 12/03/2026: Báo cáo kết quả thực hiện nhiệm vụ");
              assertThat(m.to()).contains("vanthu.stc@angiang.example");
              assertThat(m.to()).doesNotContain("vanthu.nhnn@angiang.example");
            });
  }

  @Test
  void aDirectiveExtendedByTheChairIsRemindedOfItsNewDeadline() {
    at("2026-03-02T10:00:00");
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv03", "404/QĐ-THADS");
    Lifecycle.holdMeeting(c);
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false,
            new Lifecycle.Row(
                "nhnn-chi-nhanh", List.of(), "Chỉ đạo ngân hàng cung cấp hồ sơ tín dụng", 10)));
    c.runJobs();
    SMTP.clear();
    Task report = Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "nhnn-chi-nhanh");
    LocalDate original = report.getDueDate().toInstant().atZone(VietnamTime.ZONE).toLocalDate();
    assertThat(original).isEqualTo(LocalDate.of(2026, 3, 12));

    at("2026-03-05T09:00:00");
    c.complete(
        "cv.nhnn",
        report,
        Map.of(
            "directiveAction",
            "extension",
            "proposedDeadline",
            "2026-04-01",
            "extensionReason",
            "Hồ sơ lưu trữ tại hội sở, cần thêm thời gian."));
    c.complete(
        "truongban",
        "Task_DecideExtension",
        Map.of(
            "extensionDecision",
            "approve",
            "proposedDeadline",
            "2026-04-01",
            "extensionReason",
            "Đồng ý gia hạn."));

    assertThat(runRemindersAt(c, "2026-03-10T08:00:00"))
        .as("the old deadline's reminder")
        .isEmpty();
    assertThat(runRemindersAt(c, "2026-03-13T08:00:00")).isEmpty();
    assertThat(runRemindersAt(c, "2026-03-30T08:00:00"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject())
                  .startsWith(
                      "[BCĐ THADS] Sắp đến hạn 01/04/2026: Báo cáo kết quả thực hiện nhiệm vụ");
              assertThat(m.to()).contains("vanthu.nhnn@angiang.example");
              assertThat(m.html())
                  .contains("Nhiệm vụ được giao", "Chỉ đạo ngân hàng cung cấp hồ sơ tín dụng");
              assertThat(m.text())
                  .contains("Nhiệm vụ được giao: Chỉ đạo ngân hàng cung cấp hồ sơ tín dụng");
            });
  }

  @Test
  void anSmtpOutageIsTriedAgainEachRoundWithoutIncidentsAndTheReminderLeavesOnceWhenItIsBack() {
    at("2026-02-13T10:00:00");
    CaseScenario c = consulting("405/QĐ-THADS", List.of("so-tu-phap"));
    String opinion = c.task("Task_GiveOpinion").getId();
    SMTP.stop();
    try {
      at("2026-02-25T08:00:00");
      // Out of reach: the reminder stays due and every round tries it again.
      for (int attempt = 1; attempt <= 7; attempt++) {
        Instant tried = ClockUtil.getCurrentTime().toInstant();
        assertThat(Reminders.sendDue(engine, c)).as("attempt " + attempt).isEqualTo(1);
        ReminderPlan.Row row = Reminders.planned(engine, opinion).orElseThrow();
        assertThat(row.failures()).isEqualTo(attempt);
        assertThat(row.next()).as("still due").isEqualTo(tried);
        assertThat(row.lastError())
            .startsWith("Không kết nối được máy chủ thư 127.0.0.1:" + SMTP.port + " (")
            .endsWith(
                "nhắc việc sẽ được gửi ngay khi máy chủ thư nhận thư trở lại (thử lại mỗi 5"
                    + " giây).");
        ClockUtil.setCurrentTime(Date.from(tried.plus(Duration.ofMinutes(1))));
      }
      assertThat(log.ofProcessInstance(c.opinionRequest().getId()))
          .as("nothing recorded as sent")
          .isEmpty();
      assertThat(incidentsOf(c)).as("an outage is not an incident per reminder").isZero();
    } finally {
      SMTP.start();
    }
    assertThat(Reminders.sendDue(engine, c)).isEqualTo(1);
    assertThat(SMTP.mails())
        .singleElement()
        .satisfies(m -> assertThat(m.subject()).startsWith("[BCĐ THADS] Sắp đến hạn 27/02/2026"));
    assertThat(log.ofProcessInstance(c.opinionRequest().getId()))
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(ReminderLog.SENT));
    assertThat(Reminders.planned(engine, opinion))
        .get()
        .satisfies(
            r -> {
              assertThat(r.failures()).isZero();
              assertThat(r.lastError()).isNull();
              assertThat(r.next()).isEqualTo(vn("2026-02-27T08:00:00"));
            });
    // Nothing more is due until the due date.
    assertThat(runRemindersAt(c, "2026-02-26T08:00:00")).isEmpty();
  }

  @Test
  void aMailThatCannotBeSentWaitsTheRetryIntervalsWhileOthersLeave() {
    at("2026-02-13T10:00:00");
    CaseScenario broken = consulting("406/QĐ-THADS", List.of("so-tu-phap"));
    CaseScenario other = consulting("416/QĐ-THADS", List.of("so-tai-chinh"));
    String opinion = broken.task("Task_GiveOpinion").getId();
    // Somebody mistyped an officer's address in Admin.
    IdentityService identity = engine.getIdentityService();
    User officer = identity.createUserQuery().userId("cv.sotuphap").singleResult();
    String address = officer.getEmail();
    officer.setEmail("cv.sotuphap@@thads.angiang.example");
    identity.saveUser(officer);
    try {
      at("2026-02-25T08:00:00");
      assertThat(Reminders.sendDue(engine, broken)).isEqualTo(1);
      assertThat(Reminders.sendDue(engine, other)).as("the others leave").isEqualTo(1);
      ReminderPlan.Row row = Reminders.planned(engine, opinion).orElseThrow();
      assertThat(row.next()).isEqualTo(vn("2026-02-25T08:01:00"));
      assertThat(row.lastError())
          .startsWith("Không gửi được thư nhắc việc qua máy chủ thư 127.0.0.1:" + SMTP.port + " (")
          .endsWith("); sẽ gửi lại lúc 25/02/2026 08:01.");
      assertThat(Reminders.sendDue(engine, broken)).as("it waits a minute").isZero();
    } finally {
      officer.setEmail(address);
      identity.saveUser(officer);
    }
    at("2026-02-25T08:01:00");
    assertThat(Reminders.sendDue(engine, broken)).isEqualTo(1);
    assertThat(SMTP.mails())
        .filteredOn(m -> m.subject().contains(broken.caseNumber))
        .singleElement()
        .satisfies(m -> assertThat(m.to()).contains(address));
    assertThat(log.ofProcessInstance(broken.opinionRequest().getId())).hasSize(1);
  }

  @Test
  void aMailServerDownForThreeDaysIsOneSignalAndEveryReminderLeavesOnceWhenItIsBack()
      throws Exception {
    at("2026-02-13T10:00:00");
    List<CaseScenario> cases = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      cases.add(consulting((420 + i) + "/QĐ-THADS", List.of("so-tu-phap")));
    }
    Http http = Http.rest(port, null, null);
    SMTP.stop();
    try {
      // Wednesday 25/02 08:00 to Saturday 28/02 08:00, a node sweeping every half hour: the
      // "two days before" and the "due today" reminders fall due while the server is down.
      at("2026-02-25T08:00:00");
      Instant end = vn("2026-02-28T08:00:00");
      while (ClockUtil.getCurrentTime().toInstant().isBefore(end)) {
        for (CaseScenario c : cases) {
          Reminders.sendDue(engine, c);
        }
        ClockUtil.setCurrentTime(
            Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(30))));
      }
      for (CaseScenario c : cases) {
        assertThat(log.ofProcessInstance(c.opinionRequest().getId())).isEmpty();
        assertThat(incidentsOf(c)).isZero();
      }
      // One signal: the health check's reminders component, and one gauge.
      await(
          () -> reminderHealth(http).path("status").asText().equals("DOWN"),
          "the reminders' health DOWN");
      JsonNode health = reminderHealth(http);
      assertThat(health.path("details").path("due").asLong()).isGreaterThanOrEqualTo(5);
      assertThat(health.path("details").path("unreachable").asLong()).isGreaterThanOrEqualTo(5);
      assertThat(health.path("details").path("error").asText())
          .startsWith("Không kết nối được máy chủ thư 127.0.0.1:" + SMTP.port);
      assertThat(meters.get("bcd.reminders.unreachable").gauge().value())
          .isGreaterThanOrEqualTo(5.0);
    } finally {
      SMTP.start();
    }
    // The server is back: the next round sends every case exactly one mail, of the newest state
    // only (the due date, not "in two days").
    for (CaseScenario c : cases) {
      assertThat(Reminders.sendDue(engine, c)).isEqualTo(1);
    }
    for (CaseScenario c : cases) {
      assertThat(SMTP.mails())
          .filteredOn(m -> m.subject().contains(c.caseNumber))
          .singleElement()
          .satisfies(
              m -> assertThat(m.subject()).startsWith("[BCĐ THADS] Đến hạn hôm nay: Cho ý kiến"));
    }
    await(
        () -> reminderHealth(http).path("status").asText().equals("UP"),
        "the reminders' health UP again");
  }

  private long incidentsOf(CaseScenario c) {
    return engine
        .getRuntimeService()
        .createIncidentQuery()
        .processInstanceId(c.opinionRequest().getId())
        .count();
  }

  private static JsonNode reminderHealth(Http http) {
    return http.get("/actuator/health").json().path("components").path("reminders");
  }

  @Test
  void anAgencyOnTheDailyDigestGetsOneMailADayWhileEscalationsStillLeaveAtOnce() {
    at("2026-02-13T10:00:00");
    CaseScenario c = consulting("407/QĐ-THADS", List.of("so-tu-phap", "bhxh-tinh"));
    // 25/02: the justice department is reminded by its own mail; social insurance's reminder waits
    // for the digest.
    List<Smtp.Mail> morning = runRemindersAt(c, "2026-02-25T08:00:00");
    assertThat(morning)
        .singleElement()
        .satisfies(m -> assertThat(m.to()).contains("vanthu.stp@angiang.example"));
    long caseId = cases.findByNumber(c.caseNumber).orElseThrow().id();
    assertThat(log.ofCase(caseId))
        .filteredOn(e -> "bhxh-tinh".equals(e.agencyId()))
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(ReminderLog.QUEUED));
    String waiting =
        log.ofCase(caseId).stream()
            .filter(e -> "bhxh-tinh".equals(e.agencyId()))
            .findFirst()
            .orElseThrow()
            .taskId();
    // The supervisors' count of reminders sent (package opentasks) counts it once it is mailed.
    assertThat(remindersSentShown(waiting)).isZero();

    SMTP.clear();
    runDigest();
    assertThat(SMTP.mails())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject())
                  .isEqualTo(
                      "[BCĐ THADS] Tổng hợp nhắc việc ngày 25/02/2026 – Bảo hiểm xã hội tỉnh An Giang: "
                          + "1 công việc");
              assertThat(m.to()).contains("vanthu.bhxh@angiang.example");
              assertThat(m.html())
                  .contains(
                      c.caseNumber, "Cho ý kiến bằng văn bản", "27/02/2026", "Còn 2 ngày làm việc");
              assertThat(m.text()).contains("1. " + c.caseNumber + " – Cho ý kiến bằng văn bản");
            });
    assertThat(log.ofCase(caseId))
        .filteredOn(e -> "bhxh-tinh".equals(e.agencyId()))
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(ReminderLog.DIGESTED));
    assertThat(remindersSentShown(waiting)).isEqualTo(1);
    SMTP.clear();
    runDigest();
    assertThat(SMTP.mails()).as("one digest a day").isEmpty();

    // Saturday: no digest. 04/03: the escalation about social insurance goes to its head at once.
    at("2026-02-28T07:30:00");
    runDigest();
    assertThat(SMTP.mails()).isEmpty();
    SMTP.clear();
    List<Smtp.Mail> escalations = runRemindersAt(c, "2026-03-04T08:00:00");
    assertThat(escalations)
        .extracting(Smtp.Mail::to)
        .contains(List.of("lanhdao.bhxh@angiang.example"))
        .doesNotContain(List.of("vanthu.bhxh@angiang.example"));
  }

  private int remindersSentShown(String taskId) {
    return jdbc.sql("select reminders from bcd_open_task where task_id = ?")
        .param(taskId)
        .query(Integer.class)
        .single();
  }

  private void runDigest() {
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processDefinitionKey("ReminderDigestProcess")
            .timers()
            .singleResult();
    engine.getManagementService().executeJob(timer.getId());
    for (Job job :
        engine
            .getManagementService()
            .createJobQuery()
            .processDefinitionKey("ReminderDigestProcess")
            .messages()
            .list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }
}
