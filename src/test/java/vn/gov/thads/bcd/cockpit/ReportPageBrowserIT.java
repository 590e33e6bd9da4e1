package vn.gov.thads.bcd.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.thads.bcd.statistics.StatisticsSamples;
import vn.gov.thads.bcd.testsupport.Browser;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.EngineClock;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * The committee's report on Cockpit ("Báo cáo của Ban Chỉ đạo", {@code #/bcd-report}) in headless
 * Chromium, on a small province built through the real processes as CommitteeReportIT does: case C
 * (kv01) submitted in November 2025 (Q1 of reporting year 2026) and waiting for opinions, case D
 * (kv02) submitted in January 2026 (Q2), concluded with coercion, stopped by the chair and closed
 * as terminated. The secretariat reads the numbers the REST report gives, changes the period,
 * follows a number to its cases and to a case page, and sees the charts drawn; an agency officer
 * gets no Cockpit and the plugin's endpoints refuse him in Vietnamese; bad questions get 400.
 * Screenshots: {@code target/screenshots/ReportPageBrowserIT/}.
 */
class ReportPageBrowserIT extends BrowserTest {

  static final String API = SupervisionPluginIT.API;

  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void secretariatReadsTheReportChangesThePeriodAndFollowsANumberToACase() throws Exception {
    EngineClock.at("2025-11-10T08:00");
    CaseScenario c =
        Lifecycle.toOpinions(
            engine, "chv.kv01", CaseScenario.uniqueDecisionNo(), List.of("so-tu-phap"));
    EngineClock.at("2026-01-05T08:00");
    CaseScenario d = CaseRegisterIT.closedCoercionCase(engine, "chv.kv02", "7401/QĐ-THADS");
    assertThat(d.mainEnded()).isTrue();
    ClockUtil.reset();
    // The province's THADS figures of the year are entered; those of Q1 are not.
    assertThat(
            Http.rest(port, "cb.thads", "demo")
                .putJson("/api/statistics/2026/Y", StatisticsSamples.seed())
                .status())
        .isEqualTo(200);

    Http rest = Http.rest(port, "thuky", "demo");
    JsonNode year = rest.get("/api/reports/committee?year=2026&period=Y").json();
    JsonNode q1 = rest.get("/api/reports/committee?year=2026&period=Q1").json();
    long yearSubmitted = total(year, "committee", "submitted");
    long q1Submitted = total(q1, "committee", "submitted");
    assertThat(yearSubmitted).isEqualTo(2);
    assertThat(q1Submitted).isEqualTo(1);
    assertThat(total(year, "enforcement", "coercionsOrdered")).isEqualTo(1);

    browser.loginToCockpit("thuky", "demo");
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//a[@href='#/bcd-report' and normalize-space(.)='Báo cáo của Ban Chỉ đạo']")))
        .click();
    browser.waitForText("Báo cáo của Ban Chỉ đạo");
    browser.waitForText("Công tác của Ban Chỉ đạo");
    // By default the current quarter of the current reporting year, for the province.
    JsonNode choices = session("cockpit", "thuky").get(API + "/report/choices").json();
    assertThat(select("period").getFirstSelectedOption().getAttribute("value"))
        .isEqualTo(choices.get("period").asText());
    assertThat(select("year").getFirstSelectedOption().getAttribute("value"))
        .isEqualTo(choices.get("year").asText());
    assertThat(select("office").getFirstSelectedOption().getText()).isEqualTo("Toàn tỉnh");
    assertThat(select("office").getOptions()).hasSizeGreaterThan(1);

    choose("year", "2026");
    choose("period", "Y");
    browser.waitForText("Năm 2026 – Toàn tỉnh");
    assertThat(shown("submitted")).isEqualTo(String.valueOf(yearSubmitted));
    assertThat(shown("coercionsOrdered")).isEqualTo("1");
    assertThat(shown("closedTerminated", "tin-dung-ngan-hang"))
        .isEqualTo(
            String.valueOf(
                year.get("outcomes").get("byCategory").get(0).get("terminated").asLong()))
        .isEqualTo("1");
    assertThat(reportText())
        .contains("Số liệu thi hành án dân sự – Toàn tỉnh", "Thụ lý mới")
        .doesNotContain("Chưa có số liệu");
    browser.screenshot("report-year-2026");
    chartDrawn("bcd-chart-outcomes");
    chartDrawn("bcd-chart-rates");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById('bcd-chart-outcomes').scrollIntoView({block: 'center'});");
    browser.screenshot("report-year-2026-chart");

    // Both files of the chosen period, as the page's buttons give them, carry its numbers.
    Browser.Download xlsx = browser.download(downloadLink("xlsx"));
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.disposition()).startsWith("attachment;").contains("Nam 2026");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet work = wb.getSheet("Công tác của BCĐ");
      assertThat(numberInSheet(work, year.get("committee").get("figures").get("submitted")))
          .isEqualTo(yearSubmitted);
    }
    Browser.Download docx = browser.download(downloadLink("docx"));
    assertThat(docx.status()).isEqualTo(200);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText())
          .contains(
              "năm 2026",
              year.get("committee").get("figures").get("submitted").get("label").asText()
                  + "\t"
                  + yearSubmitted)
          .doesNotContain("{{");
    }

    // One regional office: only its case.
    long kv02Submitted =
        total(
            rest.get("/api/reports/committee?year=2026&period=Y&office=thads-kv02").json(),
            "committee",
            "submitted");
    choose("office", "thads-kv02");
    browser.waitForText("Năm 2026 – Phòng Thi hành án dân sự khu vực 2");
    assertThat(shown("submitted")).isEqualTo(String.valueOf(kv02Submitted)).isEqualTo("1");
    choose("office", "tinh");
    browser.waitForText("Năm 2026 – Toàn tỉnh");

    choose("period", "Q1");
    browser.waitForText("Quý I năm 2026 – Toàn tỉnh");
    assertThat(shown("submitted")).isEqualTo(String.valueOf(q1Submitted)).isEqualTo("1");
    assertThat(shown("coercionsOrdered")).isEqualTo("0");
    assertThat(reportText()).contains("Chưa có số liệu").doesNotContain("Thụ lý mới");
    browser.screenshot("report-q1-2026");
    click(number("submitted", "", ""));
    browser.waitForText("Các vụ việc: Vụ việc đề nghị");
    WebElement drill = browser.driver().findElement(By.cssSelector(".bcd-report-cases"));
    assertThat(drill.getAttribute("textContent"))
        .contains(c.caseNumber)
        .doesNotContain(d.caseNumber);

    choose("period", "Q2");
    browser.waitForText("Quý II năm 2026 – Toàn tỉnh");
    click(number("closedTerminated", "", "tin-dung-ngan-hang"));
    browser.waitForText("Các vụ việc: Đình chỉ thi hành án – Án tín dụng, ngân hàng");
    browser.screenshot("report-cases-behind-a-number");
    click(
        By.xpath(
            "//div[contains(@class,'bcd-report-cases')]//a[normalize-space(.)='"
                + d.caseNumber
                + "']"));
    browser.waitForText("Hồ sơ vụ việc " + d.caseNumber);
    browser.screenshot("report-to-case-page");

    // An agency officer has no Cockpit.
    assertThat(browser.loginRefused("cockpit", "chv.kv01", "demo"))
        .contains("Đăng nhập không thành công");
  }

  @Test
  void theEndpointsGiveTheRestReportToReadersOnlyAndRefuseBadQuestions() {
    Http thuky = session("cockpit", "thuky");
    Http.Response page = thuky.get(API + "/report?year=2026&period=Y&office=thads-kv03");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    // The same report as /api/reports/committee: one computation.
    assertThat(page.json().get("report"))
        .isEqualTo(
            Http.rest(port, "thuky", "demo")
                .get("/api/reports/committee?year=2026&period=Y&office=thads-kv03")
                .json());
    assertThat(page.json().get("statistics").get("entered").asBoolean()).isFalse();
    assertThat(
            Http.rest(port, "cb.thads", "demo")
                .putJson("/api/statistics/2026/H2?office=thads-kv03", StatisticsSamples.seed())
                .status())
        .isEqualTo(200);
    JsonNode stats =
        thuky.get(API + "/report?year=2026&period=H2&office=thads-kv03").json().get("statistics");
    assertThat(stats.get("entered").asBoolean()).isTrue();
    assertThat(stats.get("cases").get("lines").get(1).get("value").asLong()).isEqualTo(10_500);
    assertThat(stats.get("cases").get("rateLabel").asText()).endsWith("%");
    Http.Response cases =
        thuky.get(API + "/report/cases?year=2026&period=Y&metric=submitted&agency=thads-kv01");
    assertThat(cases.status()).as(cases.body()).isEqualTo(200);
    assertThat(cases.json().get("label").asText()).isEqualTo("Vụ việc đề nghị");

    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("/report?period=Y", "Cần chọn năm báo cáo");
    bad.put("/report?year=abc&period=Y", "phải là một số nguyên");
    bad.put("/report?year=2026&period=Q5", "Kỳ báo cáo 'Q5' không hợp lệ");
    bad.put("/report?year=2026&period=Y&office=so-tu-phap", "Không có Phòng Thi hành án");
    bad.put("/report?year=2100&period=Y", "chưa bắt đầu");
    bad.put("/report/cases?year=2026&period=Y&metric=nothing", "Số liệu 'nothing' không có");
    bad.put(
        "/report/cases?year=2026&period=Y&metric=submitted&category=xyz",
        "Loại vụ việc 'xyz' không hợp lệ.");
    bad.put(
        "/report/export?year=2026&period=Y&format=pdf",
        "Định dạng tệp 'pdf' không hợp lệ: chỉ nhận 'xlsx' (bảng tính) hoặc 'docx' (văn bản).");
    bad.put("/report/export?year=2026&period=Q5&format=xlsx", "Kỳ báo cáo 'Q5' không hợp lệ");
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : bad.entrySet()) {
      Http.Response r = thuky.get(API + e.getKey());
      if (r.status() != 400 || !r.json().get("message").asText().contains(e.getValue())) {
        problems.add(e.getKey() + " → " + r.status() + " " + r.body());
      }
    }
    assertThat(problems).isEmpty();

    // An agency officer (Tasklist's session reaches the plugin's endpoints) is refused.
    Http officer = session("tasklist", "chv.kv01");
    for (String path :
        List.of(
            "/report/choices",
            "/report?year=2026&period=Y",
            "/report/cases?year=2026&period=Y&metric=submitted",
            "/report/export?year=2026&period=Y&format=xlsx")) {
      Http.Response r = officer.get(API + path);
      assertThat(r.status()).as(path).isEqualTo(403);
      assertThat(r.json().get("message").asText())
          .isEqualTo(
              "Tài khoản 'chv.kv01' không có quyền xem báo cáo của Ban Chỉ đạo: chỉ Tổ Thư ký,"
                  + " Trưởng ban và Phó Trưởng ban thường trực.");
    }
    // The page's script and Chart.js are served with the plugin's assets; the data needs a login.
    Http anonymous = Http.browser(port);
    Http.Response view =
        anonymous.get("/camunda/api/cockpit/plugin/bcd-supervision/static/app/report-view.js");
    assertThat(view.status()).isEqualTo(200);
    assertThat(view.body())
        .contains("export function renderReportPage")
        .doesNotContain("innerHTML");
    Http.Response chart =
        anonymous.get("/camunda/api/cockpit/plugin/bcd-supervision/static/lib/chart.umd.js");
    assertThat(chart.status()).isEqualTo(200);
    assertThat(chart.body()).contains("Chart.js v4");
    assertThat(anonymous.get(API + "/report?year=2026&period=Y").status()).isIn(401, 403);
    // The chair reads it.
    assertThat(session("cockpit", "truongban").get(API + "/report/choices").status())
        .isEqualTo(200);
  }

  private Http session(String app, String user) {
    Http http = Http.browser(port);
    assertThat(http.loginToWebapp(app, user, "demo").status()).isEqualTo(200);
    return http;
  }

  private static long total(JsonNode report, String section, String metric) {
    return report.get(section).get("figures").get(metric).get("total").asLong();
  }

  private Select select(String name) {
    return new Select(
        browser.driver().findElement(By.cssSelector(".bcd-report select[name='" + name + "']")));
  }

  /** Picks a value of one of the page's selects, scrolled to as a reader would. */
  /** The address of the page's download button for {@code format}, as the page has set it. */
  private String downloadLink(String format) {
    return browser
        .driver()
        .findElement(By.cssSelector(".bcd-report-downloads a[data-format='" + format + "']"))
        .getAttribute("href");
  }

  /** The total of a number of the report in its row of a sheet (label in B, total in C). */
  private static long numberInSheet(Sheet sheet, JsonNode figure) {
    for (Row row : sheet) {
      if (row.getCell(1) != null
          && row.getCell(1).getCellType() == CellType.STRING
          && row.getCell(1).getStringCellValue().equals(figure.get("label").asText())) {
        assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        return (long) row.getCell(2).getNumericCellValue();
      }
    }
    throw new AssertionError("No row " + figure.get("label").asText());
  }

  private void choose(String name, String value) {
    Select select = select(name);
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'});", select.getWrappedElement());
    select.selectByValue(value);
  }

  /** A number of the page: a total (agency and category blank) or one of an agency or category. */
  private static By number(String metric, String agency, String category) {
    return By.cssSelector(
        "a.bcd-report-number[data-metric='"
            + metric
            + "'][data-agency='"
            + agency
            + "'][data-category='"
            + category
            + "']");
  }

  /** The total the page shows for a metric (of a category of the outcomes table if given). */
  private String shown(String metric, String... category) {
    return browser
        .driver()
        .findElement(number(metric, "", category.length == 0 ? "" : category[0]))
        .getAttribute("textContent")
        .trim();
  }

  /** The whole report page's text, below the window's fold too. */
  private String reportText() {
    return browser.driver().findElement(By.cssSelector(".bcd-report")).getAttribute("textContent");
  }

  /** Scrolls to an element as a reader would (the page is longer than the window), then clicks. */
  private void click(By by) {
    WebElement element =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
            .until(ExpectedConditions.presenceOfElementLocated(by));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.elementToBeClickable(element))
        .click();
  }

  private void chartDrawn(String canvasId) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "const c = document.getElementById(arguments[0]);"
                            + " return !!(c && window.Chart && window.Chart.getChart(c)"
                            + " && c.width > 0 && c.height > 0);",
                        canvasId)));
  }
}
