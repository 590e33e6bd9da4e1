package vn.gov.thads.bcd.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * Nothing typed in a Camunda Form silently changes meaning (issue 12, point 1), in a real browser
 * with Tasklist's patched form-js (src/build/deps-js.patches): the exact strings that used to be
 * reinterpreted are typed into a date, an amount, a count and a document-number field, stay as
 * typed, get a Vietnamese message, and the form cannot be submitted; good input is stored exactly.
 * The calendars (form-js's and Tasklist's own) are Vietnamese, weeks from Monday. Screenshots:
 * {@code target/screenshots/FormInputIntegrityBrowserIT/}.
 */
class FormInputIntegrityBrowserIT extends BrowserTest {

  static final String PROCESS_NAME = TasklistBrowserIT.PROCESS_NAME;
  static final String DATE_ERROR =
      "Ngày không hợp lệ — nhập theo dạng dd/mm/yyyy, ví dụ 15/09/2025.";
  static final String AMOUNT_ERROR =
      "Số tiền chỉ gồm chữ số, phân cách hàng nghìn bằng dấu chấm, ví dụ 12.500.000.000.";
  static final String COUNT_ERROR = "Chỉ nhập số nguyên bằng chữ số, ví dụ 3.";
  static final List<String> VIETNAMESE_WEEK = List.of("T2", "T3", "T4", "T5", "T6", "T7", "CN");

  /** English that form-js or the date pickers used to show. */
  static final List<String> ENGLISH =
      List.of(
          "Field ",
          "must ",
          "required",
          "Select",
          "Search",
          "No results",
          "not a number",
          "Sun",
          "Mon",
          "January",
          "December");

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired CaseRepository cases;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void datesAreReadAsDdMmYyyyAndAnythingElseIsRefused() {
    String decisionNo = "801/QĐ-THADS";
    long before = caseCount();
    browser.loginToTasklist("chv.kv01", "demo");
    browser.openStartForm(PROCESS_NAME);
    assertThat(browser.datePlaceholder("enforcementDecisionDate")).isEqualTo("dd/mm/yyyy");
    fillDossierExceptDate(decisionNo, "350000000");

    for (String typed : List.of("2026-03-02", "31/02/2026", "1/13/2026", "hôm qua", "15.09.2025")) {
      browser.typeDate("enforcementDecisionDate", typed);
      // Kept as typed, never converted nor cleared; refused in Vietnamese; the form cannot start.
      assertThat(browser.dateText("enforcementDecisionDate")).isEqualTo(typed);
      browser.waitForFieldError("enforcementDecisionDate", DATE_ERROR);
      assertThat(browser.startButtonEnabled()).isFalse();
      if (typed.equals("31/02/2026")) {
        browser.screenshot("date-refused");
      }
    }
    // Enter in a field submits a form-js form: still nothing starts.
    browser
        .driver()
        .findElement(By.cssSelector("input[id$='Field_debtorName']"))
        .sendKeys(Keys.ENTER);
    assertThat(caseCount()).isEqualTo(before);

    // The calendar: Vietnamese names, weeks from Monday.
    browser
        .driver()
        .findElement(By.cssSelector("input[id$='Field_enforcementDecisionDate-date']"))
        .click();
    WebElement calendar =
        browser.driver().findElement(By.cssSelector(".modal .flatpickr-calendar.open"));
    assertThat(
            calendar.findElements(By.cssSelector(".flatpickr-weekday")).stream()
                .map(WebElement::getText)
                .map(String::trim)
                .toList())
        .isEqualTo(VIETNAMESE_WEEK);
    assertThat(calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months")).getText())
        .contains("Tháng 1", "Tháng 12")
        .doesNotContain("January", "December");
    browser.screenshot("form-js-calendar");

    // d/m/yyyy is understood exactly and shown as dd/mm/yyyy.
    browser.typeDate("enforcementDecisionDate", "5/9/2025");
    assertThat(browser.dateText("enforcementDecisionDate")).isEqualTo("05/09/2025");
    browser.waitForNoFieldError("enforcementDecisionDate");
    browser.fillDate("enforcementDecisionDate", LocalDate.of(2025, 9, 15));
    browser.waitForNoFieldError("enforcementDecisionDate");
    assertThat(visibleEnglish()).isEmpty();
    browser.submitStartForm();
    browser.waitForNotification("Đã khởi tạo quy trình.");
    browser.waitForDialogClosed();

    assertThat(storedCase(decisionNo).get("enforcement_decision_date").toString())
        .isEqualTo("2025-09-15");
  }

  @Test
  void amountsAreWholeDongWithVietnameseThousandsSeparators() {
    String decisionNo = "802/QĐ-THADS";
    long before = caseCount();
    browser.loginToTasklist("chv.kv01", "demo");
    browser.openStartForm(PROCESS_NAME);
    fillDossierExceptDate(decisionNo, "1");
    browser.fillDate("enforcementDecisionDate", LocalDate.of(2025, 9, 15));

    for (String typed :
        List.of("12,5", "30,5", "1e3", "12500000000đ", "12.5", "1.2345", "12.500.000,5", "-1")) {
      // Kept as typed (not 125, 305, 13 nor NaN), refused in Vietnamese, the form cannot start.
      assertThat(browser.type("amountVnd", typed)).isEqualTo(typed);
      browser.waitForFieldError("amountVnd", AMOUNT_ERROR);
      assertThat(browser.startButtonEnabled()).isFalse();
      if (typed.equals("12,5")) {
        browser.screenshot("amount-refused");
      }
    }
    assertThat(caseCount()).isEqualTo(before);

    // Plain digits are shown with separators once the field is left; separators typed are kept.
    assertThat(browser.type("amountVnd", "12500000000")).isEqualTo("12.500.000.000");
    browser.waitForNoFieldError("amountVnd");
    assertThat(browser.type("amountVnd", "12.500.000.000")).isEqualTo("12.500.000.000");
    browser.waitForNoFieldError("amountVnd");
    assertThat(browser.visibleText()).contains("đồng");
    browser.screenshot("amount-accepted");
    browser.submitStartForm();
    browser.waitForNotification("Đã khởi tạo quy trình.");
    browser.waitForDialogClosed();

    assertThat(((Number) storedCase(decisionNo).get("amount_vnd")).longValue())
        .isEqualTo(12_500_000_000L);
  }

  @Test
  void aReturnedDossierShowsItsDateAndAmountTheVietnameseWayAndKeepsThem() {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier("803/QĐ-THADS"));
    c.complete(
        "photruongban",
        "Task_ApproveRequest",
        Map.of("approvalDecision", "return", "returnReason", "Bổ sung biên bản xác minh."));
    Task complete = c.task("Task_CompleteDossier");

    browser.loginToTasklist("chv.kv01", "demo");
    browser.openTask(complete.getId(), "Hoàn thiện hồ sơ bị trả lại");
    browser.claimIfNeeded();
    // Values loaded from the case are shown as an official writes them, not reinterpreted.
    assertThat(browser.dateText("enforcementDecisionDate")).isEqualTo("15/09/2025");
    assertThat(browser.fieldValue("amountVnd")).isEqualTo("4.200.000.000");
    browser.screenshot("returned-dossier-loaded");
    assertThat(browser.type("amountVnd", "4.350.000.000")).isEqualTo("4.350.000.000");
    browser.completeTask(complete.getId());

    assertThat(((Number) storedCase("803/QĐ-THADS").get("amount_vnd")).longValue())
        .isEqualTo(4_350_000_000L);
    assertThat(storedCase("803/QĐ-THADS").get("enforcement_decision_date").toString())
        .isEqualTo("2025-09-15");
  }

  @Test
  void countsAreWholeNumbersAndTasklistsDatePickerIsVietnamese() {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv01", CaseScenario.uniqueDecisionNo());
    Lifecycle.holdMeeting(c);
    Task conclusion = c.task("Task_IssueConclusion");

    browser.loginToTasklist("truongban", "demo");
    browser.openTask(conclusion.getId(), "Ban hành Thông báo kết luận");
    browser.claimIfNeeded();
    for (String typed : List.of("2,5", "1e3", "2.5", "ba")) {
      assertThat(browser.type("directiveCount", typed)).isEqualTo(typed);
      browser.waitForFieldError("directiveCount", COUNT_ERROR);
      assertThat(browser.completeButtonEnabled()).isFalse();
    }
    browser.screenshot("count-refused");
    assertThat(browser.type("directiveCount", "0")).isEqualTo("0");
    browser.waitForFieldError("directiveCount", "Không được nhỏ hơn 1.");
    assertThat(browser.type("directiveCount", "9")).isEqualTo("9");
    browser.waitForFieldError("directiveCount", "Không được lớn hơn 8.");
    assertThat(browser.type("directiveCount", "2")).isEqualTo("2");
    browser.waitForNoFieldError("directiveCount");
    // The first directive's lead agency appeared: a searchable select, its search box in
    // Vietnamese.
    assertThat(
            browser
                .driver()
                .findElements(
                    By.cssSelector(".fjs-form-field-select input[placeholder='Tìm kiếm']")))
        .isNotEmpty();
    assertThat(visibleEnglish()).isEmpty();
    assertThat(c.tasks("Task_IssueConclusion")).hasSize(1);

    // Tasklist's own date picker (due date of the task): Vietnamese month, weeks from Monday.
    browser.driver().findElement(By.cssSelector(".task-details .due-date")).click();
    WebElement picker =
        browser.driver().findElement(By.cssSelector(".task-details .uib-daypicker"));
    assertThat(picker.findElement(By.cssSelector("button.uib-title")).getText())
        .matches("Tháng \\d{1,2} năm \\d{4}");
    assertThat(
            picker.findElements(By.cssSelector("thead tr:last-child th small")).stream()
                .map(WebElement::getText)
                .map(String::trim)
                .toList())
        .isEqualTo(VIETNAMESE_WEEK);
    browser.screenshot("tasklist-date-picker");
  }

  @Test
  void documentNumbersAreExplainedInASentenceNotAPattern() {
    Task await = awaitSuitTask();
    browser.loginToTasklist("chv.kv01", "demo");
    browser.openTask(await.getId(), "Theo dõi việc khởi kiện, yêu cầu giải quyết tranh chấp");
    browser.claimIfNeeded();
    browser.type("suitAcceptanceNo", "TB-45");
    browser.waitForFieldError(
        "suitAcceptanceNo", "Số thông báo thụ lý vụ án phải có dạng số/ký hiệu, ví dụ 45/TB-TLVA.");
    assertThat(browser.completeButtonEnabled()).isFalse();
    browser.type("suitAcceptanceNo", "");
    browser.waitForFieldError("suitAcceptanceNo", "Không được để trống.");
    browser.screenshot("pattern-refused");
    assertThat(browser.visibleText()).doesNotContain("^\\d", "pattern");
    browser.type("suitAcceptanceNo", "45/TB-TLVA");
    browser.waitForNoFieldError("suitAcceptanceNo");
    assertThat(visibleEnglish()).isEmpty();
  }

  @Test
  void theStartFormsSelectIsVietnamese() {
    browser.loginToTasklist("chv.kv01", "demo");
    browser.openStartForm(PROCESS_NAME);
    assertThat(browser.selectText("caseCategory")).isEqualTo("Chọn…");
    browser.type("debtorName", "Nguyễn Văn An");
    browser.type("debtorName", "");
    browser.waitForFieldError("debtorName", "Không được để trống.");
    assertThat(visibleEnglish()).isEmpty();
    browser.screenshot("start-form-vietnamese");
  }

  @Test
  void theServerRefusesWhatTheFormWouldRefuseWhenRestBypassesIt() {
    long before = caseCount();
    Http officer = Http.rest(port, "chv.kv01", "demo");
    for (Map.Entry<String, Object> bad :
        List.<Map.Entry<String, Object>>of(
                Map.entry("amountVnd", "12,5"),
                Map.entry("amountVnd", "12.500.000.000"),
                Map.entry("amountVnd", "30.000"),
                Map.entry("amountVnd", "1e3"),
                Map.entry("enforcementDecisionDate", "31/02/2026"),
                Map.entry("enforcementDecisionDate", "2026-02-31"),
                Map.entry("enforcementDecisionDate", "15/09/2025"))
            .stream()
            .toList()) {
      Map<String, Object> dossier = CaseScenario.dossier(CaseScenario.uniqueDecisionNo());
      dossier.put(bad.getKey(), bad.getValue());
      Map<String, Object> variables = new HashMap<>();
      dossier.forEach((k, v) -> variables.put(k, Map.of("value", v)));
      Http.Response r =
          officer.postJson(
              "/engine-rest/process-definition/key/DifficultCaseProcess/submit-form",
              Map.of("variables", variables));
      assertThat(r.status()).as("%s = %s", bad.getKey(), bad.getValue()).isBetween(400, 599);
      assertThat(r.body())
          .as("%s = %s", bad.getKey(), bad.getValue())
          .containsAnyOf("phải là một số", "không đúng định dạng ngày");
    }
    assertThat(caseCount()).isEqualTo(before);
  }

  // ----------------------------------------------------------------------------------------------

  private void fillDossierExceptDate(String decisionNo, String amount) {
    browser.fill("enforcementDecisionNo", decisionNo);
    browser.fill("judgmentNo", "45/2024/DS-PT");
    browser.fill("debtorName", "Công ty TNHH Thủy sản Rạch Giá");
    browser.fill("creditorName", "Ngân hàng TMCP Phát triển Kiên Giang");
    browser.fill("amountVnd", amount);
    browser.select("caseCategory", "Án tín dụng, ngân hàng");
    browser.fill("obstacle", "Tài sản thế chấp đang có tranh chấp.");
    browser.fill("proposal", "Đề nghị cung cấp hồ sơ địa chính.");
  }

  private List<String> visibleEnglish() {
    String text = browser.visibleText();
    return ENGLISH.stream().filter(text::contains).toList();
  }

  private long caseCount() {
    return jdbc.sql("select count(*) from bcd_case").query(Long.class).single();
  }

  private Map<String, Object> storedCase(String decisionNo) {
    return jdbc.sql(
            "select case_number, enforcement_decision_date, amount_vnd from bcd_case"
                + " where enforcement_decision_no = ?")
        .param(decisionNo)
        .query()
        .singleRow();
  }

  /** A case of regional office 1 whose seized property is disputed, waiting for the suit. */
  private Task awaitSuitTask() {
    ProcessInstance disposal = CourtFormsBrowserIT.disputedProperty(engine, cases, transactions);
    return CourtFormsBrowserIT.task(engine, disposal, "Task_AwaitSuit");
  }
}
