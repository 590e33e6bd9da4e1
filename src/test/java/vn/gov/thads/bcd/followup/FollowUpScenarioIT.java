package vn.gov.thads.bcd.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
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
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.CaseRequests;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.ModelJobs;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * Every path of the follow-up of a case until its outcome (FollowUpProcess), on PostgreSQL. The
 * engine's clock starts on Monday 02/03/2026, before the 2025 Law takes effect (01/07/2026), so
 * that the not-enforceable decisions of the 2008 Law can be dated in the past.
 */
class FollowUpScenarioIT extends IntegrationTest {

  /** The amount to enforce of {@link CaseScenario#dossier}. */
  static final long AMOUNT_VND = 4_200_000_000L;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired FollowUpRepository followUp;

  /** When the cases of this class are registered, unless a test says otherwise. */
  static final String REGISTERED = "2026-03-02T08:00:00+07:00";

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    at(REGISTERED);
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
    // Reported on 02/04/2026, the decision dated 20/03/2026: the timers run from the decision.
    assertThat(today()).isEqualTo("2026-04-02");
    Map<String, Object> cannotPay =
        notEnforceable(
            report("not-enforceable", 0L, "Không có tài sản, thu nhập."),
            "normal",
            "15/QĐ-THADS",
            "2026-03-20");
    f.c().complete("chv.kv03", "Task_ReportStatus", cannotPay);

    assertThat(f.followUp()).isWaitingAt("Event_ReverifyDue").hasPassed("Gateway_LawApplicable");
    assertThat(runtimeVariable(f, "reverifyPeriod")).isEqualTo("P6M");
    assertThat(runtimeVariable(f, "applicableLaw")).isEqualTo("law-2008");
    assertThat(due(f, "Event_ReverifyDue")).isEqualTo(vietnamDay("2026-09-20"));
    assertThat(due(f, "Event_SeparateBookDue")).isEqualTo(vietnamDay("2028-03-20"));
    assertThat(followUp.findByCase(f.caseId()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.documentNo()).isEqualTo("15/QĐ-THADS");
              assertThat(e.documentDate()).isEqualTo("2026-03-20");
              assertThat(e.applicableLaw()).isEqualTo("law-2008");
            });

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
        notEnforceable(
            report(
                "not-enforceable", 0L, "Người phải thi hành án đang chấp hành án phạt tù 5 năm."),
            "imprisoned",
            "16/QĐ-THADS",
            "2026-03-25");
    f.c().complete("chv.kv04", "Task_ReportStatus", imprisoned);

    assertThat(runtimeVariable(f, "reverifyPeriod")).isEqualTo("P1Y");
    assertThat(due(f, "Event_ReverifyDue")).isEqualTo(vietnamDay("2027-03-25"));

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
    // A year after the last one was due, on the decision's rhythm.
    assertThat(due(f, "Event_ReverifyDue")).isEqualTo(vietnamDay("2028-03-25"));

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
    assertThat(due(f, "Event_ReverifyDue")).isEqualTo(vietnamDay("2028-09-25"));
  }

  @Test
  void twoYearsWithoutAbilityToPayMovesTheCaseToTheSeparateBook() {
    FollowedCase f = follow("205/QĐ-THADS", "chv.kv05");
    passTimer(f, "Event_ReportDue");
    Map<String, Object> cannotPay =
        notEnforceable(
            report("not-enforceable", 150_000_000L, "Không còn tài sản, không có thu nhập."),
            "normal",
            "17/QĐ-THADS",
            "2026-04-01");
    f.c().complete("chv.kv05", "Task_ReportStatus", cannotPay);
    // Two years from the decision's date, and the re-verifications at 6, 12, 18 months from it.
    assertThat(due(f, "Event_SeparateBookDue")).isEqualTo(vietnamDay("2028-04-01"));
    assertThat(due(f, "Event_ReverifyDue")).isEqualTo(vietnamDay("2026-10-01"));

    String[] reverifications = {"2026-10-01", "2027-04-01", "2027-10-01"};
    for (int i = 0; i < 3; i++) { // at 6, 12 and 18 months: nothing new
      assertThat(due(f, "Event_ReverifyDue")).isEqualTo(vietnamDay(reverifications[i]));
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
    assertThat(ModelJobs.of(engine, f.followUp().getId())).isEmpty();
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
            + "'Không xác định được địa chỉ, nơi cư trú'. "
            + "Thiếu số quyết định về việc chưa có điều kiện thi hành án. "
            + "Thiếu ngày quyết định về việc chưa có điều kiện thi hành án.");
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

  @Test
  void aDecisionDatedTheDayBeforeThe2025LawFollowsThe2008Law() {
    at("2026-06-01T08:00:00+07:00");
    FollowedCase f = follow("207/QĐ-THADS", "chv.kv07");
    passTimer(f, "Event_ReportDue");
    assertThat(today()).isEqualTo("2026-07-01");
    f.c()
        .complete(
            "chv.kv07",
            "Task_ReportStatus",
            notEnforceable(
                report("not-enforceable", 0L, "Không có tài sản, thu nhập."),
                "normal",
                "30/QĐ-THADS",
                "2026-06-30"));

    assertThat(f.followUp()).isWaitingAt("Event_ReverifyDue").hasNotPassed("Task_ReturnToCreditor");
    assertThat(runtimeVariable(f, "applicableLaw")).isEqualTo("law-2008");
    assertThat(due(f, "Event_ReverifyDue")).isEqualTo(vietnamDay("2026-12-30"));
    assertThat(due(f, "Event_SeparateBookDue")).isEqualTo(vietnamDay("2028-06-30"));
    assertThat(followUp.findByCase(f.caseId()))
        .extracting(Entry::kind, Entry::documentNo, Entry::documentDate, Entry::applicableLaw)
        .containsExactly(
            Tuple.tuple(Kind.REPORT, "30/QĐ-THADS", LocalDate.of(2026, 6, 30), "law-2008"));
  }

  @Test
  void aDecisionDatedFrom1July2026ReturnsTheRequestToTheCreditor() {
    at("2026-06-01T08:00:00+07:00");
    FollowedCase f = follow("208/QĐ-THADS", "chv.kv08");
    passTimer(f, "Event_ReportDue");
    f.c()
        .complete(
            "chv.kv08",
            "Task_ReportStatus",
            notEnforceable(
                report("not-enforceable", 20_000_000L, "Không có tài sản, thu nhập."),
                "address-unknown",
                "31/QĐ-THADS",
                "2026-07-01"));

    assertThat(f.followUp())
        .isWaitingAt("Task_ReturnToCreditor")
        .hasPassed("Gateway_LawApplicable")
        .hasNotPassed("SubProcess_NotEnforceable");
    assertThat(runtimeVariable(f, "applicableLaw")).isEqualTo("law-2025");
    assertThat(ModelJobs.of(engine, f.followUp().getId())).isEmpty();
    Task returning = f.c().task("Task_ReturnToCreditor");
    assertThat(returning).hasCandidateGroup("thads-kv08");
    assertThat(returning.getDueDate()).isAfter(ClockUtil.getCurrentTime());

    // The notice: not before the decision, not in the future, a proper number.
    Http officer = Http.rest(port, "chv.kv08", "demo");
    refused(
        officer,
        returning.getId(),
        returnNotice("20/TB-THADS", "2026-06-30"),
        "Văn bản trả lại đơn yêu cầu chưa hợp lệ: Ngày văn bản trả lại đơn yêu cầu không được trước "
            + "ngày quyết định về việc chưa có điều kiện thi hành án (01/07/2026).");
    refused(
        officer,
        returning.getId(),
        returnNotice("TB 20", "2026-07-02"),
        "Văn bản trả lại đơn yêu cầu chưa hợp lệ: Số văn bản trả lại đơn yêu cầu phải có dạng "
            + "số/ký hiệu, ví dụ 15/KH-THADS. Ngày văn bản trả lại đơn yêu cầu không được sau ngày "
            + "hôm nay.");
    assertThat(followUp.findByCase(f.caseId())).hasSize(1);

    Http.Response ok =
        officer.postJson(
            "/engine-rest/task/" + returning.getId() + "/submit-form",
            returnNotice("20/TB-THADS", "2026-07-01"));
    assertThat(ok.status()).as(ok.body()).isEqualTo(204);
    assertThat(f.followUp()).isWaitingAt("Task_FinalReport");
    assertThat(runtimeVariable(f, "caseOutcomeLabel"))
        .isEqualTo(
            "Trả lại đơn yêu cầu thi hành án (chưa có điều kiện thi hành, Luật Thi hành án dân sự"
                + " 2025) (văn bản số 20/TB-THADS ngày 01/07/2026)");
    f.c().complete("thuky", "Task_FinalReport", finalReport());

    assertThat(f.followUp())
        .isEnded()
        .hasPassed("EndEvent_ReturnedToCreditor")
        .hasNotPassed("EndEvent_CaseClosed", "EndEvent_TrackedSeparately");
    assertClosed(f, FollowUpOutcome.RETURNED_TO_CREDITOR, "20000000");
    assertThat(FollowUpOutcome.RETURNED_TO_CREDITOR.countsAsCompleted()).isFalse();
    assertThat(followUp.findByCase(f.caseId()))
        .extracting(
            Entry::kind,
            Entry::outcome,
            Entry::documentNo,
            Entry::documentDate,
            Entry::applicableLaw)
        .containsExactly(
            Tuple.tuple(
                Kind.REPORT,
                "not-enforceable",
                "31/QĐ-THADS",
                LocalDate.of(2026, 7, 1),
                "law-2025"),
            Tuple.tuple(
                Kind.RETURN_TO_CREDITOR,
                "RETURNED_TO_CREDITOR",
                "20/TB-THADS",
                LocalDate.of(2026, 7, 1),
                "law-2025"),
            Tuple.tuple(Kind.FINAL_REPORT, "RETURNED_TO_CREDITOR", "15/BC-BCĐ", null, null));

    // The Cockpit case page lists the decision and the return notice with their dates and law.
    Http thuky = Http.browser(port);
    assertThat(thuky.loginToWebapp("cockpit", "thuky", "demo").status()).isEqualTo(200);
    Http.Response page =
        thuky.get(
            "/camunda/api/cockpit/plugin/bcd-supervision/default/case?number="
                + URLEncoder.encode(f.c().caseNumber, StandardCharsets.UTF_8));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    JsonNode rows = page.json().get("followUp");
    assertThat(rows.get(0).get("documentNo").asText()).isEqualTo("31/QĐ-THADS");
    assertThat(rows.get(0).get("documentDate").asText()).isEqualTo("01/07/2026");
    assertThat(rows.get(0).get("applicableLaw").asText()).isEqualTo("Luật Thi hành án dân sự 2025");
    assertThat(rows.get(1).get("kind").asText()).isEqualTo("Trả lại đơn yêu cầu thi hành án");
    assertThat(rows.get(1).get("documentNo").asText()).isEqualTo("20/TB-THADS");
    assertThat(page.json().get("dossier").get("outcome").asText())
        .isEqualTo(FollowUpOutcome.RETURNED_TO_CREDITOR.label());
    List<String> decisions = new ArrayList<>();
    page.json()
        .get("operations")
        .forEach(o -> decisions.add(o.get("decision").isNull() ? "" : o.get("decision").asText()));
    assertThat(decisions)
        .contains(
            "Tình trạng: chưa có điều kiện thi hành (quyết định số 31/QĐ-THADS ngày 01/07/2026)",
            "Trả lại đơn yêu cầu thi hành án (văn bản số 20/TB-THADS)");
  }

  @Test
  void aMissingMalformedOrMisdatedDecisionIsRefusedAndNothingIsKept() {
    FollowedCase f = follow("209/QĐ-THADS", "chv.kv09");
    passTimer(f, "Event_ReportDue");
    assertThat(today()).isEqualTo("2026-04-02");
    String taskId = f.c().task("Task_ReportStatus").getId();
    Http officer = Http.rest(port, "chv.kv09", "demo");

    refused(
        officer,
        taskId,
        notEnforceableRest(null, "2026-03-20"),
        "Báo cáo chưa hợp lệ: Thiếu số quyết định về việc chưa có điều kiện thi hành án.");
    refused(
        officer,
        taskId,
        notEnforceableRest("QĐ số 15", "2026-03-20"),
        "Báo cáo chưa hợp lệ: Số quyết định về việc chưa có điều kiện thi hành án phải có dạng "
            + "số/ký hiệu, ví dụ 15/KH-THADS.");
    refused(
        officer,
        taskId,
        notEnforceableRest("15/QĐ-THADS", "2026-04-03"),
        "Báo cáo chưa hợp lệ: Ngày quyết định về việc chưa có điều kiện thi hành án không được sau"
            + " ngày hôm nay.");
    refused(
        officer,
        taskId,
        notEnforceableRest("15/QĐ-THADS", "2026-03-01"),
        "Báo cáo chưa hợp lệ: Ngày quyết định về việc chưa có điều kiện thi hành án không được trước"
            + " ngày tiếp nhận vụ việc (02/03/2026).");
    refused(
        officer,
        taskId,
        notEnforceableRest("15/QĐ-THADS", "20/03/2026"),
        "Báo cáo chưa hợp lệ: Ngày quyết định về việc chưa có điều kiện thi hành án '20/03/2026'"
            + " không đúng định dạng ngày.");

    assertThat(f.c().task("Task_ReportStatus").getId()).isEqualTo(taskId);
    assertThat(followUp.findByCase(f.caseId())).isEmpty();
    assertThat(runtimeVariable(f, "applicableLaw")).isNull();
    assertThat(f.followUp()).isWaitingAt("Task_ReportStatus");
  }

  // --- helpers

  /** Moves the engine's clock (and so the application's) to that instant. */
  private static void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(instant).toInstant()));
  }

  private static LocalDate today() {
    return VietnamTime.date(ClockUtil.getCurrentTime());
  }

  /** The start of that day in Vietnam: when a timer counted from a decision's date fires. */
  private static Instant vietnamDay(String day) {
    return VietnamTime.startOfDay(LocalDate.parse(day));
  }

  private Instant due(FollowedCase f, String activityId) {
    return timer(f, activityId).getDuedate().toInstant();
  }

  /** A report that the debtor cannot pay yet, with the formal decision. */
  private static Map<String, Object> notEnforceable(
      Map<String, Object> report, String situation, String decisionNo, String decisionDate) {
    report.put("debtorSituation", situation);
    report.put("notEnforceableDecisionNo", decisionNo);
    report.put("notEnforceableDecisionDate", decisionDate);
    return report;
  }

  private static Map<String, Object> notEnforceableRest(String decisionNo, String decisionDate) {
    Map<String, Object> v = new HashMap<>();
    v.put("reportOutcome", CaseRequests.string("not-enforceable"));
    v.put("amountRecoveredVnd", Map.of("value", 0L, "type", "Long"));
    v.put("statusText", CaseRequests.string("Không có tài sản, thu nhập."));
    v.put("debtorSituation", CaseRequests.string("normal"));
    if (decisionNo != null) {
      v.put("notEnforceableDecisionNo", CaseRequests.string(decisionNo));
    }
    v.put("notEnforceableDecisionDate", CaseRequests.string(decisionDate));
    return CaseRequests.variables(v);
  }

  private static Map<String, Object> returnNotice(String noticeNo, String noticeDate) {
    return CaseRequests.variables(
        Map.of(
            "returnNoticeNo",
            CaseRequests.string(noticeNo),
            "returnNoticeDate",
            CaseRequests.string(noticeDate),
            "returnNote",
            CaseRequests.string("Đã hướng dẫn người được thi hành án gửi lại yêu cầu.")));
  }

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
