package vn.gov.thads.bcd.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.EngineClock.at;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.thads.bcd.testsupport.Browser;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * The papers of one case from the opinion to the notice, in the browser as each person works: the
 * consulted agency's officer uploads its opinion letter on its opinion step's "Tài liệu" tab (the
 * step asks for it) and completes the form; the chair, at the conclusion, sees that letter with its
 * uploader and step and downloads it; the secretariat downloads the generated Thông báo kết luận
 * (read back with POI); an officer of an agency outside the case is refused the files, from his
 * webapp session and over REST. Screenshots: {@code
 * target/screenshots/CaseDocumentsScenarioBrowserIT/}.
 */
class CaseDocumentsScenarioBrowserIT extends BrowserTest {

  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theOpinionLetterReachesTheChairAndTheNoticeTheSecretariat() throws Exception {
    at("2026-03-02T09:00:00");
    CaseScenario c =
        Lifecycle.toOpinions(
            engine, "chv.kv01", CaseScenario.uniqueDecisionNo(), List.of("so-tu-phap"));
    Task opinion = Lifecycle.taskOf(engine, c, "Task_GiveOpinion", "so-tu-phap");
    byte[] letterBytes = DocumentSamples.pdf("Văn bản ý kiến của Sở Tư pháp " + c.caseNumber);
    Path letter = Files.createTempDirectory("bcd-letter-").resolve("Y kien So Tu phap.pdf");
    Files.write(letter, letterBytes);
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));

    // (1) The consulted agency's officer: the form says what the step asks for; the tab takes it.
    browser.loginToTasklist("cv.sotuphap", "demo");
    browser.openTask(opinion.getId(), "Cho ý kiến bằng văn bản");
    browser.claimIfNeeded();
    assertThat(browser.visibleText())
        .contains("Văn bản ý kiến: tải lên ở thẻ «Tài liệu» bên cạnh biểu mẫu");
    tab("Tài liệu");
    browser.waitForText("Bước này cần: Văn bản ý kiến");
    assertThat(browser.visibleText()).contains("Chưa tải lên");
    Select kind = new Select(browser.driver().findElement(By.name("bcd-document-kind")));
    assertThat(kind.getFirstSelectedOption().getText()).isEqualTo("Văn bản ý kiến");
    browser.driver().findElement(By.name("bcd-document-number")).sendKeys("215/STP-BTTP");
    browser.driver().findElement(By.name("bcd-document-date")).sendKeys("02/03/2026");
    browser.driver().findElement(By.name("bcd-document-file")).sendKeys(letter.toString());
    browser.driver().findElement(By.xpath("//button[normalize-space(.)='Tải lên']")).click();
    browser.waitForText("Đã tải lên: Y kien So Tu phap.pdf");
    assertThat(browser.visibleText()).contains("Tải lên ở bước: Cho ý kiến bằng văn bản");
    browser.screenshot("opinion-letter-uploaded");
    // The upload's notification sits over the form's buttons: closed, as the officer would.
    for (WebElement close :
        browser.driver().findElements(By.cssSelector("[notifications-panel] .alert .close"))) {
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", close);
    }
    wait.until(
        d ->
            d.findElements(By.cssSelector("[notifications-panel] .alert")).stream()
                .noneMatch(WebElement::isDisplayed));
    tab("Biểu mẫu");
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector(".task-details .fjs-container")));
    browser.choose("opinionPosition", "Thống nhất với đề xuất");
    browser.fill("opinionContent", "Sở Tư pháp thống nhất với đề xuất của cơ quan thi hành án.");
    browser.fill("opinionDocumentNo", "215/STP-BTTP");
    browser.completeTask(opinion.getId());
    assertThat(c.tasks("Task_GiveOpinion")).isEmpty();

    // (2) The chair, at the conclusion, sees the letter with who gave it on which step.
    Lifecycle.holdMeeting(c);
    Task conclusion = c.task("Task_IssueConclusion");
    browser.loginToTasklist("truongban", "demo");
    browser.openTask(conclusion.getId(), "Ban hành Thông báo kết luận");
    tab("Tài liệu");
    browser.waitForText("Tài liệu của vụ việc " + c.caseNumber);
    WebElement letterLink =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[normalize-space(.)='Y kien So Tu phap.pdf']")));
    WebElement row = letterLink.findElement(By.xpath("./ancestor::tr[1]"));
    assertThat(row.getText())
        .contains(
            "Văn bản ý kiến",
            "215/STP-BTTP ngày 02/03/2026",
            "Nguyễn Thị Thu (cv.sotuphap)",
            "Tải lên ở bước: Cho ý kiến bằng văn bản");
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", letterLink);
    browser.screenshot("conclusion-sees-opinion-letter");
    String letterHref = letterLink.getAttribute("href");
    Browser.Download downloaded = browser.download(letterHref);
    assertThat(downloaded.status()).isEqualTo(200);
    assertThat(downloaded.disposition()).startsWith("attachment;");
    assertThat(sha256(downloaded.body())).isEqualTo(sha256(letterBytes));

    // (3) The chair concludes; the secretariat downloads the notice the application wrote.
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false,
            new Lifecycle.Row(
                "so-nn-mt", List.of(), "Xác minh hiện trạng đất của tài sản bảo đảm", 15)));
    c.runJobs();
    browser.loginToCockpit("thuky", "demo");
    browser
        .driver()
        .get(
            "http://localhost:"
                + port
                + "/camunda/app/cockpit/default/#/bcd-case?number="
                + URLEncoder.encode(c.caseNumber, StandardCharsets.UTF_8));
    WebElement noticeLink =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath(
                    "//a[normalize-space(.)='Thong bao ket luan 215-TB-UBND (du thao).docx']")));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", noticeLink);
    browser.screenshot("secretariat-sees-notice");
    assertThat(noticeLink.findElement(By.xpath("./ancestor::tr[1]")).getText())
        .contains("Thông báo kết luận (dự thảo, chưa ký)", "Word (DOCX)");
    Browser.Download notice = browser.download(noticeLink.getAttribute("href"));
    assertThat(notice.status()).isEqualTo(200);
    assertThat(notice.type())
        .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(notice.disposition())
        .startsWith("attachment; filename=\"Thong bao ket luan 215-TB-UBND (du thao).docx\"");
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(notice.body()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      assertThat(extractor.getText())
          .contains(
              "THÔNG BÁO",
              "Số: 215/TB-UBND",
              "Kết luận của Trưởng Ban Chỉ đạo thi hành án dân sự tỉnh về vụ việc " + c.caseNumber,
              "Xác minh hiện trạng đất của tài sản bảo đảm",
              "Sở Nông nghiệp và Môi trường tỉnh An Giang")
          .doesNotContain("{{");
    }

    // (4) An officer of an agency outside the case: refused, in his session and over REST.
    String letterPath = java.net.URI.create(letterHref).getPath();
    browser.loginToTasklist("cv.sotaichinh", "demo");
    Browser.Download refused = browser.download(letterPath);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(new String(refused.body(), StandardCharsets.UTF_8))
        .contains("không có quyền tải tài liệu của vụ việc " + c.caseNumber);
    long letterId = Long.parseLong(letterPath.substring(letterPath.lastIndexOf('/') + 1));
    Http.Response rest =
        Http.rest(port, "cv.sotaichinh", "demo")
            .get(
                "/api/cases/"
                    + URLEncoder.encode(c.caseNumber, StandardCharsets.UTF_8)
                    + "/documents/"
                    + letterId);
    assertThat(rest.status()).isEqualTo(403);
    assertThat(rest.json().get("message").asText())
        .contains("không có quyền tải tài liệu của vụ việc " + c.caseNumber);
  }

  private void tab(String label) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='" + label + "']")))
        .click();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
