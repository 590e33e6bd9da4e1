package vn.gov.thads.bcd.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.EngineClock.vn;
import static vn.gov.thads.bcd.testsupport.Waiting.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;
import vn.gov.thads.bcd.testsupport.Smtp;
import vn.gov.thads.bcd.testsupport.TestApplication;

/**
 * Two application nodes on one PostgreSQL database, both sweeping reminders, one of them stopped in
 * the middle of the work, and a third "node" that holds some reminders and then dies: every
 * reminder still leaves exactly once, the dead node's as soon as the database ends its session.
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
      assertThat(dueUnheld(jdbc)).isEqualTo(CASES);
      // A node that holds ten of them in its transactions, then dies: its database connection
      // ends, and with it its locks.
      try (Connection crashed = DriverManager.getConnection(db.url(), db.user(), db.password())) {
        crashed.setAutoCommit(false);
        int held = 0;
        try (var hold =
                crashed.prepareStatement(
                    "select task_id from bcd_reminder_plan order by task_id"
                        + " fetch first 10 rows only for update");
            var rows = hold.executeQuery()) {
          while (rows.next()) {
            held++;
          }
        }
        assertThat(held).isEqualTo(10);
        int crashedPid;
        try (var pid = crashed.createStatement().executeQuery("select pg_backend_pid()")) {
          pid.next();
          crashedPid = pid.getInt(1);
        }

        ConfigurableApplicationContext a = node(db, smtp, true);
        node(db, smtp, true);
        await(() -> sent(jdbc) >= 10, "the two nodes at work");
        a.close(); // an operator stops one node while it works: it finishes the mail in hand
        await(() -> sent(jdbc) == 2 * (CASES - 10), "the other node finishing what is free");
        assertThat(dueUnheld(jdbc)).as("only the dead node's are left").isZero();

        // The node dies: the database ends its session, and the reminders it held are free.
        long killed = System.nanoTime();
        jdbc.sql("select pg_terminate_backend(?)").param(crashedPid).query().singleValue();
        await(() -> sent(jdbc) == 2 * CASES, "the dead node's reminders");
        System.out.printf(
            "ReminderClusterIT: the dead node's reminders all sent %.1f s after it died%n",
            (System.nanoTime() - killed) / 1e9);
      }
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

  @Test
  void aNodeThatFallsSilentHoldingRemindersLosesThemWhenTheHoldLimitPasses() throws Exception {
    try (Smtp smtp = new Smtp()) {
      PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_reminder_silent");
      ClockUtil.setCurrentTime(Date.from(vn("2026-03-02T10:00:00")));
      ConfigurableApplicationContext setup = node(db, smtp, false);
      ProcessEngine engine = setup.getBean(ProcessEngine.class);
      JdbcClient jdbc = setup.getBean(JdbcClient.class);
      for (int i = 1; i <= 3; i++) {
        CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier(i + "/QĐ-SILENT"));
      }
      ClockUtil.setCurrentTime(Date.from(vn("2026-03-06T08:30:00")));
      // The sweep threads of a node whose host stops answering in the middle of their
      // transactions: each took a due reminder as the sweep takes one, and never says another
      // word.
      ReminderPlan plan = setup.getBean(ReminderPlan.class);
      TransactionTemplate transaction =
          new TransactionTemplate(setup.getBean(PlatformTransactionManager.class));
      CountDownLatch held = new CountDownLatch(3);
      ExecutorService frozenNode = Executors.newFixedThreadPool(3);
      List<Future<?>> frozen = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        frozen.add(
            frozenNode.submit(
                () ->
                    transaction.executeWithoutResult(
                        status -> {
                          assertThat(
                                  plan.takeDue(
                                      ClockUtil.getCurrentTime().toInstant(),
                                      null,
                                      Duration.ofSeconds(3)))
                              .isPresent();
                          held.countDown();
                          try {
                            Thread.sleep(60_000);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                        })));
      }
      assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(dueUnheld(jdbc)).as("held by the silent node").isZero();
      long silentSince = System.nanoTime();

      node(db, smtp, true);
      await(() -> sent(jdbc) == 3, "the silent node's reminders");
      double seconds = (System.nanoTime() - silentSince) / 1e9;
      System.out.printf(
          "ReminderClusterIT: the silent node's reminders sent %.1f s after it fell silent%n",
          seconds);
      assertThat(seconds).as("freed by the database after the hold limit").isGreaterThan(3);
      frozen.forEach(f -> f.cancel(true));
      frozenNode.shutdownNow();
      // Reminders only: February's monthly report leaves that morning too.
      assertThat(smtp.mails())
          .filteredOn(m -> m.messageId().startsWith("<bcd-reminder."))
          .hasSize(3);
    }
  }

  private static int sent(JdbcClient jdbc) {
    return jdbc.sql("select count(*) from bcd_reminder where status = 'SENT'")
        .query(Integer.class)
        .single();
  }

  /** Tasks with a reminder due now that no transaction holds. */
  private static int dueUnheld(JdbcClient jdbc) {
    return jdbc.sql(
            "select count(*) from (select task_id from bcd_reminder_plan where next_at <= ?"
                + " for update skip locked) free")
        .param(Timestamp.from(ClockUtil.getCurrentTime().toInstant()))
        .query(Integer.class)
        .single();
  }
}
