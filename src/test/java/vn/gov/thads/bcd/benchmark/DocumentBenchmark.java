package vn.gov.thads.bcd.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.documents.CaseDocuments;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;

/**
 * Case documents at their limits: uploads and downloads of a 20 MB file over {@code /api}
 * (throughput, and the heap the application's JVM uses meanwhile, which stays flat because files
 * are streamed in 256 KB pieces), and the list of a case with 10,000 documents, a page at a time:
 * its first page and a page deep in it, over {@code /api} and on the case page (p50/p95/p99). A
 * program, not a test (run with a small heap to see that streaming holds):
 *
 * <pre>MAVEN_OPTS=-Xmx512m ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=vn.gov.thads.bcd.benchmark.DocumentBenchmark -Dexec.args="5 100"</pre>
 */
public final class DocumentBenchmark {

  private static final long FILE_SIZE = 20L * 1024 * 1024 - 64 * 1024;
  private static final int LISTED = 10_000;

  public static void main(String[] args) throws Exception {
    int transfers = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_bench_documents");
    try (ConfigurableApplicationContext app = Benchmarks.start(db)) {
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      Http officer = Http.rest(port, "chv.kv01", "demo");
      String caseNumber = open(officer, "9001/QĐ-BENCH");
      Path file = Files.createTempFile("bcd-bench-", ".pdf");
      byte[] random = new byte[(int) FILE_SIZE - 9];
      new Random(15).nextBytes(random);
      Files.write(file, "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
      Files.write(file, random, java.nio.file.StandardOpenOption.APPEND);
      random = null;
      HttpClient client = HttpClient.newHttpClient();
      String documents =
          "http://127.0.0.1:" + port + "/api/cases/" + enc(caseNumber) + "/documents";

      HeapWatch heap = new HeapWatch();
      System.out.printf(
          "%nDocuments of %.1f MB, %d uploads then %d downloads%n",
          FILE_SIZE / 1048576.0, transfers, transfers);
      System.out.printf("heap used before: %d MB%n", heap.baseline() / 1048576);
      List<Long> ids = new ArrayList<>();
      double uploadSeconds = 0;
      for (int i = 0; i < transfers; i++) {
        long t = System.nanoTime();
        HttpResponse<String> r =
            client.send(upload(documents, file), HttpResponse.BodyHandlers.ofString());
        uploadSeconds += (System.nanoTime() - t) / 1e9;
        if (r.statusCode() != 201) {
          throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        ids.add(Long.parseLong(r.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1")));
      }
      long uploadPeak = heap.peakAndReset();
      double downloadSeconds = 0;
      for (long id : ids) {
        long t = System.nanoTime();
        HttpResponse<Void> r =
            client.send(
                auth(HttpRequest.newBuilder(URI.create(documents + "/" + id))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        downloadSeconds += (System.nanoTime() - t) / 1e9;
        if (r.statusCode() != 200) {
          throw new IllegalStateException("download " + r.statusCode());
        }
      }
      long downloadPeak = heap.peakAndReset();
      heap.stop();
      double mb = FILE_SIZE / 1048576.0 * transfers;
      System.out.printf(
          "upload:   %6.1f MB/s, %.2f s per file, heap peak +%d MB over the baseline%n",
          mb / uploadSeconds, uploadSeconds / transfers, (uploadPeak - heap.baseline()) / 1048576);
      System.out.printf(
          "download: %6.1f MB/s, %.2f s per file, heap peak +%d MB over the baseline%n",
          mb / downloadSeconds,
          downloadSeconds / transfers,
          (downloadPeak - heap.baseline()) / 1048576);

      String big = open(officer, "9002/QĐ-BENCH");
      long t = System.nanoTime();
      generate(app.getBean(JdbcClient.class), big);
      System.out.printf(
          "%n%,d documents generated in %.1f s%n", LISTED, (System.nanoTime() - t) / 1e9);
      String list = "/api/cases/" + enc(big) + "/documents";
      int deep = LISTED - CaseDocuments.PAGE_SIZE;
      System.out.printf(
          "%nA case with %,d documents (%,d with an earlier version), %d timed requests after 10"
              + " of warm-up%n",
          LISTED, LISTED / 10, runs);
      // What any request with HTTP Basic costs here (Camunda's check of the password and groups),
      // for comparison: /api authenticates every request the same way.
      Benchmarks.measure(
          "baseline: /engine-rest/version", officer, "/engine-rest/version", 10, runs);
      Benchmarks.measure("list over /api, first page", officer, list, 10, runs);
      Benchmarks.measure(
          "list over /api, page at offset " + deep, officer, list + "?offset=" + deep, 10, runs);
      Benchmarks.measure(
          "list over /api, 200 at offset 5000", officer, list + "?limit=200&offset=5000", 10, runs);
      // The list's own work, in the application's JVM without HTTP: the three queries and the
      // views.
      CaseDocuments documentsBean = app.getBean(CaseDocuments.class);
      long bigId =
          app.getBean(JdbcClient.class)
              .sql("select id from bcd_case where case_number = ?")
              .param(big)
              .query(Long.class)
              .single();
      inProcess(
          "in process: first page",
          () -> documentsBean.page(bigId, new CaseDocuments.Paging(0, CaseDocuments.PAGE_SIZE)),
          runs);
      inProcess(
          "in process: page at offset " + deep,
          () -> documentsBean.page(bigId, new CaseDocuments.Paging(deep, CaseDocuments.PAGE_SIZE)),
          runs);
      Http secretariat = Benchmarks.signedIn(app, "cockpit", "thuky");
      String plugin = "/camunda/api/cockpit/plugin/bcd-supervision/default/";
      Benchmarks.measure(
          "case page (Cockpit), first page",
          secretariat,
          plugin + "case?number=" + enc(big),
          10,
          runs);
      Benchmarks.measure(
          "case page's Xem thêm at offset " + deep,
          secretariat,
          plugin + "case/documents?number=" + enc(big) + "&offset=" + deep,
          10,
          runs);
      Files.deleteIfExists(file);
    }
  }

  /** Times {@code runs} calls after 10 of warm-up; prints a row as {@link Benchmarks#measure}. */
  private static void inProcess(String label, Runnable call, int runs) {
    for (int i = 0; i < 10; i++) {
      call.run();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      call.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    java.util.Arrays.sort(ms);
    System.out.printf(
        "%-42s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   (n=%d)%n",
        label,
        Benchmarks.percentile(ms, 50),
        Benchmarks.percentile(ms, 95),
        Benchmarks.percentile(ms, 99),
        runs);
  }

  private static String open(Http officer, String decisionNo) {
    Map<String, Object> dossier = new java.util.LinkedHashMap<>();
    dossier.put("enforcementDecisionNo", decisionNo);
    dossier.put("enforcementDecisionDate", "2026-03-02");
    dossier.put("judgmentNo", "45/2024/DS-PT");
    dossier.put("debtorName", "Công ty TNHH Thủy sản Rạch Giá");
    dossier.put("creditorName", "Ngân hàng TMCP Phát triển Kiên Giang");
    dossier.put("amountVnd", 12_500_000_000L);
    dossier.put("caseCategory", "tin-dung-ngan-hang");
    dossier.put("obstacle", "Tài sản đang tranh chấp.");
    dossier.put("proposal", "Đề nghị hỗ trợ.");
    dossier.put("propertyDisputed", false);
    dossier.put("securityRisk", false);
    Http.Response r = officer.postJson("/api/cases", dossier);
    if (r.status() != 201) {
      throw new IllegalStateException(r.body());
    }
    return r.json().get("caseNumber").asText();
  }

  /** A multipart upload streamed from the file (the client does not hold it either). */
  private static HttpRequest upload(String url, Path file) throws IOException {
    String boundary = "bench" + System.nanoTime();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nJUDGMENT\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ban-an.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    long length = head.length + Files.size(file) + tail.length;
    HttpRequest.BodyPublisher body =
        HttpRequest.BodyPublishers.fromPublisher(
            HttpRequest.BodyPublishers.ofInputStream(
                () -> {
                  try {
                    List<InputStream> parts =
                        List.of(
                            new java.io.ByteArrayInputStream(head),
                            Files.newInputStream(file),
                            new java.io.ByteArrayInputStream(tail));
                    return new SequenceInputStream(Collections.enumeration(parts));
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }),
            length);
    return auth(HttpRequest.newBuilder(URI.create(url)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(body)
        .build();
  }

  private static HttpRequest.Builder auth(HttpRequest.Builder b) {
    return b.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder().encodeToString("chv.kv01:demo".getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * 10,000 records of small documents of the case, a minute apart (10 kinds); every tenth has been
   * replaced by a second version, added 30 s after it (so 11,000 rows).
   */
  private static void generate(JdbcClient jdbc, String caseNumber) {
    jdbc.sql(
            """
            insert into bcd_case_document (case_id, chain_id, version_no, kind, document_no, document_date, file_name,
              media_type, size_bytes, sha256, storage_key, added_by, added_at)
            select c.id, null, 1, case mod(g, 10) when 0 then 'JUDGMENT' when 1 then 'OPINION_LETTER'
                when 2 then 'MEETING_MINUTES' when 3 then 'OFFICE_REPORT' when 4 then 'VERIFICATION_RECORD'
                when 5 then 'COERCION_PLAN' when 6 then 'COERCION_RECORD' when 7 then 'COURT_DECISION'
                when 8 then 'CONCLUSION_NOTICE' else 'OTHER' end,
              g || '/BC-THADS', date '2026-01-01' + mod(g, 300), 'Tài liệu số ' || g || '.pdf', 'application/pdf',
              100000 + g, md5(g::text) || md5(g::text), 'bench-' || g, 'chv.kv01',
              timestamp with time zone '2026-01-01 08:00:00+07' + g * interval '1 minute'
            from bcd_case c, generate_series(1, ?) g where c.case_number = ?""")
        .params(LISTED, caseNumber)
        .update();
    jdbc.sql("update bcd_case_document set chain_id = id where chain_id is null").update();
    jdbc.sql(
            """
            insert into bcd_case_document (case_id, chain_id, version_no, replaces_id, kind, document_no,
              document_date, file_name, media_type, size_bytes, sha256, storage_key, added_by, added_at)
            select d.case_id, d.chain_id, 2, d.id, d.kind, d.document_no, d.document_date,
              'Bản sửa ' || d.file_name, d.media_type, d.size_bytes + 1, d.sha256, d.storage_key || '-2',
              d.added_by, d.added_at + interval '30 seconds'
            from bcd_case_document d join bcd_case c on c.id = d.case_id
            where c.case_number = ? and mod(d.id, 10) = 0""")
        .param(caseNumber)
        .update();
    jdbc.sql(
            """
            update bcd_case_document set superseded = true
            where id in (select replaces_id from bcd_case_document where replaces_id is not null)""")
        .update();
    // As autovacuum does after so many inserts: statistics, and the visibility map that lets the
    // list's index-only scans skip the table.
    jdbc.sql("vacuum analyze bcd_case_document").update();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Samples the heap used every 2 ms; the peak between resets. */
  private static final class HeapWatch {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final long baseline;

    HeapWatch() {
      System.gc();
      baseline = memory.getHeapMemoryUsage().getUsed();
      Thread t =
          new Thread(
              () -> {
                while (running.get()) {
                  peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(2);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      t.setDaemon(true);
      t.start();
    }

    long baseline() {
      return baseline;
    }

    long peakAndReset() {
      long p = peak.getAndSet(0);
      System.gc();
      return p;
    }

    void stop() {
      running.set(false);
    }
  }
}
