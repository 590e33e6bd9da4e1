package vn.gov.thads.bcd.benchmark;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.mail.MailComposer;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;
import vn.gov.thads.bcd.testsupport.Smtp;
import vn.gov.thads.bcd.testsupport.TestApplication;

/**
 * Makes N open tasks (default 10,000: the head's approval of N cases) overdue at once and measures
 * the time until the SMTP server (GreenMail, in this JVM) has accepted every reminder, with the
 * application's own sweep settings (every 5 s, 8 threads), so the burst is timed from the clock's
 * move as a morning's reminders are from 08:00. Then checks that each reminder arrived exactly
 * once, and measures the mail server alone for comparison. A program, not a test:
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=vn.gov.thads.bcd.benchmark.ReminderBenchmark -Dexec.args="10000 4"</pre>
 */
public final class ReminderBenchmark {

  public static void main(String[] args) throws Exception {
    run(args);
    // A thread left by a library after the contexts closed (an unnamed scheduled pool, not a
    // daemon) would keep exec:java waiting once the figures are printed.
    System.exit(0);
  }

  private static void run(String[] args) throws Exception {
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Integer sinkPort = args.length > 3 ? Integer.valueOf(args[2]) : null;
    Path sinkCounts = args.length > 3 ? Path.of(args[3]) : null;
    Map<String, String> quiet =
        Map.of("logging.level.root", "warn", "logging.level.org.camunda", "warn");
    try (Smtp smtp = new Smtp()) {
      PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_bench_reminders");
      // Monday 02/03/2026 10:00: the approvals are due Thursday 05/03 17:00.
      ClockUtil.setCurrentTime(
          Date.from(OffsetDateTime.parse("2026-03-02T10:00:00+07:00").toInstant()));
      long setupStart = System.nanoTime();
      try (ConfigurableApplicationContext setup = TestApplication.start(db, quiet)) {
        ProcessEngine engine = setup.getBean(ProcessEngine.class);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
          int n = i;
          futures.add(
              pool.submit(
                  () ->
                      CaseScenario.start(
                          engine, "chv.kv%02d".formatted(1 + n % 15), CaseScenario.dossier())));
        }
        for (Future<?> f : futures) {
          f.get();
        }
        pool.shutdown();
      }
      System.out.printf(
          "%nset-up: %d cases started in %.1f s%n", tasks, (System.nanoTime() - setupStart) / 1e9);

      Map<String, String> node = new HashMap<>(quiet);
      node.put("camunda.bpm.job-execution.enabled", "true");
      node.put("spring.mail.port", Integer.toString(sinkPort != null ? sinkPort : smtp.port));
      // The statements the sweep sends per mail (datasource-proxy), counted over the whole burst.
      node.put("spring.main.sources", StatementCounting.class.getName());
      // The application's own sweep interval, not the tests' one second: the burst is timed from
      // the clock's move, as a morning's reminders are from 08:00.
      node.put("bcd.reminders.sweep-every", "PT5S");
      try (ConfigurableApplicationContext app = TestApplication.start(db, node)) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        // Friday 06/03 08:30: every approval is one working day overdue, all at once.
        StatementCounting.Statements before = StatementCounting.Statements.now();
        long start = System.nanoTime();
        ClockUtil.setCurrentTime(
            Date.from(OffsetDateTime.parse("2026-03-06T08:30:00+07:00").toInstant()));
        // A reminder is recorded as sent in the transaction that hands it to the SMTP server, after
        // the server has
        // accepted it: once every reminder is recorded, every mail has been accepted. (Counting the
        // mails in
        // GreenMail while it works would cost the application CPU: it parses them.)
        int recorded = 0;
        long lastReport = start;
        while (recorded < tasks && System.nanoTime() - start < 900e9) {
          Thread.sleep(100);
          recorded =
              jdbc.sql("select count(*) from bcd_reminder where status = 'SENT'")
                  .query(Integer.class)
                  .single();
          if (System.nanoTime() - lastReport > 10e9) {
            lastReport = System.nanoTime();
            System.out.printf(
                "  %5.1f s: %d reminders sent%n", (lastReport - start) / 1e9, recorded);
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        StatementCounting.Statements statements = StatementCounting.Statements.now().minus(before);
        Thread.sleep(3_000); // a late duplicate would show now
        if (sinkCounts != null) {
          Runtime rt = Runtime.getRuntime();
          int sent =
              jdbc.sql("select count(*) from bcd_reminder where status = 'SENT'")
                  .query(Integer.class)
                  .single();
          System.out.printf(
              "%nReminder benchmark on PostgreSQL, outside SMTP sink: %d tasks overdue at once%n",
              tasks);
          System.out.printf(
              "all reminders sent and recorded in: %.1f s = %.1f mails/s%n",
              seconds, tasks / seconds);
          System.out.printf("the sink counted: %s%n", Files.readString(sinkCounts));
          System.out.printf(
              "recorded as sent in bcd_reminder: %d; heap used: %d MB%n",
              sent, (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
          return;
        }
        // Reminders only: the monthly report of February also leaves that morning (its first
        // working
        // day passed while the clock jumped).
        List<Smtp.Mail> all = smtp.mails();
        List<Smtp.Mail> mails =
            all.stream().filter(m -> m.messageId().startsWith("<bcd-reminder.")).toList();
        long wrongCopies =
            mails.stream().filter(m -> m.copies() != m.to().size() + m.cc().size()).count();
        int sent =
            jdbc.sql("select count(*) from bcd_reminder where status = 'SENT'")
                .query(Integer.class)
                .single();
        int incidents =
            jdbc.sql("select count(*) from act_ru_incident").query(Integer.class).single();
        System.out.printf("%nReminder benchmark on PostgreSQL: %d tasks overdue at once%n", tasks);
        System.out.printf("all reminders accepted by SMTP in: %.1f s%n", seconds);
        System.out.printf("mails/s:                           %.1f%n", mails.size() / seconds);
        System.out.printf(
            "distinct mails received:           %d (expected %d)%n", mails.size(), tasks);
        System.out.printf(
            "copies (one per recipient):        %d, mails with a missing or extra copy: %d%n",
            smtp.copies(), wrongCopies);
        System.out.printf(
            "recorded as sent in bcd_reminder:  %d; incidents: %d%n", sent, incidents);
        System.out.printf(
            "SQL statements during the burst:   %s = %.1f per reminder%n",
            statements, statements.total() / (double) tasks);
        // The window in which a node's death would send a mail twice: from the server's acceptance
        // to the commit of its record.
        HistogramSnapshot window =
            app.getBean(MeterRegistry.class)
                .get("bcd.reminders.unconfirmed")
                .timer()
                .takeSnapshot();
        StringBuilder percentiles = new StringBuilder();
        for (ValueAtPercentile p : window.percentileValues()) {
          percentiles.append(
              String.format(
                  " p%.0f %.1f ms,", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS)));
        }
        System.out.printf(
            "accepted by SMTP -> recorded:      %d mails,%s max %.1f ms%n",
            window.count(), percentiles, window.max(TimeUnit.MILLISECONDS));
        all.stream()
            .filter(m -> !m.messageId().startsWith("<bcd-reminder."))
            .forEach(m -> System.out.println("  another mail: " + m.subject()));
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
            "heap used at the end:              %d MB%n",
            (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));

        // The mail server alone: the same kind of mail, composed and sent from the job executor's
        // pool size.
        MailComposer composer = app.getBean(MailComposer.class);
        smtp.clear();
        int n = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long smtpStart = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          int k = i;
          futures.add(
              pool.submit(
                  () ->
                      composer.send(
                          composer.compose(
                              "reminder",
                              Map.of(
                                  "greeting",
                                  "Kính gửi",
                                  "headline",
                                  "Thử",
                                  "caseNumber",
                                  "BCĐ-2026-0001",
                                  "step",
                                  "Phê duyệt",
                                  "agencyNames",
                                  "Phòng THADS",
                                  "dueDate",
                                  "05/03/2026",
                                  "status",
                                  "Quá hạn 1 ngày làm việc",
                                  "link",
                                  "http://x",
                                  "overdue",
                                  true),
                              List.of(
                                  "kv01@thads.angiang.example", "chv.kv01@thads.angiang.example"),
                              List.of(),
                              "Thử " + k,
                              "<bench." + k + "@bcd-thads>"))));
        }
        for (Future<?> f : futures) {
          f.get();
        }
        pool.shutdown();
        double smtpSeconds = (System.nanoTime() - smtpStart) / 1e9;
        System.out.printf(
            "SMTP alone (compose + send, 8 threads): %d mails in %.1f s = %.1f mails/s%n",
            n, smtpSeconds, n / smtpSeconds);
      }
    }
  }
}
