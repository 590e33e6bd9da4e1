package vn.gov.thads.bcd.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.CaseRequests.dossier;
import static vn.gov.thads.bcd.testsupport.CaseRequests.string;
import static vn.gov.thads.bcd.testsupport.CaseRequests.variables;
import static vn.gov.thads.bcd.testsupport.EngineClock.vn;
import static vn.gov.thads.bcd.testsupport.Waiting.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.rest.impl.FetchAndLockContextListener;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.RoleGroup;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;
import vn.gov.thads.bcd.testsupport.Smtp;
import vn.gov.thads.bcd.testsupport.TestApplication;

/**
 * Two application nodes on one fresh PostgreSQL database, both with their job executors on, as
 * behind a round-robin load balancer without sticky sessions: they start at the same moment, a
 * webapp login made on one node keeps working on the other, REST calls alternate between them, both
 * see every case and task exactly once, and every reminder leaves exactly once.
 *
 * <p>Both nodes run in this JVM (the engine clock is moved for the reminders, and it is a JVM-wide
 * clock), so their engines need different names. Camunda's webapps find an engine by name in a
 * JVM-wide registry: a webapp request to node 2 that names node 1's engine is served by node 2's
 * own web stack — Tomcat, Spring Session's repository, Camunda's authentication and CSRF filters —
 * with node 1's engine object, on the same database. What it proves is the session: node 2 never
 * saw it and must find it in the database. REST calls name each node's own engine.
 */
class ClusterIT {

  private static final int CASES = 6;
  private static final String START = "/process-definition/key/DifficultCaseProcess/submit-form";

  private final List<ConfigurableApplicationContext> apps = new ArrayList<>();

  record Node(ConfigurableApplicationContext app, String name) {
    int port() {
      return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    ProcessEngine engine() {
      return app.getBean(ProcessEngine.class);
    }

    /** engine-rest of this node's own engine. */
    String rest(String path) {
      return "/engine-rest/engine/" + engine().getName() + path;
    }
  }

  @AfterEach
  void stop() {
    apps.forEach(ConfigurableApplicationContext::close);
    ClockUtil.reset();
  }

  /**
   * Brings two starting nodes to the database at the same moment: each waits for the other before
   * its application context is refreshed (Flyway, the engine's schema, deployment, organisation).
   * Before that, Spring Boot sets up logging, which is JVM-wide and not thread-safe, so the two
   * starts take turns through it.
   */
  private static final class StartTogether
      implements ApplicationListener<ApplicationEvent>, Ordered {
    private final ReentrantLock logging = new ReentrantLock();
    private final CyclicBarrier together = new CyclicBarrier(2);

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      if (event instanceof ApplicationStartingEvent) {
        logging.lock();
      } else if (event instanceof ApplicationContextInitializedEvent) {
        logging.unlock();
        try {
          together.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("The other node did not start", e);
        }
      } else if (event instanceof ApplicationFailedEvent && logging.isHeldByCurrentThread()) {
        logging.unlock();
      }
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }

  private Node start(
      PostgresTestDatabase.Database db, Smtp smtp, String name, StartTogether together) {
    ConfigurableApplicationContext app =
        TestApplication.start(
            db,
            Map.of(
                "bcd.cluster.node-id", name,
                "camunda.bpm.job-execution.enabled", "true",
                "camunda.bpm.job-execution.wait-time-in-millis", "200",
                "camunda.bpm.job-execution.max-wait", "1000",
                "spring.mail.port", Integer.toString(smtp.port)),
            List.of(together),
            "test");
    synchronized (apps) {
      apps.add(app);
    }
    return new Node(app, name);
  }

  @Test
  void twoNodesServeTheSameLoginsCasesTasksAndRemindersExactlyOnce() throws Exception {
    try (Smtp smtp = new Smtp()) {
      PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_cluster");
      ClockUtil.setCurrentTime(Date.from(vn("2026-03-02T10:00:00"))); // a Monday

      // Camunda's REST runs one fetch-and-lock thread per JVM, set up unsynchronised by the first
      // web application that
      // starts: two nodes starting in one JVM at the same instant can both try to start that thread
      // (IllegalThreadStateException). Real nodes are separate JVMs; here it is set up once, before
      // both.
      new FetchAndLockContextListener().contextInitialized(null);
      // Both nodes start at the same moment on the empty database.
      ExecutorService starting = Executors.newFixedThreadPool(2);
      StartTogether together = new StartTogether();
      Future<Node> first = starting.submit(() -> start(db, smtp, "node-1", together));
      Future<Node> second = starting.submit(() -> start(db, smtp, "node-2", together));
      Node n1 = first.get();
      Node n2 = second.get();
      starting.shutdown();
      JdbcClient jdbc = n1.app().getBean(JdbcClient.class);

      // The database was set up once: one deployment, version 1 of every model, the organisation
      // once.
      assertThat(count(jdbc, "select count(*) from act_re_deployment")).isEqualTo(1);
      assertThat(count(jdbc, "select count(*) from act_re_procdef")).isPositive();
      assertThat(count(jdbc, "select count(*) from act_re_procdef where version_ <> 1")).isZero();
      Organisation organisation = n1.app().getBean(Organisation.class);
      assertThat(
              count(
                  jdbc,
                  "select count(*) from act_id_group where type_ = '"
                      + RoleGroup.AGENCY_TYPE
                      + "'"))
          .isEqualTo(organisation.agencies().size());
      assertThat(count(jdbc, "select count(*) from act_id_user"))
          .isEqualTo(organisation.people().size() + 1);
      // Each node locks jobs under its own name.
      assertThat(lockOwner(n1)).isEqualTo("node-1");
      assertThat(lockOwner(n2)).isEqualTo("node-2");
      Node[] nodes = {n1, n2};

      // REST with Basic credentials, alternately through both nodes: start the cases ...
      Http officer = Http.rest(n1.port(), "chv.kv01", "demo");
      List<String> caseIds = new ArrayList<>();
      for (int i = 0; i < CASES; i++) {
        Node via = nodes[i % 2];
        Http.Response started =
            officer
                .onPort(via.port())
                .postJson(via.rest(START), variables(dossier((i + 1) + "/QĐ-CỤM")));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        caseIds.add(started.json().get("id").asText());
      }
      await(() -> openTasks(n1, "Task_ApproveRequest") == CASES, "the approval of every case");

      // ... and approve half of them, the tasks read and completed through alternate nodes.
      Http head = Http.rest(n2.port(), "photruongban", "demo");
      for (int i = 0; i < CASES / 2; i++) {
        Node reader = nodes[(i + 1) % 2];
        Node worker = nodes[i % 2];
        JsonNode tasks =
            head.onPort(reader.port())
                .get(
                    reader.rest(
                        "/task?taskDefinitionKey=Task_ApproveRequest&sortBy=created&sortOrder=asc"))
                .json();
        Http.Response done =
            head.onPort(worker.port())
                .postJson(
                    worker.rest("/task/" + tasks.get(0).get("id").asText() + "/submit-form"),
                    variables(Map.of("approvalDecision", string("approve"))));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
      }
      await(
          () -> openTasks(n1, "Task_ReviewDossier") == CASES / 2,
          "the reviews of the approved cases");

      // A Tasklist login on node 1; its following requests go to node 2 and node 1 in turn.
      Http tasklist1 = Http.browser(n1.port());
      Http tasklist2 = tasklist1.onPort(n2.port());
      String webEngine = "/camunda/api/engine/engine/" + n1.engine().getName();
      Http.Response login =
          tasklist1.loginToWebapp(n1.engine().getName(), "tasklist", "thuky", "demo");
      assertThat(login.status()).as(login.body()).isEqualTo(200);
      assertThat(login.json().get("userId").asText()).isEqualTo("thuky");
      assertThat(tasklist1.cookie("BCD_SESSION"))
          .get()
          .satisfies(c -> assertThat(c.isHttpOnly()).isTrue());
      assertThat(tasklist1.cookie("JSESSIONID")).isEmpty();

      // Right after the login Tasklist sends several requests at once, and the proxy spreads them
      // over both nodes:
      // the first ones of the new session. They must not each hand out a CSRF token of their own.
      List<CompletableFuture<Http.Response>> burst =
          IntStream.range(0, 6)
              .mapToObj(
                  i ->
                      CompletableFuture.supplyAsync(
                          () ->
                              (i % 2 == 0 ? tasklist2 : tasklist1)
                                  .get(webEngine + "/task?taskDefinitionKey=Task_ReviewDossier")))
              .toList();
      assertThat(burst).allSatisfy(r -> assertThat(r.get().status()).isEqualTo(200));
      JsonNode reviews =
          tasklist2.get(webEngine + "/task?taskDefinitionKey=Task_ReviewDossier").json();
      assertThat(reviews).hasSize(CASES / 2);
      String review = reviews.get(0).get("id").asText();
      Http.Response claimed =
          tasklist1.postJsonFromWebapp(
              webEngine + "/task/" + review + "/claim", Map.of("userId", "thuky"));
      assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
      assertThat(tasklist2.get(webEngine + "/task/" + review).json().get("assignee").asText())
          .isEqualTo("thuky");
      Http.Response submitted =
          tasklist2.postJsonFromWebapp(
              webEngine + "/task/" + review + "/submit-form",
              variables(Map.of("dossierComplete", string("complete"))));
      assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
      assertThat(tasklist1.get(webEngine + "/task?taskDefinitionKey=Task_ReviewDossier").json())
          .hasSize(CASES / 2 - 1);
      // One session in the database, for the one login; REST with Basic credentials keeps none.
      assertThat(count(jdbc, "select count(*) from spring_session")).isEqualTo(1);

      // Logging out on node 2 ends the login on both nodes.
      Http.Response logout =
          tasklist2.postJsonFromWebapp(
              "/camunda/api/admin/auth/user/" + n1.engine().getName() + "/logout", Map.of());
      assertThat(logout.status()).as(logout.body()).isBetween(200, 204);
      assertThat(tasklist1.get(webEngine + "/task").status()).isEqualTo(401);
      assertThat(tasklist2.get(webEngine + "/task").status()).isEqualTo(401);

      // A Cockpit login on node 2: a write without the CSRF token sent to node 1 is refused, and
      // Camunda ends a
      // login that received a forged request: on node 2 as well.
      Http cockpit2 = Http.browser(n2.port());
      Http cockpit1 = cockpit2.onPort(n1.port());
      assertThat(cockpit2.loginToWebapp(n1.engine().getName(), "cockpit", "thuky", "demo").status())
          .isEqualTo(200);
      assertThat(cockpit1.get(webEngine + "/process-instance/count").status()).isEqualTo(200);
      assertThat(
              cockpit1
                  .postFormWithoutCsrf(
                      webEngine + "/task/" + reviews.get(1).get("id").asText() + "/claim", "")
                  .status())
          .isEqualTo(403);
      assertThat(cockpit2.get(webEngine + "/process-instance/count").status()).isEqualTo(401);
      assertThat(
              n1.engine()
                  .getTaskService()
                  .createTaskQuery()
                  .taskId(reviews.get(1).get("id").asText())
                  .taskUnassigned()
                  .count())
          .isEqualTo(1);

      // Each node lists every case and every task exactly once, the same ones.
      Set<String> taskIdsInDatabase =
          n1.engine().getTaskService().createTaskQuery().list().stream()
              .map(Task::getId)
              .collect(Collectors.toSet());
      Http admin = Http.rest(n1.port(), "admin", "demo");
      for (Node node : nodes) {
        List<String> cases =
            ids(
                admin
                    .onPort(node.port())
                    .get(node.rest("/process-instance?processDefinitionKey=DifficultCaseProcess"))
                    .json());
        assertThat(cases)
            .as("cases via " + node.name())
            .doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(caseIds);
        List<String> tasks =
            ids(admin.onPort(node.port()).get(node.rest("/task?maxResults=1000")).json());
        assertThat(tasks)
            .as("tasks via " + node.name())
            .doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(taskIdsInDatabase);
      }
      assertThat(taskIdsInDatabase).hasSizeGreaterThanOrEqualTo(CASES);

      // Wednesday 11/03: every open task is at least 4 working days late. Both job executors send
      // the reminders.
      ClockUtil.setCurrentTime(Date.from(vn("2026-03-11T08:30:00")));
      await(() -> dueReminders(jdbc) == 0, "the reminders due");
      Thread.sleep(2_000); // anything more would be a duplicate

      Set<String> tasksWithDueDate =
          n1
              .engine()
              .getTaskService()
              .createTaskQuery()
              .dueBefore(ClockUtil.getCurrentTime())
              .list()
              .stream()
              .map(Task::getId)
              .collect(Collectors.toSet());
      assertThat(tasksWithDueDate).isEqualTo(taskIdsInDatabase);
      Map<String, Integer> escalations = new HashMap<>();
      jdbc.sql(
              "select task_id, count(*) from bcd_reminder where kind = 'ESCALATION_HEAD' group by task_id")
          .query(
              rs -> {
                escalations.put(rs.getString(1), rs.getInt(2));
              });
      assertThat(escalations.keySet()).isEqualTo(taskIdsInDatabase);
      assertThat(escalations.values()).containsOnly(1);

      int sent = count(jdbc, "select count(*) from bcd_reminder where status = 'SENT'");
      List<Smtp.Mail> mails = smtp.mails();
      assertThat(mails).hasSize(sent);
      assertThat(mails)
          .allSatisfy(
              m -> assertThat(m.copies()).as(m.subject()).isEqualTo(m.to().size() + m.cc().size()));
      assertThat(
              mails.stream()
                  .filter(m -> m.subject().startsWith("[BCĐ THADS] Báo cáo chậm thực hiện")))
          .hasSize(taskIdsInDatabase.size());
      assertThat(count(jdbc, "select count(*) from act_ru_incident")).isZero();
      // The job log names the node that ran each job.
      Set<String> runners =
          new HashSet<>(
              jdbc.sql("select distinct hostname_ from act_hi_job_log").query(String.class).list());
      assertThat(runners).isNotEmpty().isSubsetOf(Set.of("node-1", "node-2"));
    }
  }

  private static String lockOwner(Node node) {
    return ((ProcessEngineConfigurationImpl) node.engine().getProcessEngineConfiguration())
        .getJobExecutor()
        .getLockOwner();
  }

  private static long openTasks(Node node, String key) {
    return node.engine().getTaskService().createTaskQuery().taskDefinitionKey(key).count();
  }

  private static List<String> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }

  private static int count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Integer.class).single();
  }

  /** Tasks with a reminder due now, free or held by a node at work. */
  private static int dueReminders(JdbcClient jdbc) {
    return jdbc.sql("select count(*) from bcd_reminder_plan where next_at <= ?")
        .params(Timestamp.from(ClockUtil.getCurrentTime().toInstant()))
        .query(Integer.class)
        .single();
  }
}
