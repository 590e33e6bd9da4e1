package vn.gov.thads.bcd.benchmark;

import db.migration.V44__DirectiveTallies;
import db.migration.V45__CaseTallies;
import db.migration.V47__OpinionTallies;
import db.migration.V48__DirectiveDecisionTallies;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.thads.bcd.reports.CommitteeReport;
import vn.gov.thads.bcd.reports.ReportExports;
import vn.gov.thads.bcd.statistics.ReportingPeriod;
import vn.gov.thads.bcd.statistics.Scope;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;

/**
 * The committee's report (issue 16) at scale: 25,000 cases over three years from 15 regional
 * offices, 100,000 directives, 50,000 reminders, with what the report reads besides (opinions and
 * the requests for them, conclusions, extensions and changes, meetings and written consultations,
 * coercion, postponements, disputes and auctions, follow-up) and Camunda's task history (the
 * opinion tasks, dossiers returned, and the other tasks of each case, ~270,000 rows, so the
 * history's plans are real). The rows are bulk-inserted with SQL into a fresh PostgreSQL database
 * after the application created its schema, the directives, cases and opinions counted per month as
 * V44, V45, V47 and V48 count those of an existing database, then {@code vacuum analyze}. Then the
 * report's HTTP requests are timed as the secretariat after a warm-up of the application (20 of
 * each) and of each request (the province for the reporting year and for a quarter, one office, the
 * cases behind a big number, the XLSX and DOCX files), with an authenticated request that does
 * nothing for comparison, and {@code CommitteeReport.build} in process, and the first request once
 * more; p50/p95/p99 are printed. A program, not a test:
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=vn.gov.thads.bcd.benchmark.ReportBenchmark -Dexec.args="50"</pre>
 *
 * The database ({@code bcd_bench_report}) is left for EXPLAIN ANALYZE.
 */
public final class ReportBenchmark {

  private static final int CASES = 25_000;
  private static final int DIRECTIVES = 100_000;
  private static final int WARM_UP = 5;
  private static final int APPLICATION_WARM_UP = 20;

  /** The reporting year measured: 01/10/2025 – 30/09/2026, ended, so the cut-off is its end. */
  private static final int YEAR = 2026;

  private static final String MEMBERS =
      "array['so-tu-phap', 'so-tai-chinh', 'so-nn-mt', 'cong-an-tinh', 'toa-an-tinh',"
          + " 'nhnn-chi-nhanh', 'vks-tinh', 'ubnd-p-rach-gia', 'bhxh-tinh']";

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_bench_report");
    try (ConfigurableApplicationContext app = Benchmarks.start(db)) {
      long start = System.nanoTime();
      generate(db);
      System.out.printf("data generated in %.1f s%n", (System.nanoTime() - start) / 1e9);

      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      Http secretariat = Http.rest(port, "thuky", "demo");
      String api = "/api/reports/committee";
      String year = api + "?year=" + YEAR + "&period=Y";
      String quarter = api + "?year=" + YEAR + "&period=Q3";
      String office = year + "&office=thads-kv01";
      String cases = api + "/cases?year=" + YEAR + "&period=Y&metric=opinionsOnTime";
      String xlsx = api + "/export?year=" + YEAR + "&period=Y&format=xlsx";
      String docx = api + "/export?year=" + YEAR + "&period=Y&format=docx";
      var report = Benchmarks.check(secretariat.get(year)).json();
      System.out.printf(
          "year %d, province: submitted %s, opinions requested %s, directives issued %s, done on"
              + " time %s, overdue %s, escalations %s, closed %s, carried over %s%n",
          YEAR,
          report.at("/committee/figures/submitted/total"),
          report.at("/committee/figures/opinionsRequested/total"),
          report.at("/committee/figures/directivesIssued/total"),
          report.at("/committee/figures/directivesDoneOnTime/total"),
          report.at("/committee/figures/directivesOverdue/total"),
          report.at("/committee/figures/escalations/total"),
          report.at("/outcomes/figures/closed/total"),
          report.at("/outcomes/figures/carriedOver/total"));
      System.out.printf(
          "drill-down opinionsOnTime: %s cases; JSON of the year %,d bytes; XLSX %,d bytes;"
              + " DOCX %,d bytes%n",
          Benchmarks.check(secretariat.get(cases)).json().get("count"),
          Benchmarks.check(secretariat.get(year)).body().length(),
          Benchmarks.check(secretariat.get(xlsx)).body().length(),
          Benchmarks.check(secretariat.get(docx)).body().length());

      System.out.printf(
          "%nCommittee's report, %d timed requests each after %d of warm-up, as thuky%n",
          runs, WARM_UP);
      // The application warms up first, on every request measured below: with only each row's own
      // warm-up, the first rows were measured 30-50 ms slower than the same request measured last.
      for (int i = 0; i < APPLICATION_WARM_UP; i++) {
        for (String url : List.of(year, quarter, office, cases, xlsx, docx)) {
          Benchmarks.check(secretariat.get(url));
        }
      }
      // What any request with HTTP Basic costs here, for comparison: /api authenticates each one.
      measure("baseline: /engine-rest/version", secretariat, "/engine-rest/version", runs);
      measure("province, year " + YEAR, secretariat, year, runs);
      measure("province, Q3 of " + YEAR, secretariat, quarter, runs);
      measure("thads-kv01, year " + YEAR, secretariat, office, runs);
      measure("cases behind opinionsOnTime, year", secretariat, cases, runs);
      measure("XLSX export, province, year", secretariat, xlsx, runs);
      measure("DOCX export, province, year", secretariat, docx, runs);
      Http cockpit = Benchmarks.signedIn(app, "cockpit", "thuky");
      measure(
          "Cockpit report page, province, year",
          cockpit,
          "/camunda/api/cockpit/plugin/bcd-supervision/default/report?year=" + YEAR + "&period=Y",
          runs);

      // The report's own work, without HTTP and JSON.
      CommitteeReport reports = app.getBean(CommitteeReport.class);
      ReportingPeriod y = reports.period(YEAR, "Y");
      ReportingPeriod q = reports.period(YEAR, "Q3");
      Scope province = reports.scope(null);
      Scope kv01 = reports.scope("thads-kv01");
      inProcess("in process: build, province, year", () -> reports.build(y, province), runs);
      inProcess("in process: build, province, Q3", () -> reports.build(q, province), runs);
      inProcess("in process: build, thads-kv01, year", () -> reports.build(y, kv01), runs);
      // The files: the same build, then the workbook or document written.
      ReportExports exports = app.getBean(ReportExports.class);
      inProcess("in process: XLSX file, province, year", () -> exports.xlsx(y, province), runs);
      inProcess("in process: DOCX file, province, year", () -> exports.docx(y, province), runs);
      // The first row again, last: whether the warm-up above was enough.
      measure("province, year " + YEAR + ", again, last", secretariat, year, runs);
    }
  }

  private static void measure(String label, Http http, String url, int runs) {
    Benchmarks.measure(label, http, url, WARM_UP, runs);
  }

  /** Times {@code runs} calls after the warm-up; prints a row as {@link Benchmarks#measure}. */
  private static void inProcess(String label, Supplier<?> call, int runs) {
    for (int i = 0; i < WARM_UP; i++) {
      call.get();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      call.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(
        "%-42s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   (n=%d)%n",
        label,
        Benchmarks.percentile(ms, 50),
        Benchmarks.percentile(ms, 95),
        Benchmarks.percentile(ms, 99),
        runs);
  }

  /**
   * Cases every ~65 minutes from January 2024 to November 2026 (so about 8,600 in the reporting
   * year), offices thads-kv01..15 in turn, 35 % bank credit, 10 % administrative; the stage follows
   * the age at 01/12/2026, 70 % of those old enough closed. Three members' opinions per case (20 %
   * late, 5 % missing); one conclusion per case that reached it (10 % a second round), 14 %
   * ordering coercion; exactly 100,000 directives spread over the conclusions, reported from 25
   * days before to 15 days after the deadline, 10 % extended, every ninth still open, 1 % handed to
   * another lead agency (0.1 % twice); reminders of one in two directives, a fifth of them
   * escalations.
   */
  private static void generate(PostgresTestDatabase.Database db) throws Exception {
    List<String> sql = new ArrayList<>();
    sql.add(
        """
        create temporary table gen_case as
        select g, md5('pi' || g)::uuid::text as pi,
          'thads-kv' || lpad(((g - 1) %% 15 + 1)::text, 2, '0') as office,
          (array['tin-dung-ngan-hang', 'tin-dung-ngan-hang', 'tin-dung-ngan-hang', 'tin-dung-ngan-hang',
            'tin-dung-ngan-hang', 'tin-dung-ngan-hang', 'tin-dung-ngan-hang', 'tranh-chap-tai-san',
            'tranh-chap-tai-san', 'tranh-chap-tai-san', 'tranh-chap-tai-san', 'hanh-chinh', 'hanh-chinh',
            'hinh-su-phan-dan-su', 'hinh-su-phan-dan-su', 'hinh-su-phan-dan-su', 'dan-su-khac', 'dan-su-khac',
            'dan-su-khac', 'dan-su-khac'])[(g * 7) %% 20 + 1] as category,
          timestamptz '2024-01-02 08:00+07' + (g - 1) * interval '61 minutes' as created,
          (120 + (g * 37) %% 300) * interval '1 day' as close_after
        from generate_series(1, %d) g"""
            .formatted(CASES));
    sql.add(
        """
        alter table gen_case add column age integer, add column closed boolean""");
    sql.add(
        """
        update gen_case set age = date '2026-12-01' - created::date,
          closed = g %% 10 < 7 and created + close_after < timestamptz '2026-12-01 00:00+07'"""
            .formatted());
    sql.add(
        """
        insert into bcd_case (case_number, process_instance_id, submitting_agency, initiator, enforcement_decision_no,
          enforcement_decision_date, judgment_no, debtor_name, creditor_name, amount_vnd, category, obstacle, proposal,
          status, outcome, amount_recovered_vnd, created_at, updated_at, closed_at)
        select 'BCĐ-' || extract(year from created) || '-' || lpad(g::text, 5, '0'), pi, office,
          'chv.kv' || substr(office, 9), g || '/QĐ-CCTHADS', created::date - 200, (g %% 900) || '/2023/KDTM-PT',
          (array['Công ty TNHH ', 'Công ty cổ phần ', 'Ông ', 'Bà ', 'Hộ kinh doanh '])[g %% 5 + 1]
            || (array['Thủy sản', 'Nông sản', 'Nguyễn Văn', 'Trần Thị', 'Lê Hoàng'])[g %% 5 + 1] || ' ' || g,
          'Ngân hàng TMCP ' || (array['Công Thương', 'Ngoại thương', 'Đầu tư và Phát triển', 'Nông nghiệp'])[g %% 4 + 1],
          (g %% 97 + 1) * 125000000::numeric, category,
          'Tài sản bảo đảm đã bị chuyển nhượng cho người thứ ba.', 'Đề nghị Ban Chỉ đạo chỉ đạo phối hợp.',
          case when closed then 'CLOSED' when age < 15 then 'DOSSIER_REVIEW' when age < 30 then 'OPINIONS'
            when age < 50 then 'CONCLUSION' when age < 200 then 'EXECUTION' else 'FOLLOW_UP' end,
          case when closed then case
            when (g / 10) %% 20 < 9 then 'COMPLETED' when (g / 10) %% 20 < 11 then 'AGREED'
            when (g / 10) %% 20 < 14 then 'TERMINATED' when (g / 10) %% 20 < 17 then 'SEPARATE_BOOK'
            when (g / 10) %% 20 < 18 then 'RETURNED_TO_CREDITOR'
            when category = 'hanh-chinh' then 'MONITORING_CLOSED' else 'COMPLETED' end end,
          case when closed then case when (g / 10) %% 20 < 11 or (g / 10) %% 20 >= 18
            then (g %% 97 + 1) * 125000000::numeric else (g %% 97 + 1) * 37500000::numeric end end,
          created, created + interval '20 days', case when closed then created + close_after end
        from gen_case"""
            .formatted());
    sql.add(
        """
        alter table gen_case add column case_id bigint""");
    sql.add("update gen_case set case_id = c.id from bcd_case c where c.process_instance_id = pi");
    // Opinions: three members per case once it reached the committee.
    sql.add(
        """
        create temporary table gen_opinion as
        select c.g, c.case_id, c.pi, k, (%s)[(c.g + k * 3) %% 9 + 1] as agency,
          md5('op' || c.g)::uuid::text as sub_pi, md5('opt' || c.g || '-' || k)::uuid::text as task_id,
          c.created + interval '14 days' as asked, date_trunc('day', c.created) + interval '25 days 17 hours' as due,
          c.created + (14 + (c.g + k * 5) %% 15) * interval '1 day' as answered,
          (c.g + k) %% 20 = 0 as missing
        from gen_case c cross join generate_series(0, 2) k where c.age >= 15"""
            .formatted(MEMBERS));
    sql.add(
        """
        insert into bcd_opinion (case_id, agency, status, position, document_no, content, given_by, due_at, recorded_at)
        select case_id, agency, case when missing then 'MISSING' else 'RECEIVED' end,
          case when missing then null else 'AGREE' end, case when missing then null else g || '/CV' end,
          case when missing then null else 'Đồng ý với đề xuất của đơn vị.' end, null, due,
          case when missing then due + interval '1 day' else answered end
        from gen_opinion where not missing or due + interval '1 day' < timestamptz '2026-12-01 00:00+07'""");
    // The requests, as the listener of the opinion task records them (round 1).
    sql.add(
        """
        insert into bcd_opinion_request (case_id, round_no, agency, task_id, requested_at, due_at)
        select case_id, 1, agency, task_id, asked, due from gen_opinion""");
    // Camunda's history: the opinion tasks with their candidate group, the dossiers returned, and
    // the other tasks of each case (each with a candidate group), as the engine keeps them.
    sql.add(
        """
        insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
          EXECUTION_ID_, ACT_INST_ID_, NAME_, START_TIME_, END_TIME_, DURATION_, PRIORITY_, DUE_DATE_, TASK_STATE_)
        select task_id, 'Task_GiveOpinion', 'OpinionRequestProcess', 'OpinionRequestProcess:1:x', pi, sub_pi, sub_pi,
          'Task_GiveOpinion:' || task_id, 'Cho ý kiến bằng văn bản', asked::timestamp, answered::timestamp,
          1000, 50, due::timestamp, 'Completed'
        from gen_opinion""");
    sql.add(
        """
        insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, TASK_ID_, ROOT_PROC_INST_ID_, PROC_DEF_ID_,
          OPERATION_TYPE_, PROC_DEF_KEY_)
        select md5('l' || task_id)::uuid::text, asked::timestamp, 'candidate', agency, task_id, pi,
          'OpinionRequestProcess:1:x', 'add', 'OpinionRequestProcess'
        from gen_opinion""");
    sql.add(
        """
        insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
          EXECUTION_ID_, ACT_INST_ID_, NAME_, START_TIME_, END_TIME_, DURATION_, PRIORITY_, DUE_DATE_, TASK_STATE_)
        select md5('t' || c.g || '-' || t.k)::uuid::text, t.key, 'DifficultCaseProcess', 'DifficultCaseProcess:1:x',
          c.pi, c.pi, c.pi, t.key || ':' || c.g || '-' || t.k, t.key,
          (c.created + t.day * interval '1 day')::timestamp, (c.created + (t.day + 1) * interval '1 day')::timestamp,
          86400000, 50, (c.created + (t.day + 5) * interval '1 day')::timestamp, 'Completed'
        from gen_case c join (values (1, 'Task_ApproveRequest', 1), (2, 'Task_ProposeAgencies', 10),
          (3, 'Task_ConfirmAgencies', 12), (4, 'Task_RecordMissingOpinions', 30), (5, 'Task_PrepareMeeting', 35),
          (6, 'Task_RecordMinutes', 42), (7, 'Task_IssueConclusion', 44), (8, 'Task_PublishConclusion', 45),
          (9, 'Task_CompleteDossier', 3), (10, 'Task_CompleteDossier', 8)) t(k, key, day)
          on c.age > t.day and (t.key <> 'Task_CompleteDossier' or c.g %% (case t.k when 9 then 12 else 48 end) = 0)"""
            .formatted());
    sql.add(
        """
        insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, TASK_ID_, ROOT_PROC_INST_ID_, PROC_DEF_ID_,
          OPERATION_TYPE_, PROC_DEF_KEY_)
        select md5('l' || t.ID_)::uuid::text, t.START_TIME_, 'candidate',
          case when t.TASK_DEF_KEY_ = 'Task_CompleteDossier' then c.submitting_agency else 'to-thu-ky' end,
          t.ID_, t.ROOT_PROC_INST_ID_, t.PROC_DEF_ID_, 'add', t.PROC_DEF_KEY_
        from ACT_HI_TASKINST t join bcd_case c on c.process_instance_id = t.ROOT_PROC_INST_ID_
        where t.PROC_DEF_KEY_ = 'DifficultCaseProcess'""");
    // Meetings: a committee meeting every three days (one in four quarterly), four cases in five on
    // its agenda; the fifth by written consultation (one in five of those refused).
    sql.add(
        """
        insert into bcd_committee_meeting (meeting_type, meeting_date, meeting_time, place, chair, created_by, created_at)
        select case when k %% 4 = 0 then 'QUARTERLY' else 'AD_HOC' end, date '2024-01-05' + k * 3, time '08:00',
          'Hội trường Cục THADS tỉnh', 'Trưởng ban', 'thuky', timestamptz '2024-01-01 08:00+07' + k * interval '3 days'
        from generate_series(0, 370) k"""
            .formatted());
    sql.add(
        """
        insert into bcd_meeting (case_id, office, meeting_type, minutes_no, minutes, created_at, committee_meeting_id,
          agenda_no, added_by, minutes_recorded_by, minutes_recorded_at)
        select c.case_id, c.office, m.meeting_type, c.g || '/BB-BCĐ', 'Biên bản họp.', c.created + interval '35 days', m.id,
          row_number() over (partition by m.id order by c.g), 'thuky', 'thuky', c.created + interval '43 days'
        from gen_case c join bcd_committee_meeting m
          on m.meeting_date = date '2024-01-05' + ((c.created::date + 44 - date '2024-01-05') / 3) * 3
        where c.age >= 50 and c.g %% 5 <> 0"""
            .formatted());
    sql.add(
        """
        insert into bcd_meeting (case_id, office, meeting_type, created_at, proposal_reason, proposed_by, proposed_at,
          decision, decided_by, decided_at)
        select case_id, office, 'WRITTEN', created + interval '32 days', 'Các ý kiến thống nhất.', 'thuky',
          created + interval '32 days', case when g %% 25 = 0 then 'REJECTED' else 'APPROVED' end, 'truongban',
          created + interval '34 days'
        from gen_case where age >= 50 and g %% 5 = 0"""
            .formatted());
    // Conclusions (a second round for one case in ten old enough), then exactly DIRECTIVES
    // directives spread over them.
    sql.add(
        """
        insert into bcd_conclusion (case_id, office, document_no, document_date, summary, coercion_ordered, issued_by,
          published_at, created_at, round_no)
        select case_id, office, g || '-' || r || '/TB-BCĐ', (created + (case r when 1 then 45 else 180 end) * interval '1 day')::date,
          'Kết luận của Trưởng ban.', r = 1 and g %% 7 = 0, 'truongban',
          created + (case r when 1 then 45 else 180 end) * interval '1 day',
          created + (case r when 1 then 45 else 180 end) * interval '1 day', r
        from gen_case cross join generate_series(1, 2) r
        where age >= 50 and (r = 1 or (g %% 10 = 3 and age >= 200 and close_after > interval '190 days'))"""
            .formatted());
    sql.add(
        """
        insert into bcd_case_round (case_id, round_no, reason, opened_by, opened_at)
        select case_id, 2, 'Phát sinh vướng mắc mới.', 'thuky', created_at - interval '20 days'
        from bcd_conclusion where round_no = 2""");
    sql.add(
        """
        create temporary table gen_conclusion as
        select row_number() over (order by k.id) as n, k.id, k.case_id, k.document_date, c.closed_at, c.submitting_agency
        from bcd_conclusion k join bcd_case c on c.id = k.case_id""");
    sql.add(
        """
        create temporary table gen_directive as
        select j, k.id as conclusion_id, k.case_id, k.document_date as issued_on, k.closed_at,
          (j - 1) / n.total + 1 as ordinal,
          case when j %% 10 = 9 then k.submitting_agency else (%s)[j %% 9 + 1] end as lead,
          k.document_date + 30 + (j %% 4) * 15 as original_deadline,
          k.document_date + 30 + (j %% 4) * 15 + case when j %% 10 = 0 then 30 else 0 end as deadline,
          k.document_date + 30 + (j %% 4) * 15 + ((j * 13) %% 41 - 25) as reported
        from generate_series(1, %d) j cross join (select count(*) as total from gen_conclusion) n
        join gen_conclusion k on k.n = (j - 1) %% n.total + 1"""
            .formatted(MEMBERS, DIRECTIVES));
    sql.add(
        """
        alter table gen_directive add column status varchar(20), add column reported_at timestamptz,
          add column done_at timestamptz""");
    sql.add(
        """
        update gen_directive set
          status = case
            when j %% 50 = 1 then 'CANCELLED'
            when j %% 9 = 0 or reported >= date '2026-12-01' then 'OPEN'
            when reported + 5 >= date '2026-12-01' then 'REPORTED'
            when reported <= deadline then 'DONE' else 'DONE_LATE' end,
          reported_at = case when j %% 50 <> 1 and j %% 9 <> 0 and reported < date '2026-12-01'
            then reported + time '15:00' end,
          done_at = case when j %% 50 = 1 then original_deadline - 10 + time '10:00'
            when j %% 9 <> 0 and reported + 5 < date '2026-12-01' then reported + 5 + time '10:00' end"""
            .formatted());
    // What was unfinished when the case closed ended with it.
    sql.add(
        """
        update gen_directive set status = 'ENDED_WITH_CASE', done_at = closed_at
        where closed_at is not null and (done_at is null or done_at > closed_at)""");
    sql.add(
        """
        insert into bcd_directive (conclusion_id, case_id, issued_on, ordinal, lead_agency, task, original_deadline,
          deadline, status, result, reported_at, reported_on, done_at)
        select conclusion_id, case_id, issued_on, ordinal, lead,
          'Phối hợp xác minh tài sản, cung cấp hồ sơ và báo cáo kết quả cho Tổ Thư ký.', original_deadline, deadline,
          status, case when reported_at is not null then 'Đã thực hiện.' end, reported_at,
          cast(reported_at at time zone 'Asia/Ho_Chi_Minh' as date), done_at
        from gen_directive order by j""");
    sql.add(
        """
        insert into bcd_directive_supporting (directive_id, position, agency_id)
        select id, 1, (%s)[(id + 4) %% 9 + 1] from bcd_directive where id %% 3 = 0"""
            .formatted(MEMBERS));
    sql.add(
        """
        insert into bcd_directive_extension (directive_id, lead_agency, old_deadline, new_deadline, reason, decided_by,
          decided_at)
        select id, lead_agency, original_deadline, deadline, 'Cần thêm thời gian xác minh.', 'truongban',
          original_deadline - 5 + time '16:00'
        from bcd_directive where deadline > original_deadline""");
    sql.add(
        """
        insert into bcd_directive_change (directive_id, kind, old_value, new_value, reason, proposed_by, proposed_at,
          decision, decided_by, decided_at)
        select id, case when status = 'CANCELLED' then 'CANCEL' when id %% 2 = 0 then 'CONTENT' else 'ADD_SUPPORTING' end,
          'cũ', 'mới', 'Theo đề nghị của cơ quan chủ trì.', 'thuky', original_deadline - 12 + time '09:00',
          case when status <> 'CANCELLED' and id %% 7 = 0 then 'REJECTED' else 'APPROVED' end, 'truongban',
          original_deadline - 10 + time '10:00'
        from bcd_directive where status = 'CANCELLED' or id %% 25 = 2"""
            .formatted());
    // One directive in a hundred handed to another lead agency by the chair before it was done
    // (one in a thousand twice), so that the report pays for finding the lead of each moment.
    sql.add(
        """
        insert into bcd_directive_change (directive_id, kind, old_value, new_value, reason, proposed_by, proposed_at,
          decision, decided_by, decided_at)
        select d.id, 'REASSIGN', (%1$s)[(d.id + r.n) %% 9 + 1],
          case when r.n = 1 and d.id %% 1000 = 37 then (%1$s)[(d.id + 2) %% 9 + 1] else d.lead_agency end,
          'Không thuộc thẩm quyền.', 'thuky', d.original_deadline - 30 + r.n * 2 + time '09:00', 'APPROVED',
          'truongban', d.original_deadline - 30 + r.n * 2 + time '10:00'
        from bcd_directive d join generate_series(1, 2) r(n) on r.n = 1 or d.id %% 1000 = 37
        where d.id %% 100 = 37"""
            .formatted(MEMBERS));
    // Each extension and adjustment decided keeps the lead agency of its moment, as the
    // application writes it (worked out the way V42 does for the rows before it).
    for (String table : List.of("bcd_directive_extension", "bcd_directive_change")) {
      sql.add(
          """
          update %1$s x set lead_agency = coalesce(
            (select r.old_value from bcd_directive_change r
             where r.directive_id = x.directive_id and r.kind = 'REASSIGN' and r.decision = 'APPROVED'
               and r.decided_at >= x.decided_at
             order by r.decided_at, r.id fetch first 1 row only),
            (select d.lead_agency from bcd_directive d where d.id = x.directive_id))
          where x.decided_at is not null"""
              .formatted(table));
    }
    // Coercion where the conclusion ordered it: carried out (completed or seized), stopped by the
    // chair when the police disagreed, postponed once in four; disputes over seized property and
    // auctions.
    sql.add(
        """
        insert into bcd_enforcement (case_id, process_instance_id, police_position, chair_decision, plan_no, planned_at,
          property_description, real_property, third_party_dispute, record_no, record_date, result, outcome, started_at,
          updated_at, ended_at, round_number)
        select k.case_id, md5('enf' || k.id)::uuid::text,
          case when k.id %% 11 = 0 then 'disagree' else 'agree' end,
          case when k.id %% 11 = 0 then 'stop' else 'proceed' end, k.id || '/KH-THADS',
          (k.document_date + 30)::timestamp + time '07:30', 'Quyền sử dụng đất và nhà ở.', true, k.id %% 3 = 0,
          case when k.id %% 11 <> 0 and k.document_date + 40 < date '2026-12-01' then k.id || '/BB-CC' end,
          case when k.id %% 11 <> 0 and k.document_date + 40 < date '2026-12-01' then k.document_date + 40 end,
          case when k.id %% 11 = 0 or k.document_date + 40 >= date '2026-12-01' then null
            when k.id %% 5 < 3 then 'completed' else 'seized' end,
          case when k.id %% 11 = 0 then 'stopped' when k.id %% 5 < 3 then 'executed' else 'property-in-court' end,
          k.document_date + 5 + time '08:00', k.document_date + 41 + time '08:00',
          case when k.id %% 11 = 0 then k.document_date + 20 + time '10:00'
            when k.document_date + 40 < date '2026-12-01' then k.document_date + 41 + time '10:00' end, 1
        from bcd_conclusion k where k.coercion_ordered"""
            .formatted());
    sql.add(
        """
        insert into bcd_enforcement_postponement (case_id, process_instance_id, round_number, planned_at, reason, detail,
          decision_no, decision_date, next_step, recorded_by, recorded_at)
        select case_id, process_instance_id, 1, planned_at - interval '10 days',
          (array['procuracy-request', 'debtor-paid', 'security', 'other'])[id %% 4 + 1], 'Không tổ chức được.',
          id || '/QĐ-HoãnCC', planned_at::date - 10, 'reschedule', 'chv.kv01', planned_at - interval '10 days'
        from bcd_enforcement where id %% 4 = 0"""
            .formatted());
    sql.add(
        """
        insert into bcd_enforcement_step (case_id, process_instance_id, step, document_no, step_date, amount_vnd, detail,
          recorded_by, recorded_at)
        select e.case_id, md5('disp' || e.id)::uuid::text, s.step, e.id || '/' || s.step, e.record_date + s.day, null,
          'Ghi nhận.', 'chv.kv01', (e.record_date + s.day) + time '14:00'
        from bcd_enforcement e join (values ('SuitFiled', 20, 0), ('CourtRuling', 200, 0), ('RulingAppealed', 215, 1),
          ('AppealRuling', 380, 1), ('Auction', 60, 2), ('ReducePrice', 90, 3), ('Auction', 100, 3)) s(step, day, kind)
          on case s.kind when 0 then e.id %% 3 = 0 when 1 then e.id %% 6 = 0 when 2 then e.id %% 3 <> 0
            else e.id %% 6 = 1 end
        where e.result = 'seized' and e.record_date + s.day < date '2026-12-01'"""
            .formatted());
    // Follow-up reports of the cases past execution.
    sql.add(
        """
        insert into bcd_follow_up_entry (case_id, kind, outcome, amount_recovered_vnd, debtor_situation, content,
          document_no, recorded_by, due_at, recorded_at)
        select case_id, 'REPORT', 'in-progress', 0, 'normal', 'Đang tiếp tục thi hành.', g || '/BC', 'chv.kv01',
          created + m * interval '30 days' + interval '5 days', created + m * interval '30 days' + interval '3 days'
        from gen_case cross join generate_series(7, 9) m
        where age > m * 30 + 3 and (not closed or close_after > m * interval '30 days')""");
    // Reminders of one in two directives: before, on and after the deadline, a fifth escalated.
    sql.add(
        """
        insert into bcd_reminder (case_id, case_number, process_instance_id, task_id, task_key, task_name, agency_id,
          kind, event_key, due_at, days_overdue, directive, status, recipients, subject, recorded_at, sent_at)
        select d.case_id, c.case_number, c.process_instance_id, md5('dt' || d.id)::uuid::text,
          'Task_ReportDirectiveResult', 'Báo cáo kết quả thực hiện nhiệm vụ', d.lead_agency, r.kind,
          case when r.kind = 'OVERDUE' then 'OVERDUE-1' else r.kind end, d.deadline + time '17:00', r.days, d.task,
          case when d.id %% 10 < 3 then 'DIGESTED' else 'SENT' end, 'vanthu@angiang.example', 'Nhắc việc',
          d.deadline + r.days + time '08:30', d.deadline + r.days + time '08:31'
        from bcd_directive d join bcd_case c on c.id = d.case_id
        join (values (0, 'BEFORE_DUE', -3), (1, 'BEFORE_DUE', -3), (2, 'BEFORE_DUE', -3), (3, 'BEFORE_DUE', -3),
          (4, 'ON_DUE', 0), (5, 'ON_DUE', 0), (6, 'OVERDUE', 1), (7, 'OVERDUE', 1), (8, 'ESCALATION_HEAD', 5),
          (9, 'ESCALATION_CHAIR', 10)) r(n, kind, days) on r.n = (d.id / 2) %% 10
        where d.id %% 2 = 0"""
            .formatted());
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
      V44__DirectiveTallies.countExisting(c);
      V45__CaseTallies.countExisting(c);
      V47__OpinionTallies.countExisting(c);
      V48__DirectiveDecisionTallies.countExisting(c);
      st.execute("vacuum analyze");
      try (var rs =
          st.executeQuery(
              """
              select (select count(*) from bcd_case), (select count(*) from bcd_opinion),
                (select count(*) from bcd_conclusion), (select count(*) from bcd_directive),
                (select count(*) from bcd_reminder), (select count(*) from ACT_HI_TASKINST),
                (select count(*) from bcd_meeting), (select count(*) from bcd_enforcement),
                (select count(*) from bcd_enforcement_step)""")) {
        rs.next();
        System.out.printf(
            "rows: %,d cases, %,d opinions, %,d conclusions, %,d directives, %,d reminders,"
                + " %,d history tasks, %,d agenda items and written consultations, %,d coercions,"
                + " %,d disposal steps%n",
            rs.getLong(1),
            rs.getLong(2),
            rs.getLong(3),
            rs.getLong(4),
            rs.getLong(5),
            rs.getLong(6),
            rs.getLong(7),
            rs.getLong(8),
            rs.getLong(9));
      }
    }
  }
}
