package vn.gov.thads.bcd.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.AgencyRole;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.statistics.ProvinceStatistics;
import vn.gov.thads.bcd.statistics.ReportingPeriod;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.EnforcementCases;
import vn.gov.thads.bcd.testsupport.EngineClock;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.testsupport.Lifecycle.Row;
import vn.gov.thads.bcd.testsupport.Reminders;
import vn.gov.thads.bcd.variables.EnforcementVariables;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * The committee's report of a small province built through the real processes on PostgreSQL, in
 * reporting year 2026: case C (kv01) submitted in Q1 and still waiting for opinions; in Q2 case D
 * (kv02) concluded with coercion, stopped by the chair and closed as terminated, case G (kv01) the
 * same but completed with the whole amount recovered, case A (kv01) returned once, one opinion on
 * time, one late, one missing, three directives (on time; adjusted and late; on time only thanks to
 * an extension), case B (kv02) with one directive left overdue (escalated) and one cancelled;
 * coercions of kv01 started directly (EnforcementCases): E postponed in March and carried out in
 * April, F seizing disputed land whose suit the court accepted on 23/03. Every number of the
 * committee's work, the enforcement and the outcomes against hand-computed figures, the cases
 * behind some of them, and the refusals. Then, in later quarters, the numbers this leaves at zero
 * ({@link #laterQuarters}).
 */
class CommitteeReportIT extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseRepository caseRecords;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Organisation organisation;
  @Autowired CommitteeReport reports;
  @Autowired JdbcClient jdbc;
  @Autowired ProvinceStatistics statistics;
  @Autowired Clock clock;
  @Autowired ReportStatements statements;
  @Autowired DataSource dataSource;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyNumberOfThePeriodMatchesTheCasesBuilt() {
    EngineClock.at("2025-11-10T08:00");
    CaseScenario c =
        Lifecycle.toOpinions(
            engine, "chv.kv01", CaseScenario.uniqueDecisionNo(), List.of("so-tu-phap"));

    // D: concluded with coercion on 05/01/2026, the police's directive done the same day, closed
    // as terminated at the first follow-up report.
    EngineClock.at("2026-01-05T08:00");
    CaseScenario d = Lifecycle.toMeeting(engine, "chv.kv02");
    Lifecycle.holdMeeting(d);
    Lifecycle.orderCoercion(d, "chv.kv02");
    Lifecycle.policeDisagreeChairStops(d, "chv.kv02");
    // G (kv01): the same course, then completed with the whole amount recovered.
    CaseScenario g = Lifecycle.toMeeting(engine, "chv.kv01");
    Lifecycle.holdMeeting(g);
    Lifecycle.orderCoercion(g, "chv.kv01");
    Lifecycle.policeDisagreeChairStops(g, "chv.kv01");
    Lifecycle.terminateAndClose(engine, d, "chv.kv02");
    assertThat(d.mainEnded()).isTrue();
    Lifecycle.passTimer(engine, g, "Event_ReportDue");
    g.complete(
        "chv.kv01",
        "Task_ReportStatus",
        Map.of(
            "reportOutcome",
            "completed",
            "amountRecoveredVnd",
            4_200_000_000L,
            "statusText",
            "Đã thi hành xong."));
    g.complete(
        "thuky",
        "Task_FinalReport",
        Map.of(
            "finalReportText",
            "Báo cáo Ban Chỉ đạo: vụ việc đã thi hành xong.",
            "finalReportDocumentNo",
            "23/BC-BCĐ"));
    assertThat(g.mainEnded()).isTrue();

    // E and F: coercions of kv01 prepared for Monday 23/03/2026.
    EngineClock.at("2026-03-02T08:00");
    String e = coercion(false);
    String f = coercion(true);

    // A: returned once, then three agencies consulted.
    CaseScenario a = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier());
    a.complete(
        "photruongban",
        "Task_ApproveRequest",
        Map.of("approvalDecision", "return", "returnReason", "Thiếu bản án phúc thẩm."));
    a.complete("chv.kv01", "Task_CompleteDossier", CaseScenario.dossier());
    a.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    a.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    a.complete(
        "thuky",
        "Task_ConfirmAgencies",
        Map.of(
            "consultedAgencies",
            Lifecycle.json(List.of("so-tu-phap", "nhnn-chi-nhanh", "so-tai-chinh"))));
    Lifecycle.giveOpinion(engine, a, "cv.sotuphap", "so-tu-phap", "agree");
    // B: its one agency answers on time.
    CaseScenario b = Lifecycle.toMeeting(engine, "chv.kv02");

    Lifecycle.passOpinionDeadline(engine, a);
    a.complete("thuky", "Task_DecideOnLateOpinions", Map.of("lateOpinionsDecision", "wait"));
    Lifecycle.giveOpinion(engine, a, "cv.nhnn", "nhnn-chi-nhanh", "other");
    Lifecycle.passOpinionDeadline(engine, a);
    a.complete("thuky", "Task_DecideOnLateOpinions", Map.of("lateOpinionsDecision", "proceed"));

    LocalDate t = Lifecycle.today();
    assertThat(t.plusDays(10)).isBefore(LocalDate.of(2026, 3, 31));
    Lifecycle.holdMeeting(a);
    a.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false,
            new Row("so-tu-phap", List.of(), "Xác minh hộ tịch", 5),
            new Row("so-tai-chinh", List.of(), "Thẩm định giá tài sản", 3),
            new Row("nhnn-chi-nhanh", List.of(), "Cung cấp hồ sơ tín dụng", 3)));
    a.runJobs();
    Lifecycle.holdMeeting(b);
    b.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false,
            new Row("so-tu-phap", List.of(), "Xác minh nơi cư trú", 2),
            new Row("so-tai-chinh", List.of(), "Định giá lại tài sản", 10)));
    b.runJobs();

    // Directive 3 of A: extended by 7 days; directive 2 of B: cancelled.
    a.complete(
        "cv.nhnn",
        Lifecycle.taskOf(engine, a, "Task_ReportDirectiveResult", "nhnn-chi-nhanh"),
        Map.of(
            "directiveAction",
            "extension",
            "proposedDeadline",
            t.plusDays(10).toString(),
            "extensionReason",
            "Hồ sơ lưu tại hội sở."));
    a.complete(
        "truongban",
        "Task_DecideExtension",
        Map.of(
            "extensionDecision",
            "approve",
            "proposedDeadline",
            t.plusDays(10).toString(),
            "extensionReason",
            "Đồng ý gia hạn."));
    b.complete(
        "cv.sotaichinh",
        Lifecycle.taskOf(engine, b, "Task_ReportDirectiveResult", "so-tai-chinh"),
        Map.of(
            "directiveAction",
            "adjustment",
            "adjustmentKind",
            "cancel",
            "adjustmentReason",
            "Tài sản đã được định giá trong vụ việc khác."));
    b.complete("truongban", "Task_DecideAdjustment", Map.of("adjustmentDecision", "approve"));
    // Directive 2 of A: its content adjusted.
    a.complete(
        "cv.sotaichinh",
        Lifecycle.taskOf(engine, a, "Task_ReportDirectiveResult", "so-tai-chinh"),
        Map.of(
            "directiveAction", "adjustment",
            "adjustmentKind", "content",
            "proposedTask", "Thẩm định giá quyền sử dụng đất",
            "adjustmentReason", "Nhà trên đất đã được định giá."));
    a.complete("truongban", "Task_DecideAdjustment", Map.of("adjustmentDecision", "approve"));

    at(t.plusDays(2));
    report(a, "cv.sotuphap", "so-tu-phap"); // deadline t+5: on time
    at(t.plusDays(5));
    report(a, "cv.sotaichinh", "so-tai-chinh"); // deadline t+3: late
    at(t.plusDays(6));
    report(a, "cv.nhnn", "nhnn-chi-nhanh"); // t+3 extended to t+10: on time with the extension
    assertThat(t.plusDays(6)).isBefore(LocalDate.of(2026, 3, 23));

    // 23/03: E not carried out (the procuracy asked to postpone), rescheduled for 06/04; F seizes
    // the land, a third party sues and the court accepts the suit the same day.
    EngineClock.at("2026-03-23T09:00");
    Map<String, Object> postponed = new java.util.HashMap<>();
    postponed.put("enforcementRecordDate", "2026-03-23");
    postponed.put("enforcementResult", "not-carried-out");
    postponed.put("notCarriedOutReason", "procuracy-request");
    postponed.put("notCarriedOutDetail", "Văn bản số 15/VKS-THA yêu cầu hoãn thi hành án.");
    postponed.put("afterNotCarriedOut", "reschedule");
    postponed.put("postponementDecisionNo", "03/QĐ-HCC");
    postponed.put("postponementDecisionDate", "2026-03-20");
    step(e, "chv.kv01", "Task_RecordEnforcement", postponed);
    step(e, "chv.kv01", "Task_DraftEnforcementPlan", plan("2026-04-06", false));
    commentMeetingAndProtection(e, "2026-03-26", "2026-03-23");
    step(e, "chv.kv01", "Task_Briefing", Map.of("briefingDate", "2026-04-03"));
    EngineClock.at("2026-03-23T15:00");
    Map<String, Object> seized =
        new java.util.HashMap<>(record("02/BB-CC", "2026-03-23", "seized"));
    seized.put("thirdPartyDispute", true);
    step(f, "chv.kv01", "Task_RecordEnforcement", seized);
    step(
        f,
        "chv.kv01",
        "Task_NotifyDispute",
        Map.of(
            "disputeNoticeNo", "30/TB-THADS",
            "disputeNoticeDate", "2026-03-23",
            "disputeValidNoticeDate", "2026-03-23",
            "disputeBody", "toa-an-tinh",
            "disputeParties", "Bà Nguyễn Thị Lan, tổ 5, phường Rạch Giá"));
    engine
        .getRuntimeService()
        .createMessageCorrelation(EnforcementVariables.MESSAGE_SUIT_FILED)
        .processInstanceBusinessKey(f)
        .setVariables(
            Map.of(
                "suitAcceptanceNo", "45/TB-TLVA",
                "suitAcceptanceDate", "2026-03-23",
                "suitCourt", "toa-an-tinh"))
        .correlate();
    step(
        f,
        "chv.kv01",
        "Task_PostponeProperty",
        Map.of("propertyPostponementNo", "14/QĐ-THADS", "propertyPostponementDate", "2026-03-23"));

    // B's directive of Sở Tư pháp (deadline t+2) is still open at the end of March: escalated.
    EngineClock.at("2026-03-31T10:00");
    Reminders.sendDue(engine, b);

    // E carried out in April (Q3).
    EngineClock.at("2026-04-06T16:00");
    step(e, "chv.kv01", "Task_RecordEnforcement", record("04/BB-CC", "2026-04-06", "completed"));

    EngineClock.at("2026-04-10T09:00");
    Http thuky = Http.rest(port, "thuky", "demo");
    JsonNode q2 = get(thuky, "/api/reports/committee?year=2026&period=Q2");
    assertThat(q2.get("from").asText()).isEqualTo("2026-01-01");
    assertThat(q2.get("asOf").asText()).isEqualTo("2026-03-31");
    assertThat(q2.get("scope").asText()).isEqualTo("tinh");
    JsonNode work = q2.get("committee").get("figures");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("submitted", "6 thads-kv01=4 thads-kv02=2");
    expected.put("returned", "1 thads-kv01=1");
    expected.put("concluded", "4 thads-kv01=2 thads-kv02=2");
    expected.put("conclusions", "4 thads-kv01=2 thads-kv02=2");
    expected.put("meetings", "4 thads-kv01=2 thads-kv02=2");
    expected.put("writtenConsultations", "0");
    expected.put("opinionsRequested", "6 so-tu-phap=4 so-tai-chinh=1 nhnn-chi-nhanh=1");
    expected.put("opinionsOnTime", "4 so-tu-phap=4");
    expected.put("opinionsLate", "1 nhnn-chi-nhanh=1");
    expected.put("opinionsMissing", "1 so-tai-chinh=1");
    expected.put(
        "directivesIssued", "7 so-tu-phap=2 so-tai-chinh=2 cong-an-tinh=2 nhnn-chi-nhanh=1");
    expected.put("directivesDoneOnTime", "4 so-tu-phap=1 cong-an-tinh=2 nhnn-chi-nhanh=1");
    expected.put("directivesDoneOnTimeOriginal", "3 so-tu-phap=1 cong-an-tinh=2");
    expected.put("directivesDoneLate", "1 so-tai-chinh=1");
    expected.put("directivesOverdue", "1 so-tu-phap=1");
    expected.put("directivesOverdueOriginal", "1 so-tu-phap=1");
    expected.put("directivesExtended", "1 nhnn-chi-nhanh=1");
    expected.put("directivesAdjusted", "1 so-tai-chinh=1");
    expected.put("directivesCancelled", "1 so-tai-chinh=1");
    expected.put("escalations", "1 so-tu-phap=1");
    assertThat(figures(work, expected.keySet())).isEqualTo(expected);

    Map<String, String> rates = new LinkedHashMap<>();
    for (JsonNode r : q2.get("committee").get("rates")) {
      rates.put(
          r.get("agency").asText(),
          r.get("rateLabel").asText() + " / " + r.get("rateOriginalLabel").asText());
    }
    assertThat(rates)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "so-tu-phap", "50,00 % / 50,00 %",
                "so-tai-chinh", "0,00 % / 0,00 %",
                "nhnn-chi-nhanh", "100,00 % / 0,00 %",
                "cong-an-tinh", "100,00 % / 100,00 %"));
    JsonNode all = q2.get("committee").get("allAgencies");
    assertThat(all.get("rateLabel").asText()).isEqualTo("66,67 %");
    assertThat(all.get("rateOriginalLabel").asText()).isEqualTo("50,00 %");
    JsonNode oldest = q2.get("committee").get("oldestOverdue");
    assertThat(oldest).hasSize(1);
    assertThat(oldest.get(0).get("caseNumber").asText()).isEqualTo(b.caseNumber);
    assertThat(oldest.get(0).get("task").asText()).isEqualTo("Xác minh nơi cư trú");
    assertThat(oldest.get(0).get("deadline").asText()).isEqualTo(t.plusDays(2).toString());
    assertThat(oldest.get(0).get("daysOverdue").asLong())
        .isEqualTo(
            java.time.temporal.ChronoUnit.DAYS.between(t.plusDays(2), LocalDate.of(2026, 3, 31)));

    JsonNode outcomes = q2.get("outcomes");
    Map<String, Object> closed = new LinkedHashMap<>();
    closed.put("closed", "2 thads-kv01=1 thads-kv02=1");
    closed.put("closedCompleted", "1 thads-kv01=1");
    closed.put("closedTerminated", "1 thads-kv02=1");
    closed.put("closedNotEnforceable", "0");
    closed.put("closedReturned", "0");
    closed.put("carriedOver", "5 thads-kv01=4 thads-kv02=1");
    assertThat(figures(outcomes.get("figures"), closed.keySet())).isEqualTo(closed);
    assertThat(outcomes.get("amountDue").asLong()).isEqualTo(8_400_000_000L);
    assertThat(outcomes.get("amountRecovered").asLong()).isEqualTo(4_200_000_000L);
    JsonNode bank = outcomes.get("byCategory").get(0);
    assertThat(bank.get("category").asText()).isEqualTo("tin-dung-ngan-hang");
    assertThat(bank.get("closed").asLong()).isEqualTo(2);
    assertThat(bank.get("completed").asLong()).isEqualTo(1);
    assertThat(bank.get("amountRecovered").asLong()).isEqualTo(4_200_000_000L);
    assertThat(bank.get("terminated").asLong()).isEqualTo(1);
    assertThat(bank.get("carriedOver").asLong()).isEqualTo(4);

    JsonNode enforcement = q2.get("enforcement");
    Map<String, Object> coercion = new LinkedHashMap<>();
    coercion.put("coercionsOrdered", "2 thads-kv01=1 thads-kv02=1");
    coercion.put("coercionsCarriedOut", "1 thads-kv01=1");
    coercion.put("coercionsPostponed", "1 thads-kv01=1");
    coercion.put("coercionsStopped", "2 thads-kv01=1 thads-kv02=1");
    coercion.put("disputesPending", "1 thads-kv01=1");
    coercion.put("rulingsReceived", "0");
    coercion.put("auctionedProperties", "0");
    coercion.put("auctionRounds", "0");
    assertThat(figures(enforcement.get("figures"), coercion.keySet())).isEqualTo(coercion);
    JsonNode dispute = enforcement.get("pendingDisputes").get(0);
    assertThat(dispute.get("caseNumber").asText()).isEqualTo(f);
    assertThat(dispute.get("suitAccepted").asText()).isEqualTo("2026-03-23");
    assertThat(dispute.get("ageDays").asLong()).isEqualTo(8);
    assertThat(cases(thuky, "Q2", "", "coercionsPostponed", "")).containsExactly(e);
    assertThat(cases(thuky, "Q2", "", "coercionsStopped", ""))
        .containsExactlyInAnyOrder(d.caseNumber, g.caseNumber);
    assertThat(cases(thuky, "Q2", "", "closedCompleted", "")).containsExactly(g.caseNumber);

    // The cases behind the numbers.
    assertThat(cases(thuky, "Q2", "", "directivesOverdue", "")).containsExactly(b.caseNumber);
    assertThat(cases(thuky, "Q2", "", "opinionsLate", "nhnn-chi-nhanh"))
        .containsExactly(a.caseNumber);
    assertThat(cases(thuky, "Q2", "", "opinionsOnTime", "so-tu-phap"))
        .containsExactlyInAnyOrder(a.caseNumber, b.caseNumber, d.caseNumber, g.caseNumber);
    assertThat(cases(thuky, "Q2", "", "returned", "")).containsExactly(a.caseNumber);
    assertThat(cases(thuky, "Q2", "thads-kv02", "submitted", ""))
        .containsExactlyInAnyOrder(b.caseNumber, d.caseNumber);
    assertThat(cases(thuky, "Q2", "", "carriedOver", ""))
        .containsExactlyInAnyOrder(a.caseNumber, b.caseNumber, c.caseNumber, e, f);
    assertThat(cases(thuky, "Q2", "", "directivesDoneOnTimeOriginal", "nhnn-chi-nhanh")).isEmpty();
    assertThat(cases(thuky, "Q2", "", "directivesAdjusted", "")).containsExactly(a.caseNumber);
    assertThat(cases(thuky, "Q2", "", "directivesCancelled", "so-tai-chinh"))
        .containsExactly(b.caseNumber);
    JsonNode closedBank =
        get(
            thuky,
            "/api/reports/committee/cases?year=2026&period=Q2&metric=closedTerminated"
                + "&category=tin-dung-ngan-hang");
    assertThat(closedBank.get("count").asInt()).isEqualTo(1);
    assertThat(closedBank.get("cases").get(0).asText()).isEqualTo(d.caseNumber);

    // One regional office; the chair and the standing deputy read it too.
    JsonNode kv01 =
        get(
            Http.rest(port, "truongban", "demo"),
            "/api/reports/committee?year=2026&period=Q2&office=thads-kv01");
    assertThat(kv01.get("scopeName").asText()).contains("khu vực");
    Map<String, Object> kv01Expected = new LinkedHashMap<>();
    kv01Expected.put("submitted", "4 thads-kv01=4");
    kv01Expected.put("concluded", "2 thads-kv01=2");
    kv01Expected.put("conclusions", "2 thads-kv01=2");
    kv01Expected.put("meetings", "2 thads-kv01=2");
    kv01Expected.put("opinionsRequested", "4 so-tu-phap=2 so-tai-chinh=1 nhnn-chi-nhanh=1");
    kv01Expected.put(
        "directivesIssued", "4 so-tu-phap=1 so-tai-chinh=1 cong-an-tinh=1 nhnn-chi-nhanh=1");
    kv01Expected.put("directivesOverdue", "0");
    kv01Expected.put("escalations", "0");
    assertThat(figures(kv01.get("committee").get("figures"), kv01Expected.keySet()))
        .isEqualTo(kv01Expected);
    assertThat(kv01.get("committee").get("allAgencies").get("rateLabel").asText())
        .isEqualTo("75,00 %");
    assertThat(
            figures(kv01.get("enforcement").get("figures"), List.of("coercionsOrdered"))
                .get("coercionsOrdered"))
        .isEqualTo("1 thads-kv01=1");
    JsonNode q1 =
        get(Http.rest(port, "photruongban", "demo"), "/api/reports/committee?year=2026&period=Q1");
    assertThat(q1.get("committee").get("figures").get("submitted").get("total").asLong())
        .isEqualTo(1);
    assertThat(q1.get("committee").get("figures").get("opinionsRequested").get("total").asLong())
        .isEqualTo(1);
    assertThat(q1.get("outcomes").get("figures").get("carriedOver").get("total").asLong())
        .isEqualTo(1);

    // B's overdue directive done in April: late in Q3; Q2 still shows it overdue at 31/03.
    report(b, "cv.sotuphap", "so-tu-phap");
    JsonNode q3 = get(thuky, "/api/reports/committee?year=2026&period=Q3");
    assertThat(q3.get("committee").get("figures").get("directivesDoneLate").get("total").asLong())
        .isEqualTo(1);
    assertThat(q3.get("committee").get("figures").get("directivesOverdue").get("total").asLong())
        .isZero();
    assertThat(q3.get("committee").get("figures").get("directivesIssued").get("total").asLong())
        .isZero();
    assertThat(cases(thuky, "Q3", "", "coercionsCarriedOut", "")).containsExactly(e);
    assertThat(q3.get("enforcement").get("pendingDisputes").get(0).get("ageDays").asLong())
        .isEqualTo(18);
    JsonNode again = get(thuky, "/api/reports/committee?year=2026&period=Q2");
    assertThat(again.get("committee").get("figures").get("directivesOverdue").get("total").asLong())
        .isEqualTo(1);
    // Done since, it is still among the oldest overdue at Q2's cut-off.
    assertThat(again.get("committee").get("oldestOverdue")).hasSize(1);
    assertThat(again.get("committee").get("oldestOverdue").get(0).get("caseNumber").asText())
        .isEqualTo(b.caseNumber);
    assertThat(q3.get("committee").get("oldestOverdue")).isEmpty();

    laterQuarters(thuky, f);
    sameOneStatementAfterAnother();
    talliedAsDefined(2026);

    // Each directive keeps the day of its conclusion notice, which the report counts it by.
    assertThat(jdbc.sql("select count(*) from bcd_directive").query(Long.class).single())
        .isGreaterThanOrEqualTo(7);
    assertThat(
            jdbc.sql(
                    "select count(*) from bcd_directive d join bcd_conclusion k"
                        + " on k.id = d.conclusion_id where d.issued_on <> k.document_date")
                .query(Long.class)
                .single())
        .isZero();
  }

  /**
   * The report's statements run side by side (ReportStatements, three threads here as in the
   * default run); one after another in a single thread they give the same report, to the figure,
   * for the province and for each office, in every period.
   */
  private void sameOneStatementAfterAnother() {
    CommitteeReport serial =
        new CommitteeReport(jdbc, organisation, statistics, clock, ReportStatements.serial());
    for (String office : List.of("tinh", "thads-kv01", "thads-kv02")) {
      for (String period : List.of("Y", "Q1", "Q2", "Q3", "Q4")) {
        var p = reports.period(2026, period);
        var scope = reports.scope(office);
        CommitteeReport.Report sideBySide = reports.build(p, scope);
        assertThat(serial.build(p, scope)).as(office + " " + period).isEqualTo(sideBySide);
      }
    }
  }

  /**
   * The numbers summed from counts per month (directives: DirectiveTallies; opinions:
   * OpinionTallies; cases: CaseTallies) are those their definitions count from the rows, in all,
   * per agency and, for the cases, per category with the amounts of those closed, for the province
   * and each office in every period of the year begun by now (the year, its halves, quarters and
   * months).
   */
  private void talliedAsDefined(int year) {
    long directives = 0;
    long opinions = 0;
    long cases = 0;
    List<String> periods = new ArrayList<>(List.of("Y", "H1", "H2", "Q1", "Q2", "Q3", "Q4"));
    for (int month = 1; month <= 12; month++) {
      periods.add("M" + month);
    }
    for (String office : List.of("tinh", "thads-kv01", "thads-kv02")) {
      for (String period : periods) {
        ReportingPeriod p = ReportingPeriod.of(year, period);
        if (p.from().isAfter(VietnamTime.today(clock))) {
          continue;
        }
        var scope = reports.scope(office);
        CommitteeReport.Report report = reports.build(p, scope);
        Map<String, CommitteeReport.Figure> figures = new LinkedHashMap<>();
        figures.putAll(report.committee().figures());
        figures.putAll(report.outcomes().figures());
        List<Metric> tallied = new ArrayList<>(CommitteeReport.DIRECTIVES_TALLIED.keySet());
        tallied.addAll(CommitteeReport.OPINIONS_TALLIED.keySet());
        tallied.addAll(CommitteeReport.CASES_TALLIED.keySet());
        var defined = reports.countedByDefinition(p, scope, tallied);
        for (Metric m : tallied) {
          CommitteeReport.Figure f = figures.get(m.key());
          Map<String, Long> byAgency = new LinkedHashMap<>();
          f.byAgency().forEach(a -> byAgency.put(a.agency(), a.count()));
          String what = office + " " + period + " " + m.key();
          assertThat(byAgency).as(what).isEqualTo(defined.get(m).byAgency());
          assertThat(f.total()).as(what).isEqualTo(defined.get(m).total());
          if (CommitteeReport.CASES_TALLIED.containsKey(m)) {
            cases += f.total();
          } else if (CommitteeReport.OPINIONS_TALLIED.containsKey(m)) {
            opinions += f.total();
          } else {
            directives += f.total();
          }
        }
        Map<String, BigDecimal> due = new HashMap<>();
        Map<String, BigDecimal> recovered = new HashMap<>();
        // For the province, the closed cases of every office.
        jdbc.sql(
                "select category, sum(amount_vnd), sum(coalesce(amount_recovered_vnd, 0))"
                    + " from bcd_case where status = 'CLOSED' and closed_at >= ? and closed_at < ?"
                    + " and (? or submitting_agency = ?) group by category")
            .params(startOf(p.from()), startOf(p.to().plusDays(1)), scope.province(), office)
            .query(
                rs -> {
                  due.put(rs.getString(1), rs.getBigDecimal(2));
                  recovered.put(rs.getString(1), rs.getBigDecimal(3));
                });
        for (CommitteeReport.CategoryOutcome c : report.outcomes().byCategory()) {
          String what = office + " " + period + " " + c.category();
          assertThat(c.closed()).as(what).isEqualTo(category(defined, Metric.CLOSED, c.category()));
          assertThat(c.completed())
              .as(what)
              .isEqualTo(category(defined, Metric.CLOSED_COMPLETED, c.category()));
          assertThat(c.terminated())
              .as(what)
              .isEqualTo(category(defined, Metric.CLOSED_TERMINATED, c.category()));
          assertThat(c.carriedOver())
              .as(what)
              .isEqualTo(category(defined, Metric.CARRIED_OVER, c.category()));
          assertThat(c.amountDue())
              .as(what)
              .isEqualByComparingTo(due.getOrDefault(c.category(), BigDecimal.ZERO));
          assertThat(c.amountRecovered())
              .as(what)
              .isEqualByComparingTo(recovered.getOrDefault(c.category(), BigDecimal.ZERO));
        }
      }
    }
    assertThat(directives).as("directives counted").isPositive();
    assertThat(opinions).as("opinions counted").isPositive();
    assertThat(cases).as("cases counted").isPositive();
  }

  private static long category(
      Map<Metric, CommitteeReport.Tally> defined, Metric m, String category) {
    return defined.get(m).byCategory().getOrDefault(category, 0L);
  }

  private static java.sql.Timestamp startOf(LocalDate day) {
    return java.sql.Timestamp.from(VietnamTime.startOfDay(day));
  }

  /**
   * After the first half year, the numbers the scenario above leaves at zero: in Q3 (April–June) a
   * written consultation of W (kv02) approved by the chair (V's, kv01, refused: not counted), the
   * court's first-instance ruling on F's disputed land, appealed (pending again at the end of May)
   * and the appeal ruling, H's land (kv01) disputed before the ward's People's Committee and still
   * pending at 30/06, I's property (kv01) auctioned twice (unsold, then sold after a price
   * reduction); in Q4 J (kv02) returned to the creditor under the 2025 Law; K (kv01), not
   * enforceable under the 2008 Law, moved to the separate book two years later (Q3 of 2028).
   */
  private void laterQuarters(Http thuky, String f) {
    // W: the chair agrees to a written consultation instead of a meeting.
    EngineClock.at("2026-04-13T08:00");
    CaseScenario w = Lifecycle.toMeeting(engine, "chv.kv02");
    w.complete(
        "thuky",
        "Task_ScheduleMeeting",
        Map.of(
            "consultationMode",
            "written",
            "writtenConsultationReason",
            "Các thành viên đã có ý kiến bằng văn bản, thống nhất."));
    w.complete(
        "truongban",
        "Task_DecideWrittenConsultation",
        Map.of("writtenConsultationDecision", "approve"));
    // V (kv01): proposed too, but the chair wants a meeting: not a written consultation.
    CaseScenario v = Lifecycle.toMeeting(engine, "chv.kv01");
    v.complete(
        "thuky",
        "Task_ScheduleMeeting",
        Map.of(
            "consultationMode",
            "written",
            "writtenConsultationReason",
            "Các thành viên đã có ý kiến bằng văn bản."));
    v.complete(
        "truongban",
        "Task_DecideWrittenConsultation",
        Map.of(
            "writtenConsultationDecision",
            "reject",
            "writtenConsultationNote",
            "Vụ việc phức tạp, cần họp."));

    // H: seized on 13/04, a land dispute the ward's People's Committee accepts on 15/04.
    String h = disposal(true, "2026-04-13");
    String i = disposal(false, "2026-04-13");
    EngineClock.at("2026-04-15T09:00");
    step(
        h,
        "chv.kv01",
        "Task_NotifyDispute",
        Map.of(
            "disputeNoticeNo", "31/TB-THADS",
            "disputeNoticeDate", "2026-04-14",
            "disputeValidNoticeDate", "2026-04-14",
            "disputeBody", "ubnd-p-rach-gia",
            "disputeParties", "Ông Trần Văn Bình, tổ 7, phường Rạch Giá"));
    step(
        h,
        "cv.ubndrachgia",
        "Task_AwaitSuit",
        Map.of(
            "suitAcceptanceNo", "08/TB-UBND",
            "suitAcceptanceDate", "2026-04-15",
            "suitNote", "Ông Trần Văn Bình yêu cầu giải quyết tranh chấp đất đai."));
    step(
        h,
        "chv.kv01",
        "Task_PostponeProperty",
        Map.of("propertyPostponementNo", "15/QĐ-THADS", "propertyPostponementDate", "2026-04-15"));

    // F: the provincial court's first-instance ruling on 04/05.
    EngineClock.at("2026-05-04T10:00");
    Map<String, Object> ruling = new java.util.HashMap<>();
    ruling.put("ruling", "property-released");
    ruling.put("rulingNo", "12/2026/DS-ST");
    ruling.put("rulingDate", "2026-04-30");
    ruling.put("stage", "first-instance");
    ruling.put("note", "Xét xử sơ thẩm.");
    courtRules(f, ruling);

    // I: appraised, unsold at the first auction, the price reduced, sold at the second.
    EngineClock.at("2026-05-13T09:00");
    step(
        i,
        "chv.kv01",
        "Task_AppraisalContract",
        Map.of(
            "appraisalContractNo", "05/HĐ-TĐG",
            "appraisalContractDate", "2026-04-20",
            "appraiser", "Công ty Thẩm định giá Miền Nam"));
    step(
        i,
        "chv.kv01",
        "Task_RecordValuation",
        Map.of("valuationDate", "2026-04-28", "valuationVnd", "1000000000"));
    auction(i, "2026-05-01", "2026-05-08", "unsold", null);
    step(
        i,
        "chv.kv01",
        "Task_ReducePrice",
        Map.of(
            "priceReductionNo", "03/QĐ-CHV",
            "priceReductionDate", "2026-05-12",
            "newStartingPriceVnd", "900000000",
            "failedAuctionDecision", "reauction"));
    // F's ruling appealed on 20/05: pending again until the appeal ruling.
    EngineClock.at("2026-05-20T09:00");
    step(
        f,
        "chv.kv01",
        "Task_RulingLegalEffect",
        Map.of(
            "rulingLegalEffect", "appealed",
            "appealDate", "2026-05-20",
            "appealNote", "Bà Nguyễn Thị Lan kháng cáo."));
    EngineClock.at("2026-05-27T09:00");
    auction(i, "2026-05-20", "2026-05-26", "sold", "950000000");

    // May (cut-off 31/05): F waits again (its suit accepted 23/03: 8 + 30 + 31 days), H since
    // 15/04 (15 + 31 days); the oldest first.
    EngineClock.at("2026-06-01T07:00");
    JsonNode may = get(thuky, "/api/reports/committee?year=2026&period=M05");
    JsonNode waiting = may.get("enforcement").get("pendingDisputes");
    assertThat(waiting).hasSize(2);
    assertThat(waiting.get(0).get("caseNumber").asText()).isEqualTo(f);
    assertThat(waiting.get(0).get("ageDays").asLong()).isEqualTo(69);
    assertThat(waiting.get(1).get("caseNumber").asText()).isEqualTo(h);
    assertThat(waiting.get(1).get("ageDays").asLong()).isEqualTo(46);
    Map<String, Object> mayExpected = new LinkedHashMap<>();
    mayExpected.put("disputesPending", "2 thads-kv01=2");
    mayExpected.put("rulingsReceived", "1 thads-kv01=1");
    mayExpected.put("auctionedProperties", "1 thads-kv01=1");
    mayExpected.put("auctionRounds", "2 thads-kv01=2");
    assertThat(figures(may.get("enforcement").get("figures"), mayExpected.keySet()))
        .isEqualTo(mayExpected);
    // The appeal ruling on 29/05, reported by the court on 01/06.
    EngineClock.at("2026-06-01T07:30");
    Map<String, Object> appeal = new java.util.HashMap<>();
    appeal.put("stage", "appeal");
    appeal.put("ruling", "property-released");
    appeal.put("rulingNo", "20/2026/DS-PT");
    appeal.put("rulingDate", "2026-05-29");
    appeal.put("court", "toa-an-tinh");
    courtRules(f, appeal);

    // J and K under follow-up from 01/06, both not enforceable: J's decision under the 2025 Law
    // (the request returned to the creditor), K's under the 2008 Law.
    EngineClock.at("2026-06-01T08:00");
    CaseScenario j = follow("chv.kv02");
    CaseScenario k = follow("chv.kv01");
    Lifecycle.passTimer(engine, j, "Event_ReportDue");
    Lifecycle.passTimer(engine, k, "Event_ReportDue");
    j.complete(
        "chv.kv02",
        "Task_ReportStatus",
        notEnforceable("address-unknown", "31/QĐ-THADS", "2026-07-01"));
    j.complete(
        "chv.kv02",
        "Task_ReturnToCreditor",
        Map.of(
            "returnNoticeNo", "20/TB-THADS",
            "returnNoticeDate", "2026-07-01",
            "returnNote", "Đã hướng dẫn người được thi hành án gửi lại yêu cầu."));
    j.complete("thuky", "Task_FinalReport", finalReport());
    k.complete(
        "chv.kv01", "Task_ReportStatus", notEnforceable("normal", "30/QĐ-THADS", "2026-06-30"));

    JsonNode q3 = get(thuky, "/api/reports/committee?year=2026&period=Q3");
    assertThat(q3.get("asOf").asText()).isEqualTo("2026-06-30");
    Map<String, Object> work = new LinkedHashMap<>();
    work.put("writtenConsultations", "1 thads-kv02=1");
    assertThat(figures(q3.get("committee").get("figures"), work.keySet())).isEqualTo(work);
    assertThat(cases(thuky, "Q3", "", "writtenConsultations", "")).containsExactly(w.caseNumber);
    assertThat(cases(thuky, "Q3", "thads-kv01", "writtenConsultations", "")).isEmpty();
    // Counted for the office of the case in that office's own report only.
    for (String office : List.of("thads-kv01", "thads-kv02")) {
      JsonNode own = get(thuky, "/api/reports/committee?year=2026&period=Q3&office=" + office);
      assertThat(figures(own.get("committee").get("figures"), work.keySet()))
          .isEqualTo(
              Map.of("writtenConsultations", office.equals("thads-kv02") ? "1 thads-kv02=1" : "0"));
    }
    Map<String, Object> enforcement = new LinkedHashMap<>();
    // H only: F's suit has its appeal ruling (01/06), so it no longer waits.
    enforcement.put("disputesPending", "1 thads-kv01=1");
    // F's first-instance ruling and its appeal ruling: two rulings of one case.
    enforcement.put("rulingsReceived", "2 thads-kv01=2");
    enforcement.put("auctionedProperties", "1 thads-kv01=1");
    enforcement.put("auctionRounds", "2 thads-kv01=2");
    assertThat(figures(q3.get("enforcement").get("figures"), enforcement.keySet()))
        .isEqualTo(enforcement);
    JsonNode pending = q3.get("enforcement").get("pendingDisputes");
    assertThat(pending).hasSize(1);
    assertThat(pending.get(0).get("caseNumber").asText()).isEqualTo(h);
    assertThat(pending.get(0).get("suitAccepted").asText()).isEqualTo("2026-04-15");
    // 15/04 → 30/06: 15 + 31 + 30 days.
    assertThat(pending.get(0).get("ageDays").asLong()).isEqualTo(76);
    assertThat(cases(thuky, "Q3", "", "disputesPending", "")).containsExactly(h);
    assertThat(cases(thuky, "Q3", "", "rulingsReceived", "")).containsExactly(f);
    assertThat(cases(thuky, "Q3", "", "auctionedProperties", "")).containsExactly(i);
    assertThat(cases(thuky, "Q3", "thads-kv01", "auctionRounds", "")).containsExactly(i);
    assertThat(cases(thuky, "Q3", "thads-kv02", "auctionRounds", "")).isEmpty();
    // Nothing of these closed in Q3: J closes in July, K stays open.
    assertThat(q3.get("outcomes").get("figures").get("closedReturned").get("total").asLong())
        .isZero();

    JsonNode q4 = get(thuky, "/api/reports/committee?year=2026&period=Q4");
    Map<String, Object> closed = new LinkedHashMap<>();
    closed.put("closed", "1 thads-kv02=1");
    closed.put("closedReturned", "1 thads-kv02=1");
    closed.put("closedNotEnforceable", "0");
    closed.put("closedCompleted", "0");
    assertThat(figures(q4.get("outcomes").get("figures"), closed.keySet())).isEqualTo(closed);
    assertThat(cases(thuky, "Q4", "", "closedReturned", "")).containsExactly(j.caseNumber);

    // K: re-verified at 6, 12 and 18 months, then moved to the separate book on 30/06/2028.
    for (int n = 1; n <= 3; n++) {
      Lifecycle.passTimer(engine, k, "Event_ReverifyDue");
      k.complete(
          "chv.kv01",
          "Task_ReverifyAbility",
          Map.of(
              "verificationResult", "unable",
              "verificationNote", "Xác minh lần " + n + ": không có tài sản, thu nhập.",
              "debtorSituation", "normal"));
    }
    Lifecycle.passTimer(engine, k, "Event_SeparateBookDue");
    k.complete("thuky", "Task_FinalReport", finalReport());
    JsonNode q3of2028 = get(thuky, "/api/reports/committee?year=2028&period=Q3");
    Map<String, Object> separate = new LinkedHashMap<>();
    separate.put("closed", "1 thads-kv01=1");
    separate.put("closedNotEnforceable", "1 thads-kv01=1");
    separate.put("closedReturned", "0");
    assertThat(figures(q3of2028.get("outcomes").get("figures"), separate.keySet()))
        .isEqualTo(separate);
    assertThat(cases2028(thuky, "closedNotEnforceable")).containsExactly(k.caseNumber);
    // K's amount recovered (150 million) is the only one of the cases closed in that quarter.
    assertThat(q3of2028.get("outcomes").get("amountRecovered").asLong()).isEqualTo(150_000_000L);

    provinceIsTheSumOfItsOffices(thuky, "year=2026&period=Y");
  }

  /**
   * The offices' reports add up to the province's: every number but the meetings (a meeting with
   * cases of two offices counts once for the province, once for each office), and the amounts.
   */
  private void provinceIsTheSumOfItsOffices(Http thuky, String period) {
    JsonNode province = get(thuky, "/api/reports/committee?" + period);
    Map<String, Long> sums = new LinkedHashMap<>();
    Map<String, Long> largest = new LinkedHashMap<>();
    BigDecimal recovered = BigDecimal.ZERO;
    List<String> offices =
        organisation.agencies().stream()
            .filter(a -> a.role() == AgencyRole.THADS_REGIONAL)
            .map(Agency::id)
            .toList();
    assertThat(offices).contains("thads-kv01", "thads-kv02");
    for (String office : offices) {
      JsonNode r = get(thuky, "/api/reports/committee?" + period + "&office=" + office);
      for (String section : List.of("committee", "enforcement", "outcomes")) {
        r.get(section)
            .get("figures")
            .fields()
            .forEachRemaining(
                e -> {
                  long n = e.getValue().get("total").asLong();
                  sums.merge(e.getKey(), n, Long::sum);
                  largest.merge(e.getKey(), n, Math::max);
                });
      }
      recovered = recovered.add(r.get("outcomes").get("amountRecovered").decimalValue());
    }
    for (String section : List.of("committee", "enforcement", "outcomes")) {
      province
          .get(section)
          .get("figures")
          .fields()
          .forEachRemaining(
              e -> {
                long total = e.getValue().get("total").asLong();
                if (e.getKey().equals("meetings")) {
                  assertThat(total)
                      .as("meetings")
                      .isBetween(largest.get("meetings"), sums.get("meetings"));
                } else {
                  assertThat(sums.get(e.getKey())).as(e.getKey()).isEqualTo(total);
                }
              });
    }
    assertThat(sums.get("submitted")).isPositive();
    assertThat(recovered)
        .isEqualByComparingTo(province.get("outcomes").get("amountRecovered").decimalValue());
  }

  /** A property seized on that day (kv01), its disposal started as the coercion would. */
  private String disposal(boolean disputed, String seized) {
    EnforcementCases.Registered r = EnforcementCases.propertyDisputed(transactions, caseRecords);
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            EnforcementVariables.DISPOSAL_PROCESS_KEY,
            r.caseNumber(),
            Map.of(
                "caseId",
                r.caseId(),
                "caseNumber",
                r.caseNumber(),
                "submittingAgency",
                "thads-kv01",
                "thirdPartyDispute",
                disputed,
                "realProperty",
                true,
                "enforcementRecordDate",
                seized,
                "propertyDescription",
                "Quyền sử dụng đất thửa số 121, tờ bản đồ số 15, phường Rạch Giá."));
    return r.caseNumber();
  }

  private void auction(
      String caseNumber, String contract, String day, String result, String price) {
    step(
        caseNumber,
        "chv.kv01",
        "Task_AuctionContract",
        Map.of(
            "auctionContractNo", "07/HĐ-ĐG",
            "auctionContractDate", contract,
            "auctioneer", "Trung tâm Dịch vụ đấu giá tài sản tỉnh An Giang"));
    Map<String, Object> auction = new java.util.HashMap<>();
    auction.put("auctionDate", day);
    auction.put("auctionResult", result);
    if (price != null) {
      auction.put("salePriceVnd", price);
    }
    step(caseNumber, "chv.kv01", "Task_Auction", auction);
  }

  /** A regional officer's case whose follow-up starts as the main process would start it. */
  private CaseScenario follow(String officer) {
    CaseScenario c =
        CaseScenario.start(engine, officer, CaseScenario.dossier(CaseScenario.uniqueDecisionNo()));
    Map<String, Object> in = new java.util.HashMap<>();
    in.put("caseId", engine.getRuntimeService().getVariable(c.main.getId(), "caseId"));
    in.put("caseNumber", c.caseNumber);
    in.put(
        "submittingAgency",
        engine.getRuntimeService().getVariable(c.main.getId(), "submittingAgency"));
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(FollowUpVariables.PROCESS_KEY, c.caseNumber, in);
    return c;
  }

  private static Map<String, Object> notEnforceable(
      String situation, String decisionNo, String decisionDate) {
    Map<String, Object> v = new java.util.HashMap<>();
    v.put("reportOutcome", "not-enforceable");
    v.put("amountRecoveredVnd", 150_000_000L);
    v.put("statusText", "Không còn tài sản, không có thu nhập.");
    v.put("debtorSituation", situation);
    v.put("notEnforceableDecisionNo", decisionNo);
    v.put("notEnforceableDecisionDate", decisionDate);
    return v;
  }

  private static Map<String, Object> finalReport() {
    return Map.of(
        "finalReportText", "Báo cáo Ban Chỉ đạo kết quả thi hành vụ việc.",
        "finalReportDocumentNo", "15/BC-BCĐ");
  }

  private static List<String> cases2028(Http http, String metric) {
    JsonNode r = get(http, "/api/reports/committee/cases?year=2028&period=Q3&metric=" + metric);
    List<String> numbers = new ArrayList<>();
    r.get("cases").forEach(n -> numbers.add(n.asText()));
    return numbers;
  }

  /**
   * Directives whose lead agency the chair changed, in reporting year 2027 (after everything of the
   * test above): case R (kv02) concluded on 05/10/2026 with X led by the State Bank (deadline
   * 08/10) and Y led by the Department of Justice (deadline 12/10). Y is extended to 20/10 on
   * 06/10, reassigned to the Department of Finance on 07/10 and done by it on time on 09/10. X is
   * left overdue, reassigned to the Department of Finance on 05/11, whose content change is
   * approved on 10/11. Each number counts for the lead agency of its moment: issued, extended and
   * the reassignments for the agency that had the directive then, done for the one that finished
   * it, overdue for the lead at the cut-off (the State Bank in October, the Department of Finance
   * in November); the cases behind a number per agency agree.
   */
  @Test
  void aReassignedDirectiveCountsForTheLeadAgencyOfEachMoment() {
    EngineClock.at("2026-10-05T08:00");
    CaseScenario r = Lifecycle.toMeeting(engine, "chv.kv02");
    Lifecycle.holdMeeting(r);
    r.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false,
            new Row("nhnn-chi-nhanh", List.of(), "Cung cấp hồ sơ tín dụng của bên vay", 3),
            new Row("so-tu-phap", List.of(), "Xác minh tình trạng hôn nhân", 7)));
    r.runJobs();

    EngineClock.at("2026-10-06T09:00");
    r.complete(
        "cv.sotuphap",
        Lifecycle.taskOf(engine, r, "Task_ReportDirectiveResult", "so-tu-phap"),
        Map.of(
            "directiveAction",
            "extension",
            "proposedDeadline",
            "2026-10-20",
            "extensionReason",
            "Chờ trích lục từ nơi đăng ký kết hôn."));
    EngineClock.at("2026-10-06T10:00");
    r.complete(
        "truongban",
        "Task_DecideExtension",
        Map.of(
            "extensionDecision",
            "approve",
            "proposedDeadline",
            "2026-10-20",
            "extensionReason",
            "Đồng ý gia hạn."));
    EngineClock.at("2026-10-07T09:00");
    reassign(r, "cv.sotuphap", "so-tu-phap", "so-tai-chinh");
    EngineClock.at("2026-10-07T10:00");
    r.complete("truongban", "Task_DecideAdjustment", Map.of("adjustmentDecision", "approve"));
    EngineClock.at("2026-10-09T09:00");
    report(r, "cv.sotaichinh", "so-tai-chinh"); // Y: deadline 20/10 (first 12/10), on time

    EngineClock.at("2026-11-05T09:00");
    reassign(r, "cv.nhnn", "nhnn-chi-nhanh", "so-tai-chinh");
    EngineClock.at("2026-11-05T10:00");
    r.complete("truongban", "Task_DecideAdjustment", Map.of("adjustmentDecision", "approve"));
    EngineClock.at("2026-11-10T09:00");
    r.complete(
        "cv.sotaichinh",
        Lifecycle.taskOf(engine, r, "Task_ReportDirectiveResult", "so-tai-chinh"),
        Map.of(
            "directiveAction", "adjustment",
            "adjustmentKind", "content",
            "proposedTask", "Cung cấp hồ sơ tín dụng và hồ sơ tài sản bảo đảm",
            "adjustmentReason", "Hồ sơ tài sản bảo đảm do Sở Tài chính lưu giữ."));
    EngineClock.at("2026-11-10T10:00");
    r.complete("truongban", "Task_DecideAdjustment", Map.of("adjustmentDecision", "approve"));

    EngineClock.at("2026-12-01T09:00");
    Http thuky = Http.rest(port, "thuky", "demo");
    // October, cut-off 31/10: X is overdue with the State Bank, its lead then.
    JsonNode october = get(thuky, "/api/reports/committee?year=2027&period=M10");
    assertThat(october.get("asOf").asText()).isEqualTo("2026-10-31");
    Map<String, Object> oct = new LinkedHashMap<>();
    oct.put("directivesIssued", "2 so-tu-phap=1 nhnn-chi-nhanh=1");
    oct.put("directivesDoneOnTime", "1 so-tai-chinh=1");
    oct.put("directivesDoneOnTimeOriginal", "1 so-tai-chinh=1");
    oct.put("directivesDoneLate", "0");
    oct.put("directivesOverdue", "1 nhnn-chi-nhanh=1");
    oct.put("directivesOverdueOriginal", "1 nhnn-chi-nhanh=1");
    oct.put("directivesExtended", "1 so-tu-phap=1");
    oct.put("directivesAdjusted", "1 so-tu-phap=1");
    oct.put("directivesCancelled", "0");
    assertThat(figures(october.get("committee").get("figures"), oct.keySet())).isEqualTo(oct);
    assertThat(rates(october))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "so-tai-chinh", "100,00 % / 100,00 %",
                "nhnn-chi-nhanh", "0,00 % / 0,00 %"));
    JsonNode oldest = october.get("committee").get("oldestOverdue");
    assertThat(oldest).hasSize(1);
    assertThat(oldest.get(0).get("caseNumber").asText()).isEqualTo(r.caseNumber);
    assertThat(oldest.get(0).get("agency").asText()).isEqualTo("nhnn-chi-nhanh");
    assertThat(cases2027(thuky, "M10", "directivesIssued", "nhnn-chi-nhanh"))
        .containsExactly(r.caseNumber);
    assertThat(cases2027(thuky, "M10", "directivesIssued", "so-tai-chinh")).isEmpty();
    assertThat(cases2027(thuky, "M10", "directivesOverdue", "nhnn-chi-nhanh"))
        .containsExactly(r.caseNumber);
    assertThat(cases2027(thuky, "M10", "directivesOverdue", "so-tai-chinh")).isEmpty();
    assertThat(cases2027(thuky, "M10", "directivesExtended", "so-tu-phap"))
        .containsExactly(r.caseNumber);
    assertThat(cases2027(thuky, "M10", "directivesAdjusted", "so-tai-chinh")).isEmpty();
    assertThat(cases2027(thuky, "M10", "directivesDoneOnTime", "so-tai-chinh"))
        .containsExactly(r.caseNumber);

    // November, cut-off 30/11: X is overdue with the Department of Finance since 05/11; the
    // reassignment counts for the State Bank, which proposed it, the content change for the
    // Department of Finance.
    JsonNode november = get(thuky, "/api/reports/committee?year=2027&period=M11");
    Map<String, Object> nov = new LinkedHashMap<>();
    nov.put("directivesIssued", "0");
    nov.put("directivesOverdue", "1 so-tai-chinh=1");
    nov.put("directivesOverdueOriginal", "1 so-tai-chinh=1");
    nov.put("directivesAdjusted", "2 so-tai-chinh=1 nhnn-chi-nhanh=1");
    assertThat(figures(november.get("committee").get("figures"), nov.keySet())).isEqualTo(nov);
    assertThat(rates(november))
        .containsExactlyInAnyOrderEntriesOf(Map.of("so-tai-chinh", "0,00 % / 0,00 %"));
    assertThat(november.get("committee").get("oldestOverdue").get(0).get("agency").asText())
        .isEqualTo("so-tai-chinh");
    assertThat(cases2027(thuky, "M11", "directivesOverdue", "so-tai-chinh"))
        .containsExactly(r.caseNumber);
    assertThat(cases2027(thuky, "M11", "directivesOverdue", "nhnn-chi-nhanh")).isEmpty();
    assertThat(cases2027(thuky, "M11", "directivesAdjusted", "nhnn-chi-nhanh"))
        .containsExactly(r.caseNumber);

    // The quarter so far (cut-off today, 01/12): both months together.
    JsonNode quarter = get(thuky, "/api/reports/committee?year=2027&period=Q1");
    Map<String, Object> q1 = new LinkedHashMap<>();
    q1.put("directivesIssued", "2 so-tu-phap=1 nhnn-chi-nhanh=1");
    q1.put("directivesDoneOnTime", "1 so-tai-chinh=1");
    q1.put("directivesOverdue", "1 so-tai-chinh=1");
    q1.put("directivesExtended", "1 so-tu-phap=1");
    q1.put("directivesAdjusted", "3 so-tu-phap=1 so-tai-chinh=1 nhnn-chi-nhanh=1");
    assertThat(figures(quarter.get("committee").get("figures"), q1.keySet())).isEqualTo(q1);
    assertThat(cases2027(thuky, "Q1", "directivesAdjusted", "so-tu-phap"))
        .containsExactly(r.caseNumber);
    talliedAsDefined(2027);
  }

  /** The lead agency's member proposes to hand the directive to another agency. */
  private void reassign(CaseScenario c, String user, String lead, String to) {
    c.complete(
        user,
        Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", lead),
        Map.of(
            "directiveAction", "adjustment",
            "adjustmentKind", "reassign",
            "proposedLeadAgency", to,
            "adjustmentReason", "Nhiệm vụ thuộc thẩm quyền của cơ quan khác."));
  }

  /** Each agency's on-time rates, "with extensions / without". */
  private static Map<String, String> rates(JsonNode report) {
    Map<String, String> rates = new LinkedHashMap<>();
    for (JsonNode r : report.get("committee").get("rates")) {
      rates.put(
          r.get("agency").asText(),
          r.get("rateLabel").asText() + " / " + r.get("rateOriginalLabel").asText());
    }
    return rates;
  }

  private static List<String> cases2027(Http http, String period, String metric, String agency) {
    JsonNode r =
        get(
            http,
            "/api/reports/committee/cases?year=2027&period="
                + period
                + "&metric="
                + metric
                + "&agency="
                + agency);
    List<String> numbers = new ArrayList<>();
    r.get("cases").forEach(n -> numbers.add(n.asText()));
    return numbers;
  }

  /**
   * On PostgreSQL each statement of a report runs without parallel workers (they share the cores
   * among themselves already), in a transaction of its own whose setting ends with it: the same
   * connection, taken from the pool afterwards, has the server's setting again.
   */
  @Test
  void eachReportStatementRunsWithoutParallelWorkersAndLeavesItsConnectionAsItWas()
      throws Exception {
    String server = jdbc.sql("show max_parallel_workers_per_gather").query(String.class).single();
    assertThat(server).isNotEqualTo("0");
    CountDownLatch together = new CountDownLatch(3);
    List<Supplier<List<String>>> started = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      started.add(
          statements.start(
              () -> {
                together.countDown();
                try {
                  together.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return jdbc.sql(
                        "select pg_backend_pid()::text,"
                            + " current_setting('max_parallel_workers_per_gather')")
                    .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                    .single();
              }));
    }
    Set<String> connections = new HashSet<>();
    for (Supplier<List<String>> s : started) {
      List<String> pidAndSetting = s.get();
      assertThat(pidAndSetting.get(1)).isEqualTo("0");
      connections.add(pidAndSetting.get(0));
    }
    assertThat(connections).hasSize(3);
    List<Connection> held = new ArrayList<>();
    try {
      while (!connections.isEmpty() && held.size() < 20) {
        Connection c = dataSource.getConnection();
        held.add(c);
        try (var st = c.createStatement();
            var rs =
                st.executeQuery(
                    "select pg_backend_pid()::text,"
                        + " current_setting('max_parallel_workers_per_gather')")) {
          rs.next();
          if (connections.remove(rs.getString(1))) {
            assertThat(rs.getString(2)).isEqualTo(server);
          }
        }
      }
    } finally {
      for (Connection c : held) {
        c.close();
      }
    }
    assertThat(connections).as("the report's connections, found again in the pool").isEmpty();
  }

  @Test
  void onlyTheSecretariatTheChairAndTheStandingDeputyAskWellFormedQuestions() {
    for (String user : List.of("chv.kv01", "cb.thads", "cv.sotuphap")) {
      Http.Response r =
          Http.rest(port, user, "demo").get("/api/reports/committee?year=2026&period=Y");
      assertThat(r.status()).as(user).isEqualTo(403);
      assertThat(r.json().get("message").asText())
          .isEqualTo(
              "Tài khoản '"
                  + user
                  + "' không có quyền xem báo cáo của Ban Chỉ đạo: chỉ Tổ Thư ký, Trưởng ban và"
                  + " Phó Trưởng ban thường trực.");
      assertThat(
              Http.rest(port, user, "demo")
                  .get("/api/reports/committee/cases?year=2026&period=Y&metric=submitted")
                  .status())
          .isEqualTo(403);
    }
    Http thuky = Http.rest(port, "thuky", "demo");
    assertThat(thuky.get("/api/reports/committee?year=2026&period=Y").status()).isEqualTo(200);
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("/api/reports/committee?year=2026&period=Q5", "Kỳ báo cáo 'Q5' không hợp lệ");
    bad.put("/api/reports/committee?period=Y", "Cần chọn năm báo cáo");
    bad.put("/api/reports/committee?year=abc&period=Y", "phải là một số nguyên");
    bad.put("/api/reports/committee?year=1990&period=Y", "Năm báo cáo '1990' không hợp lệ");
    bad.put(
        "/api/reports/committee?year=2026&period=Y&office=thads-kv99",
        "Không có Phòng Thi hành án dân sự khu vực 'thads-kv99'");
    bad.put(
        "/api/reports/committee?year=2026&period=Y&office=so-tu-phap",
        "Không có Phòng Thi hành án dân sự khu vực 'so-tu-phap'");
    bad.put("/api/reports/committee?year=2100&period=Y", "chưa bắt đầu");
    bad.put(
        "/api/reports/committee/cases?year=2026&period=Y&metric=nothing",
        "Số liệu 'nothing' không có trong báo cáo");
    bad.put(
        "/api/reports/committee/cases?year=2026&period=Y&metric=submitted&category=xyz",
        "Loại vụ việc 'xyz' không hợp lệ.");
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : bad.entrySet()) {
      Http.Response r = thuky.get(e.getKey());
      if (r.status() != 400 || !r.body().contains(e.getValue())) {
        problems.add(e.getKey() + " → " + r.status() + " " + r.body());
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * A kv01 case whose coercion (on real property or not) starts directly, prepared up to the
   * coercion day of Monday 23/03/2026 as CoerciveEnforcementScenarioIT does; its case number.
   */
  private String coercion(boolean realProperty) {
    EnforcementCases.Registered r =
        realProperty
            ? EnforcementCases.propertyDisputed(transactions, caseRecords)
            : EnforcementCases.coercionOrdered(transactions, caseRecords);
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            EnforcementVariables.PROCESS_KEY,
            r.caseNumber(),
            Map.of(
                "caseId",
                r.caseId(),
                "caseNumber",
                r.caseNumber(),
                "submittingAgency",
                "thads-kv01"));
    String n = r.caseNumber();
    step(
        n,
        "chv.kv01",
        "Task_SendInfoToPolice",
        Map.of(
            "policeInfoDocNo", "12/TB-THADS",
            "policeInfoDate", "2026-03-02",
            "policeInfoContent", "Đề nghị Công an tỉnh phối hợp bảo vệ cưỡng chế."));
    step(n, "cv.congan", "Task_PoliceReply", Map.of("policePosition", "agree"));
    step(
        n,
        "chv.kv01",
        "Task_RecordCoercionDecision",
        Map.of("coercionDecisionNo", "08/QĐ-CCTHA", "coercionDecisionDate", "2026-03-02"));
    step(n, "chv.kv01", "Task_DraftEnforcementPlan", plan("2026-03-23", realProperty));
    commentMeetingAndProtection(n, "2026-03-12", "2026-03-02");
    step(
        n,
        "chv.kv01",
        "Task_Briefing",
        realProperty
            ? Map.of(
                "briefingDate", "2026-03-20",
                "seizureNoticeNo", "14/TB-THADS",
                "seizureNoticeDate", "2026-03-02")
            : Map.of("briefingDate", "2026-03-20"));
    return n;
  }

  private void commentMeetingAndProtection(String caseNumber, String meeting, String received) {
    step(
        caseNumber,
        "chv.kv01",
        "Task_RecordCommentMeeting",
        Map.of(
            "commentMeetingDate",
            meeting,
            "commentMeetingParticipants",
            "Viện Kiểm sát, Công an tỉnh, UBND phường Rạch Giá"));
    step(
        caseNumber,
        "cv.congan",
        "Task_ProtectionPlan",
        Map.of(
            "protectionPlanOutcome", "ready",
            "protectionPlanNo", "17/KH-CAT",
            "protectionPlanDate", "2026-03-02",
            "protectionPlanReceivedDate", received,
            "protectionForce", 25L));
  }

  private static Map<String, Object> plan(String date, boolean realProperty) {
    return Map.of(
        "enforcementPlanNo", "05/KH-THADS",
        "enforcementDate", date,
        "enforcementStartTime", "08:00",
        "propertyDescription", "Quyền sử dụng đất thửa số 120, tờ bản đồ số 15, phường Rạch Giá.",
        "realProperty", realProperty,
        "coercionCommune", "ubnd-p-rach-gia",
        "coercionCommunePolice", "ca-p-rach-gia");
  }

  private static Map<String, Object> record(String no, String date, String result) {
    return Map.of(
        "enforcementRecordNo", no, "enforcementRecordDate", date, "enforcementResult", result);
  }

  /** The one open task of that key of the case's coercion, completed by the user. */
  private void step(String caseNumber, String user, String key, Map<String, Object> variables) {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(caseNumber)
            .taskDefinitionKey(key)
            .list();
    assertThat(tasks).as("open tasks %s of %s", key, caseNumber).hasSize(1);
    CaseScenario.as(
        engine,
        user,
        () -> {
          engine.getFormService().submitTaskForm(tasks.get(0).getId(), variables);
          return null;
        });
  }

  private static void at(LocalDate day) {
    EngineClock.at(day + "T09:00");
  }

  private void report(CaseScenario c, String user, String agency) {
    c.complete(
        user,
        Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", agency),
        Map.of("directiveAction", "report", "directiveResult", "Đã thực hiện xong."));
    c.complete("thuky", "Task_VerifyDirectiveResult", Map.of("resultVerdict", "accept"));
  }

  private static JsonNode get(Http http, String path) {
    Http.Response r = http.get(path);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  /** "total agency=count …" of each figure, agencies in the report's order. */
  private static Map<String, Object> figures(JsonNode figures, Iterable<String> keys) {
    Map<String, Object> shown = new LinkedHashMap<>();
    for (String key : keys) {
      JsonNode f = figures.get(key);
      StringBuilder s = new StringBuilder(f.get("total").asText());
      for (JsonNode a : f.get("byAgency")) {
        s.append(' ').append(a.get("agency").asText()).append('=').append(a.get("count").asText());
      }
      shown.put(key, s.toString());
    }
    return shown;
  }

  private static List<String> cases(
      Http http, String period, String office, String metric, String agency) {
    JsonNode r =
        get(
            http,
            "/api/reports/committee/cases?year=2026&period="
                + period
                + "&office="
                + office
                + "&metric="
                + metric
                + "&agency="
                + URLEncoder.encode(agency, StandardCharsets.UTF_8));
    List<String> numbers = new ArrayList<>();
    r.get("cases").forEach(n -> numbers.add(n.asText()));
    assertThat(r.get("count").asInt()).isEqualTo(numbers.size());
    return numbers;
  }

  /** The court posts its ruling on the case's dispute over /api, as its system does. */
  private void courtRules(String caseNumber, Map<String, Object> ruling) {
    Http.Response r =
        Http.rest(port, "cv.toaan", "demo")
            .postJson(
                "/api/cases/"
                    + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8)
                    + "/court-ruling",
                ruling);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }
}
