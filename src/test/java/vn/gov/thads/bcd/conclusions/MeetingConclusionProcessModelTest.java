package vn.gov.thads.bcd.conclusions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;
import vn.gov.thads.bcd.testsupport.EngineClock;
import vn.gov.thads.bcd.testsupport.ModelTestEngine;
import vn.gov.thads.bcd.testsupport.ProcessModelTest;

/**
 * MeetingConclusionProcess alone, its beans mocked: schedule, minutes, conclusion, publication
 * after a save point.
 */
class MeetingConclusionProcessModelTest extends ProcessModelTest {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension();

  ExecutionListener caseSummaryLoader;
  JavaDelegate meetingPreparation;
  TaskListener upcomingMeetings;
  TaskListener meetingScheduled;
  TaskListener minutesRecorded;
  TaskListener conclusionIssued;
  TaskListener informationProvided;
  TaskListener writtenConsultationDecided;
  JavaDelegate publishConclusion;
  JavaDelegate invitationMail;

  @BeforeEach
  void beans() {
    caseSummaryLoader = executionListener("caseSummaryLoader");
    meetingPreparation = delegate("meetingPreparationDelegate");
    upcomingMeetings = taskListener("upcomingMeetingsListener");
    meetingScheduled = taskListener("meetingScheduledListener");
    minutesRecorded = taskListener("minutesRecordedListener");
    conclusionIssued = taskListener("conclusionIssuedListener");
    publishConclusion = delegate("publishConclusionDelegate");
    invitationMail = delegate("meetingInvitationMailDelegate");
    informationProvided = taskListener("informationProvidedListener");
    writtenConsultationDecided = taskListener("writtenConsultationDecidedListener");
    deploy("MeetingConclusionProcess.bpmn");
  }

  @Test
  void meetingMinutesConclusionThenPublicationAfterTheSavePoint() throws Exception {
    ProcessInstance meeting =
        BpmnAwareTests.runtimeService()
            .startProcessInstanceByKey(
                "MeetingConclusionProcess",
                "BCĐ-2026-0001",
                Map.of(
                    "caseId", 7L, "caseNumber", "BCĐ-2026-0001", "submittingAgency", "thads-kv01"));

    verify(caseSummaryLoader).notify(any(DelegateExecution.class));
    verify(meetingPreparation).execute(any(DelegateExecution.class));
    assertThat(meeting).isWaitingAt("Task_ScheduleMeeting");
    // The task opens offering the upcoming meetings the case may join.
    verify(upcomingMeetings).notify(any(DelegateTask.class));
    assertThat(task("Task_ScheduleMeeting", meeting))
        .hasCandidateGroup("bcd-secretariat")
        .hasDueDate(due("meeting-scheduling"));

    // MeetingScheduledListener keeps the meeting's day as yyyy-MM-dd.
    complete(
        "Task_ScheduleMeeting",
        meeting,
        Map.of(
            "consultationMode", "meeting", "meetingType", "AD_HOC", "meetingDate", "2026-03-12"));
    verify(meetingScheduled).notify(any(DelegateTask.class));
    // The minutes are due at the end of the working day of the meeting (Vietnam time), not at
    // midnight of the server's time zone.
    assertThat(task("Task_RecordMinutes", meeting))
        .hasCandidateGroup("bcd-secretariat")
        .hasDueDate(Date.from(EngineClock.vn("2026-03-12T17:00")));
    // The invitation is mailed by a job on a branch of its own: the minutes do not wait for it.
    verify(invitationMail, never()).execute(any());
    execute("Task_MailMeetingInvitation", meeting);
    verify(invitationMail).execute(any());
    assertThat(meeting)
        .hasPassedInOrder(
            "Gateway_MeetingScheduled", "Task_MailMeetingInvitation", "EndEvent_InvitationMailed");

    complete(
        "Task_RecordMinutes",
        meeting,
        Map.of("minutesNo", "01/BB-BCĐ", "minutes", "Các thành viên thống nhất."));
    verify(minutesRecorded).notify(any(DelegateTask.class));
    assertThat(task("Task_IssueConclusion", meeting))
        .hasCandidateGroup("bcd-chair")
        .hasCandidateGroup("bcd-standing-deputy")
        .hasDueDate(due("conclusion"));

    complete(
        "Task_IssueConclusion",
        meeting,
        Map.of("conclusionAction", "conclude", "conclusionId", 3L, "coercionOrdered", true));
    verify(conclusionIssued).notify(any(DelegateTask.class));
    // Publishing waits for the job executor: the chair's decision is committed even if publishing
    // fails.
    assertThat(meeting).isWaitingAt("Task_PublishConclusion");
    verify(publishConclusion, never()).execute(any());

    execute("Task_PublishConclusion", meeting);
    InOrder order = inOrder(conclusionIssued, publishConclusion);
    order.verify(conclusionIssued).notify(any(DelegateTask.class));
    order.verify(publishConclusion).execute(any(DelegateExecution.class));
    assertThat(meeting)
        .isEnded()
        .hasPassedInOrder(
            "Task_ScheduleMeeting",
            "Task_RecordMinutes",
            "Task_IssueConclusion",
            "Task_PublishConclusion",
            "EndEvent_ConclusionIssued");
    assertThat(meeting)
        .variables()
        .containsEntry("conclusionId", 3L)
        .containsEntry("coercionOrdered", true);
  }

  @Test
  void theChairAsksTheOfficeForMoreInformationAndTheCaseComesBackToHim() throws Exception {
    ProcessInstance meeting =
        BpmnAwareTests.runtimeService()
            .startProcessInstanceByKey(
                "MeetingConclusionProcess",
                "BCĐ-2026-0002",
                Map.of(
                    "caseId", 8L, "caseNumber", "BCĐ-2026-0002", "submittingAgency", "thads-kv03"));
    complete(
        "Task_ScheduleMeeting",
        meeting,
        Map.of(
            "consultationMode", "meeting", "meetingType", "AD_HOC", "meetingDate", "2026-03-12"));
    execute("Task_MailMeetingInvitation", meeting);
    complete("Task_RecordMinutes", meeting, Map.of("minutes", "Chưa đủ thông tin."));

    Date infoDue = Date.from(EngineClock.vn("2026-03-20T23:59"));
    complete(
        "Task_IssueConclusion",
        meeting,
        Map.of("conclusionAction", "request-info", "infoDueDate", infoDue));
    assertThat(task("Task_ProvideInformation", meeting))
        .hasCandidateGroup("thads-kv03")
        .hasDueDate(infoDue);
    verify(publishConclusion, never()).execute(any());

    complete("Task_ProvideInformation", meeting, Map.of("infoAnswer", "Đã xác minh lại tài sản."));
    verify(informationProvided).notify(any(DelegateTask.class));
    assertThat(meeting).isWaitingAt("Task_IssueConclusion");
    complete("Task_IssueConclusion", meeting, Map.of("conclusionAction", "conclude"));
    execute("Task_PublishConclusion", meeting);
    assertThat(meeting)
        .isEnded()
        .hasPassedInOrder(
            "Task_IssueConclusion",
            "Task_ProvideInformation",
            "Gateway_ConclusionDue",
            "Task_IssueConclusion",
            "EndEvent_ConclusionIssued");
  }

  @Test
  void writtenConsultationApprovedByTheChairGoesStraightToTheConclusion() throws Exception {
    ProcessInstance meeting =
        BpmnAwareTests.runtimeService()
            .startProcessInstanceByKey(
                "MeetingConclusionProcess",
                "BCĐ-2026-0003",
                Map.of(
                    "caseId", 9L, "caseNumber", "BCĐ-2026-0003", "submittingAgency", "thads-kv02"));
    complete(
        "Task_ScheduleMeeting",
        meeting,
        Map.of(
            "consultationMode",
            "written",
            "writtenConsultationReason",
            "Các thành viên đã thống nhất ý kiến."));
    assertThat(task("Task_DecideWrittenConsultation", meeting))
        .hasCandidateGroup("bcd-chair")
        .hasCandidateGroup("bcd-standing-deputy")
        .hasDueDate(due("written-consultation-decision"));

    complete(
        "Task_DecideWrittenConsultation",
        meeting,
        Map.of("writtenConsultationDecision", "approve"));
    verify(writtenConsultationDecided).notify(any(DelegateTask.class));
    // No meeting, no minutes: the chair concludes on the written opinions.
    assertThat(meeting).isWaitingAt("Task_IssueConclusion");
    verify(minutesRecorded, never()).notify(any());
    complete("Task_IssueConclusion", meeting, Map.of("conclusionAction", "conclude"));
    execute("Task_PublishConclusion", meeting);
    assertThat(meeting)
        .isEnded()
        .hasPassedInOrder(
            "Task_ScheduleMeeting",
            "Gateway_MeetingOrWritten",
            "Task_DecideWrittenConsultation",
            "Gateway_WrittenApproved",
            "Gateway_ConclusionDue",
            "Task_IssueConclusion",
            "EndEvent_ConclusionIssued")
        .hasNotPassed("Task_RecordMinutes");
  }

  @Test
  void writtenConsultationRefusedByTheChairSendsTheSecretariatBackToScheduleAMeeting()
      throws Exception {
    ProcessInstance meeting =
        BpmnAwareTests.runtimeService()
            .startProcessInstanceByKey(
                "MeetingConclusionProcess",
                "BCĐ-2026-0004",
                Map.of(
                    "caseId",
                    10L,
                    "caseNumber",
                    "BCĐ-2026-0004",
                    "submittingAgency",
                    "thads-kv04"));
    complete(
        "Task_ScheduleMeeting",
        meeting,
        Map.of("consultationMode", "written", "writtenConsultationReason", "Ý kiến thống nhất."));
    complete(
        "Task_DecideWrittenConsultation",
        meeting,
        Map.of(
            "writtenConsultationDecision",
            "reject",
            "writtenConsultationNote",
            "Vụ việc phức tạp, cần họp."));
    assertThat(meeting).isWaitingAt("Task_ScheduleMeeting");
    assertThat(task("Task_ScheduleMeeting", meeting)).hasCandidateGroup("bcd-secretariat");

    complete(
        "Task_ScheduleMeeting",
        meeting,
        Map.of(
            "consultationMode", "meeting", "meetingType", "AD_HOC", "meetingDate", "2026-03-12"));
    assertThat(meeting).isWaitingAt("Task_RecordMinutes");
    assertThat(meeting)
        .hasPassedInOrder(
            "Task_DecideWrittenConsultation",
            "Gateway_WrittenApproved",
            "Gateway_SchedulingDue",
            "Task_ScheduleMeeting");
  }
}
