package vn.gov.thads.bcd.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.IntegrationTest;

/**
 * History time-to-live and the nightly cleanup: the engine's cleanup job exists, runs in the
 * configured window (Vietnam time), and really removes an ended case's history once its
 * time-to-live has passed, and only then.
 */
class HistoryCleanupIT extends IntegrationTest {

  static final ZoneId VIETNAM = VietnamTime.ZONE;

  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void cleanupRunsAtNightVietnamTime() {
    ProcessEngineConfigurationImpl config =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(config.getHistoryCleanupBatchSize()).isEqualTo(200);

    // The engine schedules its cleanup job at the window's start, 22:00 in Vietnam; when it is
    // scheduled inside the window (22:00-05:00 Vietnam: the application started at night, or
    // another test of this class moved the engine clock and the job ran), at that moment. Either
    // way it is due at night, Vietnam time.
    List<Job> jobs = engine.getHistoryService().findHistoryCleanupJobs();
    assertThat(jobs).hasSize(1);
    LocalTime due = jobs.get(0).getDuedate().toInstant().atZone(VIETNAM).toLocalTime();
    assertThat(!due.isBefore(LocalTime.of(22, 0)) || due.isBefore(LocalTime.of(5, 0)))
        .as("due at %s Vietnam time, inside the night window 22:00-05:00", due)
        .isTrue();
  }

  @Test
  void everyCaseModelKeepsItsHistoryTenYears() {
    List<ProcessDefinition> definitions =
        engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
    assertThat(definitions).hasSizeGreaterThanOrEqualTo(8);
    // The daily digest and monthly report runs are technical: what they sent stays in bcd_reminder
    // and bcd_mail; their engine history half a year.
    assertThat(definitions)
        .allSatisfy(
            d ->
                assertThat(d.getHistoryTimeToLive())
                    .as(d.getKey())
                    .isEqualTo(
                        List.of("ReminderDigestProcess", "MonthlyReportProcess")
                                .contains(d.getKey())
                            ? 180
                            : 3650));
  }

  @Test
  void anEndedCaseHistoryIsRemovedAfterItsTimeToLiveAndNotBefore() {
    Date ended = new Date(System.currentTimeMillis());
    ClockUtil.setCurrentTime(ended);
    CaseScenario old = CaseScenario.start(engine, "chv.kv07", CaseScenario.dossier("701/QĐ-THADS"));
    String opinionRequest = old.opinionRequest().getId();
    CaseScenario.as(
        engine,
        "admin",
        () -> {
          engine.getRuntimeService().deleteProcessInstance(old.main.getId(), "Nhập nhầm");
          return null;
        });
    HistoricProcessInstance history =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(old.main.getId())
            .singleResult();
    assertThat(history.getEndTime()).isNotNull();
    assertThat(history.getRemovalTime())
        .isEqualTo(new Date(ended.getTime() + Duration.ofDays(3650).toMillis()));
    assertThat(historyRows(old.main.getId(), opinionRequest)).isPositive();

    // A case ended later (same day, 9 years on) must survive the cleanup that removes the first.
    ClockUtil.setCurrentTime(new Date(ended.getTime() + Duration.ofDays(9 * 365).toMillis()));
    CaseScenario recent =
        CaseScenario.start(engine, "chv.kv07", CaseScenario.dossier("702/QĐ-THADS"));
    CaseScenario.as(
        engine,
        "admin",
        () -> {
          engine.getRuntimeService().deleteProcessInstance(recent.main.getId(), "Nhập nhầm");
          return null;
        });

    // One day before the time-to-live is over: nothing of the first case goes.
    ClockUtil.setCurrentTime(new Date(ended.getTime() + Duration.ofDays(3649).toMillis()));
    runCleanup();
    assertThat(historyRows(old.main.getId(), opinionRequest))
        .as("history before its time-to-live")
        .isPositive();

    // One day after: all of it goes (called process, tasks, variables, user-operation log), the
    // later case stays.
    ClockUtil.setCurrentTime(new Date(ended.getTime() + Duration.ofDays(3651).toMillis()));
    runCleanup();
    assertThat(historyRows(old.main.getId(), opinionRequest))
        .as("history after its time-to-live")
        .isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(recent.main.getId())
                .count())
        .isEqualTo(1);
  }

  private long historyRows(String... processInstanceIds) {
    var history = engine.getHistoryService();
    long rows = 0;
    for (String id : processInstanceIds) {
      rows += history.createHistoricProcessInstanceQuery().processInstanceId(id).count();
      rows += history.createHistoricActivityInstanceQuery().processInstanceId(id).count();
      rows += history.createHistoricTaskInstanceQuery().processInstanceId(id).count();
      rows += history.createHistoricVariableInstanceQuery().processInstanceId(id).count();
      rows += history.createUserOperationLogQuery().processInstanceId(id).count();
    }
    return rows;
  }

  /**
   * What the nightly job does, now: schedule it due immediately and execute it until it has nothing
   * left.
   */
  private void runCleanup() {
    Job job = engine.getHistoryService().cleanUpHistoryAsync(true);
    engine.getManagementService().executeJob(job.getId());
  }
}
