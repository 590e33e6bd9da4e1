package vn.gov.thads.bcd.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.gov.thads.bcd.testsupport.EngineClock;
import vn.gov.thads.bcd.testsupport.ModelTestEngine;
import vn.gov.thads.bcd.testsupport.ProcessModelTest;

/**
 * CoerciveEnforcementProcess with PropertyDisposalProcess replaced by a stub: the police's answer
 * and the chair's decision when they disagree, the coercion decision before the plan, the statutory
 * steps with their deadlines, a coercion day not carried out (rescheduled, or ended), and every way
 * an enforcement ends.
 */
class CoerciveEnforcementProcessModelTest extends ProcessModelTest {

  static final String DISPOSAL = "PropertyDisposalProcess";
  static final Date BRIEFING_DUE = Date.from(EngineClock.vn("2026-04-13T17:00"));
  static final Date ENFORCEMENT_AT = Date.from(EngineClock.vn("2026-04-14T07:30"));
  // Set by enforcementPlanListener from the coercion date (CoercionSchedule).
  static final Date COMMENT_MEETING_DUE = Date.from(EngineClock.vn("2026-04-03T17:00"));
  static final Date PROTECTION_PLAN_DUE = Date.from(EngineClock.vn("2026-04-06T17:00"));
  static final Date RECORD_DUE = Date.from(EngineClock.vn("2026-04-15T17:00"));

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension(DISPOSAL);

  ExecutionListener caseSummaryLoader;
  EnforcementJournal journal;
  TaskListener communeOptions;
  TaskListener policeInfoSent;
  TaskListener policeReply;
  TaskListener chairDecision;
  TaskListener coercionDecision;
  TaskListener enforcementPlan;
  TaskListener commentMeeting;
  TaskListener protectionPlan;
  TaskListener briefing;
  TaskListener enforcementRecord;

  @BeforeEach
  void beans() {
    caseSummaryLoader = executionListener("caseSummaryLoader");
    journal = bean("enforcementJournal", EnforcementJournal.class);
    EnforcementAgencies agencies = bean("enforcementAgencies", EnforcementAgencies.class);
    when(agencies.policeFor("thads-kv01")).thenReturn("cong-an-tinh");
    communeOptions = taskListener("communeOptionsListener");
    policeInfoSent = taskListener("policeInfoSentListener");
    policeReply = taskListener("policeReplyListener");
    chairDecision = taskListener("chairDecisionListener");
    coercionDecision = taskListener("coercionDecisionListener");
    enforcementPlan = taskListener("enforcementPlanListener");
    commentMeeting = taskListener("commentMeetingListener");
    protectionPlan = taskListener("protectionPlanListener");
    briefing = taskListener("briefingListener");
    enforcementRecord = taskListener("enforcementRecordListener");
    deploy("CoerciveEnforcementProcess.bpmn", stub(DISPOSAL));
  }

  /** Ordered by the conclusion; the office has informed the police, who answered. */
  ProcessInstance policeAnswered(String position) throws Exception {
    ProcessInstance enforcement =
        runtimeService()
            .startProcessInstanceByKey(
                "CoerciveEnforcementProcess",
                "BCĐ-2026-0001",
                Map.of(
                    "caseId", 7L, "caseNumber", "BCĐ-2026-0001", "submittingAgency", "thads-kv01"));
    verify(caseSummaryLoader).notify(any());
    verify(journal).open(any());
    assertThat(task("Task_SendInfoToPolice", enforcement))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("police-information"));
    complete("Task_SendInfoToPolice", enforcement, Map.of("policeInfoDocNo", "12/TB-THADS"));
    verify(policeInfoSent).notify(any(DelegateTask.class));
    assertThat(task("Task_PoliceReply", enforcement))
        .hasCandidateGroup("cong-an-tinh")
        .hasDueDate(due("police-reply"));
    complete("Task_PoliceReply", enforcement, Map.of("policePosition", position));
    verify(policeReply).notify(any(DelegateTask.class));
    return enforcement;
  }

  /** The coercion decision, recorded before the first plan. */
  void decide(ProcessInstance enforcement) {
    assertThat(task("Task_RecordCoercionDecision", enforcement))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("coercion-decision"));
    complete("Task_RecordCoercionDecision", enforcement, Map.of("coercionRound", 1));
    verify(coercionDecision).notify(any(DelegateTask.class));
  }

  /** From the plan to the enforcement's record, each step with its deadline and its agency. */
  /**
   * What the plan sets (enforcementPlanListener): the enforcement day, and with it when the later
   * steps are due.
   */
  static final Map<String, Object> PLAN =
      Map.of(
          "enforcementAt",
          ENFORCEMENT_AT,
          "briefingDue",
          BRIEFING_DUE,
          "commentMeetingDue",
          COMMENT_MEETING_DUE,
          "protectionPlanDue",
          PROTECTION_PLAN_DUE,
          "enforcementRecordDue",
          RECORD_DUE);

  void planAndEnforce(ProcessInstance enforcement, String result) throws Exception {
    planAndEnforce(enforcement, Map.of("enforcementResult", result));
  }

  void planAndEnforce(ProcessInstance enforcement, Map<String, Object> record) throws Exception {
    assertThat(task("Task_DraftEnforcementPlan", enforcement))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("enforcement-plan"));
    // The plan fixes the enforcement day, and with it when the later steps are due
    // (enforcementPlanListener).
    complete("Task_DraftEnforcementPlan", enforcement, PLAN);
    assertThat(task("Task_RecordCommentMeeting", enforcement))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(COMMENT_MEETING_DUE);
    complete("Task_RecordCommentMeeting", enforcement);
    assertThat(task("Task_ProtectionPlan", enforcement))
        .hasCandidateGroup("cong-an-tinh")
        .hasDueDate(PROTECTION_PLAN_DUE);
    complete("Task_ProtectionPlan", enforcement, Map.of("protectionPlanOutcome", "ready"));
    assertThat(task("Task_Briefing", enforcement))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(BRIEFING_DUE);
    complete("Task_Briefing", enforcement);
    assertThat(task("Task_RecordEnforcement", enforcement))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(RECORD_DUE);
    complete("Task_RecordEnforcement", enforcement, record);
    for (TaskListener step :
        new TaskListener[] {
          communeOptions,
          enforcementPlan,
          commentMeeting,
          protectionPlan,
          briefing,
          enforcementRecord
        }) {
      verify(step, atLeastOnce()).notify(any(DelegateTask.class));
    }
  }

  /** A coercion day that was not carried out, for the reason given, then the office's choice. */
  static Map<String, Object> notCarriedOut(String reason, String next) {
    return Map.of(
        "enforcementResult",
        "not-carried-out",
        "notCarriedOutReason",
        reason,
        "afterNotCarriedOut",
        next);
  }

  @Test
  void policeAgreeAndTheJudgmentIsEnforced() throws Exception {
    ProcessInstance enforcement = policeAnswered("agree");
    decide(enforcement);
    planAndEnforce(enforcement, "completed");

    verify(journal).close(any(), eq("executed"));
    verify(chairDecision, never()).notify(any());
    assertThat(enforcement)
        .isEnded()
        .hasPassed("EndEvent_EnforcementExecuted")
        .hasNotPassed("Task_ChairResolvesDisagreement", "CallActivity_PropertyDisposal");
  }

  @Test
  void policeDisagreeAndTheChairStopsTheEnforcement() throws Exception {
    ProcessInstance enforcement = policeAnswered("disagree");

    assertThat(task("Task_ChairResolvesDisagreement", enforcement))
        .hasCandidateGroup("bcd-chair")
        .hasDueDate(due("chair-resolution"));
    complete("Task_ChairResolvesDisagreement", enforcement, Map.of("chairDecision", "stop"));

    verify(chairDecision).notify(any(DelegateTask.class));
    verify(journal).close(any(), eq("stopped"));
    assertThat(enforcement)
        .isEnded()
        .hasPassed("EndEvent_EnforcementStopped")
        .hasNotPassed("Task_RecordCoercionDecision", "Task_DraftEnforcementPlan");
  }

  @Test
  void theChairOverrulesThePoliceAndTheSeizedPropertyIsSold() throws Exception {
    ProcessInstance enforcement = policeAnswered("disagree");
    complete("Task_ChairResolvesDisagreement", enforcement, Map.of("chairDecision", "proceed"));
    decide(enforcement);
    planAndEnforce(enforcement, "seized");

    ProcessInstance disposal = calledInstance(enforcement, DISPOSAL);
    assertThat(disposal.getBusinessKey()).isEqualTo("BCĐ-2026-0001");
    // The disposal gets every variable of the enforcement.
    assertThat(disposal)
        .variables()
        .containsEntry("caseId", 7L)
        .containsEntry("submittingAgency", "thads-kv01")
        .containsEntry("enforcementResult", "seized")
        .containsEntry("enforcementAt", ENFORCEMENT_AT);
    verify(journal, never()).close(any(), anyString());
    complete(STUB_TASK, disposal, Map.of("propertyDisposalOutcome", "sold"));

    verify(journal).close(any(), eq("executed"));
    assertThat(enforcement)
        .isEnded()
        .hasPassed("CallActivity_PropertyDisposal", "EndEvent_EnforcementExecuted");
  }

  @Test
  void aSeizedPropertyThatTheCourtTakesEndsTheEnforcementWithoutExecution() throws Exception {
    ProcessInstance enforcement = policeAnswered("agree");
    decide(enforcement);
    planAndEnforce(enforcement, "seized");

    complete(
        STUB_TASK,
        calledInstance(enforcement, DISPOSAL),
        Map.of("propertyDisposalOutcome", "property-in-court"));

    verify(journal).close(any(), eq("property-in-court"));
    verify(journal, never()).close(any(), eq("executed"));
    assertThat(enforcement).isEnded().hasPassed("EndEvent_PropertyInCourt");
    assertThat(enforcement)
        .variables()
        .containsEntry("propertyDisposalOutcome", "property-in-court");
  }

  @Test
  void aCoercionDayNotCarriedOutIsRescheduledFromThePlanAndThenCompleted() throws Exception {
    ProcessInstance enforcement = policeAnswered("agree");
    decide(enforcement);
    planAndEnforce(enforcement, notCarriedOut("procuracy-request", "reschedule"));

    // Back to the plan, not to the decision: every step of the round again, same deadlines.
    assertThat(enforcement).isWaitingAt("Task_DraftEnforcementPlan");
    verify(journal, never()).close(any(), anyString());
    planAndEnforce(enforcement, "completed");

    verify(coercionDecision, times(1)).notify(any(DelegateTask.class));
    verify(enforcementPlan, times(2)).notify(any(DelegateTask.class));
    verify(journal).close(any(), eq("executed"));
    assertThat(enforcement)
        .isEnded()
        .hasPassed("Gateway_AfterNotCarriedOut", "EndEvent_EnforcementExecuted")
        .hasNotPassed("EndEvent_CoercionNotCarriedOut", "EndEvent_DebtorPaid");
  }

  @Test
  void policeWhoCannotProtectThePlannedDayHaveTheCoercionPlannedAgain() throws Exception {
    ProcessInstance enforcement = policeAnswered("agree");
    decide(enforcement);
    complete("Task_DraftEnforcementPlan", enforcement, PLAN);
    complete("Task_RecordCommentMeeting", enforcement);
    complete(
        "Task_ProtectionPlan",
        enforcement,
        Map.of(
            "protectionPlanOutcome",
            "too-late",
            "protectionDelayReason",
            "Lực lượng đang làm nhiệm vụ bảo vệ bầu cử."));

    // Not a dead end: the office plans the coercion again, then it goes on as usual.
    assertThat(enforcement)
        .hasPassed("Gateway_ProtectionReady")
        .isWaitingAt("Task_DraftEnforcementPlan");
    planAndEnforce(enforcement, "completed");
    verify(coercionDecision, times(1)).notify(any(DelegateTask.class));
    verify(protectionPlan, times(2)).notify(any(DelegateTask.class));
    assertThat(enforcement).isEnded().hasPassed("EndEvent_EnforcementExecuted");
  }

  @Test
  void theDebtorPaysAtTheLastMomentAndTheEnforcementEnds() throws Exception {
    ProcessInstance enforcement = policeAnswered("agree");
    decide(enforcement);
    planAndEnforce(enforcement, notCarriedOut("debtor-paid", "end"));

    verify(journal).close(any(), eq("paid"));
    assertThat(enforcement)
        .isEnded()
        .hasPassed("EndEvent_DebtorPaid")
        .hasNotPassed("CallActivity_PropertyDisposal", "EndEvent_EnforcementExecuted");
  }

  @Test
  void aCoercionNotCarriedOutForSecurityCanBeEnded() throws Exception {
    ProcessInstance enforcement = policeAnswered("agree");
    decide(enforcement);
    planAndEnforce(enforcement, notCarriedOut("security", "end"));

    verify(journal).close(any(), eq("postponed-ended"));
    assertThat(enforcement)
        .isEnded()
        .hasPassed("EndEvent_CoercionNotCarriedOut")
        .hasNotPassed("EndEvent_DebtorPaid", "EndEvent_EnforcementExecuted");
  }
}
