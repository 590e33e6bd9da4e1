package vn.gov.thads.bcd.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;
import vn.gov.thads.bcd.testsupport.EngineClock;
import vn.gov.thads.bcd.testsupport.ModelTestEngine;
import vn.gov.thads.bcd.testsupport.ProcessModelTest;

/**
 * DirectiveExecutionProcess alone: the lead agency reports, asks for more time or proposes an
 * adjustment, until the secretariat accepts or the chair ends the directive.
 */
class DirectiveExecutionProcessModelTest extends ProcessModelTest {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension();

  static final Date DEADLINE = Date.from(EngineClock.vn("2026-04-30T17:00"));
  static final Date EXTENDED = Date.from(EngineClock.vn("2026-05-29T17:00"));

  JavaDelegate loadDirective;
  TaskListener directiveReport;
  TaskListener resultVerdict;
  TaskListener extensionDecision;
  JavaDelegate applyExtension;
  JavaDelegate closeDirective;
  TaskListener adjustmentDecision;
  JavaDelegate assignmentMail;

  @BeforeEach
  void beans() {
    loadDirective =
        delegate(
            "loadDirectiveDelegate",
            Map.of("leadAgency", "so-tai-chinh", "directiveDeadline", DEADLINE));
    directiveReport = taskListener("directiveReportListener");
    resultVerdict = taskListener("resultVerdictListener");
    extensionDecision = taskListener("extensionDecisionListener");
    applyExtension = delegate("applyExtensionDelegate", Map.of("directiveDeadline", EXTENDED));
    closeDirective = delegate("closeDirectiveDelegate");
    adjustmentDecision = taskListener("adjustmentDecisionListener");
    assignmentMail = delegate("directiveAssignmentMailDelegate");
    deploy("DirectiveExecutionProcess.bpmn");
  }

  ProcessInstance start() throws Exception {
    ProcessInstance directive =
        runtimeService()
            .startProcessInstanceByKey(
                "DirectiveExecutionProcess",
                "BCĐ-2026-0001",
                Map.of("caseId", 7L, "caseNumber", "BCĐ-2026-0001", "directiveId", "41"));
    assertThat(directive).isWaitingAt("Task_ReportDirectiveResult");
    assertThat(task("Task_ReportDirectiveResult", directive))
        .hasCandidateGroup("so-tai-chinh")
        .hasDueDate(DEADLINE);
    // The assignment mail leaves on a branch of its own, as a job: the lead's task is already
    // there.
    verify(assignmentMail, never()).execute(any());
    execute("Task_MailDirectiveAssignment", directive);
    verify(assignmentMail).execute(any());
    assertThat(directive)
        .hasPassedInOrder(
            "Gateway_DirectiveAssigned",
            "Task_MailDirectiveAssignment",
            "EndEvent_AssignmentMailed");
    return directive;
  }

  @Test
  void reportedResultAcceptedClosesTheDirective() throws Exception {
    ProcessInstance directive = start();
    verify(loadDirective).execute(any());

    complete(
        "Task_ReportDirectiveResult",
        directive,
        Map.of("directiveAction", "report", "directiveResult", "Đã xong."));
    assertThat(task("Task_VerifyDirectiveResult", directive))
        .hasCandidateGroup("bcd-secretariat")
        .hasDueDate(due("directive-verify"));
    complete("Task_VerifyDirectiveResult", directive, Map.of("resultVerdict", "accept"));

    verify(directiveReport).notify(any(DelegateTask.class));
    verify(resultVerdict).notify(any(DelegateTask.class));
    verify(closeDirective).execute(any());
    assertThat(directive)
        .isEnded()
        .hasPassedInOrder(
            "Task_LoadDirective",
            "Task_ReportDirectiveResult",
            "Task_VerifyDirectiveResult",
            "Task_CloseDirective",
            "EndEvent_DirectiveDone");
  }

  @Test
  void approvedExtensionMovesTheDeadlineOfTheNextReport() throws Exception {
    ProcessInstance directive = start();

    complete(
        "Task_ReportDirectiveResult",
        directive,
        Map.of(
            "directiveAction",
            "extension",
            "proposedDeadline",
            "2026-05-29",
            "extensionReason",
            "Chờ kết quả đo đạc."));
    assertThat(task("Task_DecideExtension", directive))
        .hasCandidateGroup("bcd-chair")
        .hasDueDate(due("extension-decision"));
    complete("Task_DecideExtension", directive, Map.of("extensionDecision", "approve"));

    verify(extensionDecision).notify(any(DelegateTask.class));
    verify(applyExtension).execute(any());
    assertThat(task("Task_ReportDirectiveResult", directive))
        .hasCandidateGroup("so-tai-chinh")
        .hasDueDate(EXTENDED);
    verify(closeDirective, never()).execute(any());
  }

  @Test
  void refusedExtensionAndReturnedResultBothComeBackToTheLeadAgency() throws Exception {
    ProcessInstance directive = start();

    complete("Task_ReportDirectiveResult", directive, Map.of("directiveAction", "extension"));
    complete("Task_DecideExtension", directive, Map.of("extensionDecision", "reject"));
    verify(applyExtension, never()).execute(any());
    assertThat(task("Task_ReportDirectiveResult", directive)).hasDueDate(DEADLINE);

    complete("Task_ReportDirectiveResult", directive, Map.of("directiveAction", "report"));
    complete(
        "Task_VerifyDirectiveResult",
        directive,
        Map.of("resultVerdict", "return", "verifyNote", "Thiếu số liệu."));
    assertThat(directive).isWaitingAt("Task_ReportDirectiveResult");

    complete("Task_ReportDirectiveResult", directive, Map.of("directiveAction", "report"));
    complete("Task_VerifyDirectiveResult", directive, Map.of("resultVerdict", "accept"));
    verify(directiveReport, times(3)).notify(any(DelegateTask.class));
    verify(closeDirective).execute(any());
    assertThat(directive).isEnded().hasPassed("EndEvent_DirectiveDone");
  }

  @Test
  void approvedReassignmentHandsTheNextReportToTheNewLeadAgency() throws Exception {
    // The reloaded directive names the new lead agency, as the repository would after approval.
    Mockito.doAnswer(
            setsVariables(Map.of("leadAgency", "so-tai-chinh", "directiveDeadline", DEADLINE)))
        .doAnswer(
            setsVariables(Map.of("leadAgency", "cong-an-tinh", "directiveDeadline", DEADLINE)))
        .when(loadDirective)
        .execute(any());
    ProcessInstance directive = start();

    complete(
        "Task_ReportDirectiveResult",
        directive,
        Map.of("directiveAction", "adjustment", "adjustmentKind", "reassign"));
    assertThat(task("Task_DecideAdjustment", directive))
        .hasCandidateGroup("bcd-chair")
        .hasDueDate(due("adjustment-decision"));
    complete(
        "Task_DecideAdjustment",
        directive,
        Map.of("adjustmentDecision", "approve", "directiveCancelled", false));

    verify(adjustmentDecision).notify(any(DelegateTask.class));
    verify(loadDirective, times(2)).execute(any());
    assertThat(task("Task_ReportDirectiveResult", directive))
        .hasCandidateGroup("cong-an-tinh")
        .hasDueDate(DEADLINE);
    assertThat(directive).hasPassed("Task_ApplyAdjustment", "Gateway_AdjustmentHandled");
    // The reloaded directive goes to the assignment mail again, for agencies not told yet.
    execute("Task_MailDirectiveAssignment", directive);
    verify(assignmentMail, times(2)).execute(any());
  }

  @Test
  void approvedCancellationEndsTheDirective() throws Exception {
    ProcessInstance directive = start();

    complete(
        "Task_ReportDirectiveResult",
        directive,
        Map.of("directiveAction", "adjustment", "adjustmentKind", "cancel"));
    complete(
        "Task_DecideAdjustment",
        directive,
        Map.of("adjustmentDecision", "approve", "directiveCancelled", true));

    verify(closeDirective, never()).execute(any());
    assertThat(directive)
        .isEnded()
        .hasPassedInOrder(
            "Task_DecideAdjustment", "Task_ApplyAdjustment", "EndEvent_DirectiveCancelled")
        .hasNotPassed("EndEvent_DirectiveDone");
  }

  @Test
  void refusedAdjustmentComesBackToTheLeadAgencyUnchanged() throws Exception {
    ProcessInstance directive = start();

    complete(
        "Task_ReportDirectiveResult",
        directive,
        Map.of("directiveAction", "adjustment", "adjustmentKind", "content"));
    complete("Task_DecideAdjustment", directive, Map.of("adjustmentDecision", "reject"));

    verify(loadDirective, times(1)).execute(any());
    assertThat(task("Task_ReportDirectiveResult", directive))
        .hasCandidateGroup("so-tai-chinh")
        .hasDueDate(DEADLINE);
    assertThat(directive).hasNotPassed("Task_ApplyAdjustment");
  }
}
