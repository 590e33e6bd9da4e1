package vn.gov.thads.bcd.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.ModelTestEngine;
import vn.gov.thads.bcd.testsupport.ProcessModelTest;

/**
 * PropertyDisposalProcess alone (listeners mocked; the tests set what they would set): a disputed
 * property waits for a suit until 30 days after valid notice, then — postponed — for the
 * first-instance ruling (message or follow-up at the court or the People's Committee), its legal
 * effect or the appeal ruling; the effective ruling releases or excludes the property. A free
 * property is appraised and auctioned; a failed round is followed by a price reduction, after which
 * it is auctioned again or the creditor takes it; a sold property is handed over, by coercion if
 * need be.
 */
class PropertyDisposalProcessModelTest extends ProcessModelTest {

  static final String CASE_NUMBER = "BCĐ-2026-0001";

  /**
   * The end of the 30 days after a valid notice on 27/02/2026, as disputeNoticeListener sets it.
   */
  static final Date SUIT_DEADLINE = VietnamTime.endOfDay(LocalDate.of(2026, 3, 29));

  static final Date EFFECT_DUE = VietnamTime.endOfDay(LocalDate.of(2026, 4, 1));

  @RegisterExtension static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension();

  TaskListener disputeNotice;
  TaskListener disputeBodyOptions;
  ExecutionListener suitFiled;
  TaskListener postponement;
  ExecutionListener courtRuling;
  TaskListener courtFollowUp;
  ExecutionListener legalEffect;
  ExecutionListener appealRuling;
  TaskListener appraisalContract;
  TaskListener valuation;
  TaskListener auctionContract;
  TaskListener auction;
  TaskListener priceReduction;
  TaskListener handOver;
  TaskListener coercedHandOver;

  @BeforeEach
  void beans() {
    EnforcementTimers timers = bean("enforcementTimers", EnforcementTimers.class);
    when(timers.cycle("court-follow-up")).thenReturn("R/P30D");
    disputeNotice = taskListener("disputeNoticeListener");
    disputeBodyOptions = taskListener("disputeBodyOptionsListener");
    suitFiled = executionListener("suitFiledListener");
    postponement = taskListener("propertyPostponementListener");
    courtRuling = executionListener("courtRulingListener");
    courtFollowUp = taskListener("courtFollowUpListener");
    legalEffect = executionListener("rulingLegalEffectListener");
    appealRuling = executionListener("appealRulingListener");
    appraisalContract = taskListener("appraisalContractListener");
    valuation = taskListener("valuationListener");
    auctionContract = taskListener("auctionContractListener");
    auction = taskListener("auctionListener");
    priceReduction = taskListener("priceReductionListener");
    handOver = taskListener("handOverListener");
    coercedHandOver = taskListener("coercedHandOverListener");
    deploy("PropertyDisposalProcess.bpmn");
  }

  ProcessInstance start(boolean thirdPartyDispute, boolean realProperty) {
    return runtimeService()
        .startProcessInstanceByKey(
            "PropertyDisposalProcess",
            CASE_NUMBER,
            Map.of(
                "caseId",
                7L,
                "submittingAgency",
                "thads-kv01",
                "thirdPartyDispute",
                thirdPartyDispute,
                "realProperty",
                realProperty));
  }

  /**
   * The parties were told they may go to this body; the office and the body watch for a suit until
   * 30 days after the valid notice.
   */
  ProcessInstance awaitingSuit(String body, String route) throws Exception {
    ProcessInstance disposal = start(true, true);
    assertThat(task("Task_NotifyDispute", disposal))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("dispute-notice"));
    verify(disputeBodyOptions).notify(any(DelegateTask.class));
    complete(
        "Task_NotifyDispute",
        disposal,
        Map.of("disputeBody", body, "disputeRoute", route, "suitFilingDeadline", SUIT_DEADLINE));
    verify(disputeNotice).notify(any(DelegateTask.class));
    assertThat(task("Task_AwaitSuit", disposal))
        .hasCandidateGroup(body)
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(SUIT_DEADLINE);
    assertThat(job("Event_SuitPeriodExpired", disposal).getDuedate()).isEqualTo(SUIT_DEADLINE);
    return disposal;
  }

  /** The suit accepted (by the officer's form or the court's message), enforcement postponed. */
  void suitAcceptedAndPropertyPostponed(ProcessInstance disposal, boolean byMessage)
      throws Exception {
    if (byMessage) {
      runtimeService()
          .createMessageCorrelation("Message_SuitFiled")
          .processInstanceBusinessKey(CASE_NUMBER)
          .setVariable("suitAcceptanceNo", "15/TB-TLVA")
          .correlateWithResult();
      assertThat(disposal).hasPassed("Event_SuitFiled");
    } else {
      complete("Task_AwaitSuit", disposal, Map.of("suitAcceptanceNo", "15/TB-TLVA"));
      assertThat(disposal).hasNotPassed("Event_SuitFiled");
    }
    verify(suitFiled).notify(any());
    assertThat(
            jobQuery()
                .processInstanceId(disposal.getId())
                .activityId("Event_SuitPeriodExpired")
                .count())
        .isZero();
    assertThat(task("Task_PostponeProperty", disposal))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("property-postponement"));
    complete("Task_PostponeProperty", disposal);
    verify(postponement).notify(any(DelegateTask.class));
    assertThat(disposal).isWaitingAt("Task_AwaitCourtRuling");
  }

  /** The body reports the first-instance ruling; its legal effect is followed next. */
  void firstInstanceRulingReported(ProcessInstance disposal, String ruling) throws Exception {
    runtimeService()
        .createMessageCorrelation("Message_CourtRuled")
        .processInstanceBusinessKey(CASE_NUMBER)
        .setVariables(Map.of("courtRuling", ruling, "rulingEffectDue", EFFECT_DUE))
        .correlateWithResult();
    verify(courtRuling).notify(any());
    assertThat(disposal).hasPassed("EndEvent_CourtRuled");
  }

  /**
   * Appraisal, then auction rounds: after each failed one a price reduction and a new round; the
   * auction's deadline depends on the kind of property.
   */
  void appraiseAndAuction(ProcessInstance disposal, String auctionDeadline, String... results)
      throws Exception {
    assertThat(task("Task_AppraisalContract", disposal))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("appraisal-contract"));
    complete("Task_AppraisalContract", disposal);
    assertThat(task("Task_RecordValuation", disposal))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("valuation-result"));
    complete("Task_RecordValuation", disposal);
    int failed = 0;
    for (String result : results) {
      assertThat(task("Task_AuctionContract", disposal))
          .hasCandidateGroup("thads-kv01")
          .hasDueDate(due("auction-contract"));
      complete("Task_AuctionContract", disposal);
      assertThat(task("Task_Auction", disposal))
          .hasCandidateGroup("thads-kv01")
          .hasDueDate(due(auctionDeadline));
      complete("Task_Auction", disposal, Map.of("auctionResult", result));
      if (result.equals("unsold")) {
        failed++;
        assertThat(task("Task_ReducePrice", disposal))
            .hasCandidateGroup("thads-kv01")
            .hasDueDate(due("price-reduction"));
        complete("Task_ReducePrice", disposal, Map.of("failedAuctionDecision", "reauction"));
      }
    }
    verify(appraisalContract).notify(any(DelegateTask.class));
    verify(valuation).notify(any(DelegateTask.class));
    verify(auctionContract, times(results.length)).notify(any(DelegateTask.class));
    verify(auction, times(results.length)).notify(any(DelegateTask.class));
    verify(priceReduction, times(failed)).notify(any(DelegateTask.class));
  }

  void handedOver(ProcessInstance disposal) throws Exception {
    assertThat(task("Task_HandOver", disposal))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("handover"));
    complete("Task_HandOver", disposal, Map.of("handOverResult", "handed-over"));
    verify(handOver).notify(any(DelegateTask.class));
  }

  @Test
  void anUndisputedMovableSoldAtTheSecondAuctionIsHandedOver() throws Exception {
    ProcessInstance disposal = start(false, false);

    appraiseAndAuction(disposal, "auction-movables", "unsold", "sold");
    handedOver(disposal);

    assertThat(disposal)
        .isEnded()
        .hasPassed("Task_ReducePrice", "EndEvent_PropertySold")
        .hasNotPassed("Task_NotifyDispute", "Task_CoerceHandOver");
    assertThat(disposal)
        .variables()
        .containsEntry("propertyDisposalOutcome", "sold")
        .containsEntry("propertyDisposalMethod", "auction");
    verify(suitFiled, never()).notify(any());
  }

  @Test
  void withoutASuitWithinThirtyDaysOfValidNoticeTheCreditorTakesThePropertyAfterAFailedAuction()
      throws Exception {
    ProcessInstance disposal = awaitingSuit("toa-an-tinh", "court");

    execute("Event_SuitPeriodExpired", disposal);

    assertThat(disposal).isNotWaitingAt("Task_AwaitSuit").hasNotPassed("Gateway_SuitAccepted");
    appraiseAndAuction(disposal, "auction-real-property");
    complete("Task_AuctionContract", disposal);
    complete("Task_Auction", disposal, Map.of("auctionResult", "unsold"));
    complete("Task_ReducePrice", disposal, Map.of("failedAuctionDecision", "creditor-takes"));

    assertThat(disposal)
        .isEnded()
        .hasPassed("EndEvent_CreditorTookProperty")
        .hasNotPassed("Task_HandOver");
    assertThat(disposal)
        .variables()
        .containsEntry("propertyDisposalOutcome", "sold")
        .containsEntry("propertyDisposalMethod", "creditor-takes");
  }

  @Test
  void aFirstInstanceRulingThatTakesEffectReleasesThePropertyAndTheBuyerGetsItByCoercion()
      throws Exception {
    ProcessInstance disposal = awaitingSuit("toa-an-tinh", "court");
    suitAcceptedAndPropertyPostponed(disposal, false);
    firstInstanceRulingReported(disposal, "property-released");

    assertThat(task("Task_RulingLegalEffect", disposal))
        .hasCandidateGroup("toa-an-tinh")
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(EFFECT_DUE);
    complete(
        "Task_RulingLegalEffect",
        disposal,
        Map.of("rulingLegalEffect", "effective", "effectiveRuling", "property-released"));
    verify(legalEffect).notify(any());
    assertThat(disposal)
        .hasPassed("Gateway_RulingInForce", "Gateway_DisputeSettled")
        .hasNotPassed("Task_AwaitAppealRuling");

    appraiseAndAuction(disposal, "auction-real-property", "sold");
    complete("Task_HandOver", disposal, Map.of("handOverResult", "needs-coercion"));
    assertThat(task("Task_CoerceHandOver", disposal))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("handover-coercion"));
    complete("Task_CoerceHandOver", disposal);
    verify(coercedHandOver).notify(any(DelegateTask.class));

    assertThat(disposal).isEnded().hasPassed("EndEvent_HandedOverByCoercion");
    assertThat(disposal)
        .variables()
        .containsEntry("propertyDisposalOutcome", "sold")
        .containsEntry("propertyDisposalMethod", "auction-coerced-handover");
  }

  @Test
  void atThePeoplesCommitteeTheDecisionIsAppealedAndTheAppealExcludesTheProperty()
      throws Exception {
    ProcessInstance disposal = awaitingSuit("ubnd-p-rach-gia", "people-committee");
    suitAcceptedAndPropertyPostponed(disposal, true);

    // Every 30 days the office and the committee are asked where the request stands.
    assertThat(
            Duration.between(
                ClockUtil.getCurrentTime().toInstant(),
                job("Event_CourtFollowUpDue", disposal).getDuedate().toInstant()))
        .isEqualTo(Duration.ofDays(30));
    execute("Event_CourtFollowUpDue", disposal);
    assertThat(task("Task_FollowUpCommittee", disposal))
        .hasCandidateGroup("ubnd-p-rach-gia")
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("court-follow-up"));
    complete("Task_FollowUpCommittee", disposal, Map.of("courtFollowUpResult", "pending"));
    assertThat(disposal).hasPassed("EndEvent_FollowUpDone").isWaitingAt("Task_AwaitCourtRuling");

    execute("Event_CourtFollowUpDue", disposal);
    complete(
        "Task_FollowUpCommittee",
        disposal,
        Map.of(
            "courtFollowUpResult",
            "ruled",
            "courtRuling",
            "property-released",
            "rulingEffectDue",
            EFFECT_DUE));
    verify(courtFollowUp, times(2)).notify(any(DelegateTask.class));
    verify(courtRuling).notify(any());
    assertThat(disposal)
        .hasPassed("EndEvent_RulingReported")
        .hasNotPassed("EndEvent_CourtRuled", "Task_FollowUpCourt")
        .isWaitingAt("Task_RulingLegalEffect");

    // The body reports the appeal; the appeal ruling is awaited.
    runtimeService()
        .createMessageCorrelation("Message_CourtRuled")
        .processInstanceBusinessKey(CASE_NUMBER)
        .setVariable("rulingLegalEffect", "appealed")
        .correlateWithResult();
    verify(legalEffect).notify(any());
    assertThat(task("Task_AwaitAppealRuling", disposal))
        .hasCandidateGroup("ubnd-p-rach-gia")
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("appeal-ruling"));
    // The bodies are offered again when the appeal task opens.
    verify(disputeBodyOptions, times(2)).notify(any(DelegateTask.class));
    complete("Task_AwaitAppealRuling", disposal, Map.of("effectiveRuling", "property-excluded"));

    verify(appealRuling).notify(any());
    assertThat(disposal)
        .isEnded()
        .hasPassed("Event_LegalEffectReported", "Gateway_AppealRuled", "EndEvent_PropertyExcluded")
        .hasNotPassed("Event_AppealRuled", "Task_AppraisalContract");
    assertThat(disposal).variables().containsEntry("propertyDisposalOutcome", "property-in-court");
    assertThat(jobQuery().processInstanceId(disposal.getId()).count()).isZero();
  }

  @Test
  void atTheCourtTheAppealRulingReportedByTheCourtReleasesTheProperty() throws Exception {
    ProcessInstance disposal = awaitingSuit("toa-an-tinh", "court");
    suitAcceptedAndPropertyPostponed(disposal, false);
    execute("Event_CourtFollowUpDue", disposal);
    assertThat(task("Task_FollowUpCourt", disposal))
        .hasCandidateGroup("toa-an-tinh")
        .hasDueDate(due("court-follow-up"));
    Map<String, Object> ruled = new HashMap<>();
    ruled.put("courtFollowUpResult", "ruled");
    ruled.put("courtRuling", "property-excluded");
    ruled.put("rulingEffectDue", EFFECT_DUE);
    complete("Task_FollowUpCourt", disposal, ruled);
    assertThat(disposal).hasNotPassed("Task_FollowUpCommittee");

    complete("Task_RulingLegalEffect", disposal, Map.of("rulingLegalEffect", "appealed"));
    runtimeService()
        .createMessageCorrelation("Message_CourtRuled")
        .processInstanceBusinessKey(CASE_NUMBER)
        .setVariable("effectiveRuling", "property-released")
        .correlateWithResult();

    assertThat(disposal)
        .hasPassed("Event_AppealRuled", "Gateway_AppealRuled", "Gateway_DisputeSettled")
        .isWaitingAt("Task_AppraisalContract");
    appraiseAndAuction(disposal, "auction-real-property", "sold");
    handedOver(disposal);
    assertThat(disposal).isEnded().hasPassed("EndEvent_PropertySold");
  }
}
