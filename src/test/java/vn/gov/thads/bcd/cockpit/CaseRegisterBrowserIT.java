package vn.gov.thads.bcd.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;

/**
 * The case register in a real browser (headless Chromium), as the secretariat uses it: "Sổ theo dõi
 * vụ việc" from the Cockpit header, a search typed without accents, a closed case's page with its
 * coercion progress and operation log, then "Việc quá hạn" from the header; and as an officer
 * follows his office's cases from Tasklist ("Vụ việc của đơn vị"). Screenshots: {@code
 * target/screenshots/CaseRegisterBrowserIT/}.
 */
class CaseRegisterBrowserIT extends BrowserTest {

  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void secretariatFindsAClosedCaseFromTheHeaderAndReadsItsWholeRecord() {
    CaseScenario closed = CaseRegisterIT.closedCoercionCase(engine, "chv.kv15", "7301/QĐ-THADS");
    Map<String, Object> open = new HashMap<>(CaseScenario.dossier("7302/QĐ-THADS"));
    open.put("debtorName", "Công ty TNHH <b>Thủy sản</b> Long Xuyên");
    CaseScenario running = CaseScenario.start(engine, "chv.kv15", open);

    browser.loginToCockpit("thuky", "demo");
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//a[@href='#/bcd-register' and normalize-space(.)='Sổ theo dõi vụ việc']")))
        .click();
    browser.waitForText("Tìm thấy");
    WebElement search =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input.bcd-search")));
    search.sendKeys("thuy san long xuyen", Keys.ENTER);
    browser.waitForText("Tìm thấy 1 vụ việc.");
    assertThat(browser.visibleText())
        .contains(running.caseNumber, "Công ty TNHH <b>Thủy sản</b> Long Xuyên");
    assertThat(browser.driver().findElements(By.xpath("//td//b"))).isEmpty();
    browser.screenshot("register-search-without-accents");

    search.clear();
    search.sendKeys("7301/QĐ", Keys.ENTER);
    browser.waitForText("Tìm thấy 1 vụ việc.");
    assertThat(browser.visibleText()).contains(closed.caseNumber, "Đã kết thúc");
    browser.screenshot("register-closed-case");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space(.)='" + closed.caseNumber + "']")))
        .click();
    browser.waitForText("Hồ sơ vụ việc " + closed.caseNumber);
    browser.screenshot("case-page-closed-dossier");
    // The page is longer than the window: scroll to the coercion progress as a reader would.
    WebElement coercion =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//h3[normalize-space(.)='Tiến độ cưỡng chế thi hành án']")));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'start'});", coercion);
    wait.until(ExpectedConditions.visibilityOf(coercion));
    browser.screenshot("case-page-closed-coercion");
    WebElement log =
        browser.driver().findElement(By.xpath("//h3[normalize-space(.)='Nhật ký thao tác']"));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'start'});", log);
    wait.until(ExpectedConditions.visibilityOf(log));
    browser.screenshot("case-page-closed-operation-log");
    assertThat(
            browser.driver().findElement(By.cssSelector(".bcd-page")).getAttribute("textContent"))
        .contains(
            "Hồ sơ đề nghị",
            "Công ty cổ phần Nông sản Tân Hiệp",
            "Ý kiến thành viên Ban Chỉ đạo",
            "Nhiệm vụ theo kết luận",
            "Không đồng ý cưỡng chế",
            "Dừng cưỡng chế",
            "Nguy cơ tụ tập đông người.",
            "Nhật ký thao tác",
            "Công an không đồng ý cưỡng chế",
            "Hoàn thành")
        .doesNotContain("Mở phiên bản quy trình đang chạy");

    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//a[@href='#/bcd-overdue' and normalize-space(.)='Việc quá hạn']")))
        .click();
    browser.waitForText("Việc quá hạn và sắp đến hạn");
    browser.waitForText("Nhật ký thao tác gần đây");
    browser.waitForText(closed.caseNumber);
    browser.screenshot("overdue-page");
  }

  @Test
  void anOfficerFollowsTheCasesOfHisOfficeFromTasklist() {
    CaseScenario closed = CaseRegisterIT.closedCoercionCase(engine, "chv.kv15", "7311/QĐ-THADS");
    CaseScenario running =
        CaseScenario.start(engine, "chv.kv15", CaseScenario.dossier("7312/QĐ-THADS"));
    CaseScenario otherOffice =
        CaseScenario.start(engine, "chv.kv12", CaseScenario.dossier("7313/QĐ-THADS"));

    browser.loginToTasklist("chv.kv15", "demo");
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(@class,'bcd-cases-action')]")))
        .click();
    browser.waitForText("Vụ việc của đơn vị");
    browser.waitForText("Tìm thấy");
    WebElement search =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input.bcd-search")));
    search.sendKeys("731", Keys.ENTER);
    browser.waitForText("Tìm thấy 2 vụ việc.");
    WebElement panel = browser.driver().findElement(By.cssSelector(".bcd-cases-panel"));
    assertThat(panel.getText())
        .contains(running.caseNumber, closed.caseNumber, "Đã kết thúc")
        .doesNotContain(otherOffice.caseNumber);
    browser.screenshot("tasklist-office-cases");

    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//div[contains(@class,'bcd-cases-panel')]//a[normalize-space(.)='"
                        + closed.caseNumber
                        + "']")))
        .click();
    browser.waitForText("Hồ sơ vụ việc " + closed.caseNumber);
    browser.screenshot("tasklist-office-case-page");
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector(".bcd-cases-panel"))
                .getAttribute("textContent"))
        .contains(
            "Hồ sơ đề nghị", "Tiến độ cưỡng chế thi hành án", "Dừng cưỡng chế", "Nhật ký thao tác")
        .doesNotContain("Cockpit");

    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space(.)='‹ Vụ việc của đơn vị']")))
        .click();
    browser.waitForText("Tìm thấy");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".bcd-cases-panel .bcd-cases-close")))
        .click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".bcd-cases-panel")));
    assertThat(browser.driver().findElements(By.cssSelector(".bcd-cases-panel"))).isEmpty();
  }
}
