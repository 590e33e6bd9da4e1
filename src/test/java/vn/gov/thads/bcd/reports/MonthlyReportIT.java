package vn.gov.thads.bcd.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.thads.bcd.mail.MailLog;
import vn.gov.thads.bcd.statistics.Line;
import vn.gov.thads.bcd.statistics.ProvinceStatistics;
import vn.gov.thads.bcd.statistics.ReportingPeriod;
import vn.gov.thads.bcd.statistics.Scope;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.EngineClock;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Smtp;

/**
 * The monthly report mail and the file downloads on PostgreSQL with GreenMail and the engine's
 * clock: two cases submitted in December 2026 and the province's THADS figures of that month; on
 * 01/01/2027 (New Year's Day, a Friday) nothing leaves, on Monday 04/01/2027 (the first working
 * day) the mail server is down, then back: the chair and the secretariat receive the report once,
 * with the XLSX and the DOCX carrying the JSON report's numbers; later runs send nothing. The REST
 * export downloads both formats; a bad format is 400, an officer 403.
 */
class MonthlyReportIT extends IntegrationTest {

  static final Smtp SMTP = new Smtp();
  static final String CHAIR = "vanthu@ubnd.angiang.example";
  static final String SECRETARIAT = "tothuky@thads.angiang.example";

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("bcd.mail-sink.enabled", () -> "false");
    registry.add("spring.mail.port", () -> SMTP.port);
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ProvinceStatistics statistics;
  @Autowired MailLog mailLog;

  @Autowired MonthlyReportMail monthlyReport;

  @BeforeEach
  void noMailYet() {
    SMTP.clear(); // each test counts its own mails
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.close();
  }

  /** The daily run at the engine's current time: the timer, then the mail's job if any. */
  private void runMonthlyReport() {
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processDefinitionKey("MonthlyReportProcess")
            .timers()
            .singleResult();
    engine.getManagementService().executeJob(timer.getId());
    for (Job job : mailJobs()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  private List<Job> mailJobs() {
    return engine
        .getManagementService()
        .createJobQuery()
        .processDefinitionKey("MonthlyReportProcess")
        .messages()
        .list();
  }

  private static Map<Line, Long> lines(long... values) {
    Line[] order = {
      Line.CARRIED_OVER,
      Line.NEWLY_ACCEPTED,
      Line.ENTRUSTED,
      Line.WITHOUT_CONDITIONS,
      Line.COMPLETED,
      Line.TERMINATED,
      Line.REDUCED_OR_EXEMPTED
    };
    Map<Line, Long> m = new EnumMap<>(Line.class);
    for (int i = 0; i < values.length; i++) {
      m.put(order[i], values[i]);
    }
    return m;
  }

  /** The files attached to a mail, by name. */
  private static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    collect(message, files);
    return files;
  }

  private static void collect(Part part, Map<String, byte[]> files) throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, files);
      }
    } else if (part.getFileName() != null) {
      files.put(MimeUtility.decodeText(part.getFileName()), part.getInputStream().readAllBytes());
    }
  }

  private static double number(Sheet sheet, String label) {
    for (Row row : sheet) {
      if (row.getCell(1) != null
          && row.getCell(1).getCellType() == CellType.STRING
          && row.getCell(1).getStringCellValue().equals(label)) {
        assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        return row.getCell(2).getNumericCellValue();
      }
    }
    throw new AssertionError("No row " + label);
  }

  /** The report's numbers in the workbook and the document are those of the JSON report. */
  private static void carriesTheNumbersOf(JsonNode json, byte[] xlsx, byte[] docx)
      throws Exception {
    JsonNode committee = json.get("committee").get("figures");
    JsonNode outcomes = json.get("outcomes").get("figures");
    assertThat(committee.get("submitted").get("total").asLong()).isEqualTo(2);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(4);
      Sheet work = wb.getSheet("Công tác của BCĐ");
      for (String key : List.of("submitted", "returned", "directivesIssued", "meetings")) {
        assertThat(number(work, committee.get(key).get("label").asText()))
            .as(key)
            .isEqualTo(committee.get(key).get("total").asDouble());
      }
      assertThat(number(wb.getSheet("Kết quả"), outcomes.get("closed").get("label").asText()))
          .isEqualTo(outcomes.get("closed").get("total").asDouble());
      Sheet thads = wb.getSheet("Số liệu THADS toàn tỉnh");
      boolean rate = false;
      for (Row row : thads) {
        if (row.getCell(0) != null
            && row.getCell(0).getCellType() == CellType.STRING
            && row.getCell(0).getStringCellValue().equals("Tỷ lệ thi hành xong")) {
          // 45 + 5 resolved of 100 with conditions.
          assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(0.5);
          rate = true;
        }
      }
      assertThat(rate).isTrue();
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      assertThat(text)
          .doesNotContain("{{")
          .contains(
              "Kết quả công tác của Ban Chỉ đạo thi hành án dân sự tỉnh An Giang tháng 12/2026",
              committee.get("submitted").get("label").asText() + "\t2",
              "Tỷ lệ thi hành xong về việc: 50,00 %; chỉ tiêu giao: 80,00 %; chênh lệch so với"
                  + " chỉ tiêu: −30,00 điểm %",
              "TRƯỞNG BAN");
    }
  }

  @Test
  void theMonthlyReportReachesTheChairAndTheSecretariatOnceOnTheFirstWorkingDay() throws Exception {
    EngineClock.at("2026-12-10T09:00");
    CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier());
    CaseScenario.start(engine, "chv.kv02", CaseScenario.dossier());
    ReportingPeriod december = ReportingPeriod.of(2027, "M12");
    Scope province = statistics.province();
    statistics.submit(
        "thuky",
        december,
        province,
        new ProvinceStatistics.Submission(
            lines(100, 20, 0, 20, 45, 5), lines(9_000, 1_000, 0, 2_000, 3_000, 500, 500)),
        ProvinceStatistics.Source.API);
    statistics.setTargets("thuky", 2027, province, new BigDecimal("80"), new BigDecimal("40"));

    // New Year's Day: a holiday, nothing leaves.
    EngineClock.at("2027-01-01T08:00");
    runMonthlyReport();
    assertThat(SMTP.copies()).isZero();
    assertThat(mailLog.any(MonthlyReportMail.key(java.time.YearMonth.of(2026, 12)))).isFalse();

    // Monday 04/01/2027, the first working day: the mail server is down, the job fails.
    EngineClock.at("2027-01-04T08:00");
    SMTP.stop();
    try {
      Job timer =
          engine
              .getManagementService()
              .createJobQuery()
              .processDefinitionKey("MonthlyReportProcess")
              .timers()
              .singleResult();
      engine.getManagementService().executeJob(timer.getId());
      Job mail = mailJobs().get(0);
      assertThatThrownBy(() -> engine.getManagementService().executeJob(mail.getId()))
          .isInstanceOf(RuntimeException.class);
      assertThat(mailLog.any("report:monthly:2026-12")).as("nothing recorded").isFalse();
      Job retry = mailJobs().get(0);
      assertThat(retry.getRetries()).isEqualTo(5);
      ClockUtil.setCurrentTime(retry.getDuedate());
    } finally {
      SMTP.start();
    }
    // The retry a minute later goes through.
    for (Job job : mailJobs()) {
      engine.getManagementService().executeJob(job.getId());
    }
    assertThat(SMTP.mails())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject())
                  .isEqualTo("[BCĐ THADS] Báo cáo kết quả công tác của Ban Chỉ đạo tháng 12/2026");
              assertThat(m.to()).containsExactly(CHAIR, SECRETARIAT);
              assertThat(m.copies()).isEqualTo(2);
              assertThat(m.text())
                  .contains(
                      "Kính gửi: Ủy ban nhân dân tỉnh An Giang; Tổ Thư ký Ban Chỉ đạo THADS tỉnh",
                      "Báo cáo BCĐ Tháng 12-2026.xlsx",
                      "Báo cáo BCĐ Tháng 12-2026.docx");
            });
    Map<String, byte[]> files = attachments(SMTP.received().get(0));
    assertThat(files.keySet())
        .containsExactly("Báo cáo BCĐ Tháng 12-2026.xlsx", "Báo cáo BCĐ Tháng 12-2026.docx");
    JsonNode json =
        new ObjectMapper()
            .readTree(
                Http.rest(port, "thuky", "demo")
                    .get("/api/reports/committee?year=2027&period=M12")
                    .body());
    carriesTheNumbersOf(
        json,
        files.get("Báo cáo BCĐ Tháng 12-2026.xlsx"),
        files.get("Báo cáo BCĐ Tháng 12-2026.docx"));
    assertThat(mailLog.agencies("report:monthly:2026-12"))
        .containsExactlyInAnyOrder("ubnd-tinh", "to-thu-ky");

    // The job run again, the next days: nothing more.
    EngineClock.at("2027-01-04T08:30");
    runMonthlyReport();
    EngineClock.at("2027-01-05T08:00");
    runMonthlyReport();
    assertThat(SMTP.mails()).hasSize(1);
    assertThat(SMTP.copies()).isEqualTo(2);

    // The same files from the REST export.
    HttpResponse<byte[]> xlsx = download("thuky", "year=2027&period=M12&format=xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo(
            "attachment; filename=\"Bao cao BCD Thang 12-2026.xlsx\"; filename*=UTF-8''"
                + "B%C3%A1o%20c%C3%A1o%20BC%C4%90%20Th%C3%A1ng%2012-2026.xlsx");
    assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    HttpResponse<byte[]> docx = download("truongban", "year=2027&period=M12&format=DOCX");
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"Bao cao BCD Thang 12-2026.docx\"");
    carriesTheNumbersOf(json, xlsx.body(), docx.body());
  }

  @Test
  void aReportMissedWhileTheApplicationWasDownLeavesWithinTheCatchUpDaysOnly() throws Exception {
    // Monday 01/03/2027 is the first working day of March; the application is down all day.
    assertThat(monthlyReport.firstWorkingDay(java.time.YearMonth.of(2027, 3)))
        .isEqualTo(LocalDate.of(2027, 3, 1));
    // Wednesday 03/03/2027, back: February's report leaves with the day's run, once.
    EngineClock.at("2027-03-03T08:00");
    runMonthlyReport();
    assertThat(SMTP.mails())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject())
                  .isEqualTo("[BCĐ THADS] Báo cáo kết quả công tác của Ban Chỉ đạo tháng 02/2027");
              assertThat(m.to()).containsExactly(CHAIR, SECRETARIAT);
            });
    assertThat(attachments(SMTP.received().get(0)).keySet())
        .containsExactly("Báo cáo BCĐ Tháng 02-2027.xlsx", "Báo cáo BCĐ Tháng 02-2027.docx");
    EngineClock.at("2027-03-04T08:00");
    runMonthlyReport();
    assertThat(SMTP.mails()).hasSize(1);

    // April: first working day Thursday 01/04/2027, five working days of catching up end on
    // Thursday 08/04. Back only on Friday 09/04: March's report is not sent any more.
    assertThat(monthlyReport.firstWorkingDay(java.time.YearMonth.of(2027, 4)))
        .isEqualTo(LocalDate.of(2027, 4, 1));
    EngineClock.at("2027-04-09T08:00");
    runMonthlyReport();
    assertThat(SMTP.mails()).hasSize(1);
    assertThat(mailLog.any(MonthlyReportMail.key(java.time.YearMonth.of(2027, 3)))).isFalse();
  }

  private HttpResponse<byte[]> download(String user, String query) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + port + "/api/reports/committee/export?" + query))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aBadFormatIs400AndAnOfficerIs403() throws Exception {
    EngineClock.at("2027-01-04T09:00");
    Http.Response pdf =
        Http.rest(port, "thuky", "demo")
            .get("/api/reports/committee/export?year=2027&period=M12&format=pdf");
    assertThat(pdf.status()).isEqualTo(400);
    assertThat(pdf.json().get("message").asText())
        .isEqualTo(
            "Định dạng tệp 'pdf' không hợp lệ: chỉ nhận 'xlsx' (bảng tính) hoặc 'docx' (văn bản).");
    Http.Response none =
        Http.rest(port, "thuky", "demo").get("/api/reports/committee/export?year=2027&period=M12");
    assertThat(none.status()).isEqualTo(400);
    Http.Response future =
        Http.rest(port, "thuky", "demo")
            .get("/api/reports/committee/export?year=2027&period=M03&format=xlsx");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("message").asText()).contains("chưa bắt đầu");
    Http.Response officer =
        Http.rest(port, "chv.kv01", "demo")
            .get("/api/reports/committee/export?year=2027&period=M12&format=xlsx");
    assertThat(officer.status()).isEqualTo(403);
    assertThat(officer.json().get("message").asText())
        .contains("không có quyền xem báo cáo của Ban Chỉ đạo");
    assertThat(download("chv.kv01", "year=2027&period=M12&format=docx").statusCode())
        .isEqualTo(403);
  }
}
