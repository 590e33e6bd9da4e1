package vn.gov.thads.bcd.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.EngineClock.vn;
import static vn.gov.thads.bcd.testsupport.Waiting.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;
import vn.gov.thads.bcd.testsupport.ReminderJobs;
import vn.gov.thads.bcd.testsupport.Smtp;
import vn.gov.thads.bcd.testsupport.TestApplication;

/**
 * Two application nodes on one PostgreSQL database, both running the job executor, one of them
 * stopped in the middle of the work and a third "node" that crashed holding locks: every reminder
 * still leaves exactly once.
 */
class ReminderClusterIT {

  private static final int CASES = 40;

  private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

  @AfterEach
  void stop() {
    nodes.forEach(ConfigurableApplicationContext::close);
    ClockUtil.reset();
  }

  private ConfigurableApplicationContext node(
      PostgresTestDatabase.Database db, Smtp smtp, boolean jobs) {
    ConfigurableApplicationContext app =
        TestApplication.start(
            db,
            Map.of(
                "camunda.bpm.job-execution.enabled",
                Boolean.toString(jobs),
                "camunda.bpm.job-execution.wait-time-in-millis",
                "200",
                "camunda.bpm.job-execution.max-wait",
                "1000",
                "spring.mail.port",
                Integer.toString(smtp.port)),
            "test");
    nodes.add(app);
    return app;
  }

  @Test
  void everyReminderLeavesExactlyOnceFromTwoNodesThroughAStopAndACrash() throws Exception {
    try (Smtp smtp = new Smtp()) {
      PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_reminder_cluster");
      ClockUtil.setCurrentTime(Date.from(vn("2026-03-02T10:00:00")));
      ConfigurableApplicationContext setup = node(db, smtp, false);
      ProcessEngine engine = setup.getBean(ProcessEngine.class);
      JdbcClient jdbc = setup.getBean(JdbcClient.class);
      for (int i = 1; i <= CASES; i++) {
        CaseScenario.start(
            engine, "chv.kv0" + (1 + i % 9), CaseScenario.dossier(i + "/QĐ-CLUSTER"));
      }
      // Wednesday 11/03: every approval (due Thursday 05/03) is 4 working days late: a reminder and
      // an escalation each.
      ClockUtil.setCurrentTime(Date.from(vn("2026-03-11T08:30:00")));
      List<Job> due =
          engine.getManagementService().createJobQuery().executable().list().stream()
              .filter(ReminderJobs::isReminder)
              .toList();
      assertThat(due).hasSize(CASES);
      // A node crashed right after locking ten of them: they wait for its lock to expire.
      Timestamp lockedUntil =
          Timestamp.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(5)));
      for (Job job : due.subList(0, 10)) {
        jdbc.sql(
                "update act_ru_job set lock_owner_ = 'crashed-node', lock_exp_time_ = ? where id_ = ?")
            .params(lockedUntil, job.getId())
            .update();
      }

      ConfigurableApplicationContext a = node(db, smtp, true);
      node(db, smtp, true);
      await(() -> sent(jdbc) >= 10, "the two nodes at work");
      a.close(); // an operator stops one node while it works; jobs it had locked wait for their
      // lock to expire
      await(() -> unlockedDue(jdbc) == 0, "the other node finishing what is free");
      assertThat(sent(jdbc)).isLessThan(2 * CASES);

      ClockUtil.setCurrentTime(
          Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(6))));
      node(db, smtp, true); // the restarted node
      await(() -> sent(jdbc) == 2 * CASES, "the crashed node's reminders");
      Thread.sleep(2_000); // anything more would be a duplicate

      assertThat(sent(jdbc)).isEqualTo(2 * CASES);
      List<Smtp.Mail> mails = smtp.mails();
      assertThat(mails).hasSize(2 * CASES);
      assertThat(mails)
          .allSatisfy(
              m -> assertThat(m.copies()).as(m.subject()).isEqualTo(m.to().size() + m.cc().size()));
      assertThat(
              mails.stream()
                  .filter(m -> m.subject().startsWith("[BCĐ THADS] Quá hạn 3 ngày làm việc")))
          .hasSize(CASES);
      assertThat(
              mails.stream()
                  .filter(m -> m.subject().startsWith("[BCĐ THADS] Báo cáo chậm thực hiện")))
          .hasSize(CASES);
      assertThat(jdbc.sql("select count(*) from act_ru_incident").query(Integer.class).single())
          .isZero();
    }
  }

  private static int sent(JdbcClient jdbc) {
    return jdbc.sql("select count(*) from bcd_reminder where status = 'SENT'")
        .query(Integer.class)
        .single();
  }

  /** Reminder jobs due and free to take (not locked by a node). */
  private static int unlockedDue(JdbcClient jdbc) {
    return jdbc.sql(
            """
        select count(*) from act_ru_job where handler_type_ = ? and duedate_ <= ? and lock_owner_ is null""")
        .params(ReminderJobHandler.TYPE, Timestamp.from(ClockUtil.getCurrentTime().toInstant()))
        .query(Integer.class)
        .single();
  }
}
