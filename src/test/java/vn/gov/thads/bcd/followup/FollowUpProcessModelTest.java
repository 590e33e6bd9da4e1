package vn.gov.thads.bcd.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.Date;
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
 * on schedule, and after two years without change the case moves to the separate tracking book —
 * both on the dates the listener computed from the not-enforceable decision; a decision under the
 * 2025 Law returns the request to the creditor instead.
 */
class FollowUpProcessModelTest extends ProcessModelTest {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension();

  JavaDelegate startFollowUp;
  TaskListener reportStatus;
  TaskListener reverification;
  JavaDelegate moveToSeparateBook;
  TaskListener finalReport;
  JavaDelegate closeCase;
  TaskListener returnToCreditor;

  /** Dates the report listener would compute from a decision of 15/02/2026 (2008 Law). */
  static final Date FIRST_REVERIFICATION = vietnam("2026-08-15");

  static final Date SEPARATE_BOOK = vietnam("2028-02-15");

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
    returnToCreditor = taskListener("returnToCreditorListener");
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
  void report(ProcessInstance followUp, String outcome, Object... more) {
    assertThat(followUp).isWaitingAt("Event_ReportDue");
    assertThat(job("Event_ReportDue", followUp).getDuedate()).isEqualTo(due("follow-up-report"));
    execute("Event_ReportDue", followUp);
    assertThat(task("Task_ReportStatus", followUp))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("follow-up-report-due"));
    Map<String, Object> variables = new HashMap<>(Map.of("reportOutcome", outcome));
    for (int i = 0; i < more.length; i += 2) {
      variables.put((String) more[i], more[i + 1]);
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

  static Date vietnam(String day) {
    return ReverificationSchedule.timerDate(LocalDate.parse(day));
  }

  /** What the report listener sets for a not-enforceable decision under the 2008 Law. */
  static Object[] notEnforceable2008() {
    return new Object[] {
      "applicableLaw", "law-2008",
      "reverifyDueAt", FIRST_REVERIFICATION,
      "separateBookDueAt", SEPARATE_BOOK
    };
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

    report(followUp, "not-enforceable", notEnforceable2008());
    assertThat(followUp).isWaitingAt("Event_ReverifyDue").hasPassed("Gateway_LawApplicable");
    // The timers wait for the dates counted from the decision, not from now.
    assertThat(job("Event_ReverifyDue", followUp).getDuedate()).isEqualTo(FIRST_REVERIFICATION);
    assertThat(job("Event_SeparateBookDue", followUp).getDuedate()).isEqualTo(SEPARATE_BOOK);

    execute("Event_ReverifyDue", followUp);
    assertThat(task("Task_ReverifyAbility", followUp))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("reverify-due"));
    // Imprisoned now: the next re-verification is a year away (reverificationListener sets the
    // period).
    complete(
        "Task_ReverifyAbility",
        followUp,
        Map.of("verificationResult", "unable", "reverifyDueAt", vietnam("2027-08-15")));
    assertThat(job("Event_ReverifyDue", followUp).getDuedate()).isEqualTo(vietnam("2027-08-15"));
    assertThat(job("Event_SeparateBookDue", followUp).getDuedate()).isEqualTo(SEPARATE_BOOK);

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
    report(followUp, "not-enforceable", notEnforceable2008());
    assertThat(job("Event_SeparateBookDue", followUp).getDuedate()).isEqualTo(SEPARATE_BOOK);

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

  @Test
  void underThe2025LawTheRequestIsReturnedToTheCreditor() throws Exception {
    ProcessInstance followUp = start();
    report(followUp, "not-enforceable", "applicableLaw", "law-2025");

    assertThat(followUp).isWaitingAt("Task_ReturnToCreditor").hasPassed("Gateway_LawApplicable");
    assertThat(task("Task_ReturnToCreditor", followUp))
        .hasCandidateGroup("thads-kv01")
        .hasDueDate(due("return-to-creditor"));
    // No re-verification, no separate book under the 2025 Law.
    assertThat(jobQuery().processInstanceId(followUp.getId()).count()).isZero();
    complete("Task_ReturnToCreditor", followUp, Map.of("caseOutcome", "RETURNED_TO_CREDITOR"));
    verify(returnToCreditor).notify(any(DelegateTask.class));

    finalReportAndClose(followUp);
    assertThat(followUp)
        .isEnded()
        .hasPassed("EndEvent_ReturnedToCreditor")
        .hasNotPassed(
            "SubProcess_NotEnforceable", "EndEvent_CaseClosed", "Task_MoveToSeparateBook");
    assertThat(followUp).variables().containsEntry("caseOutcome", "RETURNED_TO_CREDITOR");
  }
}
