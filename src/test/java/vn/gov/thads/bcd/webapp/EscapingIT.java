package vn.gov.thads.bcd.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.testsupport.Reminders;
import vn.gov.thads.bcd.testsupport.Smtp;

/**
 * Injection and script strings typed into every free-text field a case goes through come out as
 * literal text: stored exactly in the database (nothing lost, no SQL executed), escaped in the
 * reminder mails (HTML part) and literal in their text part, shown as text in Tasklist (task card,
 * task form, start form) and in the Cockpit plugin (overdue dashboard, "Kết luận và nhiệm vụ",
 * "Nhắc việc") — in a real browser, where no injected script runs ({@code window.__xss} stays
 * undefined) and no injected element exists.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EscapingIT extends BrowserTest {

  static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
  static final String SCRIPT = "<script>window.__xss=2</script>";
  static final String SVG = "\"'><svg onload=\"window.__xss=3\">";
  static final String ANGULAR = "{{constructor.constructor('window.__xss=4')()}}";
  static final String TEMPLATES = "${7*7} #{7*7} [(${7*7})] [[${7*7}]] *{7*7}";
  static final String SQL = "'; drop table bcd_case; --";

  /** A field's text: a readable Vietnamese start, then every kind of injection. */
  static String payload(String label) {
    return label + " " + IMG + " " + SCRIPT + " " + SVG + " " + ANGULAR + " " + TEMPLATES + " "
        + SQL;
  }

  /** Document numbers must start "digits/"; they get the shorter kinds. */
  static String documentNo(String digits) {
    return digits + "/<script>window.__xss=5</script>" + SQL;
  }

  static final Smtp SMTP = new Smtp();

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("bcd.mail-sink.enabled", () -> "false");
    registry.add("spring.mail.port", () -> SMTP.port);
  }

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  @AfterAll
  void stopSmtp() {
    SMTP.close();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Map<String, Object> injectedDossier(String decisionNo) {
    Map<String, Object> d = new HashMap<>(CaseScenario.dossier(decisionNo));
    d.put("judgmentNo", documentNo("45"));
    d.put("debtorName", payload("Công ty Rạch Giá"));
    d.put("creditorName", payload("Ngân hàng Kiên Giang"));
    d.put("obstacle", payload("Vướng mắc"));
    d.put("proposal", payload("Đề xuất"));
    return d;
  }

  /**
   * A case taken through every free-text field up to an extended directive, once for the tests that
   * read it.
   */
  private CaseScenario fullCase;

  CaseScenario fullCase() {
    if (fullCase != null) {
      return fullCase;
    }
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", injectedDossier(documentNo("701")));
    c.complete(
        "photruongban",
        "Task_ApproveRequest",
        Map.of("approvalDecision", "return", "returnReason", payload("Lý do trả lại")));
    c.complete("chv.kv01", "Task_CompleteDossier", injectedDossier(documentNo("701")));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    c.complete(
        "thuky",
        "Task_ConfirmAgencies",
        Map.of("consultedAgencies", Lifecycle.json(List.of("so-tu-phap"))));
    c.complete(
        "cv.sotuphap",
        "Task_GiveOpinion",
        Map.of(
            "opinionPosition",
            "other",
            "opinionContent",
            payload("Ý kiến"),
            "opinionDocumentNo",
            documentNo("12")));
    c.complete("thuky", "Task_ScheduleMeeting", Lifecycle.meeting(Lifecycle.today()));
    c.complete(
        "thuky",
        "Task_RecordMinutes",
        Map.of("minutesNo", documentNo("7"), "minutes", payload("Biên bản")));
    Map<String, Object> conclusion =
        new HashMap<>(
            Lifecycle.conclusion(
                false,
                new Lifecycle.Row("thads-kv01", List.of("so-tu-phap"), payload("Nhiệm vụ"), 20),
                new Lifecycle.Row("so-tu-phap", List.of(), payload("Nhiệm vụ"), 25)));
    conclusion.put("conclusionNo", documentNo("215"));
    conclusion.put("conclusionSummary", payload("Kết luận"));
    c.complete("truongban", "Task_IssueConclusion", conclusion);
    c.runJobs();
    c.complete(
        "cv.sotuphap",
        Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "so-tu-phap"),
        Map.of("directiveAction", "report", "directiveResult", payload("Kết quả")));
    c.complete(
        "thuky",
        "Task_VerifyDirectiveResult",
        Map.of("resultVerdict", "return", "verifyNote", payload("Yêu cầu bổ sung")));
    Task report = Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "thads-kv01");
    LocalDate extended = Lifecycle.today().plusDays(40);
    c.complete(
        "chv.kv01",
        report,
        Map.of(
            "directiveAction",
            "extension",
            "proposedDeadline",
            extended.toString(),
            "extensionReason",
            payload("Xin gia hạn")));
    c.complete(
        "truongban",
        "Task_DecideExtension",
        Map.of(
            "extensionDecision",
            "approve",
            "proposedDeadline",
            extended.toString(),
            "extensionReason",
            payload("Đồng ý gia hạn")));
    fullCase = c;
    return c;
  }

  long caseId(CaseScenario c) {
    return jdbc.sql("select id from bcd_case where case_number = ?")
        .param(c.caseNumber)
        .query(Long.class)
        .single();
  }

  String single(String sql, long caseId) {
    return jdbc.sql(sql).param(caseId).query(String.class).single();
  }

  // ------------------------------------------------------------------------------------------------ database

  @Test
  @Order(1)
  void everyTextIsStoredExactlyAndNoSqlRuns() {
    CaseScenario c = fullCase();
    long id = caseId(c);

    Map<String, Object> row =
        jdbc.sql(
                "select enforcement_decision_no, judgment_no, debtor_name, creditor_name,"
                    + " obstacle, proposal from bcd_case where id = ?")
            .param(id)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("enforcement_decision_no", documentNo("701"))
        .containsEntry("judgment_no", documentNo("45"))
        .containsEntry("debtor_name", payload("Công ty Rạch Giá"))
        .containsEntry("creditor_name", payload("Ngân hàng Kiên Giang"))
        .containsEntry("obstacle", payload("Vướng mắc"))
        .containsEntry("proposal", payload("Đề xuất"));
    assertThat(single("select content from bcd_opinion where case_id = ?", id))
        .isEqualTo(payload("Ý kiến"));
    assertThat(single("select document_no from bcd_opinion where case_id = ?", id))
        .isEqualTo(documentNo("12"));
    assertThat(single("select minutes from bcd_meeting where case_id = ?", id))
        .isEqualTo(payload("Biên bản"));
    assertThat(single("select minutes_no from bcd_meeting where case_id = ?", id))
        .isEqualTo(documentNo("7"));
    assertThat(single("select summary from bcd_conclusion where case_id = ?", id))
        .isEqualTo(payload("Kết luận"));
    assertThat(single("select document_no from bcd_conclusion where case_id = ?", id))
        .isEqualTo(documentNo("215"));
    assertThat(single("select task from bcd_directive where case_id = ? and ordinal = 1", id))
        .isEqualTo(payload("Nhiệm vụ"));
    assertThat(single("select result from bcd_directive where case_id = ? and ordinal = 2", id))
        .isEqualTo(payload("Kết quả"));
    assertThat(
            single(
                "select x.reason from bcd_directive_extension x join bcd_directive d on d.id = x.directive_id"
                    + " where d.case_id = ?",
                id))
        .isEqualTo(payload("Đồng ý gia hạn"));
    // The return reason lives in the engine's history.
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .variableName("returnReason")
                .list())
        .extracting(v -> v.getValue())
        .contains(payload("Lý do trả lại"));
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .variableName("verifyNote")
                .list())
        .extracting(v -> v.getValue())
        .contains(payload("Yêu cầu bổ sung"));
    // The "drop table" was text: the table and every case are still there.
    assertThat(jdbc.sql("select count(*) from bcd_case").query(Long.class).single()).isPositive();
  }

  // ------------------------------------------------------------------------------------------------ mails

  @Test
  @Order(2)
  void remindersCarryTheTextEscapedInHtmlAndLiteralInPlainText() {
    CaseScenario c = fullCase();
    Task report = Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "thads-kv01");
    SMTP.clear();
    // Past the extended deadline: the reminders before, on and after it, and the escalation to the
    // head.
    ClockUtil.setCurrentTime(Date.from(report.getDueDate().toInstant().plus(Duration.ofDays(6))));
    Reminders.sendDue(engine, c);

    List<Smtp.Mail> mails = SMTP.mails();
    assertThat(mails).isNotEmpty();
    for (Smtp.Mail m : mails) {
      for (String text : List.of(payload("Công ty Rạch Giá"), payload("Nhiệm vụ"))) {
        assertThat(m.text()).as(m.subject()).contains(text);
        assertThat(HtmlUtils.htmlUnescape(m.html())).as(m.subject()).contains(text);
      }
      assertThat(m.html())
          .as(m.subject())
          .contains(
              "&lt;img src=x onerror=",
              "&lt;script&gt;window.__xss=2&lt;/script&gt;",
              "&lt;svg onload=")
          .doesNotContain("<img", "<script", "<svg", "onerror=\"window");
    }
  }

  // ------------------------------------------------------------------------------------------------ Tasklist

  /** Nothing injected ran or exists in the page; returns the page's text. */
  String assertNothingInjected() {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    assertThat(js.executeScript("return typeof window.__xss"))
        .as("an injected script ran")
        .isEqualTo("undefined");
    assertThat(
            browser
                .driver()
                .findElements(By.cssSelector("img[src='x'], svg[onload], [onerror*='__xss']")))
        .as("injected elements")
        .isEmpty();
    assertThat(
            (Long)
                js.executeScript(
                    "return Array.from(document.scripts)"
                        + ".filter(s => s.textContent.includes('__xss')).length"))
        .as("injected scripts")
        .isZero();
    return browser.visibleText();
  }

  @Test
  @Order(3)
  void tasklistShowsTheTextLiterallyOnTheCardAndInTheForm() {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", injectedDossier(documentNo("702")));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    Task review = c.task("Task_ReviewDossier");

    // The card of the secretariat's task shows the case's number and debtor (task-local copies, see
    // TaskAgencyLabel).
    browser.loginToTasklist("thuky", "demo");
    browser.openTask(review.getId(), "Kiểm tra tính đầy đủ của hồ sơ");
    // The card's "shutter" hides all but the first variable until opened. Tasklist re-renders the
    // list now and then,
    // so the card is looked up afresh each time; its text is read from the DOM: markup injected as
    // HTML would be
    // elements there, not this literal text.
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    By card =
        By.xpath(
            "//*[contains(@class,'tasks-list')]//li[contains(@class,'task')][.//a[@href='#/?task="
                + review.getId()
                + "']]");
    js.executeScript(
        "arguments[0].click();",
        browser.driver().findElement(card).findElement(By.cssSelector(".shutter")));
    String cardText =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
            .ignoring(StaleElementReferenceException.class)
            .until(
                d -> {
                  String t =
                      (String)
                          js.executeScript("return arguments[0].textContent;", d.findElement(card));
                  return t.contains("Người phải thi hành án") ? t.replaceAll("\\s+", " ") : null;
                });
    browser.screenshot("task-card-secretariat");
    assertThat(cardText).contains(c.caseNumber, "Công ty Rạch Giá", IMG, SCRIPT, ANGULAR, SQL);
    assertThat(browser.fieldValue("debtorName")).isEqualTo(payload("Công ty Rạch Giá"));
    assertNothingInjected();

    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    c.complete(
        "thuky",
        "Task_ConfirmAgencies",
        Map.of("consultedAgencies", Lifecycle.json(List.of("so-tu-phap"))));
    Task opinion = c.task("Task_GiveOpinion");

    browser.loginToTasklist("cv.sotuphap", "demo");
    browser.openTask(opinion.getId(), "Cho ý kiến bằng văn bản");
    browser.screenshot("task-with-injected-dossier");
    assertThat(browser.fieldValue("enforcementDecisionNo")).isEqualTo(documentNo("702"));
    assertThat(browser.fieldValue("debtorName")).isEqualTo(payload("Công ty Rạch Giá"));
    assertThat(browser.fieldValue("obstacle")).isEqualTo(payload("Vướng mắc"));
    assertThat(browser.fieldValue("proposal")).isEqualTo(payload("Đề xuất"));
    assertNothingInjected();

    browser.claimIfNeeded();
    browser.choose("opinionPosition", "Ý kiến khác");
    browser.fill("opinionContent", payload("Ý kiến trên Tasklist"));
    browser.fill("opinionDocumentNo", documentNo("13"));
    assertNothingInjected();
    browser.completeTask(opinion.getId());
    assertNothingInjected();

    long id = caseId(c);
    assertThat(single("select content from bcd_opinion where case_id = ?", id))
        .isEqualTo(payload("Ý kiến trên Tasklist"));
    assertThat(single("select document_no from bcd_opinion where case_id = ?", id))
        .isEqualTo(documentNo("13"));
  }

  @Test
  @Order(4)
  void startFormKeepsWhatWasTypedAsText() {
    browser.loginToTasklist("chv.kv02", "demo");
    browser.openStartForm(TasklistBrowserIT.PROCESS_NAME);
    browser.fill("enforcementDecisionNo", documentNo("703"));
    browser.fillDate("enforcementDecisionDate", LocalDate.of(2025, 9, 15));
    browser.fill("judgmentNo", documentNo("46"));
    browser.fill("debtorName", payload("Hộ kinh doanh"));
    browser.fill("creditorName", payload("Bà Nguyễn Thị B"));
    browser.fill("amountVnd", "350000000");
    browser.select("caseCategory", "Án tín dụng, ngân hàng");
    browser.fill("obstacle", payload("Vướng mắc nhập tay"));
    browser.fill("proposal", payload("Đề xuất nhập tay"));
    assertNothingInjected();
    browser.submitStartForm();
    browser.waitForNotification("Đã khởi tạo quy trình.");
    browser.waitForDialogClosed();
    assertNothingInjected();

    Map<String, Object> row =
        jdbc.sql(
                "select judgment_no, debtor_name, creditor_name, obstacle, proposal"
                    + " from bcd_case where enforcement_decision_no = ?")
            .param(documentNo("703"))
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("judgment_no", documentNo("46"))
        .containsEntry("debtor_name", payload("Hộ kinh doanh"))
        .containsEntry("creditor_name", payload("Bà Nguyễn Thị B"))
        .containsEntry("obstacle", payload("Vướng mắc nhập tay"))
        .containsEntry("proposal", payload("Đề xuất nhập tay"));
  }

  // ------------------------------------------------------------------------------------------------ Cockpit

  @Test
  @Order(5)
  void cockpitPluginShowsTheTextLiterally() {
    CaseScenario c = fullCase();
    Task report = Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "thads-kv01");
    if (jdbc.sql("select count(*) from bcd_reminder where case_number = ?")
            .param(c.caseNumber)
            .query(Long.class)
            .single()
        == 0) {
      ClockUtil.setCurrentTime(Date.from(report.getDueDate().toInstant().plus(Duration.ofDays(6))));
      Reminders.sendDue(engine, c);
    }
    // The directive's step overdue, for the dashboard.
    ClockUtil.setCurrentTime(Date.from(report.getDueDate().toInstant().plus(Duration.ofHours(1))));

    browser.loginToCockpit("thuky", "demo");
    browser.cockpitDashboardSection(TasklistBrowserIT.OVERDUE_SECTION);
    browser.screenshot("cockpit-dashboard");
    assertNothingInjected();
    browser
        .driver()
        .findElement(By.xpath("//a[@href='#/bcd-overdue' and normalize-space(.)='Việc quá hạn']"))
        .click();
    browser.waitForText(c.caseNumber);
    browser.screenshot("cockpit-overdue-page");
    assertNothingInjected();

    // The case register and the case page show the dossier's text as typed.
    browser
        .driver()
        .findElement(
            By.xpath("//a[@href='#/bcd-register' and normalize-space(.)='Sổ theo dõi vụ việc']"))
        .click();
    browser.waitForText("Tìm thấy");
    browser.driver().findElement(By.cssSelector("input.bcd-search")).sendKeys(c.caseNumber + "\n");
    browser.waitForText("Tìm thấy 1 vụ việc.");
    browser.screenshot("cockpit-register");
    assertNothingInjected();
    browser
        .driver()
        .findElement(By.xpath("//a[normalize-space(.)='" + c.caseNumber + "']"))
        .click();
    browser.waitForText("Hồ sơ vụ việc " + c.caseNumber);
    browser.screenshot("cockpit-case-page");
    assertNothingInjected();

    browser
        .driver()
        .get(
            "http://localhost:"
                + port
                + "/camunda/app/cockpit/default/#/process-instance/"
                + c.main.getId()
                + "/runtime");
    browser.openCockpitTab("Kết luận và nhiệm vụ");
    browser.waitForText(payload("Nhiệm vụ"));
    browser.waitForText(payload("Đồng ý gia hạn"));
    browser.waitForText(payload("Kết quả"));
    browser.screenshot("cockpit-directives-tab");
    assertNothingInjected();

    browser.openCockpitTab("Nhắc việc");
    browser.waitForText(c.caseNumber);
    browser.screenshot("cockpit-reminders-tab");
    assertNothingInjected();
  }
}
