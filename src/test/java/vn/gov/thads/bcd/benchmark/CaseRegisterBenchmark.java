package vn.gov.thads.bcd.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;

/**
 * The case register ("Sổ theo dõi vụ việc") at scale: 25,000 cases over four years, 60 % closed,
 * from 15 offices, with three members' opinions and one directive each (what agency staff's
 * visibility reads), bulk-inserted with SQL into a fresh PostgreSQL database after the application
 * created its schema (the generated search column and the indexes of V14 apply as in production).
 * Then the register's HTTP request is timed for typical searches, as a supervisor and as an
 * office's staff, after a warm-up, with no result cache; p50/p95/p99 are printed. A program, not a
 * test:
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=vn.gov.thads.bcd.benchmark.CaseRegisterBenchmark -Dexec.args="200"</pre>
 */
public final class CaseRegisterBenchmark {

  private static final int CASES = 25_000;
  private static final int WARM_UP = 30;

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_bench_register");
    try (ConfigurableApplicationContext app = Benchmarks.start(db)) {
      long start = System.nanoTime();
      generate(app.getBean(JdbcClient.class));
      System.out.printf("data generated in %.1f s%n", (System.nanoTime() - start) / 1e9);

      Http supervisor = Benchmarks.signedIn(app, "cockpit", "thuky");
      Http agency = Benchmarks.signedIn(app, "tasklist", "chv.kv01");
      String url = "/camunda/api/cockpit/plugin/bcd-supervision/default/cases";
      String byNumber = url + "?q=" + enc("BCĐ-2024-03017");
      String byDebtor = url + "?q=" + enc("thuy san");
      String officeStatus = url + "?office=thads-kv01&status=CLOSED";
      System.out.printf(
          "supervisor: %s cases; debtor 'thuy san': %s; kv01 closed: %s; chv.kv01 sees %s%n",
          total(supervisor, url),
          total(supervisor, byDebtor),
          total(supervisor, officeStatus),
          total(agency, url));
      System.out.printf(
          "%nCase register, first page of 25, %d timed requests each after %d of warm-up, no"
              + " result cache%n",
          runs, WARM_UP);
      measure("supervisor, empty query (first page)", supervisor, url, runs);
      measure("supervisor, by case number", supervisor, byNumber, runs);
      measure("supervisor, debtor fragment 'thuy san'", supervisor, byDebtor, runs);
      measure("supervisor, office + status", supervisor, officeStatus, runs);
      measure("chv.kv01, empty query (first page)", agency, url, runs);
      measure("chv.kv01, by case number", agency, byNumber, runs);
      measure("chv.kv01, debtor fragment 'thuy san'", agency, byDebtor, runs);
      measure("chv.kv01, office + status", agency, officeStatus, runs);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String total(Http http, String url) {
    return Benchmarks.check(http.get(url)).json().get("total").asText();
  }

  private static void measure(String label, Http http, String url, int runs) {
    Benchmarks.measure(label, http, url, WARM_UP, runs);
  }

  /**
   * Cases numbered per year (2022–2025, 6,250 each), debtors combined from realistic Vietnamese
   * company and person names, offices thads-kv01..15 in turn, categories and statuses spread; three
   * opinions and one directive (with its conclusion) per case.
   */
  private static void generate(JdbcClient jdbc) {
    jdbc.sql(
            """
            insert into bcd_case (case_number, process_instance_id, submitting_agency, initiator,
              enforcement_decision_no, enforcement_decision_date, judgment_no, debtor_name, creditor_name,
              amount_vnd, category, obstacle, proposal, status, outcome, created_at, updated_at, closed_at)
            select 'BCĐ-' || (2022 + (g - 1) / 6250) || '-' || lpad(((g - 1) % 6250 + 1)::text, 5, '0'),
              md5('pi' || g),
              'thads-kv' || lpad((g % 15 + 1)::text, 2, '0'),
              'chv.kv' || lpad((g % 15 + 1)::text, 2, '0'),
              g || '/QĐ-CCTHADS',
              date '2021-06-01' + (g % 1400),
              (g % 900) || '/' || (2019 + g % 5) || '/KDTM-PT',
              (array['Công ty TNHH ', 'Công ty cổ phần ', 'Doanh nghiệp tư nhân ', 'Ông ', 'Bà ', 'Hộ kinh doanh '])[g % 6 + 1]
                || (array['Thủy sản', 'Nông sản', 'Xây dựng', 'Vận tải', 'Nguyễn Văn', 'Trần Thị', 'Lê Hoàng', 'Phạm Minh',
                          'Lương thực', 'Thương mại'])[g % 10 + 1] || ' '
                || (array['Tân Hiệp', 'Long Xuyên', 'Châu Đốc', 'Rạch Giá', 'An Phú', 'Tịnh Biên', 'Hà Tiên', 'Phú Quốc',
                          'Thoại Sơn', 'Chợ Mới', 'Núi Sập', 'Mỹ Luông', 'Óc Eo'])[g % 13 + 1] || ' ' || g,
              'Ngân hàng TMCP ' || (array['Công Thương', 'Ngoại thương', 'Đầu tư và Phát triển', 'Nông nghiệp'])[g % 4 + 1],
              (g % 97 + 1) * 125000000::numeric,
              (array['tin-dung-ngan-hang', 'tranh-chap-tai-san', 'hanh-chinh', 'hinh-su-phan-dan-su', 'dan-su-khac'])[g % 5 + 1],
              'Tài sản bảo đảm đã bị chuyển nhượng cho người thứ ba.',
              'Đề nghị Ban Chỉ đạo chỉ đạo phối hợp.',
              case when g % 10 < 6 then 'CLOSED'
                   else (array['DOSSIER_REVIEW', 'OPINIONS', 'CONCLUSION', 'EXECUTION', 'FOLLOW_UP'])[g % 5 + 1] end,
              case when g % 10 < 6 then 'COMPLETED' end,
              timestamp '2022-01-03 08:00' + (g * interval '80 minutes'),
              timestamp '2022-01-03 08:00' + (g * interval '80 minutes') + interval '20 days',
              case when g % 10 < 6 then timestamp '2022-01-03 08:00' + (g * interval '80 minutes') + interval '200 days' end
            from generate_series(1, :n) g""")
        .param("n", CASES)
        .update();
    jdbc.sql(
            """
            insert into bcd_opinion (case_id, agency, status, position, document_no, content, due_at, recorded_at)
            select c.id, a.agency, 'RECEIVED', 'AGREE', c.id || '/STP', 'Đồng ý với đề xuất.', c.created_at + interval '5 days',
              c.created_at + interval '4 days'
            from bcd_case c
            cross join lateral (select (array['so-tu-phap', 'so-tai-chinh', 'so-nn-mt', 'cong-an-tinh', 'toa-an-tinh',
              'nhnn-chi-nhanh', 'vks-tinh'])[(c.id + k) % 7 + 1] as agency from generate_series(0, 2) k) a""")
        .update();
    jdbc.sql(
            """
            insert into bcd_conclusion (case_id, office, document_no, document_date, summary, coercion_ordered,
              created_at)
            select id, submitting_agency, id || '/TB-BCĐ', cast(created_at as date) + 30, 'Kết luận của Trưởng ban.', false,
              created_at + interval '30 days'
            from bcd_case where status not in ('DOSSIER_REVIEW', 'OPINIONS')""")
        .update();
    jdbc.sql(
            """
            insert into bcd_directive (conclusion_id, case_id, issued_on, ordinal, lead_agency, task,
              original_deadline, deadline, status)
            select k.id, k.case_id, k.document_date, 1, (array['so-tu-phap', 'so-tai-chinh', 'cong-an-tinh', 'nhnn-chi-nhanh'])[k.id % 4 + 1],
              'Phối hợp cung cấp hồ sơ.', k.document_date + 30, k.document_date + 30, 'DONE'
            from bcd_conclusion k""")
        .update();
    jdbc.sql("analyze").update();
  }
}
