package vn.gov.thads.bcd.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.Waiting.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.FreePort;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;
import vn.gov.thads.bcd.testsupport.Smtp;
import vn.gov.thads.bcd.testsupport.TestApplication;

/**
 * The failure drill, from outside the application: two nodes of the packaged jar as processes of
 * their own on one PostgreSQL database, the SMTP server outside them, 300 tasks long overdue (a
 * reminder and an escalation each). One node is killed with SIGKILL a third of the way through and
 * started again later; the SMTP server is stopped for a while and started again. Every Message-ID
 * is counted: none missing, at most one sent twice for the kill, no incident.
 */
class ReminderDrillIT {

  private static final int TASKS = 300;
  private static final String REMINDER = "<bcd-reminder.";

  private final List<Process> nodes = new ArrayList<>();

  @AfterEach
  void stop() {
    nodes.forEach(Process::destroyForcibly);
    ClockUtil.reset();
  }

  @Test
  void aKilledNodeAndAMailOutageLoseNoReminderAndSendAtMostOneTwice() throws Exception {
    Path jar = packagedJar();
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_reminder_drill");
    try (Smtp smtp = new Smtp()) {
      // Set-up in this JVM, its engine clock three weeks back: the head's approval of 300 cases,
      // each now long overdue (a reminder and the chair's escalation due).
      ClockUtil.setCurrentTime(Date.from(Instant.now().minus(21, ChronoUnit.DAYS)));
      try (ConfigurableApplicationContext setup = TestApplication.start(db, Map.of())) {
        ProcessEngine engine = setup.getBean(ProcessEngine.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> started = new ArrayList<>();
        for (int i = 1; i <= TASKS; i++) {
          int n = i;
          started.add(
              pool.submit(
                  () ->
                      CaseScenario.start(
                          engine,
                          "chv.kv%02d".formatted(1 + n % 15),
                          CaseScenario.dossier(n + "/QĐ-DRILL"))));
        }
        for (Future<?> f : started) {
          f.get();
        }
        pool.shutdown();
      }
      ClockUtil.reset();

      int portA = FreePort.find();
      Process a = node(jar, db, smtp, "drill-a", portA);
      int portB = FreePort.find();
      node(jar, db, smtp, "drill-b", portB);
      // A third of the way: about 200 of some 600 reminders, two copies each.
      await(() -> smtp.copies() >= 400, "a third of the reminders");
      a.destroyForcibly(); // SIGKILL
      long killed = System.nanoTime();
      await(() -> sessions(db, "drill-a") == 0, "the database closing the dead node's sessions");
      double sessionsGone = (System.nanoTime() - killed) / 1e6;

      // The mail server goes away for ten seconds while node B works.
      smtp.stop();
      Thread.sleep(10_000);
      smtp.start();
      long back = System.nanoTime();
      node(jar, db, smtp, "drill-a", portA); // node A back, under the same name
      // A mail the server dropped mid-conversation as it stopped counts as refused and waits for
      // its retry rather than the next sweep: wait for those too, not only for the due ones.
      await(
          () ->
              count(
                      db,
                      "select count(*) from bcd_reminder_plan where next_at <= now() or failures > 0")
                  == 0,
          "no reminder left due or waiting to be tried again");
      double allSentAfterServerBack = (System.nanoTime() - back) / 1e9;
      Thread.sleep(3_000); // a late duplicate would show now

      List<Smtp.Mail> mails =
          smtp.mails().stream().filter(m -> m.messageId().startsWith(REMINDER)).toList();
      Set<String> recorded =
          new HashSet<>(db.rows("select message_id from bcd_reminder where status = 'SENT'"));
      assertThat(recorded).as("a reminder and an escalation per task").hasSize(2 * TASKS);
      assertThat(mails)
          .as("every reminder recorded as sent was received, nothing else")
          .extracting(Smtp.Mail::messageId)
          .containsExactlyInAnyOrderElementsOf(recorded);
      int twice = 0;
      for (Smtp.Mail m : mails) {
        int recipients = m.to().size() + m.cc().size();
        assertThat(m.copies() % recipients).as(m.subject()).isZero();
        twice += m.copies() / recipients - 1;
      }
      assertThat(twice).as("sent twice: at most one for the one kill").isLessThanOrEqualTo(1);
      assertThat(count(db, "select count(*) from act_ru_incident")).as("incidents").isZero();
      String window = prometheus(portB, "bcd_reminders_unconfirmed_seconds");
      System.out.printf(
          "ReminderDrillIT: %d reminders, %d sent twice; the dead node's sessions closed %.0f ms"
              + " after SIGKILL; all sent %.1f s after the mail server came back; node B, accepted"
              + " by SMTP -> recorded: %s%n",
          mails.size(), twice, sessionsGone, allSentAfterServerBack, window);
    }
  }

  private Process node(Path jar, PostgresTestDatabase.Database db, Smtp smtp, String name, int port)
      throws IOException {
    Path log = Path.of("target", name + "-" + nodes.size() + ".log");
    Process p =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m",
                "-jar",
                jar.toString(),
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                // Named in PostgreSQL's sessions, to see when the dead node's are gone.
                "--spring.datasource.hikari.data-source-properties.ApplicationName=" + name,
                "--server.port=" + port,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.port,
                "--bcd.mail-sink.enabled=false",
                "--bcd.cluster.node-id=" + name,
                "--bcd.reminders.sweep-every=PT1S",
                // A refused mail is tried again after seconds, not the production minute.
                "--bcd.reminders.retry-intervals=PT3S",
                "--logging.level.root=warn")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    nodes.add(p);
    return p;
  }

  private static Path packagedJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(f -> f.getFileName().toString().matches("bcd-workflow-.*\\.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new AssertionError(
                      "The packaged jar is missing: run through `./mvnw verify` (package runs"
                          + " before the integration tests)"));
    }
  }

  private static int sessions(PostgresTestDatabase.Database db, String name) {
    return count(
        db, "select count(*) from pg_stat_activity where application_name = '" + name + "'");
  }

  private static int count(PostgresTestDatabase.Database db, String sql) {
    try {
      return Integer.parseInt(db.rows(sql).get(0));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The unconfirmed window's quantiles and maximum as a node's Prometheus endpoint reports them.
   */
  private static String prometheus(int port, String name) {
    String body = Http.rest(port, null, null).get("/actuator/prometheus").body();
    List<String> values = new ArrayList<>();
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "(_max)?\\{([^}]*)\\} ([0-9.eE+-]+)$")
            .matcher(body);
    while (m.find()) {
      Matcher q = Pattern.compile("quantile=\"([^\"]+)\"").matcher(m.group(2));
      String label = m.group(1) != null ? "max" : q.find() ? "p" + q.group(1) : null;
      if (label != null) {
        values.add(label + " " + String.format("%.1f ms", Double.parseDouble(m.group(3)) * 1000));
      }
    }
    return String.join(", ", values);
  }
}
