package vn.gov.thads.bcd.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * Written consultation without a meeting, only by clicking and typing in the real Tasklist
 * (headless Chromium): the secretariat proposes it (the meeting's required fields are hidden and do
 * not hold the form back), the chair approves seeing the reason, and the conclusion follows without
 * minutes. Screenshots: {@code target/screenshots/WrittenConsultationBrowserIT/}.
 */
class WrittenConsultationBrowserIT extends BrowserTest {

  @Autowired ProcessEngine engine;

  @Test
  void secretariatProposesNoMeetingAndTheChairApproves() {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv08", "961/QĐ-THADS");
    Task schedule = c.task("Task_ScheduleMeeting");
    String reason = "Các thành viên đều thống nhất bằng văn bản; không cần họp.";

    browser.loginToTasklist("thuky", "demo");
    browser.openTask(schedule.getId(), "Chuẩn bị cuộc họp Ban Chỉ đạo");
    browser.claimIfNeeded();
    browser.choose(
        "consultationMode",
        "Đề xuất Trưởng ban cho kết luận trên cơ sở ý kiến bằng văn bản, không họp");
    browser.fill("writtenConsultationReason", reason);
    assertThat(browser.visibleText()).doesNotContain("Địa điểm họp", "Ngày gửi tài liệu họp");
    assertThat(browser.completeButtonEnabled()).isTrue();
    browser.screenshot("secretariat-proposes-written-consultation");
    browser.completeTask(schedule.getId());

    Task decide = c.task("Task_DecideWrittenConsultation");
    browser.loginToTasklist("truongban", "demo");
    browser.openTask(decide.getId(), "Quyết định hình thức cho ý kiến bằng văn bản");
    assertThat(browser.fieldValue("writtenConsultationReason")).isEqualTo(reason);
    browser.claimIfNeeded();
    browser.choose("writtenConsultationDecision", "Đồng ý, kết luận không họp");
    browser.screenshot("chair-approves-written-consultation");
    browser.completeTask(decide.getId());

    assertThat(c.tasks("Task_RecordMinutes")).isEmpty();
    assertThat(c.tasks("Task_IssueConclusion")).hasSize(1);
  }
}
