package vn.gov.thads.bcd.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.Application;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;

/**
 * Issue 17, goal 1: what a case costs against a bare process start on the same engine, measured in
 * the same run with the same HTTP clients. The application (PostgreSQL, authorization on, job
 * executor off as in the other benchmarks) gets a one-user-task process deployed beside its own
 * models; {@code chv.kv01} may start it. Then, with {@code clients} threads, each sending its next
 * request when the last one answered:
 *
 * <ul>
 *   <li>bare: {@code POST /engine-rest/process-definition/key/Bench_BareStart/start};
 *   <li>this application: {@code POST /api/cases} with a valid dossier (a new decision number
 *       each);
 *   <li>bare again (the database has grown in between).
 * </ul>
 *
 * Then, the same way, user-task completions: the bare process's task ({@code POST
 * /engine-rest/task/{id}/complete} as {@code chv.kv01}) against a case's first step, the approval
 * ({@code submit-form} with {@code approvalDecision} as {@code photruongban}), over the tasks the
 * starts left open. Prints requests/s, p50/p95 of each, the ratios, the SQL statements of one
 * request of each (counted around a single request: {@link StatementCounting}), and {@code pgbench
 * -N} of this sitting on the same server (8 clients, 15 s). A program, not a test:
 *
 * <pre>./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=vn.gov.thads.bcd.benchmark.IntakeBenchmark -Dexec.args="8 20"</pre>
 *
 * Arguments: clients (8), seconds per phase (20). {@code -Dbench.statements=true} also prints the
 * beginning of each statement of the two single requests. {@code -Dbench.openTasks=true} first
 * fills the database as {@link OverdueDashboardBenchmark} does (25,000 cases, 100,000 open tasks
 * with their authorizations), so that starts and completions are measured at a province's scale
 * rather than on an empty database.
 */
public final class IntakeBenchmark {

  static final String BARE = "Bench_BareStart";

  private IntakeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_bench_intake");
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(Application.class, StatementCounting.class)
            .run(Benchmarks.arguments(db).toArray(String[]::new))) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      deployBare(engine);
      if (Boolean.getBoolean("bench.openTasks")) {
        long start = System.nanoTime();
        OverdueDashboardBenchmark.generate(db, app.getBean(JdbcClient.class));
        System.out.printf(
            "database filled: 25,000 cases, 100,000 open tasks (%.1f s)%n",
            (System.nanoTime() - start) / 1e9);
      }
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      Http officer = Http.rest(port, "chv.kv01", "demo");
      IntFunction<Http.Response> bare =
          i -> officer.postJson("/engine-rest/process-definition/key/" + BARE + "/start", Map.of());
      IntFunction<Http.Response> intake =
          i -> officer.postJson("/api/cases", CaseScenario.dossier());

      // Warm-up of both paths, then one request of each alone, its statements counted.
      for (int i = 0; i < 50; i++) {
        Benchmarks.check(bare.apply(i));
        Benchmarks.check(intake.apply(i));
      }
      System.out.println("One request alone, after warm-up:");
      System.out.println("  bare start:  " + counted(() -> bare.apply(0)));
      System.out.println("  case intake: " + counted(() -> intake.apply(0)));

      System.out.printf("%nThroughput, %d clients, %d s each:%n", clients, seconds);
      Rate bare1 = run("bare start", bare, clients, seconds);
      Rate cases = run("POST /api/cases", intake, clients, seconds);
      Rate bare2 = run("bare start again", bare, clients, seconds);
      double bareRate = (bare1.perSecond + bare2.perSecond) / 2;
      System.out.printf(
          "case intake / bare start: %.2f (%.1f / %.1f starts/s, bare the mean of both runs)%n",
          cases.perSecond / bareRate, cases.perSecond, bareRate);

      // User-task completions, same clients: the bare process's one task (which ends it) against a
      // case's first step, the approval (which opens the dossier review), as Tasklist submits it.
      Http deputy = Http.rest(port, "photruongban", "demo");
      Queue<String> bareTasks = new ConcurrentLinkedQueue<>(taskIds(engine, "Task_Bare"));
      Queue<String> approvals = new ConcurrentLinkedQueue<>(taskIds(engine, "Task_ApproveRequest"));
      IntFunction<Http.Response> completeBare =
          i -> {
            String id = bareTasks.poll();
            return id == null
                ? null
                : officer.postJson("/engine-rest/task/" + id + "/complete", Map.of());
          };
      IntFunction<Http.Response> approve =
          i -> {
            String id = approvals.poll();
            return id == null
                ? null
                : deputy.postJson(
                    "/engine-rest/task/" + id + "/submit-form",
                    Map.of("variables", Map.of("approvalDecision", Map.of("value", "approve"))));
          };
      System.out.println("\nOne completion alone:");
      System.out.println("  bare task:     " + counted(() -> completeBare.apply(0)));
      System.out.println("  case approval: " + counted(() -> approve.apply(0)));
      System.out.printf(
          "%nCompletions, %d clients, up to %d s each (%d bare tasks, %d approvals open):%n",
          clients, seconds, bareTasks.size(), approvals.size());
      Rate bareDone = run("bare task completion", completeBare, clients, seconds);
      Rate approved = run("case approval", approve, clients, seconds);
      System.out.printf(
          "case approval / bare completion: %.2f (%.1f / %.1f completions/s)%n",
          approved.perSecond / bareDone.perSecond, approved.perSecond, bareDone.perSecond);
    }
    pgbench();
  }

  /** The one-user-task process, and the right of chv.kv01 to start it. */
  private static void deployBare(ProcessEngine engine) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(BARE)
            .name("Quy trình một việc (đo so sánh)")
            .camundaHistoryTimeToLive(180)
            .startEvent("StartEvent_Bare")
            .name("Bắt đầu")
            .userTask("Task_Bare")
            .name("Việc")
            .camundaCandidateGroups("thads-kv01")
            .endEvent("EndEvent_Bare")
            .name("Xong")
            .done();
    engine
        .getRepositoryService()
        .createDeployment()
        .name(BARE)
        .addModelInstance(BARE + ".bpmn", model)
        .deploy();
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization definition = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    definition.setUserId("chv.kv01");
    definition.setResource(Resources.PROCESS_DEFINITION);
    definition.setResourceId(BARE);
    definition.addPermission(Permissions.READ);
    definition.addPermission(Permissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(definition);
  }

  private static List<String> taskIds(ProcessEngine engine, String taskKey) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).list().stream()
        .map(t -> t.getId())
        .toList();
  }

  private static String counted(Runnable request) {
    StatementCounting.Statements before = StatementCounting.Statements.now();
    StatementCounting.RECORDED.clear();
    StatementCounting.RECORDING.set(true);
    request.run();
    StatementCounting.RECORDING.set(false);
    StatementCounting.Statements statements = StatementCounting.Statements.now().minus(before);
    if (Boolean.getBoolean("bench.statements")) {
      StatementCounting.RECORDED.forEach(q -> System.out.println("      " + q));
    }
    return statements.toString();
  }

  record Rate(double perSecond, double p50, double p95) {}

  private static Rate run(
      String label, IntFunction<Http.Response> request, int clients, int seconds) throws Exception {
    ConcurrentLinkedQueue<Double> ms = new ConcurrentLinkedQueue<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(
          pool.submit(
              () -> {
                int i = 0;
                while (System.nanoTime() < end) {
                  long t = System.nanoTime();
                  Http.Response response = request.apply(client * 1_000_000 + i++);
                  if (response == null) {
                    return; // nothing left to complete
                  }
                  Benchmarks.check(response);
                  ms.add((System.nanoTime() - t) / 1e6);
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    double[] sorted = ms.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    Rate rate =
        new Rate(
            sorted.length / elapsed,
            Benchmarks.percentile(sorted, 50),
            Benchmarks.percentile(sorted, 95));
    System.out.printf(
        "%-20s %7.1f /s   p50 %6.1f ms   p95 %6.1f ms   (%d requests)%n",
        label, rate.perSecond, rate.p50, rate.p95, sorted.length);
    return rate;
  }

  /** {@code pgbench -N}, 8 clients, 15 s, on a scale-10 database of its own on the same server. */
  private static void pgbench() throws Exception {
    PostgresTestDatabase.Database bench = PostgresTestDatabase.fresh("bcd_bench_pgbench");
    String name = bench.url().substring(bench.url().lastIndexOf('/') + 1);
    String host = "127.0.0.1";
    exec(List.of("pgbench", "-h", host, "-U", bench.user(), "-i", "-q", "-s", "10", name), false);
    String out =
        exec(
            List.of(
                "pgbench",
                "-h",
                host,
                "-U",
                bench.user(),
                "-N",
                "-c",
                "8",
                "-j",
                "2",
                "-T",
                "15",
                name),
            true);
    out.lines()
        .filter(l -> l.startsWith("tps") || l.contains("latency average"))
        .forEach(l -> System.out.println("pgbench -N -c 8: " + l));
  }

  private static String exec(List<String> command, boolean keep) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (keep) {
          out.append(line).append('\n');
        }
      }
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
    return out.toString();
  }
}
