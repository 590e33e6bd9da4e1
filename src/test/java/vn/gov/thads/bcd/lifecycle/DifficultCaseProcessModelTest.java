package vn.gov.thads.bcd.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.gov.thads.bcd.conclusions.Conclusions;
import vn.gov.thads.bcd.testsupport.ModelTestEngine;
import vn.gov.thads.bcd.testsupport.ProcessModelTest;

/**
 * DifficultCaseProcess, the case's lifecycle, with its five called processes replaced by stubs
 * (deployed with it, as the call activities bind to their own deployment): what each call passes in
 * and takes out, the directives run side by side with the coercion, and the follow-up starts only
 * when both are done.
 */
class DifficultCaseProcessModelTest extends ProcessModelTest {

  static final String OPINIONS = "OpinionRequestProcess";
  static final String MEETING = "MeetingConclusionProcess";
  static final String DIRECTIVE = "DirectiveExecutionProcess";
  static final String ENFORCEMENT = "CoerciveEnforcementProcess";
  static final String FOLLOW_UP = "FollowUpProcess";
  static final String ADMINISTRATIVE = "AdministrativeJudgmentProcess";
  static final String CASE_NUMBER = "BCĐ-2026-0001";

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      ModelTestEngine.extension(
          OPINIONS, MEETING, DIRECTIVE, ENFORCEMENT, FOLLOW_UP, ADMINISTRATIVE);

  JavaDelegate registerCase;
  Conclusions conclusions;

  /** The case's category as the record has it when the conclusion is carried out. */
  String category = "tin-dung-ngan-hang";

  @BeforeEach
  void beans() throws Exception {
    registerCase = delegate("registerCaseDelegate");
    doAnswer(
            call -> {
              DelegateExecution execution = call.getArgument(0);
              execution.setProcessBusinessKey(CASE_NUMBER);
              execution.setVariables(
                  Map.of(
                      "caseId", 7L, "caseNumber", CASE_NUMBER, "submittingAgency", "thads-kv01"));
              return null;
            })
        .when(registerCase)
        .execute(any());
    conclusions = bean("conclusions", Conclusions.class);
    doAnswer(
            call -> {
              call.<DelegateExecution>getArgument(0).setVariable("caseCategory", category);
              return null;
            })
        .when(executionListener("caseCategoryLoader"))
        .notify(any());
    deploy(
        "DifficultCaseProcess.bpmn",
        stub(OPINIONS),
        stub(MEETING),
        stub(DIRECTIVE),
        stub(ENFORCEMENT),
        stub(FOLLOW_UP),
        stub(ADMINISTRATIVE));
  }

  @AfterEach
  void logOut() {
    engine.getIdentityService().clearAuthentication();
  }

  /** Started by an officer from the dossier form, up to the chair's conclusion. */
  ProcessInstance startAndConclude(boolean coercionOrdered, List<Long> directiveIds)
      throws Exception {
    engine.getIdentityService().setAuthenticatedUserId("chv.kv01");
    ProcessInstance theCase =
        runtimeService()
            .startProcessInstanceByKey(
                "DifficultCaseProcess",
                Map.of("debtorName", "Nguyễn Văn A", "amountVnd", 4_200_000_000L));
    assertThat(theCase).variables().containsEntry("initiator", "chv.kv01");
    verify(registerCase).execute(any());

    ProcessInstance opinions = calledInstance(theCase, OPINIONS);
    assertPassedTheCase(opinions);
    assertThat(opinions)
        .variables()
        .containsEntry("submittingAgency", "thads-kv01")
        .doesNotContainKey("debtorName");
    complete(STUB_TASK, opinions, Map.of("missingOpinions", 1, "notReturned", "x"));
    assertThat(theCase)
        .variables()
        .containsEntry("missingOpinions", 1)
        .doesNotContainKey("notReturned");

    ProcessInstance meeting = calledInstance(theCase, MEETING);
    assertPassedTheCase(meeting);
    assertThat(meeting).variables().containsEntry("submittingAgency", "thads-kv01");
    when(conclusions.directiveIds(any())).thenReturn(directiveIds);
    complete(STUB_TASK, meeting, Map.of("conclusionId", 3L, "coercionOrdered", coercionOrdered));
    assertThat(theCase)
        .variables()
        .containsEntry("conclusionId", 3L)
        .containsEntry("coercionOrdered", coercionOrdered);
    return theCase;
  }

  @Test
  void directivesAndCoercionRunSideBySideThenTheFollowUpClosesTheCase() throws Exception {
    ProcessInstance theCase = startAndConclude(true, List.of(41L, 42L));

    assertThat(theCase)
        .isWaitingAt("CallActivity_ExecuteDirectives", "CallActivity_CoerciveEnforcement");
    List<ProcessInstance> directives =
        processInstanceQuery()
            .superProcessInstanceId(theCase.getId())
            .processDefinitionKey(DIRECTIVE)
            .list();
    assertThat(directives).hasSize(2).allSatisfy(this::assertPassedTheCase);
    assertThat(directives)
        .map(d -> runtimeService().getVariable(d.getId(), "directiveId"))
        .containsExactlyInAnyOrder(41L, 42L);
    ProcessInstance enforcement = calledInstance(theCase, ENFORCEMENT);
    assertPassedTheCase(enforcement);
    assertThat(enforcement).variables().containsEntry("submittingAgency", "thads-kv01");

    complete(STUB_TASK, enforcement, Map.of("enforcementOutcome", "executed"));
    assertThat(theCase)
        .isWaitingAt("CallActivity_ExecuteDirectives")
        .isNotWaitingAt("CallActivity_FollowUp");
    complete(STUB_TASK, directives.get(0));
    assertThat(calledInstance(theCase, FOLLOW_UP)).isNull();
    complete(STUB_TASK, directives.get(1));

    ProcessInstance followUp = calledInstance(theCase, FOLLOW_UP);
    assertPassedTheCase(followUp);
    complete(STUB_TASK, followUp, Map.of("caseOutcome", "COMPLETED"));
    assertThat(theCase)
        .isEnded()
        .hasPassed(
            "Task_RegisterCase",
            "CallActivity_CoerciveEnforcement",
            "Gateway_ExecutionJoin",
            "EndEvent_CaseClosed");
    assertThat(theCase)
        .variables()
        .containsEntry("enforcementOutcome", "executed")
        .containsEntry("caseOutcome", "COMPLETED");
  }

  @Test
  void withoutCoercionTheFollowUpWaitsForTheDirectivesOnly() throws Exception {
    ProcessInstance theCase = startAndConclude(false, List.of(41L));

    assertThat(calledInstance(theCase, ENFORCEMENT)).isNull();
    assertThat(theCase)
        .isWaitingAt("CallActivity_ExecuteDirectives")
        .hasPassed("Gateway_CoercionDone");
    complete(STUB_TASK, calledInstance(theCase, DIRECTIVE));

    // A civil case's outcome is not known on entry: the follow-up reports until there is one.
    assertThat(
            runtimeService().getVariable(calledInstance(theCase, FOLLOW_UP).getId(), "caseOutcome"))
        .isNull();
    complete(STUB_TASK, calledInstance(theCase, FOLLOW_UP), Map.of("caseOutcome", "SEPARATE_BOOK"));
    assertThat(theCase)
        .isEnded()
        .hasPassed("EndEvent_CaseClosed")
        .hasNotPassed("CallActivity_CoerciveEnforcement");
    assertThat(theCase)
        .variables()
        .containsEntry("caseOutcome", "SEPARATE_BOOK")
        .doesNotContainKey("enforcementOutcome");
  }

  @Test
  void anAdministrativeJudgmentIsMonitoredInsteadOfEnforcedAndItsOutcomeGoesToTheFinalReport()
      throws Exception {
    category = "hanh-chinh";
    ProcessInstance theCase = startAndConclude(false, List.of(41L));

    assertThat(theCase)
        .isWaitingAt("CallActivity_ExecuteDirectives", "CallActivity_AdministrativeJudgment");
    assertThat(calledInstance(theCase, ENFORCEMENT)).isNull();
    ProcessInstance monitoring = calledInstance(theCase, ADMINISTRATIVE);
    assertPassedTheCase(monitoring);
    assertThat(monitoring).variables().containsEntry("submittingAgency", "thads-kv01");
    complete(
        STUB_TASK,
        monitoring,
        Map.of(
            "adminOutcome",
            "COMPLIED",
            "caseOutcome",
            "COMPLETED",
            "caseOutcomeLabel",
            "Thi hành xong"));
    complete(STUB_TASK, calledInstance(theCase, DIRECTIVE));

    // The follow-up knows the outcome on entry: it goes straight to the final report.
    ProcessInstance followUp = calledInstance(theCase, FOLLOW_UP);
    assertThat(followUp)
        .variables()
        .containsEntry("caseOutcome", "COMPLETED")
        .containsEntry("caseOutcomeLabel", "Thi hành xong");
    complete(STUB_TASK, followUp, Map.of("caseOutcome", "COMPLETED"));
    assertThat(theCase)
        .isEnded()
        .hasPassed("CallActivity_AdministrativeJudgment", "Gateway_CoercionDone")
        .hasNotPassed("CallActivity_CoerciveEnforcement");
    assertThat(theCase).variables().containsEntry("adminOutcome", "COMPLIED");
  }

  @Test
  void aConclusionWithoutDirectivesGoesStraightToTheFollowUp() throws Exception {
    ProcessInstance theCase = startAndConclude(false, List.<Long>of());

    assertThat(calledInstance(theCase, DIRECTIVE)).isNull();
    assertThat(theCase).isWaitingAt("CallActivity_FollowUp");
  }

  @Test
  void anEarlyClosureEndsDirectivesAndCoercionAndGoesToTheFinalReport() throws Exception {
    JavaDelegate earlyClosure = delegate("earlyClosureDelegate");
    doAnswer(
            call -> {
              DelegateExecution execution = call.getArgument(0);
              execution.setVariable("caseOutcome", "TERMINATED");
              execution.setVariable("caseOutcomeLabel", "Đình chỉ thi hành án");
              execution.setVariable("amountRecoveredVnd", 5L);
              return null;
            })
        .when(earlyClosure)
        .execute(any());
    ProcessInstance theCase = startAndConclude(true, List.of(41L, 42L));
    assertThat(calledInstance(theCase, ENFORCEMENT)).isNotNull();

    runtimeService()
        .createMessageCorrelation("Message_CaseClosedEarly")
        .processInstanceId(theCase.getId())
        .setVariable("closureKind", "terminated")
        .correlate();

    verify(earlyClosure).execute(any());
    assertThat(calledInstance(theCase, ENFORCEMENT)).isNull();
    assertThat(calledInstance(theCase, DIRECTIVE)).isNull();
    assertThat(theCase).isWaitingAt("CallActivity_FinalReportAfterClosure");
    ProcessInstance finalReport = calledInstance(theCase, FOLLOW_UP);
    assertPassedTheCase(finalReport);
    assertThat(finalReport)
        .variables()
        .containsEntry("caseOutcome", "TERMINATED")
        .containsEntry("amountRecoveredVnd", 5L);
    complete(STUB_TASK, finalReport);
    assertThat(theCase)
        .isEnded()
        .hasPassed("Task_RecordEarlyClosure", "EndEvent_ClosedEarly")
        .hasNotPassed("EndEvent_CaseClosed");
  }

  @Test
  void theSecretariatPutsTheCaseBeforeTheCommitteeAgain() throws Exception {
    JavaDelegate openRound = delegate("openNewRoundDelegate");
    doAnswer(
            call -> {
              DelegateExecution execution = call.getArgument(0);
              execution.setVariable("roundNumber", 2);
              execution.setVariable("priorOpenDirectives", 1);
              return null;
            })
        .when(openRound)
        .execute(any());
    ProcessInstance theCase = startAndConclude(false, List.of(41L));
    complete(STUB_TASK, calledInstance(theCase, DIRECTIVE));
    assertThat(theCase).isWaitingAt("CallActivity_FollowUp");

    runtimeService()
        .createMessageCorrelation("Message_BackToCommittee")
        .processInstanceId(theCase.getId())
        .setVariable("newRoundReason", "Phát sinh tranh chấp mới")
        .correlate();

    verify(openRound).execute(any());
    assertThat(calledInstance(theCase, FOLLOW_UP)).isNull();
    ProcessInstance opinions = calledInstance(theCase, OPINIONS);
    assertPassedTheCase(opinions);
    assertThat(opinions).variables().containsEntry("roundNumber", 2);
    complete(STUB_TASK, opinions);
    ProcessInstance meeting = calledInstance(theCase, MEETING);
    assertThat(meeting)
        .variables()
        .containsEntry("roundNumber", 2)
        .containsEntry("priorOpenDirectives", 1);
    complete(
        STUB_TASK,
        meeting,
        Map.of("conclusionId", 4L, "coercionOrdered", false, "priorDirectives", "keep"));
    assertThat(theCase)
        .hasPassed("Task_OpenNewRound", "Gateway_RoundStarts")
        .isWaitingAt("CallActivity_ExecuteDirectives");
    assertThat(theCase)
        .variables()
        .containsEntry("conclusionId", 4L)
        .containsEntry("priorDirectives", "keep");
  }

  /** Every call passes the case on: business key (the case number), id and number. */
  void assertPassedTheCase(ProcessInstance called) {
    assertThat(called).as("called process").isNotNull();
    assertThat(called.getBusinessKey()).isEqualTo(CASE_NUMBER);
    assertThat(called)
        .variables()
        .containsEntry("caseId", 7L)
        .containsEntry("caseNumber", CASE_NUMBER);
  }
}
