package vn.gov.thads.bcd.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.EnforcementCases;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.ModelJobs;
import vn.gov.thads.bcd.variables.EnforcementVariables;

/**
 * PropertyDisposalProcess on PostgreSQL, started as the coercion starts it, with the real
 * listeners: the 30 days to sue run from the parties' valid notice; a dispute can go to a People's
 * Committee; a first-instance ruling is followed to its appeal and the appeal ruling; failed
 * auctions lower the starting price by at most 10 % a round until the creditor takes the property;
 * a sold property is handed over, by coercion when the debtor refuses.
 */
class PropertyDisposalScenarioIT extends IntegrationTest {

  static final String OFFICER = "chv.kv01";
  static final String COURT = "cv.toaan";
  static final String COMMITTEE = "cv.ubndrachgia";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;
  @Autowired EnforcementRepository records;
  @Autowired PlatformTransactionManager transactions;

  /** Vietnam's today (the server's may still be yesterday). */
  LocalDate today;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    today = VietnamTime.today(java.time.Clock.systemUTC());
  }

  record Disposal(String caseNumber, long caseId, ProcessInstance instance) {}

  /** A case of regional office 1 whose property was seized on {@code seized}. */
  private Disposal seized(boolean disputed, LocalDate seized) {
    EnforcementCases.Registered registered = EnforcementCases.propertyDisputed(transactions, cases);
    // The variables CoerciveEnforcementProcess passes to its call activity.
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                EnforcementVariables.DISPOSAL_PROCESS_KEY,
                registered.caseNumber(),
                Map.of(
                    "caseId",
                    registered.caseId(),
                    "caseNumber",
                    registered.caseNumber(),
                    "submittingAgency",
                    "thads-kv01",
                    "thirdPartyDispute",
                    disputed,
                    "realProperty",
                    true,
                    "enforcementRecordDate",
                    seized.toString(),
                    "propertyDescription",
                    "Quyền sử dụng đất thửa số 120, tờ bản đồ số 15, phường Rạch Giá."));
    return new Disposal(registered.caseNumber(), registered.caseId(), instance);
  }

  private Map<String, Object> notice(LocalDate validNotice, String body) {
    return Map.of(
        "disputeNoticeNo",
        "30/TB-THADS",
        "disputeNoticeDate",
        validNotice.minusDays(2).toString(),
        "disputeValidNoticeDate",
        validNotice.toString(),
        "disputeBody",
        body,
        "disputeParties",
        "Bà Nguyễn Thị Lan, ông Trần Văn Bình");
  }

  @Test
  void theThirtyDaysToSueRunFromTheValidNoticeAndThenThePropertyIsAppraised() {
    LocalDate seizedOn = today.minusDays(10);
    Disposal d = seized(true, seizedOn);
    Task notify = task(d, "Task_NotifyDispute");
    // The form offers the courts and People's Committees of the organisation file, and proposes
    // the regional court of the office (its jurisdiction).
    assertThat(engine.getTaskService().getVariable(notify.getId(), "disputeBodyOptions").toString())
        .contains(
            "\"value\":\"toa-an-kv01\"",
            "\"value\":\"toa-an-tinh\"",
            "\"value\":\"ubnd-p-rach-gia\"")
        .doesNotContain("so-tu-phap", "vks-kv01");
    assertThat(engine.getTaskService().getVariable(notify.getId(), "disputeBody"))
        .isEqualTo("toa-an-kv01");

    // Valid notice before the seizure, or to a body that cannot settle disputes: refused.
    Map<String, Object> early = new HashMap<>(notice(seizedOn.minusDays(1), "toa-an-tinh"));
    early.put("disputeNoticeDate", seizedOn.minusDays(1).toString());
    assertThatThrownBy(() -> complete(OFFICER, notify, early))
        .satisfies(
            e ->
                assertThat(root(e))
                    .isInstanceOf(InvalidCaseDataException.class)
                    .hasMessage(
                        "Ngày đương sự nhận được thông báo hợp lệ ("
                            + VietnamTime.format(seizedOn.minusDays(1))
                            + ") không được trước ngày kê biên tài sản ("
                            + VietnamTime.format(seizedOn)
                            + ")."));
    assertThatThrownBy(() -> complete(OFFICER, notify, notice(today.minusDays(3), "so-tu-phap")))
        .satisfies(
            e ->
                assertThat(root(e))
                    .hasMessage(
                        "Cơ quan giải quyết tranh chấp (Tòa án hoặc UBND) 'so-tu-phap' không có trong"
                            + " danh sách tổ chức."));

    LocalDate validNotice = today.minusDays(3);
    complete(OFFICER, notify, notice(validNotice, "toa-an-kv01"));

    // Due, and the timer fires, at the end of the 30th day after the valid notice — not 30 days
    // after the task opened.
    java.util.Date lastMoment = VietnamTime.endOfDay(validNotice.plusDays(30));
    Task await = task(d, "Task_AwaitSuit");
    assertThat(await.getDueDate()).isEqualTo(lastMoment);
    assertThat(await).hasCandidateGroup("toa-an-kv01").hasCandidateGroup("thads-kv01");
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(d.instance().getId())
            .activityId("Event_SuitPeriodExpired")
            .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(lastMoment);
    assertThat(records.steps(d.caseId()))
        .filteredOn(s -> s.step().equals("NotifyDispute"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.detail())
                    .endsWith(
                        "Nhận thông báo hợp lệ ngày "
                            + VietnamTime.format(validNotice)
                            + "; khởi kiện, yêu cầu Tòa án nhân dân khu vực 1 – An Giang giải quyết"
                            + " đến hết ngày "
                            + VietnamTime.format(validNotice.plusDays(30))
                            + "."));

    engine.getManagementService().executeJob(timer.getId());

    assertThat(d.instance())
        .hasPassed("Event_SuitPeriodExpired", "Gateway_DisputeSettled")
        .hasNotPassed("Gateway_SuitAccepted")
        .isWaitingAt("Task_AppraisalContract");
  }

  @Test
  void aLandDisputeGoesToThePeoplesCommitteeWhichFollowsItUp() {
    Disposal d = seized(true, today.minusDays(10));
    complete(OFFICER, task(d, "Task_NotifyDispute"), notice(today.minusDays(3), "ubnd-p-rach-gia"));
    Task await = task(d, "Task_AwaitSuit");
    assertThat(await).hasCandidateGroup("ubnd-p-rach-gia").hasCandidateGroup("thads-kv01");

    // The committee records that it accepted the request.
    complete(
        COMMITTEE,
        await,
        Map.of(
            "suitAcceptanceNo",
            "08/TB-UBND",
            "suitAcceptanceDate",
            today.minusDays(1).toString(),
            "suitNote",
            "Bà Nguyễn Thị Lan yêu cầu giải quyết tranh chấp đất đai."));
    assertThat(records.steps(d.caseId()))
        .filteredOn(s -> s.step().equals("SuitFiled"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.detail()).startsWith("Ủy ban nhân dân phường Rạch Giá.");
              assertThat(s.recordedBy()).isEqualTo(COMMITTEE);
            });
    // The postponement may not precede the acceptance.
    Task postpone = task(d, "Task_PostponeProperty");
    assertThat(postpone.getDueDate()).isNotNull();
    assertThatThrownBy(
            () ->
                complete(
                    OFFICER,
                    postpone,
                    Map.of(
                        "propertyPostponementNo",
                        "12/QĐ-THADS",
                        "propertyPostponementDate",
                        today.minusDays(2).toString())))
        .satisfies(
            e ->
                assertThat(root(e))
                    .hasMessage(
                        "Ngày quyết định hoãn thi hành án ("
                            + VietnamTime.format(today.minusDays(2))
                            + ") không được trước ngày thụ lý vụ án ("
                            + VietnamTime.format(today.minusDays(1))
                            + ")."));
    complete(
        OFFICER,
        postpone,
        Map.of(
            "propertyPostponementNo", "12/QĐ-THADS", "propertyPostponementDate", today.toString()));
    assertThat(records.steps(d.caseId()))
        .filteredOn(s -> s.step().equals("PostponeProperty"))
        .singleElement()
        .satisfies(s -> assertThat(s.documentNo()).isEqualTo("12/QĐ-THADS"));

    engine.getManagementService().executeJob(ModelJobs.timer(engine, d.instance().getId()).getId());

    Task followUp = task(d, "Task_FollowUpCommittee");
    assertThat(followUp).hasCandidateGroup("ubnd-p-rach-gia").hasCandidateGroup("thads-kv01");
    assertThat(followUp.getName())
        .isEqualTo("Theo dõi tiến độ giải quyết tranh chấp tại Ủy ban nhân dân");
    complete(
        COMMITTEE,
        followUp,
        Map.of(
            "courtFollowUpResult",
            "pending",
            "courtFollowUpDate",
            today.toString(),
            "courtFollowUpNotes",
            "Đang hòa giải tại phường."));
    assertThat(d.instance())
        .hasPassed("EndEvent_FollowUpDone")
        .isWaitingAt("Task_AwaitCourtRuling");

    // The committee reports its decision over REST as a court would: another office may not.
    Map<String, Object> decision = new HashMap<>();
    decision.put("ruling", "property-released");
    decision.put("rulingNo", "25/QĐ-UBND");
    decision.put("rulingDate", today.minusDays(1).toString());
    assertThat(
            Http.rest(port, "chv.kv02", "demo")
                .postJson(path(d, "court-ruling"), decision)
                .status())
        .isEqualTo(403);
    Http committee = Http.rest(port, COMMITTEE, "demo");
    Http.Response decided = committee.postJson(path(d, "court-ruling"), decision);
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(task(d, "Task_RulingLegalEffect")).hasCandidateGroup("ubnd-p-rach-gia");
    assertThat(records.steps(d.caseId()))
        .filteredOn(s -> s.step().equals("CourtRuling"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.detail())
                    .isEqualTo(
                        "Ủy ban nhân dân phường Rạch Giá (sơ thẩm, chưa có hiệu lực pháp luật): tài"
                            + " sản tiếp tục được xử lý để thi hành án"));

    // Its decision takes effect: the property goes on to appraisal.
    Http.Response effective =
        committee.postJson(
            path(d, "court-ruling"),
            Map.of("stage", "effective", "effectiveDate", today.toString()));
    assertThat(effective.status()).as(effective.body()).isEqualTo(200);
    assertThat(d.instance())
        .hasPassed("Event_LegalEffectReported", "Gateway_RulingInForce")
        .isWaitingAt("Task_AppraisalContract");
  }

  @Test
  void aFirstInstanceRulingIsAppealedAndTheAppealRulingTakesEffect() {
    Disposal d = seized(true, today.minusDays(40));
    complete(OFFICER, task(d, "Task_NotifyDispute"), notice(today.minusDays(35), "toa-an-tinh"));
    Http court = Http.rest(port, COURT, "demo");
    Map<String, Object> suit = new HashMap<>();
    suit.put("acceptanceNo", "45/TB-TLVA");
    suit.put("acceptanceDate", today.minusDays(30).toString());
    assertThat(court.postJson(path(d, "suit-filed"), suit).status()).isEqualTo(200);
    complete(
        OFFICER,
        task(d, "Task_PostponeProperty"),
        Map.of(
            "propertyPostponementNo",
            "12/QĐ-THADS",
            "propertyPostponementDate",
            today.minusDays(29).toString()));

    // The officer records the first-instance ruling when following the court up.
    engine.getManagementService().executeJob(ModelJobs.timer(engine, d.instance().getId()).getId());
    Task followUp = task(d, "Task_FollowUpCourt");
    assertThat(followUp.getName()).isEqualTo("Theo dõi tiến độ giải quyết vụ án tại Tòa án");
    LocalDate ruled = today.minusDays(20);
    complete(
        OFFICER,
        followUp,
        Map.of(
            "courtFollowUpResult",
            "ruled",
            "courtRuling",
            "property-excluded",
            "courtRulingNo",
            "12/2026/DS-ST",
            "courtRulingDate",
            ruled.toString()));

    // Not final: its legal effect is checked at the end of the appeal period.
    Task effect = task(d, "Task_RulingLegalEffect");
    assertThat(effect.getDueDate()).isEqualTo(VietnamTime.endOfDay(ruled.plusDays(30)));
    assertThat(d.instance()).hasNotPassed("Gateway_EffectiveRuling");
    // An appeal before the ruling is refused.
    assertThatThrownBy(
            () ->
                complete(
                    OFFICER,
                    effect,
                    Map.of(
                        "rulingLegalEffect",
                        "appealed",
                        "appealDate",
                        ruled.minusDays(1).toString())))
        .satisfies(
            e ->
                assertThat(root(e))
                    .hasMessage(
                        "Ngày kháng cáo, kháng nghị ("
                            + VietnamTime.format(ruled.minusDays(1))
                            + ") không được trước ngày bản án, quyết định sơ thẩm ("
                            + VietnamTime.format(ruled)
                            + ")."));
    complete(
        OFFICER,
        effect,
        Map.of(
            "rulingLegalEffect",
            "appealed",
            "appealDate",
            ruled.plusDays(10).toString(),
            "appealNote",
            "Ông Trần Văn Bình kháng cáo."));
    assertThat(task(d, "Task_AwaitAppealRuling")).hasCandidateGroup("toa-an-tinh");

    // The court's system reports the appeal ruling: the property is released after all.
    Map<String, Object> appeal = new HashMap<>();
    appeal.put("stage", "appeal");
    appeal.put("ruling", "property-released");
    appeal.put("rulingNo", "20/2026/DS-PT");
    appeal.put("rulingDate", today.minusDays(1).toString());
    appeal.put("court", "toa-an-tinh");
    // A first-instance report now finds nothing waiting for it.
    Map<String, Object> late = new HashMap<>(appeal);
    late.put("stage", "first-instance");
    Http.Response conflict = court.postJson(path(d, "court-ruling"), late);
    assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);

    Http.Response answer = court.postJson(path(d, "court-ruling"), appeal);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("message").asText())
        .isEqualTo("Đã ghi nhận bản án, quyết định phúc thẩm cho vụ việc " + d.caseNumber() + ".");
    assertThat(d.instance())
        .hasPassed("Event_AppealRuled", "Gateway_RulingInForce", "Gateway_DisputeSettled")
        .hasNotPassed("EndEvent_PropertyExcluded")
        .isWaitingAt("Task_AppraisalContract");
    assertThat(records.steps(d.caseId()))
        .extracting(EnforcementRepository.StepRow::step)
        .containsSubsequence(
            "NotifyDispute",
            "SuitFiled",
            "PostponeProperty",
            "CourtRuling",
            "RulingAppealed",
            "AppealRuling");
    assertThat(records.steps(d.caseId()))
        .filteredOn(s -> s.step().equals("AppealRuling"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.detail())
                    .isEqualTo(
                        "Tòa án nhân dân tỉnh An Giang (phúc thẩm, có hiệu lực pháp luật): tài sản"
                            + " tiếp tục được xử lý để thi hành án"));
  }

  /** Appraisal and valuation: the valuation is the first round's starting price. */
  private void appraised(Disposal d, String valuation) {
    complete(
        OFFICER,
        task(d, "Task_AppraisalContract"),
        Map.of(
            "appraisalContractNo",
            "05/HĐ-TĐG",
            "appraisalContractDate",
            today.minusDays(20).toString(),
            "appraiser",
            "Công ty Thẩm định giá Miền Nam"));
    Task valuationTask = task(d, "Task_RecordValuation");
    assertThat(valuationTask.getDueDate()).isNotNull();
    complete(
        OFFICER,
        valuationTask,
        Map.of("valuationDate", today.minusDays(15).toString(), "valuationVnd", valuation));
  }

  private void auctioned(Disposal d, String result, String price) {
    complete(
        OFFICER,
        task(d, "Task_AuctionContract"),
        Map.of(
            "auctionContractNo",
            "07/HĐ-ĐG",
            "auctionContractDate",
            today.minusDays(10).toString(),
            "auctioneer",
            "Trung tâm Dịch vụ đấu giá tài sản tỉnh An Giang"));
    Map<String, Object> auction = new HashMap<>();
    auction.put("auctionDate", today.minusDays(5).toString());
    auction.put("auctionResult", result);
    if (price != null) {
      auction.put("salePriceVnd", price);
    }
    complete(OFFICER, task(d, "Task_Auction"), auction);
  }

  private Map<String, Object> reduction(String price, String decision) {
    return Map.of(
        "priceReductionNo",
        "03/QĐ-CHV",
        "priceReductionDate",
        today.minusDays(1).toString(),
        "newStartingPriceVnd",
        price,
        "failedAuctionDecision",
        decision);
  }

  @Test
  void afterTwoFailedAuctionsWithReductionsTheCreditorTakesTheProperty() {
    Disposal d = seized(false, today.minusDays(30));
    appraised(d, "1000000000");
    auctioned(d, "unsold", null);

    // More than 10 % off the previous starting price: refused, naming both prices.
    Task reduce = task(d, "Task_ReducePrice");
    assertThat(reduce.getName()).isEqualTo("Quyết định giảm giá tài sản");
    assertThatThrownBy(() -> complete(OFFICER, reduce, reduction("850000000", "reauction")))
        .satisfies(
            e ->
                assertThat(root(e))
                    .isInstanceOf(InvalidCaseDataException.class)
                    .hasMessage(
                        "Giá khởi điểm mới (850.000.000 đồng) giảm quá 10 % so với giá khởi điểm"
                            + " của lần đấu giá thứ 1 (1.000.000.000 đồng): mỗi lần giảm giá không"
                            + " quá 10 % (Điều 104 Luật Thi hành án dân sự), tức không thấp hơn"
                            + " 900.000.000 đồng."));
    assertThat(records.steps(d.caseId())).noneMatch(s -> s.step().equals("ReducePrice"));
    complete(OFFICER, reduce, reduction("900000000", "reauction"));

    // Round 2 at 900 million fails too; the next reduction is capped by 900 million, not the
    // valuation.
    auctioned(d, "unsold", null);
    Task second = task(d, "Task_ReducePrice");
    assertThatThrownBy(() -> complete(OFFICER, second, reduction("800000000", "creditor-takes")))
        .satisfies(
            e -> assertThat(root(e)).hasMessageContaining("tức không thấp hơn 810.000.000 đồng."));
    complete(OFFICER, second, reduction("810000000", "creditor-takes"));

    assertThat(d.instance())
        .isEnded()
        .hasPassed("EndEvent_CreditorTookProperty")
        .hasNotPassed("Task_HandOver");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(d.instance().getId())
                .variableName("propertyDisposalOutcome")
                .singleResult()
                .getValue())
        .isEqualTo("sold");
    List<EnforcementRepository.StepRow> reductions =
        records.steps(d.caseId()).stream().filter(s -> s.step().equals("ReducePrice")).toList();
    assertThat(reductions)
        .extracting(EnforcementRepository.StepRow::amountVnd)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("900000000"), new BigDecimal("810000000"));
    assertThat(reductions.get(0).detail())
        .isEqualTo(
            "Đấu giá lần thứ 1 không thành; giá khởi điểm mới 900.000.000 đồng (lần thứ 1:"
                + " 1.000.000.000 đồng, giảm 10 %). Đấu giá lần thứ 2.");
    assertThat(reductions.get(1).detail())
        .isEqualTo(
            "Đấu giá lần thứ 2 không thành; giá khởi điểm mới 810.000.000 đồng (lần thứ 2:"
                + " 900.000.000 đồng, giảm 10 %). Người được thi hành án nhận tài sản theo giá đã"
                + " giảm.");
    assertThat(records.steps(d.caseId()))
        .filteredOn(s -> s.step().equals("Auction"))
        .extracting(EnforcementRepository.StepRow::detail)
        .containsExactly(
            "Lần đấu giá thứ 1, giá khởi điểm 1.000.000.000 đồng: đấu giá không thành.",
            "Lần đấu giá thứ 2, giá khởi điểm 900.000.000 đồng: đấu giá không thành.");
  }

  @Test
  void theDebtorRefusesToHandOverTheSoldPropertySoItIsHandedOverByCoercion() {
    Disposal d = seized(false, today.minusDays(30));
    appraised(d, "1000000000");
    // Below the starting price nothing is sold.
    assertThatThrownBy(() -> auctioned(d, "sold", "950000000"))
        .satisfies(
            e ->
                assertThat(root(e))
                    .hasMessage(
                        "Giá bán (950.000.000 đồng) không được thấp hơn giá khởi điểm của lần đấu"
                            + " giá thứ 1 (1.000.000.000 đồng)."));
    Map<String, Object> sold =
        Map.of(
            "auctionDate", today.minusDays(5).toString(),
            "auctionResult", "sold",
            "salePriceVnd", "1050000000");
    complete(OFFICER, task(d, "Task_Auction"), sold);

    Task handOver = task(d, "Task_HandOver");
    assertThat(handOver.getName()).isEqualTo("Giao tài sản cho người mua được tài sản");
    assertThat(handOver.getDueDate()).isNotNull();
    assertThatThrownBy(
            () -> complete(OFFICER, handOver, Map.of("handOverResult", "needs-coercion")))
        .satisfies(e -> assertThat(root(e)).hasMessage("Thiếu lý do không giao được tài sản."));
    complete(
        OFFICER,
        handOver,
        Map.of(
            "handOverResult",
            "needs-coercion",
            "handOverNote",
            "Công ty Tân Hiệp không giao nhà xưởng cho người mua."));

    Task coerce = task(d, "Task_CoerceHandOver");
    assertThat(coerce).hasCandidateGroup("thads-kv01");
    complete(
        OFFICER,
        coerce,
        Map.of(
            "handOverCoercionNo",
            "09/QĐ-CCTHADS",
            "handOverCoercionDate",
            today.minusDays(3).toString(),
            "handOverRecordNo",
            "07/BB-THADS",
            "handOverDate",
            today.toString()));

    assertThat(d.instance()).isEnded().hasPassed("EndEvent_HandedOverByCoercion");
    assertThat(records.steps(d.caseId()))
        .extracting(EnforcementRepository.StepRow::step)
        .containsSubsequence("Auction", "HandOver", "CoerceHandOver");
    assertThat(records.steps(d.caseId()))
        .filteredOn(s -> s.step().equals("HandOver"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.detail())
                    .isEqualTo(
                        "Người phải thi hành án không tự nguyện giao tài sản, phải cưỡng chế giao:"
                            + " Công ty Tân Hiệp không giao nhà xưởng cho người mua."));
    assertThat(records.steps(d.caseId()))
        .filteredOn(s -> s.step().equals("CoerceHandOver"))
        .singleElement()
        .satisfies(s -> assertThat(s.documentNo()).isEqualTo("07/BB-THADS"));
  }

  @Test
  void aSoldPropertyHandedOverWillinglyEndsAsSold() {
    Disposal d = seized(false, today.minusDays(30));
    appraised(d, "1000000000");
    auctioned(d, "sold", "1000000000");
    complete(
        OFFICER,
        task(d, "Task_HandOver"),
        Map.of(
            "handOverResult",
            "handed-over",
            "handOverRecordNo",
            "08/BB-THADS",
            "handOverDate",
            today.toString()));
    assertThat(d.instance()).isEnded().hasPassed("EndEvent_PropertySold");
    assertThat(records.steps(d.caseId()))
        .filteredOn(s -> s.step().equals("HandOver"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.documentNo()).isEqualTo("08/BB-THADS");
              assertThat(s.stepDate()).isEqualTo(today);
            });
  }

  private static String path(Disposal d, String report) {
    return "/api/cases/" + URLEncoder.encode(d.caseNumber(), StandardCharsets.UTF_8) + "/" + report;
  }

  private static Throwable root(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private Task task(Disposal d, String key) {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(d.instance().getId())
            .taskDefinitionKey(key)
            .list();
    assertThat(tasks).as("open tasks %s", key).hasSize(1);
    return tasks.get(0);
  }

  private void complete(String user, Task task, Map<String, Object> variables) {
    CaseScenario.as(
        engine,
        user,
        () -> {
          engine.getFormService().submitTaskForm(task.getId(), variables);
          return null;
        });
  }
}
