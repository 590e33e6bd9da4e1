package vn.gov.thads.bcd.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;
import vn.gov.thads.bcd.testsupport.Smtp;
import vn.gov.thads.bcd.testsupport.TestApplication;

/**
 * Drives N cases (default 1,000) through the whole lifecycle on PostgreSQL, each step done by the
 * user who holds it, with authorization checks on: dossier, approval, review, consultation,
 * opinion, meeting, minutes, conclusion with one directive, publication, directive report and
 * verification, follow-up report, final report, closure. Prints cases/s and user-task
 * completions/s. A program, not a test:
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=vn.gov.thads.bcd.benchmark.LifecycleBenchmark -Dexec.args="1000 4"</pre>
 */
public final class LifecycleBenchmark {

  private static final int TASKS_PER_CASE = 11;

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable failed) {
      failed.printStackTrace();
      System.exit(1);
    }
    // As in ReminderBenchmark: a thread left by a library after the context closed (an unnamed
    // scheduled pool, not a daemon) would keep exec:java waiting once the figures are printed.
    System.exit(0);
  }

  private static void run(String[] args) throws Exception {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_bench");
    // The meeting's invitations go out while the secretariat schedules it: a real SMTP server.
    try (Smtp smtp = new Smtp();
        ConfigurableApplicationContext app =
            TestApplication.start(
                db,
                Map.of(
                    "logging.level.root",
                    "warn",
                    "logging.level.org.camunda",
                    "warn",
                    "spring.mail.port",
                    Integer.toString(smtp.port)))) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      warmUp(engine);
      AtomicInteger done = new AtomicInteger();
      long start = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < cases; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () -> {
                  runCase(engine, n);
                  done.incrementAndGet();
                }));
      }
      try {
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        // A failed case ends the run with its error, rather than leaving the threads to hold the
        // JVM.
        pool.shutdownNow();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long closed =
          app.getBean(JdbcClient.class)
              .sql("select count(*) from bcd_case where status = 'CLOSED'")
              .query(Long.class)
              .single();
      Runtime rt = Runtime.getRuntime();
      System.out.printf("%nLifecycle benchmark on PostgreSQL, %d threads%n", threads);
      System.out.printf(
          "cases driven:            %d (closed in bcd_case: %d, plus warm-up)%n",
          done.get(), closed);
      System.out.printf("wall time:               %.1f s%n", seconds);
      System.out.printf("cases/s:                 %.2f%n", done.get() / seconds);
      System.out.printf(
          "user-task completions/s: %.1f (%d per case)%n",
          done.get() * TASKS_PER_CASE / seconds, TASKS_PER_CASE);
      System.out.printf(
          "steps tried again:       %d (optimistic locking on the shared meeting, its jobs)%n",
          RETRIES.get());
      System.out.printf(
          "heap used at the end:    %d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }
  }

  private static void warmUp(ProcessEngine engine) {
    for (int i = 0; i < 10; i++) {
      runCase(engine, 100_000 + i);
    }
  }

  /** One case from the dossier to its closure, without coercion. 11 user tasks. */
  static void runCase(ProcessEngine engine, int n) {
    String office = "chv.kv%02d".formatted(1 + n % 15);
    String agency = "thads-kv%02d".formatted(1 + n % 15);
    CaseScenario c = Lifecycle.toMeeting(engine, office); // 5 tasks
    // Every case goes to the same day's committee meeting: two secretaries adding a case to it at
    // once, the engine refuses one (optimistic locking) as Tasklist would show it; it tries again.
    retried(
        () -> c.complete("thuky", "Task_ScheduleMeeting", Lifecycle.meeting(Lifecycle.today())));
    retried(
        () ->
            c.complete(
                "thuky",
                "Task_RecordMinutes",
                Map.of(
                    "minutesNo", "7/BB-BCĐ", "minutes", "Các thành viên thống nhất."))); // 2 tasks
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false, new Lifecycle.Row(agency, List.of(), "Xác minh lại điều kiện thi hành án", 15)));
    // Jobs are run by hand (no job executor here); a job of two cases of the same meeting may meet
    // optimistic locking, which the job executor would try again without counting it as a failure.
    retried(c::runJobs);
    c.complete(
        office,
        "Task_ReportDirectiveResult",
        Map.of("directiveAction", "report", "directiveResult", "Đã xác minh."));
    c.complete("thuky", "Task_VerifyDirectiveResult", Map.of("resultVerdict", "accept"));
    // The monthly follow-up timer: fired at once, without moving the clock shared by all threads.
    for (Job timer : c.jobs()) {
      engine.getManagementService().executeJob(timer.getId());
    }
    c.complete(
        office,
        "Task_ReportStatus",
        Map.of(
            "reportOutcome",
            "completed",
            "amountRecoveredVnd",
            4_200_000_000L,
            "statusText",
            "Đã thi hành xong."));
    c.complete(
        "thuky",
        "Task_FinalReport",
        Map.of("finalReportText", "Đã thi hành xong.", "finalReportDocumentNo", "1/BC-BCĐ"));
    if (!c.mainEnded()) {
      throw new IllegalStateException("Case " + c.caseNumber + " did not close");
    }
  }

  private static final AtomicInteger RETRIES = new AtomicInteger();

  private static void retried(Runnable step) {
    for (int attempt = 1; ; attempt++) {
      try {
        step.run();
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == 10) {
          throw e;
        }
        RETRIES.incrementAndGet();
      }
    }
  }

  private LifecycleBenchmark() {}
}
