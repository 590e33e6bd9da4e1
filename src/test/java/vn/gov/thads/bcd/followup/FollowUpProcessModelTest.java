package vn.gov.thads.bcd.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
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
 * FollowUpProcess alone: periodic reports until an outcome; a debtor who cannot pay is re-verified
 * on schedule, and after two years without change the case moves to the separate tracking book.
 */
class FollowUpProcessModelTest extends ProcessModelTest {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension();

  JavaDelegate startFollowUp;
  TaskListener reportStatus;
  TaskListener reverification;
  JavaDelegate moveToSeparateBook;
  TaskListener finalReport;
  JavaDelegate closeCase;

  @BeforeEach
  void beans() {
    startFollowUp = delegate("startFollowUpDelegate");
    reportStatus = taskListener("reportStatusListener");
    reverification = taskListener("reverificationListener");
    // As the application's delegate does: the outcome the end of the model routes on.
    moveToSeparateBook =
        delegate("moveToSeparateBookDelegate", Map.of("caseOutcome", "SEPARATE_BOOK"));
    finalReport = taskListener("finalReportListener");
    closeCase = delegate("closeFollowedUpCaseDelegate");
    deploy("FollowUpProcess.bpmn");
  }

  ProcessInstance start() throws Exception {
    ProcessInstance followUp =
        runtimeService()
            .startProcessInstanceByKey(
                "FollowUpProcess",
                "BCĐ-2026-0001",
                Map.of(
                    "caseId", 7L, "caseNumber", "BCĐ-2026-0001", "submittingAgency", "thads-kv01"));
    verify(startFollowUp).execute(any());
    return followUp;
  }

  /**
   * The monthly report falls due and the office reports; what it reports is what the model routes
   * on.
   */
  void report(ProcessInstance followUp, String outcome, String... more) {
    assertThat(followUp).isWaitingAt("Event_ReportDue");
    assertThat(job("Event_ReportDue", followUp).getDuedate()).isEqualTo(due("follow-up-report"));
    execute("Event_ReportDue", followUp);
    assertThat(task("Task_ReportStatus", followUp))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("follow-up-report-due"));
    Map<String, Object> variables = new HashMap<>(Map.of("reportOutcome", outcome));
    for (int i = 0; i < more.length; i += 2) {
      variables.put(more[i], more[i + 1]);
    }
    complete("Task_ReportStatus", followUp, variables);
  }

  void finalReportAndClose(ProcessInstance followUp) throws Exception {
    assertThat(task("Task_FinalReport", followUp))
        .hasCandidateGroup("bcd-secretariat")
        .hasDueDate(due("final-report"));
    complete("Task_FinalReport", followUp);
    verify(finalReport).notify(any(DelegateTask.class));
    verify(closeCase).execute(any());
  }

  @Test
  void aCaseThatEndedEarlyGoesStraightToTheFinalReport() throws Exception {
    ProcessInstance followUp =
        runtimeService()
            .startProcessInstanceByKey(
                "FollowUpProcess",
                "BCĐ-2026-0001",
                Map.of(
                    "caseId",
                    7L,
                    "caseNumber",
                    "BCĐ-2026-0001",
                    "submittingAgency",
                    "thads-kv01",
                    "caseOutcome",
                    "AGREED"));
    verify(startFollowUp).execute(any());
    assertThat(followUp).isWaitingAt("Task_FinalReport");
    assertThat(jobQuery().processInstanceId(followUp.getId()).count()).isZero();

    finalReportAndClose(followUp);
    assertThat(followUp)
        .isEnded()
        .hasPassed("Gateway_OutcomeKnown", "EndEvent_CaseClosed")
        .hasNotPassed("Task_ReportStatus");
  }

  @Test
  void monthlyReportsUntilTheJudgmentIsEnforced() throws Exception {
    ProcessInstance followUp = start();

    report(followUp, "in-progress");
    report(followUp, "completed", "caseOutcome", "COMPLETED");

    finalReportAndClose(followUp);
    verify(reportStatus, times(2)).notify(any(DelegateTask.class));
    assertThat(followUp)
        .isEnded()
        .hasPassed("EndEvent_CaseClosed")
        .hasNotPassed("SubProcess_NotEnforceable");
    assertThat(followUp).variables().containsEntry("caseOutcome", "COMPLETED");
  }

  @Test
  void aDebtorWhoCannotPayIsReverifiedUntilAbleThenReportsResumeUntilTermination()
      throws Exception {
    ProcessInstance followUp = start();

    report(followUp, "not-enforceable", "reverifyPeriod", deadlines.period("reverify"));
    assertThat(followUp).isWaitingAt("Event_ReverifyDue");
    assertThat(job("Event_ReverifyDue", followUp).getDuedate()).isEqualTo(due("reverify"));
    assertThat(job("Event_SeparateBookDue", followUp).getDuedate())
        .isEqualTo(due("separate-book-after"));

    execute("Event_ReverifyDue", followUp);
    assertThat(task("Task_ReverifyAbility", followUp))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("reverify-due"));
    // Imprisoned now: the next re-verification is a year away (reverificationListener sets the
    // period).
    complete(
        "Task_ReverifyAbility",
        followUp,
        Map.of(
            "verificationResult", "unable", "reverifyPeriod", deadlines.period("reverify-long")));
    assertThat(job("Event_ReverifyDue", followUp).getDuedate()).isEqualTo(due("reverify-long"));

    execute("Event_ReverifyDue", followUp);
    complete("Task_ReverifyAbility", followUp, Map.of("verificationResult", "able"));
    verify(reverification, times(2)).notify(any(DelegateTask.class));
    assertThat(followUp).hasPassed("EndEvent_DebtorCanPay");
    assertThat(
            jobQuery()
                .processInstanceId(followUp.getId())
                .activityId("Event_SeparateBookDue")
                .count())
        .isZero();

    report(followUp, "terminated", "caseOutcome", "TERMINATED");
    finalReportAndClose(followUp);
    verify(moveToSeparateBook, never()).execute(any());
    assertThat(followUp).isEnded().hasPassed("EndEvent_CaseClosed");
  }

  @Test
  void twoYearsWithoutAbilityToPayMoveTheCaseToTheSeparateBook() throws Exception {
    ProcessInstance followUp = start();
    report(followUp, "not-enforceable", "reverifyPeriod", deadlines.period("reverify"));

    execute("Event_SeparateBookDue", followUp);

    verify(moveToSeparateBook).execute(any());
    assertThat(jobQuery().processInstanceId(followUp.getId()).count()).isZero();
    finalReportAndClose(followUp);
    assertThat(followUp)
        .isEnded()
        .hasPassed("Task_MoveToSeparateBook", "EndEvent_TrackedSeparately")
        .hasNotPassed("EndEvent_CaseClosed");
    assertThat(followUp).variables().containsEntry("caseOutcome", "SEPARATE_BOOK");
  }
}
