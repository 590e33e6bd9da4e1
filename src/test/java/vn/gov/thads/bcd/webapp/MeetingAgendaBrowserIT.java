package vn.gov.thads.bcd.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.meetings.CommitteeMeetings;
import vn.gov.thads.bcd.meetings.MeetingLabels;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * The quarterly meeting's agenda, only by clicking and typing in the real Tasklist (headless
 * Chromium): a meeting is scheduled for one case; the secretariat adds a second case to it by
 * choosing it in the form, then sees the agenda with both cases on the case page. Screenshots:
 * {@code target/screenshots/MeetingAgendaBrowserIT/}.
 */
class MeetingAgendaBrowserIT extends BrowserTest {

  @Autowired ProcessEngine engine;
  @Autowired CommitteeMeetings meetings;
  @Autowired WorkingDays workingDays;
  @Autowired JdbcClient jdbc;

  @Test
  void secretariatAddsASecondCaseToTheScheduledMeetingAndSeesTheAgenda() {
    LocalDate day = workingDays.plus(Lifecycle.today(), 20);
    CaseScenario first = Lifecycle.toMeeting(engine, "chv.kv10", "2421/QĐ-THADS");
    CaseScenario second = Lifecycle.toMeeting(engine, "chv.kv12", "2422/QĐ-THADS");
    first.complete("thuky", "Task_ScheduleMeeting", Lifecycle.quarterlyMeeting(day));
    long meetingId =
        jdbc.sql(
                "select m.committee_meeting_id from bcd_meeting m join bcd_case c on c.id = m.case_id"
                    + " where c.case_number = ?")
            .param(first.caseNumber)
            .query(Long.class)
            .single();
    String option = MeetingLabels.option(meetings.find(meetingId).orElseThrow());
    assertThat(option).contains("Hội trường UBND tỉnh (1 vụ việc)");

    Task schedule = second.task("Task_ScheduleMeeting");
    browser.loginToTasklist("thuky", "demo");
    browser.openTask(schedule.getId(), "Chuẩn bị cuộc họp Ban Chỉ đạo");
    browser.claimIfNeeded();
    browser.choose("meetingArrangement", "Đưa vào cuộc họp đã lên lịch");
    // The new meeting's fields give way to the choice of the scheduled one.
    assertThat(browser.visibleText()).doesNotContain("Địa điểm họp", "Người chủ trì cuộc họp");
    browser.select("committeeMeetingId", option);
    browser.fillDate("papersSentDate", workingDays.minus(day, 5));
    browser.screenshot("secretariat-adds-the-case-to-the-meeting");
    browser.completeTask(schedule.getId());

    assertThat(meetings.agenda(meetingId))
        .extracting(CommitteeMeetings.AgendaItem::caseNumber)
        .containsExactly(first.caseNumber, second.caseNumber);
    assertThat(second.tasks("Task_RecordMinutes")).hasSize(1);

    // The case page, from Tasklist's list of cases: the meeting with both cases on its agenda.
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(@class,'bcd-cases-action')]")))
        .click();
    browser.waitForText("Tìm thấy");
    WebElement search =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input.bcd-search")));
    search.sendKeys(second.caseNumber, Keys.ENTER);
    browser.waitForText("Tìm thấy 1 vụ việc.");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//div[contains(@class,'bcd-cases-panel')]//a[normalize-space(.)='"
                        + second.caseNumber
                        + "']")))
        .click();
    browser.waitForText("Hồ sơ vụ việc " + second.caseNumber);
    browser.waitForText("Chương trình cuộc họp: Họp quý");
    WebElement agenda =
        browser.driver().findElement(By.cssSelector(".bcd-cases-panel .bcd-agenda"));
    // The page is longer than the panel: scroll to the agenda as a reader would.
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", agenda);
    browser.screenshot("case-page-with-the-agenda");
    assertThat(agenda.getText())
        .contains(
            "Hội trường UBND tỉnh",
            "Nguyễn Văn Hùng, Trưởng Ban Chỉ đạo",
            first.caseNumber,
            second.caseNumber + " (vụ việc này)",
            "Chưa lập biên bản");
    assertThat(agenda.findElements(By.cssSelector("tbody tr"))).hasSize(2);
  }
}
