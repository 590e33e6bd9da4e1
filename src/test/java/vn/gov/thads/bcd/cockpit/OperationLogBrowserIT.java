package vn.gov.thads.bcd.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;

/**
 * The user-operation log in a real browser (headless Chromium): the recent operations on the page
 * "Việc quá hạn" (reached from the Cockpit header) with what was decided, and the case tab "Nhật ký
 * thao tác" render in Cockpit, under the webapps' security headers. Screenshots: {@code
 * target/screenshots/OperationLogBrowserIT/}.
 */
class OperationLogBrowserIT extends BrowserTest {

  @Autowired ProcessEngine engine;

  @Test
  void supervisorReadsWhoDidWhatOnTheOverduePageAndInTheCaseTab() {
    CaseScenario c = CaseScenario.start(engine, "chv.kv10", CaseScenario.dossier("1001/QĐ-THADS"));
    Task approval = c.task("Task_ApproveRequest");
    CaseScenario.as(
        engine,
        "photruongban",
        () -> {
          engine.getTaskService().claim(approval.getId(), "photruongban");
          return null;
        });
    c.complete("photruongban", approval, Map.of("approvalDecision", "approve"));

    browser.loginToCockpit("thuky", "demo");
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//a[@href='#/bcd-overdue' and normalize-space(.)='Việc quá hạn']")))
        .click();
    WebElement recent =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath(
                    "//h3[normalize-space(.)='Nhật ký thao tác gần đây']/ancestor::div[contains(@class,'bcd-sv')][1]")));
    browser.waitForText(c.caseNumber);
    assertThat(recent.getText())
        .contains(
            "Số vụ việc:",
            "Người thực hiện:",
            c.caseNumber,
            "Hoàn thành",
            "Phê duyệt",
            "Nhận việc",
            "photruongban",
            "Phê duyệt gửi xin ý kiến BCĐ");
    browser.screenshot("cockpit-recent-operations");

    // The same host as the login (its session cookie), the case's main process instance.
    String base = browser.currentUrl().substring(0, browser.currentUrl().indexOf("/camunda/"));
    browser
        .driver()
        .get(
            base
                + "/camunda/app/cockpit/default/#/process-instance/"
                + c.main.getId()
                + "/runtime");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space(.)='Nhật ký thao tác']")))
        .click();
    browser.waitForText("Người thực hiện");
    browser.waitForText("Khởi tạo quy trình");
    assertThat(browser.visibleText())
        .contains(
            "Vụ việc " + c.caseNumber,
            "Thời điểm",
            "Thao tác",
            "Bước",
            "Hoàn thành",
            "Nhận việc",
            "Phê duyệt gửi xin ý kiến BCĐ",
            "photruongban",
            "chv.kv10");
    browser.screenshot("cockpit-operations-tab");
  }
}
