package vn.gov.thads.bcd.administrative;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.gov.thads.bcd.testsupport.ModelTestEngine;
import vn.gov.thads.bcd.testsupport.ProcessModelTest;

/**
 * AdministrativeJudgmentProcess alone: THADS's notice to the obliged body, the body's
 * self-execution and its result; when it did not comply, the court's decision compelling execution,
 * the publication and the discipline request side by side, then the follow-up until it complies or
 * the monitoring is closed.
 */
class AdministrativeJudgmentProcessModelTest extends ProcessModelTest {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension();

  ExecutionListener caseSummary;
  JavaDelegate start;
  TaskListener notice;
  TaskListener selfExecution;
  TaskListener compelling;
  TaskListener publication;
  TaskListener discipline;
  TaskListener followUp;
  Date noticeDue;
  Date resultDue;

  @BeforeEach
  void beans() {
    caseSummary = executionListener("caseSummaryLoader");
    noticeDue = due("admin-notice");
    resultDue = due("admin-follow-up");
    // As the application's delegate does: the deadlines the tasks are due on.
    start =
        delegate(
            "startAdministrativeMonitoringDelegate",
            Map.of("adminNoticeDue", noticeDue, "adminResultDue", resultDue));
    notice = taskListener("administrativeNoticeListener");
    selfExecution = taskListener("selfExecutionResultListener");
    compelling = taskListener("compellingDecisionListener");
    publication = taskListener("nonCompliancePublicationListener");
    discipline = taskListener("disciplineRequestListener");
    followUp = taskListener("complianceFollowUpListener");
    deploy("AdministrativeJudgmentProcess.bpmn");
  }

  ProcessInstance startUntilResult(String result) throws Exception {
    ProcessInstance monitoring =
        runtimeService()
            .startProcessInstanceByKey(
                "AdministrativeJudgmentProcess",
                "BCĐ-2026-0007",
                Map.of(
                    "caseId", 7L, "caseNumber", "BCĐ-2026-0007", "submittingAgency", "thads-kv01"));
    verify(caseSummary).notify(any(DelegateExecution.class));
    verify(start).execute(any());
    assertThat(task("Task_NotifyObligedBody", monitoring))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(noticeDue);
    complete("Task_NotifyObligedBody", monitoring);
    verify(notice).notify(any(DelegateTask.class));
    assertThat(task("Task_RecordSelfExecution", monitoring))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(resultDue);
    complete("Task_RecordSelfExecution", monitoring, Map.of("adminResult", result));
    verify(selfExecution).notify(any(DelegateTask.class));
    return monitoring;
  }

  /** Not complied: the court's decision, then publication and discipline request in parallel. */
  void compelAndPublish(ProcessInstance monitoring) {
    assertThat(task("Task_RequestCompellingDecision", monitoring))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("admin-compelling-decision"));
    complete("Task_RequestCompellingDecision", monitoring);
    verify(compelling).notify(any(DelegateTask.class));
    assertThat(monitoring).isWaitingAt("Task_PublishNonCompliance", "Task_RequestDiscipline");
    assertThat(task("Task_PublishNonCompliance", monitoring)).hasDueDate(due("admin-publication"));
    assertThat(task("Task_RequestDiscipline", monitoring))
        .hasDueDate(due("admin-discipline-request"));
    complete("Task_RequestDiscipline", monitoring);
    assertThat(monitoring).isWaitingAt("Task_PublishNonCompliance");
    complete("Task_PublishNonCompliance", monitoring);
    verify(publication).notify(any(DelegateTask.class));
    verify(discipline).notify(any(DelegateTask.class));
    assertThat(task("Task_FollowUpCompliance", monitoring))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("admin-follow-up"));
  }

  @Test
  void theBodyCompliesWithinItsThirtyDays() throws Exception {
    ProcessInstance monitoring = startUntilResult("complied");

    assertThat(monitoring)
        .isEnded()
        .hasPassed("Gateway_Complied", "EndEvent_Complied")
        .hasNotPassed("Task_RequestCompellingDecision", "Task_FollowUpCompliance");
  }

  @Test
  void aBodyThatDoesNotComplyIsCompelledPublishedReportedForDisciplineAndFollowedUpToCompliance()
      throws Exception {
    ProcessInstance monitoring = startUntilResult("not-complied");
    compelAndPublish(monitoring);

    complete("Task_FollowUpCompliance", monitoring, Map.of("adminResult", "not-yet"));
    assertThat(monitoring).isWaitingAt("Task_FollowUpCompliance");
    complete("Task_FollowUpCompliance", monitoring, Map.of("adminResult", "complied"));

    verify(followUp, times(2)).notify(any(DelegateTask.class));
    assertThat(monitoring)
        .isEnded()
        .hasPassed("Gateway_NonComplianceJoin", "Gateway_NextFollowUp", "EndEvent_Complied")
        .hasNotPassed("EndEvent_MonitoringClosed");
  }

  @Test
  void aPartlyExecutedJudgmentIsFollowedUpUntilTheMonitoringIsClosed() throws Exception {
    ProcessInstance monitoring = startUntilResult("partly");
    compelAndPublish(monitoring);

    complete("Task_FollowUpCompliance", monitoring, Map.of("adminResult", "closed"));

    assertThat(monitoring)
        .isEnded()
        .hasPassed("EndEvent_MonitoringClosed")
        .hasNotPassed("EndEvent_Complied");
  }
}
