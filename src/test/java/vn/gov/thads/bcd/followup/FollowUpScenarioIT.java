package vn.gov.thads.bcd.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.thads.bcd.followup.FollowUpRepository.Entry;
import vn.gov.thads.bcd.followup.FollowUpRepository.Kind;
import vn.gov.thads.bcd.testsupport.CaseRequests;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.ReminderJobs;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/** Every path of the follow-up of a case until its outcome (FollowUpProcess), on PostgreSQL. */
class FollowUpScenarioIT extends IntegrationTest {

  /** The amount to enforce of {@link CaseScenario#dossier}. */
  static final long AMOUNT_VND = 4_200_000_000L;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired FollowUpRepository followUp;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A case under follow-up: the case as created by the main process, and the follow-up process. */
  record FollowedCase(CaseScenario c, ProcessInstance followUp, long caseId) {}

  @Test
  void monthlyReportInProgressThenCompleted() {
    FollowedCase f = follow("201/QĐ-THADS", "chv.kv01");
    assertThat(f.followUp()).isWaitingAt("Event_ReportDue");
    assertThat(followUp.closing(f.caseId()).status()).isEqualTo("FOLLOW_UP");
    assertThat(
            Duration.between(
                ClockUtil.getCurrentTime().toInstant(),
                timer(f, "Event_ReportDue").getDuedate().toInstant()))
        .isBetween(Duration.ofDays(28), Duration.ofDays(31));

    passTimer(f, "Event_ReportDue");
    Task report = f.c().task("Task_ReportStatus");
    assertThat(report).hasCandidateGroup("thads-kv01");
    assertThat(report.getDueDate()).isAfter(ClockUtil.getCurrentTime());
    f.c()
        .complete(
            "chv.kv01",
            report,
            report("in-progress", 500_000_000L, "Đã kê biên, đang thẩm định giá tài sản."));
    assertThat(f.followUp()).isWaitingAt("Event_ReportDue");
    assertThat(followUp.closing(f.caseId()).amountRecoveredVnd()).isEqualByComparingTo("500000000");

    passTimer(f, "Event_ReportDue");
    f.c()
        .complete(
            "chv.kv01",
            "Task_ReportStatus",
            report("completed", AMOUNT_VND, "Đã bán đấu giá, chi trả đủ."));
    assertThat(f.followUp()).isWaitingAt("Task_FinalReport");
    assertThat(f.c().task("Task_FinalReport")).hasCandidateGroup("bcd-secretariat");
    f.c().complete("thuky", "Task_FinalReport", finalReport());

    assertThat(f.followUp()).isEnded().hasPassed("Task_CloseCase", "EndEvent_CaseClosed");
    assertClosed(f, FollowUpOutcome.COMPLETED, "4200000000");
    assertThat(followUp.findByCase(f.caseId()))
        .extracting(Entry::kind, Entry::outcome, Entry::recordedBy)
        .containsExactly(
            Tuple.tuple(Kind.REPORT, "in-progress", "chv.kv01"),
            Tuple.tuple(Kind.REPORT, "completed", "chv.kv01"),
            Tuple.tuple(Kind.FINAL_REPORT, "COMPLETED", "thuky"));
  }

  @Test
  void terminatedCountsAsCompleted() {
    FollowedCase f = follow("202/QĐ-THADS", "chv.kv02");
    passTimer(f, "Event_ReportDue");
    f.c()
        .complete(
            "chv.kv02",
            "Task_ReportStatus",
            report(
                "terminated",
                1_000_000_000L,
                "Người được thi hành án từ bỏ quyền; quyết định đình chỉ số 12/QĐ-THADS."));
    f.c().complete("thuky", "Task_FinalReport", finalReport());

    assertThat(f.followUp()).isEnded().hasPassed("EndEvent_CaseClosed");
    assertClosed(f, FollowUpOutcome.TERMINATED, "1000000000");
    assertThat(FollowUpOutcome.TERMINATED.countsAsCompleted()).isTrue();
  }

  @Test
  void notEnforceableThenReverificationFindsTheDebtorCanPay() {
    FollowedCase f = follow("203/QĐ-THADS", "chv.kv03");
    passTimer(f, "Event_ReportDue");
    Map<String, Object> cannotPay = report("not-enforceable", 0L, "Không có tài sản, thu nhập.");
    cannotPay.put("debtorSituation", "normal");
    f.c().complete("chv.kv03", "Task_ReportStatus", cannotPay);

    assertThat(f.followUp()).isWaitingAt("Event_ReverifyDue");
    assertThat(runtimeVariable(f, "reverifyPeriod")).isEqualTo("P6M");
    assertThat(untilTimer(f, "Event_ReverifyDue"))
        .isBetween(Duration.ofDays(180), Duration.ofDays(185));
    assertThat(timer(f, "Event_SeparateBookDue")).isNotNull();

    passTimer(f, "Event_ReverifyDue");
    Task reverify = f.c().task("Task_ReverifyAbility");
    assertThat(reverify).hasCandidateGroup("thads-kv03");
    assertThat(reverify.getDueDate()).isAfter(ClockUtil.getCurrentTime());
    f.c()
        .complete(
            "chv.kv03",
            reverify,
            Map.of(
                "verificationResult",
                "able",
                "verificationNote",
                "Người phải thi hành án được nhận thừa kế quyền sử dụng đất."));

    assertThat(f.followUp()).isWaitingAt("Event_ReportDue").hasPassed("EndEvent_DebtorCanPay");
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(f.followUp().getId())
                .activityId("Event_SeparateBookDue")
                .count())
        .isZero();
    passTimer(f, "Event_ReportDue");
    f.c()
        .complete(
            "chv.kv03", "Task_ReportStatus", report("completed", AMOUNT_VND, "Đã thi hành xong."));
    f.c().complete("thuky", "Task_FinalReport", finalReport());

    assertThat(f.followUp()).isEnded().hasPassed("EndEvent_CaseClosed");
    assertClosed(f, FollowUpOutcome.COMPLETED, "4200000000");
    assertThat(followUp.findByCase(f.caseId()))
        .extracting(Entry::kind, Entry::outcome, Entry::debtorSituation)
        .containsExactly(
            Tuple.tuple(Kind.REPORT, "not-enforceable", "normal"),
            Tuple.tuple(Kind.REVERIFICATION, "able", null),
            Tuple.tuple(Kind.REPORT, "completed", null),
            Tuple.tuple(Kind.FINAL_REPORT, "COMPLETED", null));
  }

  @Test
  void imprisonedDebtorIsReverifiedYearly() {
    FollowedCase f = follow("204/QĐ-THADS", "chv.kv04");
    passTimer(f, "Event_ReportDue");
    Map<String, Object> imprisoned =
        report("not-enforceable", 0L, "Người phải thi hành án đang chấp hành án phạt tù 5 năm.");
    imprisoned.put("debtorSituation", "imprisoned");
    f.c().complete("chv.kv04", "Task_ReportStatus", imprisoned);

    assertThat(runtimeVariable(f, "reverifyPeriod")).isEqualTo("P1Y");
    assertThat(untilTimer(f, "Event_ReverifyDue"))
        .isBetween(Duration.ofDays(365), Duration.ofDays(366));

    passTimer(f, "Event_ReverifyDue");
    f.c()
        .complete(
            "chv.kv04",
            "Task_ReverifyAbility",
            Map.of(
                "verificationResult",
                "unable",
                "verificationNote",
                "Vẫn đang chấp hành án phạt tù, còn 4 năm.",
                "debtorSituation",
                "imprisoned"));
    assertThat(f.followUp()).isWaitingAt("Event_ReverifyDue");
    assertThat(untilTimer(f, "Event_ReverifyDue"))
        .isBetween(Duration.ofDays(365), Duration.ofDays(366));

    // Released and back home: the next re-verification is at 6 months again.
    passTimer(f, "Event_ReverifyDue");
    f.c()
        .complete(
            "chv.kv04",
            "Task_ReverifyAbility",
            Map.of(
                "verificationResult",
                "unable",
                "verificationNote",
                "Đã chấp hành xong án phạt tù, chưa có việc làm.",
                "debtorSituation",
                "normal"));
    assertThat(untilTimer(f, "Event_ReverifyDue"))
        .isBetween(Duration.ofDays(180), Duration.ofDays(185));
  }

  @Test
  void twoYearsWithoutAbilityToPayMovesTheCaseToTheSeparateBook() {
    FollowedCase f = follow("205/QĐ-THADS", "chv.kv05");
    passTimer(f, "Event_ReportDue");
    Map<String, Object> cannotPay =
        report("not-enforceable", 150_000_000L, "Không còn tài sản, không có thu nhập.");
    cannotPay.put("debtorSituation", "normal");
    f.c().complete("chv.kv05", "Task_ReportStatus", cannotPay);
    Date separateBookDue = timer(f, "Event_SeparateBookDue").getDuedate();
    assertThat(
            Duration.between(ClockUtil.getCurrentTime().toInstant(), separateBookDue.toInstant()))
        .isBetween(Duration.ofDays(730), Duration.ofDays(731));

    for (int i = 0; i < 3; i++) { // at 6, 12 and 18 months: nothing new
      passTimer(f, "Event_ReverifyDue");
      f.c()
          .complete(
              "chv.kv05",
              "Task_ReverifyAbility",
              Map.of(
                  "verificationResult",
                  "unable",
                  "verificationNote",
                  "Xác minh lần " + (i + 1) + ": không có tài sản, thu nhập.",
                  "debtorSituation",
                  "normal"));
    }
    passTimer(f, "Event_SeparateBookDue");

    assertThat(f.followUp()).isWaitingAt("Task_FinalReport").hasPassed("Task_MoveToSeparateBook");
    assertThat(ReminderJobs.modelJobs(engine, f.followUp().getId())).isEmpty();
    assertThat(runtimeVariable(f, "caseOutcomeLabel"))
        .isEqualTo("Chuyển sổ theo dõi riêng (chưa có điều kiện thi hành)");
    f.c().complete("thuky", "Task_FinalReport", finalReport());

    assertThat(f.followUp())
        .isEnded()
        .hasPassed("EndEvent_TrackedSeparately")
        .hasNotPassed("EndEvent_CaseClosed");
    assertClosed(f, FollowUpOutcome.SEPARATE_BOOK, "150000000");
    assertThat(followUp.findByCase(f.caseId()))
        .extracting(Entry::kind)
        .containsExactly(
            Kind.REPORT,
            Kind.REVERIFICATION,
            Kind.REVERIFICATION,
            Kind.REVERIFICATION,
            Kind.SEPARATE_BOOK,
            Kind.FINAL_REPORT);
  }

  @Test
  void restCompletionsWithBadDataAreRefusedAndChangeNothing() {
    FollowedCase f = follow("206/QĐ-THADS", "chv.kv06");
    passTimer(f, "Event_ReportDue");
    String taskId = f.c().task("Task_ReportStatus").getId();
    Http officer = Http.rest(port, "chv.kv06", "demo");

    refused(
        officer,
        taskId,
        rest("xong-roi", Map.of("value", 0L, "type", "Long"), "Đã thu."),
        "Báo cáo chưa hợp lệ: Chưa chọn kết quả thi hành: phải là 'Đang tổ chức thi hành', 'Thi hành xong', "
            + "'Đình chỉ thi hành án' hoặc 'Chưa có điều kiện thi hành'.");
    refused(
        officer,
        taskId,
        rest("in-progress", Map.of("value", -5L, "type", "Long"), "Đã thu."),
        "Báo cáo chưa hợp lệ: Số tiền đã thu được (đồng) phải là số nguyên không âm.");
    refused(
        officer,
        taskId,
        rest("in-progress", Map.of("value", 1000.5, "type", "Double"), "Đã thu."),
        "Báo cáo chưa hợp lệ: Số tiền đã thu được (đồng) phải là số nguyên không âm.");
    refused(
        officer,
        taskId,
        rest("completed", Map.of("value", 5_000_000_000L, "type", "Long"), "Đã thu."),
        "Báo cáo chưa hợp lệ: Số tiền đã thu được (5.000.000.000 đồng) không được lớn hơn số tiền phải thi hành "
            + "(4.200.000.000 đồng).");
    refused(
        officer,
        taskId,
        rest("in-progress", Map.of("value", 10L, "type", "Long"), "  "),
        "Báo cáo chưa hợp lệ: Thiếu tình hình thi hành án.");
    refused(
        officer,
        taskId,
        rest("not-enforceable", Map.of("value", 10L, "type", "Long"), "Không có tài sản."),
        "Báo cáo chưa hợp lệ: Chưa chọn tình trạng người phải thi hành án: phải là 'Trường hợp thông thường', "
            + "'Đang chấp hành án phạt tù, thời gian còn lại từ 02 năm trở lên' hoặc "
            + "'Không xác định được địa chỉ, nơi cư trú'.");
    // Another office's officer cannot even see the task.
    assertThat(
            Http.rest(port, "chv.kv07", "demo")
                .postJson(
                    "/engine-rest/task/" + taskId + "/submit-form",
                    rest("in-progress", Map.of("value", 10L, "type", "Long"), "Đã thu."))
                .status())
        .isIn(403, 404);

    assertThat(f.c().task("Task_ReportStatus").getId()).isEqualTo(taskId);
    assertThat(followUp.findByCase(f.caseId())).isEmpty();
    assertThat(followUp.closing(f.caseId()).amountRecoveredVnd()).isNull();
    assertThat(runtimeVariable(f, "amountRecoveredVnd")).isEqualTo(0L);

    Http.Response ok =
        officer.postJson(
            "/engine-rest/task/" + taskId + "/submit-form",
            rest("completed", Map.of("value", AMOUNT_VND, "type", "Long"), "Đã thi hành xong."));
    assertThat(ok.status()).isEqualTo(204);
    String finalReport = f.c().task("Task_FinalReport").getId();
    refused(
        Http.rest(port, "thuky", "demo"),
        finalReport,
        CaseRequests.variables(Map.of("finalReportText", CaseRequests.string(""))),
        "Báo cáo kết quả chưa hợp lệ: Thiếu nội dung báo cáo kết quả.");
    assertThat(f.followUp()).isWaitingAt("Task_FinalReport");
    assertThat(followUp.closing(f.caseId()).status()).isEqualTo("FOLLOW_UP");
    assertThat(followUp.closing(f.caseId()).closedAt()).isNull();
  }

  // --- helpers

  /**
   * A regional officer's case (created by the main process), then its follow-up started as the
   * caller would.
   */
  private FollowedCase follow(String decisionNo, String officer) {
    CaseScenario c = CaseScenario.start(engine, officer, CaseScenario.dossier(decisionNo));
    long caseId =
        ((Number) engine.getRuntimeService().getVariable(c.main.getId(), "caseId")).longValue();
    Map<String, Object> in = new HashMap<>();
    in.put("caseId", caseId);
    in.put("caseNumber", c.caseNumber);
    in.put(
        "submittingAgency",
        engine.getRuntimeService().getVariable(c.main.getId(), "submittingAgency"));
    ProcessInstance pi =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(FollowUpVariables.PROCESS_KEY, c.caseNumber, in);
    return new FollowedCase(c, pi, caseId);
  }

  private static Map<String, Object> report(String outcome, long amount, String text) {
    Map<String, Object> v = new HashMap<>();
    v.put("reportOutcome", outcome);
    v.put("amountRecoveredVnd", amount);
    v.put("statusText", text);
    return v;
  }

  private static Map<String, Object> finalReport() {
    return Map.of(
        "finalReportText",
        "Báo cáo Ban Chỉ đạo kết quả thi hành vụ việc.",
        "finalReportDocumentNo",
        "15/BC-BCĐ");
  }

  private static Map<String, Object> rest(String outcome, Map<String, Object> amount, String text) {
    return CaseRequests.variables(
        Map.of(
            "reportOutcome",
            CaseRequests.string(outcome),
            "amountRecoveredVnd",
            amount,
            "statusText",
            CaseRequests.string(text)));
  }

  private void refused(Http user, String taskId, Object body, String message) {
    Http.Response r = user.postJson("/engine-rest/task/" + taskId + "/submit-form", body);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("message").asText()).isEqualTo(message);
  }

  private Object runtimeVariable(FollowedCase f, String name) {
    return engine.getRuntimeService().getVariable(f.followUp().getId(), name);
  }

  private Job timer(FollowedCase f, String activityId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(f.followUp().getId())
        .timers()
        .activityId(activityId)
        .singleResult();
  }

  private Duration untilTimer(FollowedCase f, String activityId) {
    return Duration.between(
        ClockUtil.getCurrentTime().toInstant(), timer(f, activityId).getDuedate().toInstant());
  }

  /**
   * Moves the engine's clock just past a timer of the follow-up and fires it, as the job executor
   * would.
   */
  private void passTimer(FollowedCase f, String activityId) {
    Job job = timer(f, activityId);
    assertThat(job).as("timer at " + activityId).isNotNull();
    ClockUtil.setCurrentTime(Date.from(job.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
    engine.getManagementService().executeJob(job.getId());
  }

  private void assertClosed(FollowedCase f, FollowUpOutcome outcome, String amount) {
    FollowUpRepository.Closing closing = followUp.closing(f.caseId());
    assertThat(closing.status()).isEqualTo("CLOSED");
    assertThat(closing.outcome()).isEqualTo(outcome.name());
    assertThat(closing.amountRecoveredVnd()).isEqualByComparingTo(amount);
    assertThat(closing.closedAt()).isNotNull();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(f.followUp().getId())
                .variableName("caseOutcome")
                .singleResult()
                .getValue())
        .isEqualTo(outcome.name());
  }
}
