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
import vn.gov.thads.bcd.testsupport.ModelTestEngine;
import vn.gov.thads.bcd.testsupport.ProcessModelTest;

/**
 * PropertyDisposalProcess alone: a disputed property waits for a suit (30 days, the officer's
 * report or the court's message), then for the court's ruling (its message or the officer's
 * follow-up); a free property is appraised and auctioned until sold.
 */
class PropertyDisposalProcessModelTest extends ProcessModelTest {

  static final String CASE_NUMBER = "BCĐ-2026-0001";

  @RegisterExtension static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension();

  TaskListener disputeNotice;
  ExecutionListener suitFiled;
  ExecutionListener courtRuling;
  TaskListener courtFollowUp;
  TaskListener appraisalContract;
  TaskListener valuation;
  TaskListener auctionContract;
  TaskListener auction;

  @BeforeEach
  void beans() {
    EnforcementAgencies agencies = bean("enforcementAgencies", EnforcementAgencies.class);
    when(agencies.getCourt()).thenReturn("toa-an-tinh");
    EnforcementTimers timers = bean("enforcementTimers", EnforcementTimers.class);
    when(timers.cycle("court-follow-up")).thenReturn("R/P30D");
    disputeNotice = taskListener("disputeNoticeListener");
    suitFiled = executionListener("suitFiledListener");
    courtRuling = executionListener("courtRulingListener");
    courtFollowUp = taskListener("courtFollowUpListener");
    appraisalContract = taskListener("appraisalContractListener");
    valuation = taskListener("valuationListener");
    auctionContract = taskListener("auctionContractListener");
    auction = taskListener("auctionListener");
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

  /** The parties were told they may sue; the office and the court watch for a suit. */
  ProcessInstance awaitingSuit() throws Exception {
    ProcessInstance disposal = start(true, true);
    assertThat(task("Task_NotifyDispute", disposal))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("dispute-notice"));
    complete("Task_NotifyDispute", disposal);
    verify(disputeNotice).notify(any(DelegateTask.class));
    assertThat(task("Task_AwaitSuit", disposal))
        .hasCandidateGroup("toa-an-tinh")
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("suit-filing"));
    assertThat(job("Event_SuitPeriodExpired", disposal).getDuedate()).isEqualTo(due("suit-filing"));
    return disposal;
  }

  /**
   * Appraisal, then auction rounds until one sells; the auction's deadline depends on the kind of
   * property.
   */
  void appraiseAndAuction(ProcessInstance disposal, String auctionDeadline, String... results)
      throws Exception {
    assertThat(task("Task_AppraisalContract", disposal))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("appraisal-contract"));
    complete("Task_AppraisalContract", disposal);
    assertThat(task("Task_RecordValuation", disposal)).hasCandidateGroup("thads-kv01");
    complete("Task_RecordValuation", disposal);
    for (String result : results) {
      assertThat(task("Task_AuctionContract", disposal))
          .hasCandidateGroup("thads-kv01")
          .hasDueDate(due("auction-contract"));
      complete("Task_AuctionContract", disposal);
      assertThat(task("Task_Auction", disposal))
          .hasCandidateGroup("thads-kv01")
          .hasDueDate(due(auctionDeadline));
      complete("Task_Auction", disposal, Map.of("auctionResult", result));
    }
    verify(appraisalContract).notify(any(DelegateTask.class));
    verify(valuation).notify(any(DelegateTask.class));
    verify(auctionContract, times(results.length)).notify(any(DelegateTask.class));
    verify(auction, times(results.length)).notify(any(DelegateTask.class));
  }

  @Test
  void anUndisputedMovableIsAppraisedAndSoldAtTheSecondAuction() throws Exception {
    ProcessInstance disposal = start(false, false);

    appraiseAndAuction(disposal, "auction-movables", "unsold", "sold");

    assertThat(disposal)
        .isEnded()
        .hasPassed("EndEvent_PropertySold")
        .hasNotPassed("Task_NotifyDispute");
    assertThat(disposal).variables().containsEntry("propertyDisposalOutcome", "sold");
    verify(suitFiled, never()).notify(any());
  }

  @Test
  void withoutASuitWithinItsPeriodTheDisputedPropertyIsDisposedOf() throws Exception {
    ProcessInstance disposal = awaitingSuit();

    execute("Event_SuitPeriodExpired", disposal);

    assertThat(disposal).isNotWaitingAt("Task_AwaitSuit").hasNotPassed("Gateway_SuitAccepted");
    appraiseAndAuction(disposal, "auction-real-property", "sold");
    assertThat(disposal).isEnded().hasPassed("EndEvent_PropertySold");
  }

  @Test
  void aSuitReportedByTheOfficerAndARulingReleasingThePropertyLetTheDisposalGoOn()
      throws Exception {
    ProcessInstance disposal = awaitingSuit();

    complete("Task_AwaitSuit", disposal, Map.of("suitAcceptanceNo", "15/TB-TLVA"));
    verify(suitFiled).notify(any());
    assertThat(disposal).isWaitingAt("Task_AwaitCourtRuling");
    assertThat(
            jobQuery()
                .processInstanceId(disposal.getId())
                .activityId("Event_SuitPeriodExpired")
                .count())
        .isZero();

    runtimeService()
        .createMessageCorrelation("Message_CourtRuled")
        .processInstanceBusinessKey(CASE_NUMBER)
        .setVariable("courtRuling", "property-released")
        .correlateWithResult();

    verify(courtRuling).notify(any());
    assertThat(disposal).hasPassed("EndEvent_CourtRuled", "Gateway_DisputeSettled");
    appraiseAndAuction(disposal, "auction-real-property", "sold");
    assertThat(disposal).isEnded().hasPassed("EndEvent_PropertySold");
  }

  @Test
  void aSuitFiledByTheCourtIsFollowedUpUntilTheRulingExcludesTheProperty() throws Exception {
    ProcessInstance disposal = awaitingSuit();

    runtimeService()
        .createMessageCorrelation("Message_SuitFiled")
        .processInstanceBusinessKey(CASE_NUMBER)
        .setVariable("suitAcceptanceNo", "15/TB-TLVA")
        .correlateWithResult();
    verify(suitFiled).notify(any());
    assertThat(disposal).isWaitingAt("Task_AwaitCourtRuling").isNotWaitingAt("Task_AwaitSuit");

    // Every 30 days the office and the court are asked where the suit stands, until the court
    // rules.
    assertThat(
            Duration.between(
                ClockUtil.getCurrentTime().toInstant(),
                job("Event_CourtFollowUpDue", disposal).getDuedate().toInstant()))
        .isEqualTo(Duration.ofDays(30));
    execute("Event_CourtFollowUpDue", disposal);
    assertThat(task("Task_FollowUpCourt", disposal))
        .hasCandidateGroup("toa-an-tinh")
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("court-follow-up"));
    complete("Task_FollowUpCourt", disposal, Map.of("courtFollowUpResult", "pending"));
    assertThat(disposal).hasPassed("EndEvent_FollowUpDone").isWaitingAt("Task_AwaitCourtRuling");
    verify(courtRuling, never()).notify(any());

    execute("Event_CourtFollowUpDue", disposal);
    complete(
        "Task_FollowUpCourt",
        disposal,
        Map.of("courtFollowUpResult", "ruled", "courtRuling", "property-excluded"));

    verify(courtFollowUp, times(2)).notify(any(DelegateTask.class));
    verify(courtRuling).notify(any());
    assertThat(disposal)
        .isEnded()
        .hasPassed("EndEvent_RulingReported", "EndEvent_PropertyInCourt")
        .hasNotPassed("EndEvent_CourtRuled", "Task_AppraisalContract");
    assertThat(disposal).variables().containsEntry("propertyDisposalOutcome", "property-in-court");
    assertThat(jobQuery().processInstanceId(disposal.getId()).count()).isZero();
  }
}
