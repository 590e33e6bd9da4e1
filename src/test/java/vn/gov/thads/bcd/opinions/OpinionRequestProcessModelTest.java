package vn.gov.thads.bcd.opinions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.gov.thads.bcd.testsupport.ModelTestEngine;
import vn.gov.thads.bcd.testsupport.ProcessModelTest;

/**
 * OpinionRequestProcess with the real ConsultedAgenciesDecision (bound to the same deployment) and
 * mocked beans: approval and review loops, the members' opinions in parallel against the deadline,
 * and the secretariat's choice to wait longer or proceed without the late ones.
 */
class OpinionRequestProcessModelTest extends ProcessModelTest {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension();

  static final List<String> AGENCIES = List.of("so-tu-phap", "so-nn-mt", "toa-an-tinh");

  ExecutionListener caseSummaryLoader;
  TaskListener approvalDecision;
  TaskListener dossierReview;
  TaskListener dossierResubmitted;
  JavaDelegate consultationPreparation;
  TaskListener agencySelection;
  Consultation consultation;
  TaskListener opinionRequested;
  TaskListener opinionGiven;
  TaskListener lateOpinions;
  JavaDelegate recordMissingOpinions;

  @BeforeEach
  void beans() throws Exception {
    caseSummaryLoader = executionListener("caseSummaryLoader");
    // As the application does: the dossier from the case table, which the decision reads.
    doAnswer(
            call -> {
              call.<DelegateExecution>getArgument(0)
                  .getProcessInstance()
                  .setVariables(
                      Map.of(
                          "caseCategory",
                          "tranh-chap-tai-san",
                          "propertyDisputed",
                          true,
                          "securityRisk",
                          false,
                          "amountVnd",
                          4_200_000_000L));
              return null;
            })
        .when(caseSummaryLoader)
        .notify(any());
    approvalDecision = taskListener("approvalDecisionListener");
    dossierReview = taskListener("dossierReviewListener");
    dossierResubmitted = taskListener("dossierResubmittedListener");
    consultationPreparation = delegate("consultationPreparationDelegate");
    agencySelection = taskListener("agencySelectionListener");
    consultation = bean("consultation", Consultation.class);
    when(consultation.agencies(any())).thenReturn(AGENCIES);
    opinionRequested = taskListener("opinionRequestedListener");
    opinionGiven = taskListener("opinionGivenListener");
    lateOpinions = taskListener("lateOpinionsListener");
    recordMissingOpinions = delegate("recordMissingOpinionsDelegate", Map.of("missingOpinions", 1));
    deploy(List.of("OpinionRequestProcess.bpmn", "ConsultedAgenciesDecision.dmn"));
  }

  ProcessInstance start() throws Exception {
    ProcessInstance request =
        runtimeService()
            .startProcessInstanceByKey(
                "OpinionRequestProcess",
                "BCĐ-2026-0001",
                Map.of(
                    "caseId", 7L, "caseNumber", "BCĐ-2026-0001", "submittingAgency", "thads-kv01"));
    verify(caseSummaryLoader).notify(any());
    assertThat(request).isWaitingAt("Task_ApproveRequest");
    assertThat(task("Task_ApproveRequest", request))
        .hasCandidateGroup("bcd-standing-deputy")
        .hasDueDate(due("request-approval"));
    return request;
  }

  /** Approved, found complete, agencies confirmed: the members are asked. */
  ProcessInstance consulting() throws Exception {
    ProcessInstance request = start();
    complete("Task_ApproveRequest", request, Map.of("approvalDecision", "approve"));
    assertThat(task("Task_ReviewDossier", request))
        .hasCandidateGroup("bcd-secretariat")
        .hasDueDate(due("dossier-review"));
    complete("Task_ReviewDossier", request, Map.of("dossierComplete", "complete"));
    assertThat(task("Task_ConfirmAgencies", request))
        .hasCandidateGroup("bcd-secretariat")
        .hasDueDate(due("agency-selection"));
    complete(
        "Task_ConfirmAgencies",
        request,
        Map.of("consultedAgencies", "[\"so-tu-phap\",\"so-nn-mt\",\"toa-an-tinh\"]"));
    assertThat(request).isWaitingAt("Task_GiveOpinion", "Event_OpinionDeadlinePassed");
    return request;
  }

  List<Task> opinionTasks(ProcessInstance request) {
    return taskQuery()
        .processInstanceId(request.getId())
        .taskDefinitionKey("Task_GiveOpinion")
        .list();
  }

  @Test
  void completeDossierIsCirculatedAndTheConsultationEndsWithTheLastOpinion() throws Exception {
    ProcessInstance request = consulting();

    // The decision table proposes the agencies for a disputed land case (the secretariat then
    // confirms them).
    assertThat(request)
        .variables()
        .containsEntry(
            "proposedAgencies", List.of("so-tu-phap", "so-nn-mt", "so-nn-mt", "toa-an-tinh"));
    verify(consultationPreparation).execute(any());
    verify(agencySelection).notify(any(DelegateTask.class));
    // One opinion task per consulted agency, for that agency, all due at the opinion deadline, as
    // is the timer.
    Date deadline = due("opinion");
    assertThat(request).variables().containsEntry("opinionDeadline", deadline);
    List<Task> opinions = opinionTasks(request);
    assertThat(opinions).hasSize(3).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(deadline));
    assertThat(opinions)
        .map(t -> runtimeService().getVariable(t.getExecutionId(), "consultedAgency"))
        .containsExactlyInAnyOrderElementsOf(AGENCIES);
    for (String agency : AGENCIES) {
      assertThat(taskQuery().processInstanceId(request.getId()).taskCandidateGroup(agency).count())
          .isEqualTo(1);
    }
    assertThat(job("Event_OpinionDeadlinePassed", request).getDuedate()).isEqualTo(deadline);
    // Each request is recorded as its task is created (the committee's report counts them).
    verify(opinionRequested, times(3)).notify(any(DelegateTask.class));
    verify(opinionGiven, never()).notify(any(DelegateTask.class));

    opinions.forEach(t -> complete(t, Map.of("opinionPosition", "agree")));

    verify(opinionGiven, times(3)).notify(any(DelegateTask.class));
    assertThat(jobQuery().processInstanceId(request.getId()).count()).isZero();
    verify(recordMissingOpinions).execute(any());
    verify(lateOpinions, never()).notify(any());
    assertThat(request)
        .isEnded()
        .hasPassed(
            "EndEvent_AllOpinionsGiven", "Task_RecordMissingOpinions", "EndEvent_OpinionsCollected")
        .hasNotPassed("Task_DecideOnLateOpinions");
  }

  @Test
  void dossierReturnedByTheHeadThenByTheSecretariatGoesBackToTheSubmittingAgency()
      throws Exception {
    ProcessInstance request = start();

    complete(
        "Task_ApproveRequest",
        request,
        Map.of("approvalDecision", "return", "returnReason", "Thiếu bản án."));
    assertThat(task("Task_CompleteDossier", request))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("dossier-completion"));
    complete("Task_CompleteDossier", request);
    verify(dossierResubmitted).notify(any(DelegateTask.class));
    assertThat(request).isWaitingAt("Task_ApproveRequest");

    complete("Task_ApproveRequest", request, Map.of("approvalDecision", "approve"));
    complete(
        "Task_ReviewDossier",
        request,
        Map.of("dossierComplete", "incomplete", "returnReason", "Thiếu vi bằng."));
    assertThat(task("Task_CompleteDossier", request)).hasCandidateGroup("thads-kv01");
    complete("Task_CompleteDossier", request);
    assertThat(request).isWaitingAt("Task_ApproveRequest");

    verify(approvalDecision, times(2)).notify(any(DelegateTask.class));
    verify(dossierReview).notify(any(DelegateTask.class));
    verify(dossierResubmitted, times(2)).notify(any(DelegateTask.class));
    verify(consultationPreparation, never()).execute(any());
  }

  @Test
  void afterTheDeadlineTheSecretariatWaitsOnceThenProceedsWithoutTheLateOpinions()
      throws Exception {
    ProcessInstance request = consulting();
    complete(opinionTasks(request).get(0), Map.of("opinionPosition", "agree"));

    execute("Event_OpinionDeadlinePassed", request);
    assertThat(task("Task_DecideOnLateOpinions", request))
        .hasCandidateGroup("bcd-secretariat")
        .hasDueDate(due("late-opinion-decision"));
    // The late agencies may still answer while the secretariat decides.
    assertThat(opinionTasks(request)).hasSize(2);

    complete("Task_DecideOnLateOpinions", request, Map.of("lateOpinionsDecision", "wait"));
    assertThat(request).isWaitingAt("Event_WaitedLonger");
    assertThat(job("Event_WaitedLonger", request).getDuedate()).isEqualTo(due("opinion-wait"));
    execute("Event_WaitedLonger", request);

    complete("Task_DecideOnLateOpinions", request, Map.of("lateOpinionsDecision", "proceed"));
    verify(lateOpinions, times(2)).notify(any(DelegateTask.class));
    assertThat(opinionTasks(request)).isEmpty();
    verify(recordMissingOpinions).execute(any());
    assertThat(request)
        .isEnded()
        .hasPassed("EndEvent_ProceedWithoutMissing", "EndEvent_OpinionsCollected")
        .hasNotPassed("EndEvent_AllOpinionsGiven");
    assertThat(request).variables().containsEntry("missingOpinions", 1);
  }

  @Test
  void theLastLateOpinionDuringTheExtraWaitEndsTheConsultation() throws Exception {
    ProcessInstance request = consulting();
    execute("Event_OpinionDeadlinePassed", request);
    complete("Task_DecideOnLateOpinions", request, Map.of("lateOpinionsDecision", "wait"));

    opinionTasks(request).forEach(t -> complete(t, Map.of("opinionPosition", "other")));

    assertThat(jobQuery().processInstanceId(request.getId()).count()).isZero();
    assertThat(request)
        .isEnded()
        .hasPassed("EndEvent_AllOpinionsGiven", "EndEvent_OpinionsCollected");
  }
}
