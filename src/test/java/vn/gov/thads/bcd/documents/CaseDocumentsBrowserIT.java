package vn.gov.thads.bcd.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.thads.bcd.testsupport.Browser;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;

/**
 * The case page in Cockpit shows the case's documents with their kind, number and date, size, who
 * added them and their earlier versions, each a download link that the browser saves as a file.
 * Screenshots: {@code target/screenshots/CaseDocumentsBrowserIT/}.
 */
class CaseDocumentsBrowserIT extends BrowserTest {

  @Autowired ProcessEngine engine;
  @Autowired CaseDocuments documents;

  @Test
  void secretariatSeesTheDocumentsOnTheCasePageAndDownloadsOne() {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier("7401/QĐ-THADS"));
    IdentityService identity = engine.getIdentityService();
    var officer =
        new org.camunda.bpm.engine.impl.identity.Authentication(
            "chv.kv01",
            identity.createGroupQuery().groupMember("chv.kv01").list().stream()
                .map(g -> g.getId())
                .toList());
    CaseDocuments.DocumentView judgment =
        documents.upload(
            officer,
            c.caseNumber,
            new CaseDocuments.Upload(
                "JUDGMENT", "45/2024/DS-PT", "2024-11-20", null, "Bản án phúc thẩm.pdf"),
            new ByteArrayInputStream(DocumentSamples.pdf("bản án")));
    CaseDocuments.DocumentView report =
        documents.upload(
            officer,
            c.caseNumber,
            new CaseDocuments.Upload(
                "OFFICE_REPORT", "12/BC-THADS", "2026-03-01", null, "Báo cáo.pdf"),
            new ByteArrayInputStream(DocumentSamples.pdf("báo cáo v1")));
    documents.upload(
        officer,
        c.caseNumber,
        new CaseDocuments.Upload(
            null,
            "12/BC-THADS",
            "2026-03-03",
            String.valueOf(report.id()),
            "Báo cáo (bổ sung).pdf"),
        new ByteArrayInputStream(DocumentSamples.pdf("báo cáo v2")));

    browser.loginToCockpit("thuky", "demo");
    browser
        .driver()
        .get(
            "http://localhost:"
                + port
                + "/camunda/app/cockpit/default/#/bcd-case?number="
                + URLEncoder.encode(c.caseNumber, StandardCharsets.UTF_8));
    browser.waitForText("Tài liệu của vụ việc");
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    WebElement heading =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//h3[normalize-space(.)='Tài liệu của vụ việc']")));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'start'});", heading);
    browser.screenshot("case-page-documents");

    String text = browser.visibleText();
    assertThat(text)
        .contains(
            "Bản án",
            "45/2024/DS-PT ngày 20/11/2024",
            "Bản án phúc thẩm.pdf",
            "Báo cáo của cơ quan THADS",
            "Báo cáo (bổ sung).pdf",
            "Phiên bản 1: Báo cáo.pdf",
            "Huỳnh Văn Hùng (chv.kv01)");
    WebElement link =
        browser.driver().findElement(By.xpath("//a[normalize-space(.)='Bản án phúc thẩm.pdf']"));
    assertThat(link.getAttribute("download")).isNotNull();
    // Fetched as the link would be: an attachment of the type found, never sniffed.
    Browser.Download answer = browser.download(link.getAttribute("href"));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.type()).startsWith("application/pdf");
    assertThat(answer.disposition()).startsWith("attachment;");
    assertThat(answer.nosniff()).isEqualTo("nosniff");
    assertThat(judgment.id()).isPositive();

    // The download is in the case's operation log, below on the same page.
    browser.driver().navigate().refresh();
    WebElement log =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//h3[normalize-space(.)='Nhật ký thao tác']")));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'start'});", log);
    browser.waitForText("Tải xuống tài liệu");
    browser.screenshot("case-page-operation-log");
    assertThat(browser.visibleText())
        .contains(
            "Tải lên tài liệu", "Bản án số 45/2024/DS-PT ngày 20/11/2024: Bản án phúc thẩm.pdf");
  }

  @Test
  void theHeadAddsADocumentFromTheTaskAndSeesTheOfficersOne() throws Exception {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier("7402/QĐ-THADS"));
    documents.upload(
        officer(),
        c.caseNumber,
        new CaseDocuments.Upload(
            "ENFORCEMENT_DECISION", "7402/QĐ-THADS", "2025-09-15", null, "Quyết định THA.pdf"),
        new ByteArrayInputStream(DocumentSamples.pdf("quyết định")));
    org.camunda.bpm.engine.task.Task approve =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(c.caseNumber)
            .singleResult();
    java.nio.file.Path file = java.nio.file.Files.createTempFile("to-trinh-", ".pdf");
    java.nio.file.Files.write(file, DocumentSamples.pdf("tờ trình " + approve.getId()));

    browser.loginToTasklist("photruongban", "demo");
    browser.openTask(approve.getId(), approve.getName());
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Tài liệu']")))
        .click();
    browser.waitForText("Tài liệu của vụ việc " + c.caseNumber);
    assertThat(browser.visibleText()).contains("Quyết định thi hành án", "Quyết định THA.pdf");

    new org.openqa.selenium.support.ui.Select(
            browser.driver().findElement(By.name("bcd-document-kind")))
        .selectByVisibleText("Báo cáo của cơ quan THADS");
    browser.driver().findElement(By.name("bcd-document-number")).sendKeys("15/TTr-THADS");
    browser.driver().findElement(By.name("bcd-document-date")).sendKeys("03/03/2026");
    browser.driver().findElement(By.name("bcd-document-file")).sendKeys(file.toString());
    browser.driver().findElement(By.xpath("//button[normalize-space(.)='Tải lên']")).click();
    // The file's name shows at once beside the file button: wait for the reloaded list instead.
    browser.waitForText("15/TTr-THADS ngày 03/03/2026");
    browser.screenshot("tasklist-documents-tab");
    assertThat(browser.visibleText())
        .contains("15/TTr-THADS ngày 03/03/2026", "Báo cáo của cơ quan THADS");
    assertThat(documents.events(c.caseNumber))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("UPLOAD");
              assertThat(e.userId()).isEqualTo("photruongban");
            });

    // A refused file: the message in Vietnamese beside the form, nothing added.
    java.nio.file.Path page = java.nio.file.Files.createTempFile("trang-", ".pdf");
    java.nio.file.Files.write(page, DocumentSamples.html());
    new org.openqa.selenium.support.ui.Select(
            browser.driver().findElement(By.name("bcd-document-kind")))
        .selectByVisibleText("Khác");
    browser.driver().findElement(By.name("bcd-document-file")).sendKeys(page.toString());
    browser.driver().findElement(By.xpath("//button[normalize-space(.)='Tải lên']")).click();
    browser.waitForText("không được nhận: nội dung tệp là một trang HTML");
    assertThat(documents.events(c.caseNumber).stream().filter(e -> e.action().equals("UPLOAD")))
        .hasSize(2);
  }

  @Test
  void aLongListShowsFiftyAndTheRestOnXemThem() {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier("7403/QĐ-THADS"));
    for (int i = 1; i <= 52; i++) {
      documents.upload(
          officer(),
          c.caseNumber,
          new CaseDocuments.Upload("OTHER", null, null, null, String.format("Văn bản %02d.pdf", i)),
          new ByteArrayInputStream(DocumentSamples.pdf("văn bản " + i)));
    }
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    By more = By.xpath("//button[normalize-space(.)='Xem thêm']");

    // The case page in Cockpit: the newest fifty, then the two oldest on "Xem thêm".
    browser.loginToCockpit("thuky", "demo");
    browser
        .driver()
        .get(
            "http://localhost:"
                + port
                + "/camunda/app/cockpit/default/#/bcd-case?number="
                + URLEncoder.encode(c.caseNumber, StandardCharsets.UTF_8));
    shows(wait, "Hiển thị 50/52 tài liệu");
    assertThat(listText())
        .contains("Văn bản 52.pdf", "Văn bản 03.pdf")
        .doesNotContain("Văn bản 02.pdf", "Văn bản 01.pdf");
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(more));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    button.click();
    shows(wait, "Hiển thị 52/52 tài liệu");
    browser.screenshot("case-page-more-documents");
    assertThat(listText()).contains("Văn bản 52.pdf", "Văn bản 02.pdf", "Văn bản 01.pdf");
    assertThat(browser.driver().findElements(more)).isEmpty();
    assertThat(browser.driver().findElements(By.xpath("//a[normalize-space(.)='Văn bản 40.pdf']")))
        .hasSize(1);

    // The task's "Tài liệu" tab in Tasklist: the same, and the oldest may then be replaced.
    org.camunda.bpm.engine.task.Task approve =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(c.caseNumber)
            .singleResult();
    browser.loginToTasklist("photruongban", "demo");
    browser.openTask(approve.getId(), approve.getName());
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Tài liệu']")))
        .click();
    shows(wait, "Hiển thị 50/52 tài liệu");
    assertThat(listText()).doesNotContain("Văn bản 01.pdf");
    By oldest =
        By.xpath("//select[@name='bcd-document-replaces']/option[contains(., 'Văn bản 01.pdf')]");
    assertThat(browser.driver().findElements(oldest)).isEmpty();
    button = wait.until(ExpectedConditions.elementToBeClickable(more));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    button.click();
    shows(wait, "Hiển thị 52/52 tài liệu");
    browser.screenshot("tasklist-more-documents");
    assertThat(listText()).contains("Văn bản 01.pdf");
    assertThat(browser.driver().findElements(oldest)).hasSize(1);
  }

  /**
   * Waits until the list's count reads {@code text}, scrolled into view (Cockpit's page scrolls in
   * a box whose hidden part the browser does not count as shown).
   */
  private void shows(WebDriverWait wait, String text) {
    wait.until(
        d -> {
          java.util.List<WebElement> count = d.findElements(By.cssSelector(".bcd-documents-count"));
          if (count.isEmpty()) {
            return false;
          }
          try {
            ((JavascriptExecutor) d)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", count.get(0));
            return text.equals(count.get(0).getText());
          } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return false; // the list was drawn again meanwhile
          }
        });
  }

  /**
   * The documents list's text, shown or scrolled away (the operation log names every upload too).
   */
  private String listText() {
    return browser
        .driver()
        .findElement(By.cssSelector(".bcd-documents"))
        .getDomProperty("textContent");
  }

  private org.camunda.bpm.engine.impl.identity.Authentication officer() {
    return new org.camunda.bpm.engine.impl.identity.Authentication(
        "chv.kv01",
        engine.getIdentityService().createGroupQuery().groupMember("chv.kv01").list().stream()
            .map(g -> g.getId())
            .toList());
  }
}
