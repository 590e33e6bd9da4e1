package vn.gov.thads.bcd.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.tasklist.TasklistFilters;
import vn.gov.thads.bcd.testsupport.Browser;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;

/**
 * The overdue dashboard of Cockpit at scale: 25,000 cases with 100,000 open user tasks, 50,000 of
 * them overdue, with the rows the engine and the application keep for them (main and called process
 * instances, tasks, candidate groups, the engine's task authorizations, the agencies' grants on
 * their cases, cases, ~230,000 reminders, and the open tasks as the history events keep them). The
 * rows are generated with SQL into a fresh PostgreSQL database after the application created its
 * schema, so the query plans are those of a real database of that size. Then the dashboard's HTTP
 * request (first page) is timed as a supervisor and as an agency's staff, with every sort column
 * and filter, after a warm-up, and p50/p95/p99 are printed. A program, not a test:
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=vn.gov.thads.bcd.benchmark.OverdueDashboardBenchmark -Dexec.args="300"</pre>
 *
 * Every request does the whole work: the dashboard has no result cache. Then the same for the
 * agency staff's Tasklist in headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}): the requests it sends on opening, on opening the first task and on showing
 * each other filter, each timed.
 */
public final class OverdueDashboardBenchmark {

  private static final int CASES = 25_000;
  private static final int TASKS_PER_CASE = 4;
  private static final int WARM_UP = 50;
  private static final int TASKLIST_WARM_UP = 3;
  private static final String[] MEMBERS = {
    "so-tu-phap",
    "so-tai-chinh",
    "so-nn-mt",
    "cong-an-tinh",
    "toa-an-tinh",
    "nhnn-chi-nhanh",
    "vks-tinh",
    "ubnd-p-rach-gia"
  };

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_bench_dashboard");
    try (ConfigurableApplicationContext app = Benchmarks.start(db)) {
      long start = System.nanoTime();
      generate(db, app.getBean(JdbcClient.class));
      System.out.printf("data generated in %.1f s%n", (System.nanoTime() - start) / 1e9);

      Http supervisor = Benchmarks.signedIn(app, "cockpit", "thuky");
      Http agency = Benchmarks.signedIn(app, "tasklist", "chv.kv01");
      String url = "/camunda/api/cockpit/plugin/bcd-supervision/default/overdue";
      Http.Response first = Benchmarks.check(supervisor.get(url));
      System.out.printf(
          "supervisor: %s rows in the view (overdue %s, due soon %s)%n",
          first.json().get("total"), first.json().get("overdue"), first.json().get("dueSoon"));
      System.out.printf(
          "chv.kv01:   %s rows in the view%n",
          Benchmarks.check(agency.get(url)).json().get("total"));

      System.out.printf(
          "%nOverdue dashboard, first page of 50, %d timed requests each after %d of warm-up%n",
          runs, WARM_UP);
      measure("supervisor (thuky), default sort", supervisor, url, runs);
      measure("agency staff (chv.kv01), default sort", agency, url, runs);
      measure(
          "supervisor, category filter",
          supervisor,
          url + "?category=tranh-chap-tai-san",
          runs / 4);
      measure("supervisor, one agency", supervisor, url + "?agency=toa-an-tinh", runs / 4);
      for (String sort : List.of("caseNumber", "task", "agency", "assignee", "reminders")) {
        measure("supervisor, sorted by " + sort, supervisor, url + "?sort=" + sort, runs / 4);
      }
      measure(
          "supervisor, sorted by escalation desc",
          supervisor,
          url + "?sort=escalation&order=desc",
          runs / 4);
      measure(
          "agency staff, sorted by reminders desc",
          agency,
          url + "?sort=reminders&order=desc",
          runs / 4);
      measure("agency staff, sorted by caseNumber", agency, url + "?sort=caseNumber", runs / 4);

      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      measureTasklist(port, "chv.kv01", Math.max(1, runs / 10));
      measureTasklist(port, "cv.sotuphap", Math.max(1, runs / 10));
    }
  }

  /**
   * The agency staff's own view, Tasklist, as {@code user} opens it (its first filter, "Việc của
   * đơn vị tôi", with the count of every filter): each request Chromium sent to the engine's API on
   * opening, sent again from the same page with the same headers and body, timed there. Tasklist
   * sends them side by side, so the page waits for about its slowest one. {@code chv.kv01}'s office
   * has 1,667 of the open tasks, {@code cv.sotuphap}'s department (a member) 9,375.
   */
  private static void measureTasklist(int port, String user, int runs) {
    try (Browser browser = Browser.start(port, OverdueDashboardBenchmark.class, true)) {
      browser.loginToTasklist(user, "demo");
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(10));
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
            .until(d -> !browser.taskNamesInList().isEmpty());
      } catch (TimeoutException e) {
        throw new IllegalStateException("Tasklist shows no task: " + browser.visibleText(), e);
      }
      List<Browser.SentRequest> sent = browser.sentRequests(null, "/camunda/api/engine/");
      System.out.printf(
          "%nTasklist of %s (%d tasks in the list), the %d requests it sent to the engine's"
              + " API, %d timed each after %d of warm-up%n",
          user, browser.taskNamesInList().size(), sent.size(), runs, TASKLIST_WARM_UP);
      timeEach(browser, sent, runs);

      // Then the first task of the list opened, as a click on its card opens it; the log holds the
      // requests timed above until read.
      browser.sentRequests(null, "");
      WebElement card =
          browser.driver().findElement(By.cssSelector(".tasks-list li.task h4.task a"));
      String href = card.getAttribute("href");
      browser.openTask(href.substring(href.indexOf("task=") + 5), card.getText().trim());
      List<Browser.SentRequest> opened = browser.sentRequests(null, "/camunda/api/engine/");
      System.out.printf(
          "%s opens the first task: the %d requests sent to the engine's API%n",
          user, opened.size());
      timeEach(browser, opened, runs);

      // Then each other filter, as a click on its name shows it: the list requests it sent.
      for (String filter :
          List.of(
              TasklistFilters.MINE,
              TasklistFilters.DUE_SOON,
              TasklistFilters.OVERDUE,
              TasklistFilters.ALL)) {
        browser.sentRequests(null, "");
        browser.selectFilter(filter);
        List<Browser.SentRequest> lists = new ArrayList<>();
        new WebDriverWait(browser.driver(), Duration.ofMinutes(5))
            .until(
                d -> {
                  lists.addAll(browser.sentRequests("POST", "/list"));
                  return !lists.isEmpty();
                });
        System.out.printf("%s, filter \"%s\": the %d list requests%n", user, filter, lists.size());
        timeEach(browser, lists, runs);
      }
    }
  }

  private static void timeEach(Browser browser, List<Browser.SentRequest> sent, int runs) {
    for (Browser.SentRequest request : sent) {
      double[] ms = timedInPage(browser, request, TASKLIST_WARM_UP, runs);
      Arrays.sort(ms);
      System.out.printf(
          "%-42s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   (n=%d)%n",
          label(request),
          Benchmarks.percentile(ms, 50),
          Benchmarks.percentile(ms, 95),
          Benchmarks.percentile(ms, 99),
          runs);
    }
  }

  /** Method and address without the engine's prefix, ids shortened: "POST filter/…/list". */
  private static String label(Browser.SentRequest request) {
    String path =
        request
            .url()
            .replaceFirst("^.*/camunda/api/engine/engine/default/", "")
            .replaceFirst("^.*/camunda/api/engine/", "")
            .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "…");
    String shown = request.method() + " " + path;
    return shown.length() > 42 ? shown.substring(0, 41) + "…" : shown;
  }

  /** Sends the request again from the page (its session, its headers) and times each answer. */
  private static double[] timedInPage(
      Browser browser, Browser.SentRequest request, int warmUp, int runs) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result =
        (Map<String, Object>)
            ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                    """
                    const [method, url, headers, body, warmUp, runs, done] = arguments;
                    const once = async () => {
                      const t = performance.now();
                      const r = await fetch(url, {method, headers, body: body ?? undefined,
                        credentials: 'same-origin'});
                      await r.text();
                      if (!r.ok) throw new Error(method + ' ' + url + ': HTTP ' + r.status);
                      return performance.now() - t;
                    };
                    (async () => {
                      for (let i = 0; i < warmUp; i++) await once();
                      const ms = [];
                      for (let i = 0; i < runs; i++) ms.push(await once());
                      done({ms});
                    })().catch(e => done({error: String(e)}));""",
                    request.method(),
                    request.url(),
                    request.headers(),
                    request.body(),
                    warmUp,
                    runs);
    if (result.get("error") != null) {
      throw new IllegalStateException((String) result.get("error"));
    }
    return ((List<?>) result.get("ms"))
        .stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
  }

  private static void measure(String label, Http http, String url, int runs) {
    Benchmarks.measure(label, http, url, WARM_UP, runs);
  }

  /**
   * Rows shaped like the engine's: UUID ids, a called process per case holding its open tasks, one
   * candidate group each. Also the starting point of {@link IntakeBenchmark} with {@code
   * -Dbench.openTasks=true}.
   */
  static void generate(PostgresTestDatabase.Database db, JdbcClient jdbc) throws Exception {
    String mainDef =
        jdbc.sql(
                "select ID_ from ACT_RE_PROCDEF where KEY_ = 'DifficultCaseProcess' order by VERSION_ desc limit 1")
            .query(String.class)
            .single();
    String subDef =
        jdbc.sql(
                "select ID_ from ACT_RE_PROCDEF where KEY_ = 'OpinionRequestProcess' order by VERSION_ desc limit 1")
            .query(String.class)
            .single();
    String members =
        "array[" + String.join(",", Arrays.stream(MEMBERS).map(m -> "'" + m + "'").toList()) + "]";
    // Half of the tasks are overdue either way. By default the office's task of each case (k = 1)
    // never is, so every overdue task is a member agency's, and an agency's tasks share a few due
    // dates: the figures in docs/benchmarks.md are measured so unless they say otherwise.
    // -Dbench.spreadDue=true spreads each agency's tasks over overdue and not, and over the days.
    boolean spread = Boolean.getBoolean("bench.spreadDue");
    String overdue = spread ? "(c.i + k) % 2 = 0" : "(c.i * 4 + k) % 2 = 0";
    String daysBefore = spread ? "abs(hashtext('b' || c.i || '-' || k)::bigint)" : "(c.i * 7 + k)";
    String daysAfter = spread ? "abs(hashtext('a' || c.i || '-' || k)::bigint)" : "(c.i * 11 + k)";
    List<String> sql = new ArrayList<>();
    sql.add(
        """
        create temporary table gen_case as
        select i, md5('main' || i)::uuid::text as main_id, md5('sub' || i)::uuid::text as sub_id,
          'BCĐ-2026-' || lpad(i::text, 5, '0') as case_number,
          'thads-kv' || lpad((((i - 1) %% 15) + 1)::text, 2, '0') as agency,
          (%s)[1 + (i %% %d)] as member
        from generate_series(1, %d) i"""
            .formatted(members, MEMBERS.length, CASES));
    sql.add(
        """
        create temporary table gen_task as
        select c.i, k, md5('task' || c.i || '-' || k)::uuid::text as id, c.sub_id, c.main_id, c.case_number,
          case when k = 1 then c.agency else (%s)[1 + ((c.i + k) %% %d)] end as grp,
          case when %s
            then date_trunc('day', now()) - (%s %% 60 + 1) * interval '1 day' + interval '17 hours'
            else date_trunc('day', now()) + (%s %% 90 + 1) * interval '1 day' + interval '17 hours'
          end as due
        from gen_case c cross join generate_series(1, %d) k"""
            .formatted(members, MEMBERS.length, overdue, daysBefore, daysAfter, TASKS_PER_CASE));
    sql.add(
        """
        insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_,
          IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_,
          PROC_DEF_KEY_)
        select main_id, 2, main_id, main_id, case_number, '%s', 'CallActivity_OpinionRequest', false, false, true, false,
          1, 18, 5, 'DifficultCaseProcess' from gen_case"""
            .formatted(mainDef));
    sql.add(
        """
        insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_,
          SUPER_EXEC_, ACT_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_,
          CACHED_ENT_STATE_, SEQUENCE_COUNTER_, PROC_DEF_KEY_)
        select sub_id, 2, main_id, sub_id, case_number, '%s', main_id, 'Task_GiveOpinion', true, false, true, false,
          1, 2, 7, 'OpinionRequestProcess' from gen_case"""
            .formatted(subDef));
    sql.add(
        """
        insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, PRIORITY_,
          CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_)
        select id, 1, sub_id, sub_id, '%s', 'Cho ý kiến bằng văn bản', 'Task_GiveOpinion', 50,
          due - interval '7 days', due - interval '7 days', due, 1, 'Created' from gen_task"""
            .formatted(subDef));
    sql.add(
        """
        insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
        select md5('link' || id)::uuid::text, 1, grp, 'candidate', id from gen_task""");
    // The engine grants each candidate group READ and the default task permission on its task.
    sql.add(
        """
        insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)
        select md5('auth-task' || id)::uuid::text, 1, 1, grp, 7, id, %d from gen_task"""
            .formatted(TaskPermissions.READ.getValue() | TaskPermissions.TASK_WORK.getValue()));
    // CaseAccess: the submitting office and a member with a directive may read the main instance.
    sql.add(
        """
        insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)
        select md5('auth-pi' || main_id || g)::uuid::text, 1, 1, g, 8, main_id, 2
        from (select main_id, agency as g from gen_case union select main_id, member from gen_case) x""");
    sql.add(
        """
        insert into bcd_case (case_number, process_instance_id, submitting_agency, initiator, enforcement_decision_no,
          enforcement_decision_date, judgment_no, debtor_name, creditor_name, amount_vnd, category, obstacle, proposal,
          status, created_at, updated_at)
        select case_number, main_id, agency, 'chv.kv01', i || '/QĐ-THADS', date '2025-09-15', '08/2025/KDTM-PT',
          'Công ty cổ phần Nông sản ' || i, 'Ngân hàng TMCP Công Thương', 1000000000 + i,
          (array['tin-dung-ngan-hang','tranh-chap-tai-san','hanh-chinh','hinh-su-phan-dan-su','dan-su-khac'])[1 + i % 5],
          'Tài sản bảo đảm đã bị chuyển nhượng.', 'Đề nghị phối hợp.', 'CONSULTATION', now(), now()
        from gen_case""");
    // Reminders of the overdue tasks: before, on and after the due date, escalations for the older
    // ones.
    sql.add(
        """
        insert into bcd_reminder (case_id, case_number, process_instance_id, task_id, task_key, task_name, agency_id,
          kind, event_key, due_at, days_overdue, status, recipients, subject, recorded_at, sent_at)
        select c.id, t.case_number, t.sub_id, t.id, 'Task_GiveOpinion', 'Cho ý kiến bằng văn bản', t.grp, e.kind, e.kind,
          t.due, e.days, 'SENT', 'vanthu@angiang.example', 'Nhắc việc', t.due, t.due
        from gen_task t join bcd_case c on c.case_number = t.case_number
        cross join (values ('BEFORE_DUE', 0, 0), ('ON_DUE', 0, 0), ('OVERDUE', 1, 1), ('ESCALATION_HEAD', 3, 5),
          ('ESCALATION_CHAIR', 10, 14)) e(kind, days, min_age)
        where t.due < now() and t.due < now() - e.min_age * interval '1 day'""");
    // The open tasks as the engine's history events keep them (package opentasks): one row per
    // task and candidate group, with the reminders above counted.
    sql.add(
        """
        insert into bcd_open_task (task_id, agency, task_name, process_instance_id, root_instance_id, case_number,
          due_at, reminders, escalation)
        select t.id, t.grp, 'Cho ý kiến bằng văn bản', t.sub_id, t.main_id, t.case_number, t.due, count(r.id),
          coalesce(max(case r.kind when 'ESCALATION_CHAIR' then 2 when 'ESCALATION_HEAD' then 1 else 0 end), 0)
        from gen_task t left join bcd_reminder r on r.task_id = t.id
        group by t.id, t.grp, t.sub_id, t.main_id, t.case_number, t.due""");
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
      st.execute("vacuum analyze");
    }
  }
}
