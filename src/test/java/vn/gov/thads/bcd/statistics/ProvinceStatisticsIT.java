package vn.gov.thads.bcd.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.statistics.StatisticsSamples.SampleRow;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.MultipartForm;

/**
 * The province-wide THADS figures over {@code /api/statistics}, as THADS tỉnh and the secretariat
 * use them: entry, the view with rates, targets and gaps, corrections kept as revisions, refused
 * inputs that change nothing, the import of the example workbook and of a bad one, and who may.
 */
class ProvinceStatisticsIT extends IntegrationTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ProvinceStatistics statistics;

  @SuppressWarnings("unchecked")
  private static Map<String, Object> side(Map<String, Object> body, String side) {
    return (Map<String, Object>) body.get(side);
  }

  @Test
  void thadsEntersTheFiguresAndEveryoneAllowedSeesRatesTargetsAndGaps() {
    Http secretariat = Http.rest(port, "thuky", "demo");
    Http thads = Http.rest(port, "cb.thads", "demo");

    Http.Response targets =
        secretariat.putJson("/api/statistics/targets/2026", Map.of("cases", 83.35, "money", 46.65));
    assertThat(targets.status()).as(targets.body()).isEqualTo(200);

    Http.Response put = thads.putJson("/api/statistics/2026/Y", StatisticsSamples.seed());
    assertThat(put.status()).as(put.body()).isEqualTo(200);

    // The chair reads it too.
    JsonNode view = Http.rest(port, "truongban", "demo").get("/api/statistics/2026/Y").json();
    assertThat(view.get("periodLabel").asText()).isEqualTo("Năm 2026");
    assertThat(view.get("from").asText()).isEqualTo("01/10/2025");
    assertThat(view.get("to").asText()).isEqualTo("30/09/2026");
    assertThat(view.get("scope").asText()).isEqualTo("tinh");
    assertThat(view.get("revision").asInt()).isEqualTo(1);
    assertThat(view.get("enteredBy").asText()).isEqualTo("cb.thads");
    JsonNode cases = view.get("cases");
    assertThat(cases.get("totalAccepted").asLong()).isEqualTo(18_500);
    assertThat(cases.get("toEnforce").asLong()).isEqualTo(18_200);
    assertThat(cases.get("withConditions").asLong()).isEqualTo(14_909);
    assertThat(cases.get("resolved").asLong()).isEqualTo(12_491);
    assertThat(cases.get("carryOverNext").asLong()).isEqualTo(5709);
    assertThat(cases.get("carryOverNextWithConditions").asLong()).isEqualTo(2418);
    assertThat(cases.get("rate").decimalValue()).isEqualByComparingTo("83.78");
    assertThat(cases.get("rateLabel").asText()).isEqualTo("83,78 %");
    assertThat(cases.get("target").decimalValue()).isEqualByComparingTo("83.35");
    assertThat(cases.get("gap").decimalValue()).isEqualByComparingTo("0.43");
    assertThat(cases.get("gapLabel").asText()).isEqualTo("+0,43 điểm %");
    JsonNode money = view.get("money");
    assertThat(money.get("resolved").asLong()).isEqualTo(1_012_000_000_000L);
    assertThat(money.get("rate").decimalValue()).isEqualByComparingTo("48.72");
    assertThat(money.get("gap").decimalValue()).isEqualByComparingTo("2.07");
    assertThat(view.get("targets").get("setBy").asText()).isEqualTo("thuky");
    // The same through the service the committee's report will use.
    ProvinceStatistics.Figures figures = statistics.figures(2026, "Y", null).orElseThrow();
    assertThat(figures.cases().rate()).isEqualByComparingTo("83.78");
    assertThat(figures.money().rate()).isEqualByComparingTo("48.72");
    assertThat(statistics.targets(2026, statistics.province()).orElseThrow().cases())
        .isEqualByComparingTo("83.35");

    // An office without targets of its own is measured against the province's.
    Map<String, Object> office = StatisticsSamples.seed();
    side(office, "cases").put("completed", 10_000);
    Http.Response kv = thads.putJson("/api/statistics/2026/Y?office=thads-kv03", office);
    assertThat(kv.status()).as(kv.body()).isEqualTo(200);
    assertThat(kv.json().get("scopeName").asText()).isEqualTo("Phòng Thi hành án dân sự khu vực 3");
    assertThat(kv.json().get("cases").get("gap").decimalValue()).isEqualByComparingTo("-13.65");
    assertThat(kv.json().get("targets").get("scope").asText()).isEqualTo("tinh");
  }

  @Test
  void aCorrectionIsANewRevisionAndTheEarlierOneIsKept() {
    Http thads = Http.rest(port, "cb.thads", "demo");
    assertThat(thads.putJson("/api/statistics/2026/Q1", StatisticsSamples.seed()).status())
        .isEqualTo(200);
    Map<String, Object> corrected = StatisticsSamples.seed();
    side(corrected, "cases").put("terminated", 400);
    Http.Response second =
        Http.rest(port, "thuky", "demo").putJson("/api/statistics/2026/Q1", corrected);
    assertThat(second.status()).as(second.body()).isEqualTo(200);

    JsonNode now = thads.get("/api/statistics/2026/Q1").json();
    assertThat(now.get("revision").asInt()).isEqualTo(2);
    assertThat(now.get("enteredBy").asText()).isEqualTo("thuky");
    assertThat(now.get("cases").get("terminated").asLong()).isEqualTo(400);
    assertThat(now.get("revisions")).hasSize(2);
    assertThat(now.get("revisions").get(0).get("enteredBy").asText()).isEqualTo("cb.thads");

    JsonNode first = thads.get("/api/statistics/2026/Q1?revision=1").json();
    assertThat(first.get("current").asBoolean()).isFalse();
    assertThat(first.get("cases").get("terminated").asLong()).isEqualTo(391);
  }

  @Test
  void refusedFiguresChangeNothing() {
    Http thads = Http.rest(port, "cb.thads", "demo");
    assertThat(thads.putJson("/api/statistics/2026/H2", StatisticsSamples.seed()).status())
        .isEqualTo(200);
    String before = thads.get("/api/statistics/2026/H2").body();
    long rows = figureRows();

    Map<String, Object> wrong = StatisticsSamples.seed();
    side(wrong, "cases").put("completed", 15_000);
    side(wrong, "money").put("carriedOver", -1);
    Http.Response refused = thads.putJson("/api/statistics/2026/H2", wrong);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("type").asText()).isEqualTo("InvalidStatistics");
    assertThat(texts(refused.json().get("errors")))
        .containsExactly(
            "Dòng «Thi hành xong» (15.000 việc) lớn hơn dòng «Có điều kiện thi hành» (14.909"
                + " việc).",
            "Dòng «Chuyển từ kỳ trước» (về tiền) không được là số âm (−1 đồng).");
    // Wrong shapes are refused too, each named.
    Http.Response shape =
        thads.putJson(
            "/api/statistics/2026/H2",
            Map.of("cases", Map.of("completed", "nhiều", "thuLy", 1), "tien", 1));
    assertThat(shape.status()).isEqualTo(400);
    assertThat(shape.json().get("message").asText())
        .contains("Trường 'tien' không có trong biểu mẫu")
        .contains("Dòng «Thi hành xong» (về việc) phải là số nguyên")
        .contains("Trường 'cases.thuLy' không phải một dòng của biểu mẫu về việc")
        .contains("Thiếu số liệu về tiền");
    // Unknown office, unknown period, a period not begun.
    assertThat(
            thads
                .putJson("/api/statistics/2026/H2?office=thads-kv99", StatisticsSamples.seed())
                .json()
                .get("message")
                .asText())
        .isEqualTo(
            "Không có Phòng Thi hành án dân sự khu vực 'thads-kv99' trong tệp tổ chức (để trống"
                + " hoặc 'tinh' cho toàn tỉnh).");
    assertThat(thads.putJson("/api/statistics/2026/Q5", StatisticsSamples.seed()).status())
        .isEqualTo(400);
    Http.Response future = thads.putJson("/api/statistics/2100/Q4", StatisticsSamples.seed());
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("message").asText())
        .isEqualTo(
            "Kỳ báo cáo Quý IV năm 2100 (01/07/2100 – 30/09/2100) chưa bắt đầu: chưa thể có số liệu.");
    // A target out of range.
    Http.Response target =
        Http.rest(port, "thuky", "demo")
            .putJson(
                "/api/statistics/targets/2026?office=thads-kv05",
                Map.of("cases", 120, "money", 46.655));
    assertThat(target.status()).isEqualTo(400);
    assertThat(texts(target.json().get("errors")))
        .containsExactly(
            "«Chỉ tiêu tỷ lệ thi hành xong về việc» phải từ 0 đến 100 (%), không phải 120.",
            "«Chỉ tiêu tỷ lệ thi hành xong về tiền» có nhiều nhất 2 chữ số thập phân, không phải"
                + " 46.655.");

    assertThat(thads.get("/api/statistics/2026/H2").body()).isEqualTo(before);
    assertThat(figureRows()).isEqualTo(rows);
    assertThat(
            jdbc.sql("select count(*) from bcd_statistics_target where scope = 'thads-kv05'")
                .query(Long.class)
                .single())
        .as("no target of the office's own was stored")
        .isZero();
  }

  @Test
  void theExampleWorkbookImportsEveryOfficeAtOnce() throws Exception {
    byte[] example;
    try (InputStream in = getClass().getResourceAsStream(StatisticsSamples.EXAMPLE)) {
      example = in.readAllBytes();
    }
    Http.Response imported = upload("cb.thads", "so-lieu-thads-mau.xlsx", example, "2026", "H1");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("stored")).hasSize(3);

    Http thads = Http.rest(port, "cb.thads", "demo");
    JsonNode province = thads.get("/api/statistics/2026/H1").json();
    assertThat(province.get("source").asText()).isEqualTo("XLSX");
    assertThat(province.get("fileName").asText()).isEqualTo("so-lieu-thads-mau.xlsx");
    assertThat(province.get("cases").get("rate").decimalValue()).isEqualByComparingTo("83.78");
    assertThat(province.get("money").get("rate").decimalValue()).isEqualByComparingTo("48.72");
    JsonNode kv01 = thads.get("/api/statistics/2026/H1?office=thads-kv01").json();
    assertThat(kv01.get("money").get("newlyAccepted").asLong()).isEqualTo(180_000_000_000L);
    assertThat(kv01.get("cases").get("rate").decimalValue()).isEqualByComparingTo("83.85");
    assertThat(
            thads
                .get("/api/statistics/2026/H1?office=thads-kv02")
                .json()
                .get("cases")
                .get("rate")
                .decimalValue())
        .isEqualByComparingTo("80.00");

    // A bad workbook for the same period: every problem listed, nothing of it kept, not even
    // its good rows.
    long rows = figureRows();
    List<SampleRow> cases = new ArrayList<>(StatisticsSamples.exampleCases());
    cases.set(
        0,
        new SampleRow(
            StatisticsSamples.PROVINCE,
            8000,
            10_500,
            18_500,
            300,
            18_200,
            3291,
            14_909,
            15_000,
            391));
    cases.set(2, new SampleRow("thads-kv02", 500, "năm trăm", 1150, 10, 1140, 240, 900, 700, 20));
    Http.Response bad =
        upload(
            "cb.thads",
            "sai.xlsx",
            StatisticsSamples.workbook(cases, StatisticsSamples.exampleMoney()),
            "2026",
            "H1");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(texts(bad.json().get("errors")))
        .containsExactly(
            "Trang «Việc», hàng 7 («thads-kv02»), cột «Thụ lý mới» (C7): «năm trăm» không phải số"
                + " nguyên (ghi số, có thể dùng dấu chấm ngăn cách hàng nghìn).");
    // Once cells read, the lines are checked, each named with its sheet and row.
    cases.set(2, StatisticsSamples.exampleCases().get(2));
    Http.Response inconsistent =
        upload(
            "cb.thads",
            "sai.xlsx",
            StatisticsSamples.workbook(cases, StatisticsSamples.exampleMoney()),
            "2026",
            "H1");
    assertThat(inconsistent.status()).isEqualTo(400);
    assertThat(texts(inconsistent.json().get("errors")))
        .containsExactly(
            "Trang «Việc», hàng 5 («Toàn tỉnh»): Dòng «Thi hành xong» (15.000 việc) lớn hơn dòng"
                + " «Có điều kiện thi hành» (14.909 việc).");
    assertThat(figureRows()).isEqualTo(rows);
    assertThat(thads.get("/api/statistics/2026/H1").json().get("revision").asInt()).isEqualTo(1);

    Http.Response notXlsx =
        upload(
            "cb.thads",
            "so-lieu.csv",
            "Đơn vị;Thụ lý mới\n".getBytes(StandardCharsets.UTF_8),
            "2026",
            "H1");
    assertThat(notXlsx.status()).isEqualTo(400);
    assertThat(notXlsx.json().get("message").asText())
        .startsWith("Tệp không phải bảng tính Excel (.xlsx)");
  }

  @Test
  void onlyTheSecretariatAndThadsTinhMayEnterAndOnlyTheSecretariatSetsTargets() throws Exception {
    Http.Response regional =
        Http.rest(port, "chv.kv01", "demo")
            .putJson("/api/statistics/2026/M10", StatisticsSamples.seed());
    assertThat(regional.status()).isEqualTo(403);
    assertThat(regional.json().get("message").asText())
        .isEqualTo(
            "Tài khoản 'chv.kv01' không có quyền nhập số liệu thống kê THADS: chỉ Tổ Thư ký và Thi"
                + " hành án dân sự tỉnh.");
    assertThat(
            upload(
                    "cv.sotuphap",
                    "so-lieu-thads-mau.xlsx",
                    StatisticsSamples.example(),
                    "2026",
                    "M10")
                .status())
        .isEqualTo(403);
    assertThat(Http.rest(port, "cv.sotuphap", "demo").get("/api/statistics/2026/Y").status())
        .isEqualTo(403);
    Http.Response target =
        Http.rest(port, "cb.thads", "demo")
            .putJson("/api/statistics/targets/2027", Map.of("cases", 83.35, "money", 46.65));
    assertThat(target.status()).isEqualTo(403);
    assertThat(target.json().get("message").asText()).contains("đặt chỉ tiêu thi hành án");
    assertThat(Http.rest(port, "cb.thads", "demo").get("/api/statistics/targets/2027").status())
        .isEqualTo(404);
    assertThat(Http.rest(port, "cb.thads", "demo").get("/api/statistics/2026/M10").status())
        .isEqualTo(404);
    assertThat(Http.rest(port, "chv.kv01", "wrong").get("/api/statistics/2026/Y").status())
        .isEqualTo(401);
  }

  private long figureRows() {
    return jdbc.sql("select count(*) from bcd_statistics_figures").query(Long.class).single();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private Http.Response upload(
      String user, String fileName, byte[] content, String year, String period) throws Exception {
    MultipartForm body =
        new MultipartForm()
            .field("year", year)
            .field("period", period)
            .file(
                "file",
                fileName,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                content);
    HttpResponse<String> response =
        CLIENT.send(
            body.post(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/statistics/import"))
                        .header(
                            "Authorization",
                            "Basic "
                                + Base64.getEncoder()
                                    .encodeToString(
                                        (user + ":demo").getBytes(StandardCharsets.UTF_8))))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Http.Response(response.statusCode(), response.body());
  }
}
