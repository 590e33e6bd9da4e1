package vn.gov.thads.bcd.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.directives.DirectiveRepository;
import vn.gov.thads.bcd.directives.DirectiveStatus;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * A directive handed to another lead agency, only by clicking and typing in the real Tasklist
 * (headless Chromium): the lead agency proposes it, the chair approves, the new lead agency has the
 * task, and the case page in Cockpit shows the history. Screenshots: {@code
 * target/screenshots/DirectiveAdjustmentBrowserIT/}.
 */
class DirectiveAdjustmentBrowserIT extends BrowserTest {

  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;
  @Autowired DirectiveRepository directives;

  @Test
  void leadAgencyProposesAnotherLeadAndTheChairApproves() {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv07", "951/QĐ-THADS");
    Lifecycle.holdMeeting(c);
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false, new Lifecycle.Row("so-tai-chinh", List.of(), "Thẩm định giá tài sản", 10)));
    c.runJobs();
    Task report = Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "so-tai-chinh");

    browser.loginToTasklist("cv.sotaichinh", "demo");
    browser.openTask(report.getId(), "Báo cáo kết quả thực hiện nhiệm vụ");
    browser.claimIfNeeded();
    browser.choose("directiveAction", "Đề nghị điều chỉnh nhiệm vụ");
    browser.choose("adjustmentKind", "Chuyển đơn vị chủ trì (không thuộc thẩm quyền)");
    browser.search("proposedLeadAgency", "tư pháp", "Sở Tư pháp tỉnh An Giang");
    browser.fill("adjustmentReason", "Việc xác minh hộ tịch thuộc thẩm quyền của Sở Tư pháp.");
    browser.screenshot("lead-agency-proposes-reassignment");
    browser.completeTask(report.getId());

    Task decide = c.task("Task_DecideAdjustment");
    browser.loginToTasklist("truongban", "demo");
    browser.openTask(decide.getId(), "Cho ý kiến về đề nghị điều chỉnh nhiệm vụ");
    assertThat(browser.fieldValue("adjustmentSummary"))
        .isEqualTo(
            "Chuyển đơn vị chủ trì từ Sở Tài chính tỉnh An Giang sang Sở Tư pháp tỉnh An Giang."
                + " Lý do: Việc xác minh hộ tịch thuộc thẩm quyền của Sở Tư pháp.");
    browser.claimIfNeeded();
    browser.choose("adjustmentDecision", "Đồng ý điều chỉnh");
    browser.screenshot("chair-decides");
    browser.completeTask(decide.getId());

    long caseId = cases.findByNumber(c.caseNumber).orElseThrow().id();
    DirectiveRepository.Directive d = directives.ofCase(caseId).get(0);
    assertThat(d.leadAgency()).isEqualTo("so-tu-phap");
    assertThat(d.status()).isEqualTo(DirectiveStatus.REASSIGNED);
    Task next = Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "so-tu-phap");
    browser.loginToTasklist("cv.sotuphap", "demo");
    browser.openTask(next.getId(), "Báo cáo kết quả thực hiện nhiệm vụ");
    assertThat(browser.fieldValue("adjustmentOutcome"))
        .isEqualTo(
            "Trưởng ban đồng ý đề nghị điều chỉnh: Chuyển đơn vị chủ trì (không thuộc thẩm quyền).");
    browser.screenshot("new-lead-agency-has-the-task");

    browser.loginToCockpit("thuky", "demo");
    browser
        .driver()
        .get(
            "http://localhost:"
                + port
                + "/camunda/app/cockpit/default/#/bcd-case?number="
                + URLEncoder.encode(c.caseNumber, StandardCharsets.UTF_8));
    browser.waitForText("Hồ sơ vụ việc " + c.caseNumber);
    WebElement directivesSection =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//h3[normalize-space(.)='Nhiệm vụ theo kết luận']")));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'start'});", directivesSection);
    assertThat(
            browser.driver().findElement(By.cssSelector(".bcd-page")).getAttribute("textContent"))
        .contains(
            "Chuyển đơn vị chủ trì (không thuộc thẩm quyền): Sở Tài chính tỉnh An Giang → Sở Tư"
                + " pháp tỉnh An Giang",
            "Trưởng ban đồng ý (truongban,",
            "(đã chuyển đơn vị chủ trì)");
    browser.screenshot("case-page-adjustment-history");
  }
}
