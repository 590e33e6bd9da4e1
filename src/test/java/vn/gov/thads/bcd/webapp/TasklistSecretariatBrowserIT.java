package vn.gov.thads.bcd.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.Browser;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.testsupport.Reminders;

/**
 * Tasklist as the secretariat and an officer use it, in Chromium, with the requests Tasklist really
 * sends (Chromium's network log): the secretariat moves a deadline with Tasklist's own date editor
 * (issue 12, point 3), an agency may not; after a start the officer sees the case number; Escape
 * does not throw away a filled start form; task cards (point 5); "Quá hạn" shows a colleague's
 * claimed task. Screenshots: {@code target/screenshots/TasklistSecretariatBrowserIT/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistSecretariatBrowserIT extends BrowserTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired WorkingDays workingDays;

  @Override
  protected boolean recordsNetwork() {
    return true;
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  WebDriver driver() {
    return browser.driver();
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver(), java.time.Duration.ofSeconds(20));
  }

  CaseScenario consulting(String decisionNo) {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier(decisionNo));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    c.complete(
        "thuky",
        "Task_ConfirmAgencies",
        Map.of("consultedAgencies", Lifecycle.json(List.of("so-tu-phap"))));
    return c;
  }

  @Test
  @Order(1)
  void secretariatMovesADeadlineWithTasklistsDateEditor() {
    CaseScenario c = consulting("801/QĐ-THADS");
    Task opinion = c.task("Task_GiveOpinion");
    LocalDate oldDue = VietnamTime.date(opinion.getDueDate());
    // A new deadline ten working days later, at 16:30.
    LocalDate newDue = workingDays.plus(oldDue, 10);

    browser.loginToTasklist("thuky", "demo");
    browser.selectFilter("Tất cả công việc");
    browser.openTask(opinion.getId(), "Cho ý kiến bằng văn bản");
    browser.sentRequests("PUT", "/task/"); // forget the requests so far
    pickDueDate(oldDue, newDue, "16", "30");
    browser.screenshot("due-date-editor");
    applyDueDate();

    Instant expected = VietnamTime.instant(newDue.atTime(16, 30));
    waiting().until(d -> expected.equals(c.task("Task_GiveOpinion").getDueDate().toInstant()));
    browser.screenshot("due-date-moved");
    assertThat(browser.notifications()).noneMatch(n -> n.contains("InvalidRequestException"));

    // The request as Tasklist sent it: the whole task, its Camunda Form reference included.
    List<Browser.SentRequest> puts =
        browser.sentRequests("PUT", "/camunda/api/engine/engine/default/task/" + opinion.getId());
    assertThat(puts).hasSize(1);
    assertThat(puts.get(0).body()).contains("\"camundaFormRef\"").contains("\"due\"");

    // The reminders follow the new deadline: the first one two working days before it, 08:00.
    assertThat(Reminders.planned(engine, opinion.getId()))
        .get()
        .extracting(r -> r.next())
        .isEqualTo(VietnamTime.instant(workingDays.minus(newDue, 2).atTime(8, 0)));
  }

  @Test
  @Order(2)
  void anAgencyMayNotMoveItsDeadlineAndIsToldInVietnamese() {
    CaseScenario c = consulting("802/QĐ-THADS");
    Task opinion = c.task("Task_GiveOpinion");
    Date before = opinion.getDueDate();
    LocalDate oldDue = VietnamTime.date(before);

    browser.loginToTasklist("cv.sotuphap", "demo");
    browser.openTask(opinion.getId(), "Cho ý kiến bằng văn bản");
    pickDueDate(oldDue, workingDays.plus(oldDue, 20), "10", "00");
    applyDueDate();
    String refusal = browser.waitForNotification("không có quyền sửa việc này");
    browser.screenshot("agency-due-date-refused");
    assertThat(refusal)
        .contains(
            "Tài khoản của bạn không có quyền sửa việc này (hạn xử lý, người nhận việc): đổi hạn"
                + " xử lý là việc của Tổ Thư ký. Không có gì thay đổi.")
        .doesNotContain("The user", "permission", "Exception");
    assertThat(c.task("Task_GiveOpinion").getDueDate()).isEqualTo(before);
  }

  @Test
  @Order(3)
  void afterAStartTheOfficerSeesTheCaseNumber() {
    browser.loginToTasklist("chv.kv01", "demo");
    browser.openStartForm(TasklistBrowserIT.PROCESS_NAME);
    fillDossier("803/QĐ-THADS");
    browser.submitStartForm();
    String caseNumber = jdbcCaseNumber("803/QĐ-THADS");
    String shown = browser.waitForNotification("Vụ việc đã được tạo với số");
    browser.screenshot("case-number-after-start");
    assertThat(shown)
        .contains("Vụ việc đã được tạo với số " + caseNumber + ".")
        .doesNotContain(" :");
    assertThat(caseNumber).matches("BCĐ-\\d{4}-\\d{4}");
  }

  @Test
  @Order(4)
  void escapeDoesNotThrowAwayAFilledStartForm() {
    browser.loginToTasklist("chv.kv01", "demo");
    browser.openStartForm(TasklistBrowserIT.PROCESS_NAME);
    browser.fill("debtorName", "Nguyễn Văn Bình");
    browser.fill("enforcementDecisionNo", "804/QĐ-THADS");

    // Escape in the date field's picker closes the picker only.
    WebElement date =
        driver().findElement(By.cssSelector("input[id$='Field_enforcementDecisionDate-date']"));
    date.click();
    waiting()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".flatpickr-calendar.open")));
    browser.screenshot("start-form-date-picker-open");
    date.sendKeys(Keys.ESCAPE);
    waiting()
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector(".flatpickr-calendar.open")));
    assertThat(driver().findElements(QUESTION)).as("no question while a picker is open").isEmpty();
    assertThat(browser.dialogOpen()).isTrue();

    // Escape in the form asks first; "Tiếp tục nhập" keeps the form as it was.
    driver().findElement(By.cssSelector("input[id$='Field_debtorName']")).sendKeys(Keys.ESCAPE);
    WebElement question = waiting().until(ExpectedConditions.visibilityOfElementLocated(QUESTION));
    assertThat(question.getText()).startsWith("Đóng biểu mẫu? Những gì đã nhập vào hồ sơ sẽ mất.");
    browser.screenshot("start-form-escape-asks");
    question.findElement(By.cssSelector("button.bcd-keep-form")).click();
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(QUESTION));
    assertThat(browser.dialogOpen()).isTrue();
    assertThat(browser.fieldValue("debtorName")).isEqualTo("Nguyễn Văn Bình");

    // Confirmed, the form closes.
    driver().findElement(By.cssSelector("input[id$='Field_debtorName']")).sendKeys(Keys.ESCAPE);
    waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(QUESTION))
        .findElement(By.cssSelector("button.bcd-close-form"))
        .click();
    browser.waitForDialogClosed();
  }

  static final By QUESTION = By.cssSelector(".modal .bcd-confirm-close");

  @Test
  @Order(5)
  void taskCardsShowStepPersonAndWholeAgencyNamesWithoutABareNumber() {
    CaseScenario c = consulting("805/QĐ-THADS");
    Task opinion = c.task("Task_GiveOpinion");
    engine.getTaskService().claim(opinion.getId(), "cv.sotuphap");
    browser.loginToTasklist("thuky", "demo");
    browser.selectFilter("Tất cả công việc");
    WebElement card = cardOf(opinion);
    ((JavascriptExecutor) driver())
        .executeScript("arguments[0].scrollIntoView({block:'center'})", card);
    browser.screenshot("task-cards");
    // No bare "50" (the priority nobody sets).
    assertThat(card.findElements(By.cssSelector(".priority")))
        .allSatisfy(p -> assertThat(p.isDisplayed()).isFalse());
    // The step and the person who holds it stand apart.
    WebElement step = card.findElement(By.cssSelector(".names h4.task"));
    WebElement person = card.findElement(By.cssSelector(".names h5.assignee"));
    assertThat(person.getText()).isNotBlank();
    assertThat(
            ((JavascriptExecutor) driver())
                .executeScript("return getComputedStyle(arguments[0], '::before').content", person))
        .asString()
        .contains("Người nhận việc: ");
    assertThat(person.getRect().getY())
        .isGreaterThanOrEqualTo(step.getRect().getY() + step.getRect().getHeight() + 4);
    // The card's variables are shown whole: nothing folded away (Tasklist folds them to 45px) nor
    // ending in "…" (a few pixels of a letter's descender aside).
    WebElement details = card.findElement(By.cssSelector(".task-card-details"));
    Object cut =
        ((JavascriptExecutor) driver())
            .executeScript(
                "const d = arguments[0];"
                    + " const leaves = Array.from(d.querySelectorAll('*'))"
                    + ".filter(e => e.children.length === 0 && e.textContent.trim() !== '');"
                    + " return (d.scrollHeight > d.clientHeight + 4 ? ['folded: ' + d.scrollHeight"
                    + " + '>' + d.clientHeight] : []).concat(leaves"
                    + ".filter(e => e.scrollWidth > e.clientWidth + 1)"
                    + ".map(e => e.textContent.trim() + ' ' + e.scrollWidth + '>' + e.clientWidth))",
                details);
    assertThat((List<?>) cut).as("cut or folded parts of the card").isEmpty();
    assertThat(details.getText()).contains("Sở Tư pháp tỉnh An Giang", c.caseNumber);
  }

  /**
   * "Quá hạn" shows every overdue task of the user's agency, also one a colleague has claimed: the
   * secretariat's review, claimed by thuky2 and past its due date, on thuky's list in Tasklist.
   */
  @Test
  @Order(6)
  void overdueShowsAColleaguesClaimedTask() {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier("806/QĐ-THADS"));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    Task review = c.task("Task_ReviewDossier");
    engine.getTaskService().claim(review.getId(), "thuky2");
    ClockUtil.setCurrentTime(Date.from(review.getDueDate().toInstant().plus(1, ChronoUnit.HOURS)));

    browser.loginToTasklist("thuky", "demo");
    browser.selectFilter("Quá hạn");
    WebElement card = cardOf(review);
    browser.screenshot("overdue-claimed-by-colleague");
    // The card names who holds it (thuky2, Võ Thị Lan in the organisation file).
    assertThat(card.findElement(By.cssSelector(".names h5.assignee")).getText())
        .contains("Võ Thị Lan");
  }

  // ----------------------------------------------------------------------------------------------

  /** The card of a task in the list shown, once visible. */
  private WebElement cardOf(Task task) {
    return waiting()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//li[contains(@class,'task')][.//a[@href='#/?task=" + task.getId() + "']]")));
  }

  /** Opens Tasklist's due-date editor of the open task, picks the day and types the time. */
  private void pickDueDate(LocalDate shownMonthOf, LocalDate day, String hours, String minutes) {
    WebElement field =
        waiting()
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".task-details [cam-widget-inline-field].due-date")));
    field.click();
    By picker = By.cssSelector(".cam-widget-inline-field.field-control .datepicker");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(picker));
    long months = ChronoUnit.MONTHS.between(YearMonth.from(shownMonthOf), YearMonth.from(day));
    for (int i = 0; i < months; i++) {
      driver().findElement(By.cssSelector(".cam-widget-inline-field .uib-right")).click();
    }
    String dd = String.format("%02d", day.getDayOfMonth());
    WebElement button =
        waiting()
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.xpath(
                        "//*[contains(@class,'cam-widget-inline-field')]//td[contains(@class,'uib-day')]"
                            + "/button[span[not(contains(@class,'text-muted')) and normalize-space(.)='"
                            + dd
                            + "']]")));
    button.click();
    typeInto(
        By.cssSelector(
            ".cam-widget-inline-field .uib-timepicker input.hours, .cam-widget-inline-field input[ng-model='hours']"),
        hours);
    typeInto(
        By.cssSelector(
            ".cam-widget-inline-field .uib-timepicker input.minutes, .cam-widget-inline-field input[ng-model='minutes']"),
        minutes);
  }

  private void applyDueDate() {
    driver()
        .findElement(
            By.cssSelector(
                ".cam-widget-inline-field.btn-group button[ng-click='applyChange($event);']"))
        .click();
  }

  private void typeInto(By by, String text) {
    WebElement input = waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }

  private void fillDossier(String decisionNo) {
    browser.fill("enforcementDecisionNo", decisionNo);
    browser.fillDate("enforcementDecisionDate", LocalDate.of(2025, 9, 15));
    browser.fill("judgmentNo", "45/2024/DS-PT");
    browser.fill("debtorName", "Công ty TNHH Thủy sản Rạch Giá");
    browser.fill("creditorName", "Ngân hàng TMCP Phát triển Kiên Giang");
    browser.fill("amountVnd", "12500000000");
    browser.select("caseCategory", "Án tín dụng, ngân hàng");
    browser.fill("obstacle", "Tài sản thế chấp đang có tranh chấp.");
    browser.fill("proposal", "Đề nghị cung cấp hồ sơ địa chính.");
  }

  private String jdbcCaseNumber(String decisionNo) {
    return waiting()
        .until(
            d ->
                jdbc.sql("select case_number from bcd_case where enforcement_decision_no = ?")
                    .param(decisionNo)
                    .query(String.class)
                    .optional()
                    .orElse(null));
  }
}
