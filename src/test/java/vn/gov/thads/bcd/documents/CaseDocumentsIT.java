package vn.gov.thads.bcd.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.CaseRequests.plainDossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.MultipartForm;

/**
 * The documents of a case over {@code /api}: what goes in comes out byte for byte, only the
 * accepted types by content and within the size limit (a small one here) go in, names are cleaned,
 * nothing is overwritten, removal is recorded, and only those who may read the case get the files.
 */
@TestPropertySource(properties = "bcd.documents.max-size=256KB")
class CaseDocumentsIT extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String PLUGIN = "/camunda/api/cockpit/plugin/bcd-supervision/default/";
  private static final String CASE_PAGE = PLUGIN + "case?number=";

  /**
   * A spool folder of this class's own, under a name that does not exist yet (the application
   * creates it): the test JVM running beside this one spools its uploads into the shared temporary
   * folder, and counting those made the "nothing is kept" check fail now and then.
   */
  private static final Path SPOOL =
      Path.of(
          System.getProperty("java.io.tmpdir"), "bcd-spool-it-" + ProcessHandle.current().pid());

  @DynamicPropertySource
  static void spoolFolder(DynamicPropertyRegistry registry) {
    registry.add("bcd.documents.spool-directory", SPOOL::toString);
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  private String caseNumber;

  @BeforeEach
  void openCase() {
    Http.Response opened =
        Http.rest(port, "chv.kv01", "demo")
            .postJson("/api/cases", plainDossier(CaseScenario.uniqueDecisionNo()));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    caseNumber = opened.json().get("caseNumber").asText();
  }

  @Test
  void anUploadComesBackByteForByteWithItsRecordAndSafeHeaders() throws Exception {
    byte[] pdf = DocumentSamples.pdf("bản án " + UUID.randomUUID());

    // The part claims to be HTML: the server goes by the content.
    Reply added =
        upload(
            "chv.kv01",
            "Bản án số 12.pdf",
            "text/html",
            pdf,
            fields("JUDGMENT", "12/2025/DS-ST", "2025-02-01", null));

    assertThat(added.status()).as(added.text()).isEqualTo(201);
    JsonNode doc = added.json();
    assertThat(doc.get("sha256").asText()).isEqualTo(sha256(pdf));
    assertThat(doc.get("size").asLong()).isEqualTo(pdf.length);
    assertThat(doc.get("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(doc.get("kindLabel").asText()).isEqualTo("Bản án");
    assertThat(doc.get("documentNo").asText()).isEqualTo("12/2025/DS-ST");
    assertThat(doc.get("documentDate").asText()).isEqualTo("01/02/2025");
    assertThat(doc.get("addedBy").asText()).isEqualTo("chv.kv01");
    assertThat(doc.get("addedAt").asText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    assertThat(doc.get("version").asInt()).isEqualTo(1);

    JsonNode list = send("chv.kv01", get(documents())).json();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("fileName").asText()).isEqualTo("Bản án số 12.pdf");

    // Another reader of the case (the secretariat) downloads it.
    Reply file = send("thuky", get(documents() + "/" + doc.get("id").asLong()));
    assertThat(file.status()).isEqualTo(200);
    assertThat(sha256(file.body())).isEqualTo(sha256(pdf));
    assertThat(file.header("Content-Type")).startsWith("application/pdf");
    assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(file.header("Content-Disposition"))
        .startsWith("attachment; filename=\"Ban an so 12.pdf\"")
        .contains("filename*=UTF-8''B%E1%BA%A3n%20%C3%A1n%20s%E1%BB%91%2012.pdf");

    // The case page shows the document, and its log the upload and the download.
    JsonNode page = casePage("thuky");
    assertThat(page.get("documents").get(0).get("fileName").asText()).isEqualTo("Bản án số 12.pdf");
    assertThat(labels(page)).contains("Tải lên tài liệu", "Tải xuống tài liệu");
    assertThat(operation(page, "Tải lên tài liệu").get("detail").asText())
        .isEqualTo(
            "Bản án số 12/2025/DS-ST ngày 01/02/2025: Bản án số 12.pdf ("
                + readable(pdf.length)
                + ")");
    assertThat(operation(page, "Tải xuống tài liệu").get("userId").asText()).isEqualTo("thuky");
  }

  @Test
  void executablesHtmlAndSvgAreRefusedWhateverTheirNameAndNothingIsKept() throws Exception {
    long before = stored();
    assertThat(SPOOL).as("the application creates its spool folder").isDirectory();

    Reply exe =
        upload(
            "chv.kv01",
            "quyet-dinh.pdf",
            "application/pdf",
            DocumentSamples.exe(),
            fields("OTHER", null, null, null));
    Reply html =
        upload(
            "chv.kv01",
            "ban-an.pdf",
            "application/pdf",
            DocumentSamples.html(),
            fields("JUDGMENT", null, null, null));
    Reply svg =
        upload(
            "chv.kv01",
            "so-do.png",
            "image/png",
            DocumentSamples.svg(),
            fields("OTHER", null, null, null));

    assertThat(exe.status()).isEqualTo(400);
    assertThat(exe.json().get("message").asText())
        .contains(
            "Tệp 'quyet-dinh.pdf' không được nhận",
            "chương trình chạy được",
            "PDF, DOCX, DOC, XLSX, ODT, JPEG, PNG");
    assertThat(html.status()).isEqualTo(400);
    assertThat(html.json().get("message").asText()).contains("trang HTML");
    assertThat(svg.status()).isEqualTo(400);
    assertThat(svg.json().get("message").asText()).contains("ảnh SVG");
    assertThat(stored()).isEqualTo(before);
    assertThat(spooledFiles()).isZero();
    assertThat(send("chv.kv01", get(documents())).json()).isEmpty();
  }

  @Test
  void everyAcceptedTypeIsTaken() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("y-kien.docx", DocumentSamples.docx());
    files.put("y-kien.doc", DocumentSamples.doc());
    files.put("bang-ke.xlsx", DocumentSamples.xlsx());
    files.put("bien-ban.odt", DocumentSamples.odt());
    files.put("anh.jpg", DocumentSamples.jpeg());
    files.put("anh.png", DocumentSamples.png());
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Reply r =
          upload(
              "chv.kv01",
              f.getKey(),
              "application/octet-stream",
              f.getValue(),
              fields("OTHER", null, null, null));
      assertThat(r.status()).as(f.getKey() + ": " + r.text()).isEqualTo(201);
    }
    assertThat(send("chv.kv01", get(documents())).json()).hasSize(files.size());
  }

  @Test
  void filesPastTheLimitAreRefusedWith413AndNothingIsKept() throws Exception {
    long before = stored();
    byte[] justOver = padded(256 * 1024 + 1);
    byte[] farOver = padded(3 * 1024 * 1024);

    Reply counted =
        upload(
            "chv.kv01", "lon.pdf", "application/pdf", justOver, fields("OTHER", null, null, null));
    Reply declared =
        upload(
            "chv.kv01",
            "rat-lon.pdf",
            "application/pdf",
            farOver,
            fields("OTHER", null, null, null));

    assertThat(counted.status()).as(counted.text()).isEqualTo(413);
    assertThat(counted.json().get("message").asText())
        .contains("quá lớn", "tối đa 256 KB", "Không có gì được lưu");
    assertThat(declared.status()).as(declared.text()).isEqualTo(413);
    assertThat(declared.json().get("message").asText()).contains("quá lớn", "tối đa 256 KB");
    assertThat(stored()).isEqualTo(before);
    // At the limit it is taken.
    assertThat(
            upload(
                    "chv.kv01",
                    "vua.pdf",
                    "application/pdf",
                    padded(256 * 1024),
                    fields("OTHER", null, null, null))
                .status())
        .isEqualTo(201);
  }

  @Test
  void fileNamesAreCleaned() throws Exception {
    String passwd =
        upload(
                "chv.kv01",
                "../../etc/passwd",
                "application/pdf",
                DocumentSamples.pdf("a"),
                fields("OTHER", null, null, null))
            .json()
            .get("fileName")
            .asText();
    String control =
        upload(
                "chv.kv01",
                "bien\u0007ban\u202E.pdf",
                "application/pdf",
                DocumentSamples.pdf("b"),
                fields("OTHER", null, null, null))
            .json()
            .get("fileName")
            .asText();
    String longName =
        upload(
                "chv.kv01",
                "d".repeat(300) + ".pdf",
                "application/pdf",
                DocumentSamples.pdf("c"),
                fields("OTHER", null, null, null))
            .json()
            .get("fileName")
            .asText();

    assertThat(passwd).isEqualTo("passwd");
    assertThat(control).isEqualTo("bienban.pdf");
    assertThat(longName).hasSize(255).endsWith(".pdf");
    assertThat(
            jdbc.sql(
                    "select max(length(file_name)) from bcd_case_document d join bcd_case c on c.id = d.case_id where c.case_number = ?")
                .param(caseNumber)
                .query(Integer.class)
                .single())
        .isEqualTo(255);
  }

  @Test
  void aReplacedDocumentStaysAsAnEarlierVersion() throws Exception {
    byte[] draft = DocumentSamples.pdf("dự thảo " + UUID.randomUUID());
    byte[] signed = DocumentSamples.pdf("bản ký " + UUID.randomUUID());
    long first =
        upload(
                "thuky",
                "thong-bao.pdf",
                "application/pdf",
                draft,
                fields("CONCLUSION_NOTICE", "05/TB-BCĐ", "2026-03-02", null))
            .json()
            .get("id")
            .asLong();

    Reply second =
        upload(
            "thuky",
            "thong-bao-da-ky.pdf",
            "application/pdf",
            signed,
            fields(null, "05/TB-BCĐ", "2026-03-02", String.valueOf(first)));

    assertThat(second.status()).as(second.text()).isEqualTo(201);
    assertThat(second.json().get("version").asInt()).isEqualTo(2);
    assertThat(second.json().get("kind").asText()).isEqualTo("CONCLUSION_NOTICE");
    JsonNode list = send("chv.kv01", get(documents())).json();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("fileName").asText()).isEqualTo("thong-bao-da-ky.pdf");
    JsonNode earlier = list.get(0).get("earlierVersions");
    assertThat(earlier).hasSize(1);
    assertThat(earlier.get(0).get("id").asLong()).isEqualTo(first);
    assertThat(earlier.get(0).get("sha256").asText()).isEqualTo(sha256(draft));
    // The earlier file is untouched.
    assertThat(sha256(send("chv.kv01", get(documents() + "/" + first)).body()))
        .isEqualTo(sha256(draft));
    // An earlier version is not replaced again.
    Reply again =
        upload(
            "thuky",
            "khac.pdf",
            "application/pdf",
            DocumentSamples.pdf("x"),
            fields(null, null, null, String.valueOf(first)));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("message").asText()).contains("đã có phiên bản mới hơn");
  }

  @Test
  void removalIsTheAuthorsOrTheSecretariatsAndIsKeptInTheLog() throws Exception {
    long id =
        upload(
                "chv.kv01",
                "xac-minh.pdf",
                "application/pdf",
                DocumentSamples.pdf("xm " + UUID.randomUUID()),
                fields("VERIFICATION_RECORD", "03/BB-XM", null, null))
            .json()
            .get("id")
            .asLong();
    String path = documents() + "/" + id + "?reason=" + enc("Tải nhầm vụ việc");

    Reply colleague = send("truong.kv01", delete(path));
    assertThat(colleague.status()).isEqualTo(403);
    assertThat(colleague.json().get("message").asText())
        .contains("Chỉ người đã tải lên tài liệu này hoặc Tổ Thư ký");
    Reply withoutReason = send("chv.kv01", delete(documents() + "/" + id));
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.json().get("message").asText())
        .isEqualTo("Cần ghi lý do gỡ tài liệu.");

    Reply removed = send("chv.kv01", delete(path));

    assertThat(removed.status()).as(removed.text()).isEqualTo(200);
    assertThat(send("chv.kv01", get(documents())).json()).isEmpty();
    assertThat(send("chv.kv01", get(documents() + "/" + id)).status()).isEqualTo(404);
    // The file stays: the secretariat can still read it.
    assertThat(send("thuky", get(documents() + "/" + id)).status()).isEqualTo(200);
    JsonNode page = casePage("thuky");
    assertThat(page.get("documents")).isEmpty();
    JsonNode removal = operation(page, "Gỡ tài liệu");
    assertThat(removal.get("userId").asText()).isEqualTo("chv.kv01");
    assertThat(removal.get("detail").asText())
        .contains("Biên bản xác minh số 03/BB-XM", "Lý do: Tải nhầm vụ việc");
  }

  @Test
  void anAgencyNotInTheCaseGetsNothing() throws Exception {
    long id =
        upload(
                "chv.kv01",
                "bao-cao.pdf",
                "application/pdf",
                DocumentSamples.pdf("bc"),
                fields("OFFICE_REPORT", null, null, null))
            .json()
            .get("id")
            .asLong();

    Reply download = send("cv.sotuphap", get(documents() + "/" + id));
    Reply list = send("cv.sotuphap", get(documents()));
    Reply add =
        upload(
            "cv.sotuphap",
            "y-kien.pdf",
            "application/pdf",
            DocumentSamples.pdf("yk"),
            fields("OPINION_LETTER", null, null, null));

    assertThat(download.status()).isEqualTo(403);
    assertThat(download.json().get("message").asText())
        .contains("không có quyền tải tài liệu của vụ việc " + caseNumber);
    assertThat(list.status()).isEqualTo(403);
    assertThat(add.status()).isEqualTo(403);
    assertThat(add.json().get("message").asText())
        .contains("chỉ cán bộ của cơ quan tham gia vụ việc và Tổ Thư ký");
    assertThat(
            send("cv.sotuphap", get("/api/cases/" + enc("BCĐ-1999-9999") + "/documents")).status())
        .isEqualTo(404);
  }

  // ---- the list a page at a time ----------------------------------------------------------------

  @Test
  void aLongListComesFiftyAtATimeNewestFirstWithItsCount() throws Exception {
    for (int i = 1; i <= 53; i++) {
      Reply r =
          upload(
              "chv.kv01",
              String.format("so-%02d.pdf", i),
              "application/pdf",
              DocumentSamples.pdf("văn bản " + i),
              fields("OTHER", null, null, null));
      assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    Reply first = send("chv.kv01", get(documents()));

    assertThat(first.status()).isEqualTo(200);
    assertThat(fileNames(first.json())).hasSize(50).startsWith("so-53.pdf", "so-52.pdf");
    assertThat(fileNames(first.json()).get(49)).isEqualTo("so-04.pdf");
    assertThat(first.header("X-Total-Count")).isEqualTo("53");
    String next = first.header("Link");
    assertThat(next).endsWith(">; rel=\"next\"").contains("limit=50", "offset=50");
    Reply rest =
        send("chv.kv01", HttpRequest.newBuilder(URI.create(next.replaceAll("^<(.*)>.*$", "$1"))));
    assertThat(fileNames(rest.json())).containsExactly("so-03.pdf", "so-02.pdf", "so-01.pdf");
    assertThat(rest.header("X-Total-Count")).isEqualTo("53");
    assertThat(rest.header("Link")).isNull();
    assertThat(fileNames(send("chv.kv01", get(documents() + "?limit=200")).json())).hasSize(53);

    // The case page: its first page and the count; "Xem thêm" asks the plugin for the rest.
    JsonNode page = casePage("thuky");
    assertThat(page.get("documents")).hasSize(50);
    assertThat(page.get("documents").get(0).get("fileName").asText()).isEqualTo("so-53.pdf");
    assertThat(page.get("documentsTotal").asLong()).isEqualTo(53);
    JsonNode more =
        pluginGet("thuky", "cockpit", "case/documents?number=" + enc(caseNumber) + "&offset=50");
    assertThat(more.get("total").asLong()).isEqualTo(53);
    assertThat(more.get("offset").asInt()).isEqualTo(50);
    assertThat(more.get("limit").asInt()).isEqualTo(50);
    assertThat(fileNames(more.get("documents")))
        .containsExactly("so-03.pdf", "so-02.pdf", "so-01.pdf");
  }

  @Test
  void pagesHoldCurrentDocumentsWithTheirEarlierVersionsAndNoRemovedOne() throws Exception {
    Map<String, Long> ids = new LinkedHashMap<>();
    for (String name : java.util.List.of("a.pdf", "b.pdf", "c.pdf", "d.pdf", "e.pdf")) {
      ids.put(
          name,
          added(
              upload(
                  "chv.kv01",
                  name,
                  "application/pdf",
                  DocumentSamples.pdf(name),
                  fields("OTHER", null, null, null))));
    }
    // b twice replaced: its third version is the newest document; its two earlier ones go with it.
    long b2 =
        added(
            upload(
                "chv.kv01",
                "b-v2.pdf",
                "application/pdf",
                DocumentSamples.pdf("b2"),
                fields(null, null, null, String.valueOf(ids.get("b.pdf")))));
    long b3 =
        added(
            upload(
                "thuky",
                "b-v3.pdf",
                "application/pdf",
                DocumentSamples.pdf("b3"),
                fields(null, null, null, String.valueOf(b2))));
    assertThat(
            send(
                    "chv.kv01",
                    delete(documents() + "/" + ids.get("d.pdf") + "?reason=" + enc("Nhầm")))
                .status())
        .isEqualTo(200);

    JsonNode one = send("chv.kv01", get(documents() + "?limit=2")).json();
    Reply twoReply = send("chv.kv01", get(documents() + "?limit=2&offset=2"));
    JsonNode two = twoReply.json();
    JsonNode three = send("chv.kv01", get(documents() + "?limit=2&offset=4")).json();

    assertThat(fileNames(one)).containsExactly("b-v3.pdf", "e.pdf");
    assertThat(fileNames(two)).containsExactly("c.pdf", "a.pdf");
    assertThat(three).isEmpty();
    assertThat(twoReply.header("X-Total-Count")).isEqualTo("4");
    assertThat(twoReply.header("Link")).isNull();
    assertThat(one.get(0).get("id").asLong()).isEqualTo(b3);
    assertThat(one.get(0).get("version").asInt()).isEqualTo(3);
    JsonNode earlier = one.get(0).get("earlierVersions");
    assertThat(earlier).hasSize(2);
    assertThat(earlier.get(0).get("id").asLong()).isEqualTo(b2);
    assertThat(earlier.get(0).get("fileName").asText()).isEqualTo("b-v2.pdf");
    assertThat(earlier.get(1).get("id").asLong()).isEqualTo(ids.get("b.pdf"));
    assertThat(one.get(1).get("earlierVersions")).isEmpty();
    assertThat(two.get(0).get("earlierVersions")).isEmpty();

    // The task's "Tài liệu" tab pages the same way, with what the user may remove on that page.
    String taskId =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(caseNumber)
            .list()
            .get(0)
            .getId();
    JsonNode panel =
        pluginGet("chv.kv01", "tasklist", "task/" + taskId + "/documents?limit=2&offset=2");
    assertThat(panel.get("total").asLong()).isEqualTo(4);
    assertThat(fileNames(panel.get("documents"))).containsExactly("c.pdf", "a.pdf");
    assertThat(JSON.convertValue(panel.get("removable"), long[].class))
        .containsExactly(ids.get("c.pdf"), ids.get("a.pdf"));
    JsonNode panelOne = pluginGet("chv.kv01", "tasklist", "task/" + taskId + "/documents?limit=2");
    // b's current version is the secretariat's: not the officer's to remove.
    assertThat(JSON.convertValue(panelOne.get("removable"), long[].class))
        .containsExactly(ids.get("e.pdf"));
  }

  @Test
  void badPageParametersAreRefusedInVietnameseAndChangeNothing() throws Exception {
    upload(
        "chv.kv01",
        "a.pdf",
        "application/pdf",
        DocumentSamples.pdf("a"),
        fields("OTHER", null, null, null));
    long before = stored();
    int eventsBefore = events();
    String listBefore = send("chv.kv01", get(documents())).text();

    Map<String, String> refusals = new LinkedHashMap<>();
    refusals.put("limit=0", "Số tài liệu mỗi trang (limit) '0' không hợp lệ (từ 1 đến 200).");
    refusals.put("limit=201", "Số tài liệu mỗi trang (limit) '201' không hợp lệ (từ 1 đến 200).");
    refusals.put("limit=m%C6%B0%E1%BB%9Di", "Số tài liệu mỗi trang (limit) 'mười' không hợp lệ");
    refusals.put("offset=-1", "Vị trí bắt đầu (offset) '-1' không hợp lệ (từ 0 đến 1000000).");
    refusals.put("offset=1.5", "Vị trí bắt đầu (offset) '1.5' không hợp lệ");
    for (Map.Entry<String, String> bad : refusals.entrySet()) {
      Reply r = send("chv.kv01", get(documents() + "?" + bad.getKey()));
      assertThat(r.status()).as(bad.getKey()).isEqualTo(400);
      assertThat(r.json().get("message").asText())
          .as(bad.getKey())
          .startsWith("Yêu cầu danh sách tài liệu không hợp lệ: ")
          .contains(bad.getValue());
    }
    // Both problems are told at once.
    assertThat(
            send("chv.kv01", get(documents() + "?offset=1.5&limit=0"))
                .json()
                .get("message")
                .asText())
        .contains("(limit) '0'", "(offset) '1.5'");
    // The plugin's lists refuse the same way.
    Http session = Http.browser(port);
    assertThat(session.loginToWebapp("cockpit", "thuky", "demo").status()).isEqualTo(200);
    Http.Response plugin =
        session.get(PLUGIN + "case/documents?number=" + enc(caseNumber) + "&limit=500");
    assertThat(plugin.status()).isEqualTo(400);
    assertThat(plugin.json().get("message").asText())
        .contains("Số tài liệu mỗi trang (limit) '500' không hợp lệ (từ 1 đến 200).");

    assertThat(stored()).isEqualTo(before);
    assertThat(events()).isEqualTo(eventsBefore);
    assertThat(send("chv.kv01", get(documents())).text()).isEqualTo(listBefore);
  }

  // ---- helpers --------------------------------------------------------------------------------

  record Reply(int status, byte[] body, HttpResponse<byte[]> response) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  private static long added(Reply r) throws IOException {
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static java.util.List<String> fileNames(JsonNode list) {
    return java.util.stream.StreamSupport.stream(list.spliterator(), false)
        .map(d -> d.get("fileName").asText())
        .toList();
  }

  /**
   * A GET of the Cockpit plugin's API, signed in to {@code webapp} as {@code user}; must be 200.
   */
  private JsonNode pluginGet(String user, String webapp, String path) {
    Http session = Http.browser(port);
    assertThat(session.loginToWebapp(webapp, user, "demo").status()).isEqualTo(200);
    Http.Response r = session.get(PLUGIN + path);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private int events() {
    return jdbc.sql(
            "select count(*) from bcd_document_event e join bcd_case c on c.id = e.case_id where c.case_number = ?")
        .param(caseNumber)
        .query(Integer.class)
        .single();
  }

  private String documents() {
    return "/api/cases/" + enc(caseNumber) + "/documents";
  }

  private static Map<String, String> fields(
      String kind, String number, String date, String replaces) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("kind", kind);
    f.put("number", number);
    f.put("date", date);
    f.put("replaces", replaces);
    return f;
  }

  private Reply upload(
      String user, String fileName, String partType, byte[] content, Map<String, String> form)
      throws Exception {
    MultipartForm body = new MultipartForm();
    form.forEach(body::field);
    return send(user, body.file("file", fileName, partType, content).post(request(documents())));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  private HttpRequest.Builder get(String path) {
    return request(path).GET();
  }

  private HttpRequest.Builder delete(String path) {
    return request(path).DELETE();
  }

  private static Reply send(String user, HttpRequest.Builder request) throws Exception {
    request.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    HttpResponse<byte[]> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Reply(response.statusCode(), response.body(), response);
  }

  private JsonNode casePage(String user) {
    Http session = Http.browser(port);
    assertThat(session.loginToWebapp("cockpit", user, "demo").status()).isEqualTo(200);
    Http.Response page = session.get(CASE_PAGE + enc(caseNumber));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json();
  }

  private static Stream<String> labelStream(JsonNode page) {
    return Stream.of(JSON.convertValue(page.get("operations"), JsonNode[].class))
        .map(o -> o.get("label").asText());
  }

  private static java.util.List<String> labels(JsonNode page) {
    return labelStream(page).toList();
  }

  private static JsonNode operation(JsonNode page, String label) {
    for (JsonNode o : page.get("operations")) {
      if (o.get("label").asText().equals(label)) {
        return o;
      }
    }
    throw new AssertionError("No operation '" + label + "' in " + page.get("operations"));
  }

  private long stored() {
    return jdbc.sql("select count(*) from bcd_case_document").query(Long.class).single()
        + jdbc.sql("select count(*) from bcd_document_chunk").query(Long.class).single();
  }

  /** Spooled uploads left in this application's spool folder. */
  private static long spooledFiles() throws IOException {
    try (Stream<Path> files = Files.list(SPOOL)) {
      return files.filter(p -> p.getFileName().toString().startsWith("bcd-document-")).count();
    }
  }

  /** A PDF of exactly {@code size} bytes. */
  private static byte[] padded(int size) {
    byte[] head = DocumentSamples.pdf("đệm");
    byte[] file = new byte[size];
    System.arraycopy(head, 0, file, 0, head.length);
    java.util.Arrays.fill(file, head.length, size, (byte) ' ');
    return file;
  }

  private static String readable(long bytes) {
    return FileNames.readableSize(bytes);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
