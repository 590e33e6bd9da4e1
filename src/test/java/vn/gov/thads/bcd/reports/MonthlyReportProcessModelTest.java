package vn.gov.thads.bcd.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.gov.thads.bcd.reminders.ReminderSettings;
import vn.gov.thads.bcd.testsupport.EngineClock;
import vn.gov.thads.bcd.testsupport.ModelTestEngine;
import vn.gov.thads.bcd.testsupport.ProcessModelTest;

/**
 * MonthlyReportProcess alone: its daily 08:00 timer, the decision whether today is the day, the
 * asynchronous mail retried at the reminders' intervals. The decision and the mail themselves are
 * checked in MonthlyReportIT.
 */
class MonthlyReportProcessModelTest extends ProcessModelTest {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension();

  MonthlyReportMail mail;

  @BeforeEach
  void beans() {
    ReportSettings settings = bean("reportSettings", ReportSettings.class);
    when(settings.monthlyCycle()).thenReturn("R/2026-01-01T08:00:00+07:00/P1D");
    ReminderSettings reminders = bean("reminderSettings", ReminderSettings.class);
    when(reminders.retryIntervals()).thenReturn("PT1M,PT5M,PT15M,PT1H,PT4H");
    mail = bean("monthlyReportMail", MonthlyReportMail.class);
    // The timer's cycle is read while the model deploys.
    deploy("MonthlyReportProcess.bpmn");
  }

  void decides(boolean due) {
    doAnswer(
            call -> {
              DelegateExecution e = call.getArgument(0);
              e.setVariable(MonthlyReportMail.MONTH, "2026-12");
              e.setVariable(MonthlyReportMail.DUE, due);
              return null;
            })
        .when(mail)
        .decide(any());
  }

  Job dailyTimer() {
    Job timer = jobQuery().processDefinitionKey("MonthlyReportProcess").timers().singleResult();
    assertThat(timer).isNotNull();
    return timer;
  }

  ProcessInstance run() {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey("MonthlyReportProcess")
        .singleResult();
  }

  @Test
  void aDayThatIsNotTheDayEndsWithoutMail() {
    decides(false);
    Job timer = dailyTimer();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(EngineClock.vn("2026-03-03T08:00")));
    EngineClock.at("2026-03-03T08:00");
    managementService().executeJob(timer.getId());

    assertThat(run()).isNull();
    assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .activityId("EndEvent_MonthlyReportNotDue")
                .count())
        .isEqualTo(1);
    verify(mail, never()).send(any());
    assertThat(dailyTimer().getDuedate()).isEqualTo(Date.from(EngineClock.vn("2026-03-04T08:00")));
  }

  @Test
  void onTheDayTheMailLeavesInItsOwnJobAndIsRetriedAtTheRemindersIntervals() {
    decides(true);
    doThrow(new IllegalStateException("SMTP 421")).doNothing().when(mail).send(any());
    managementService().executeJob(dailyTimer().getId());
    ProcessInstance run = run();
    assertThat(run).isWaitingAt("Task_SendMonthlyReport");
    verify(mail, never()).send(any());

    Job job = job("Task_SendMonthlyReport", run);
    assertThatThrownBy(() -> managementService().executeJob(job.getId()))
        .hasMessageContaining("SMTP 421");
    Job retry = job("Task_SendMonthlyReport", run);
    assertThat(retry.getRetries()).isEqualTo(5);
    assertThat(
            Duration.between(
                ClockUtil.getCurrentTime().toInstant(), retry.getDuedate().toInstant()))
        .isEqualTo(Duration.ofMinutes(1));

    managementService().executeJob(retry.getId());
    verify(mail, times(2)).send(any());
    assertThat(run)
        .isEnded()
        .hasPassed(
            "StartEvent_MonthlyReportTime",
            "Task_DecideMonthlyReport",
            "Gateway_MonthlyReportDue",
            "Task_SendMonthlyReport",
            "EndEvent_MonthlyReportSent")
        .hasNotPassed("EndEvent_MonthlyReportNotDue");
  }
}
