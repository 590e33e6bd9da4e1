package vn.gov.thads.bcd.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.variables.CaseVariables;
import vn.gov.thads.bcd.variables.TaskCardVariables;

/**
 * Staff in a real browser (headless Chromium): the officer starts a case from the start form in
 * Tasklist, the standing deputy approves it, the secretariat reviews it and picks the agencies, an
 * agency gives its opinion; a dossier or a decision the server refuses shows its Vietnamese reason
 * and changes nothing; a supervisor opens Cockpit. Screenshots of each key screen: {@code
 * target/screenshots/TasklistBrowserIT/}.
 *
 * <p>Each step except the one under test is taken over the Java API, so that every test stands
 * alone.
 */
@TestMethodOrder(
    MethodOrderer.OrderAnnotation.class) // screenshots numbered in the order of the lifecycle
class TasklistBrowserIT extends BrowserTest {

  static final String PROCESS_NAME = "Vụ việc có vướng mắc, khó thi hành xin ý kiến Ban Chỉ đạo";
  static final String JUSTICE = "Sở Tư pháp tỉnh An Giang";
  static final String STATE_BANK = "Ngân hàng Nhà nước Khu vực 15";

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @Order(1)
  void officerStartsACaseFromTheStartForm() {
    browser.loginToTasklist("chv.kv01", "demo");
    browser.screenshot("tasklist-chv.kv01");
    // The Vietnamese Tasklist: its menu, the shared filters, no English left where the user looks
    // first.
    assertThat(browser.visibleText())
        .contains(
            "Khởi tạo quy trình",
            "Tạo công việc",
            "Việc của đơn vị tôi",
            "Việc của tôi",
            "Sắp đến hạn",
            "Quá hạn",
            "Huỳnh Văn Hùng")
        .doesNotContain("Start process", "Create task", "It is time to migrate");

    browser.openStartForm(PROCESS_NAME);
    assertThat(browser.visibleText())
        .contains(
            "Khởi tạo quy trình: " + PROCESS_NAME,
            "Hồ sơ vụ việc xin ý kiến Ban Chỉ đạo",
            "Số quyết định thi hành án",
            "Ngày ra quyết định thi hành án",
            "Người phải thi hành án",
            "Khởi tạo");
    browser.fill("enforcementDecisionNo", "701/QĐ-THADS");
    browser.fillDate("enforcementDecisionDate", LocalDate.of(2025, 9, 15));
    browser.fill("judgmentNo", "45/2024/DS-PT");
    browser.fill("debtorName", "Công ty TNHH Thủy sản Rạch Giá");
    browser.fill("creditorName", "Ngân hàng TMCP Phát triển Kiên Giang");
    browser.fill("amountVnd", "12500000000");
    browser.select("caseCategory", "Án tín dụng, ngân hàng");
    browser.check("propertyDisputed", true);
    browser.fill(
        "obstacle", "Tài sản thế chấp là quyền sử dụng đất đang có tranh chấp với người thứ ba.");
    browser.fill("proposal", "Đề nghị Sở Nông nghiệp và Môi trường cung cấp hồ sơ địa chính.");
    browser.screenshot("start-form-filled");

    browser.submitStartForm();
    assertThat(browser.waitForNotification("Đã khởi tạo quy trình."))
        .isEqualTo("Đã khởi tạo quy trình.");
    browser.waitForDialogClosed();
    browser.screenshot("case-started");

    // The case exists, with what was typed, registered for the officer's agency, waiting for
    // approval.
    Map<String, Object> row =
        jdbc.sql(
                """
        select case_number, initiator, submitting_agency, enforcement_decision_date, debtor_name, amount_vnd, category
        from bcd_case where enforcement_decision_no = '701/QĐ-THADS'""")
            .query()
            .singleRow();
    assertThat(row.get("initiator")).isEqualTo("chv.kv01");
    assertThat(row.get("submitting_agency")).isEqualTo("thads-kv01");
    assertThat(row.get("enforcement_decision_date").toString()).isEqualTo("2025-09-15");
    assertThat(row.get("debtor_name")).isEqualTo("Công ty TNHH Thủy sản Rạch Giá");
    assertThat(((Number) row.get("amount_vnd")).longValue()).isEqualTo(12_500_000_000L);
    assertThat(row.get("category")).isEqualTo("tin-dung-ngan-hang");
    String caseNumber = (String) row.get("case_number");
    assertThat(caseNumber).matches("BCĐ-\\d{4}-\\d{4}");
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey("Task_ApproveRequest")
                .count())
        .isEqualTo(1);
  }

  @Test
  @Order(2)
  void standingDeputyApprovesTheRequestInTheForm() {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier("702/QĐ-THADS"));
    Task approve = c.task("Task_ApproveRequest");

    browser.loginToTasklist("photruongban", "demo");
    browser.openTask(approve.getId(), "Phê duyệt gửi xin ý kiến BCĐ");
    // The form shows the dossier being approved.
    assertThat(browser.fieldValue("caseNumber")).isEqualTo(c.caseNumber);
    assertThat(browser.fieldValue("enforcementDecisionNo")).isEqualTo("702/QĐ-THADS");
    assertThat(browser.fieldValue("debtorName")).isEqualTo("Công ty cổ phần Nông sản Tân Hiệp");
    assertThat(browser.visibleText())
        .contains("Nhận việc", "Ý kiến của Thủ trưởng", "Trả lại để hoàn thiện hồ sơ");
    browser.claimIfNeeded();
    browser.choose("approvalDecision", "Đồng ý gửi xin ý kiến Ban Chỉ đạo");
    browser.screenshot("approve-request");
    browser.completeTask(approve.getId());
    browser.screenshot("approve-request-done");

    assertThat(c.tasks("Task_ApproveRequest")).isEmpty();
    assertThat(c.tasks("Task_ReviewDossier")).hasSize(1);
    HistoricTaskInstance done =
        engine
            .getHistoryService()
            .createHistoricTaskInstanceQuery()
            .taskId(approve.getId())
            .singleResult();
    assertThat(done.getAssignee()).isEqualTo("photruongban");
    assertThat(done.getEndTime()).isNotNull();
    // The history records the decision the form sent (who set what, when); the dossier the form
    // showed, copied from the case table and not sent back (its fields are disabled), the case's
    // keys and the task card's copies have no detail rows (platform.CopiedVariables).
    List<String> detailed =
        engine
            .getHistoryService()
            .createHistoricDetailQuery()
            .processInstanceId(approve.getProcessInstanceId())
            .variableUpdates()
            .list()
            .stream()
            .map(d -> ((HistoricVariableUpdate) d).getVariableName())
            .toList();
    assertThat(detailed)
        .contains("approvalDecision")
        .doesNotContain("debtorName", "obstacle", CaseVariables.CASE_NUMBER, CaseVariables.CASE_ID)
        .doesNotContainAnyElementsOf(TaskCardVariables.ALL);
  }

  @Test
  @Order(3)
  void secretariatReviewsTheDossierAndConfirmsTheAgencies() {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier("703/QĐ-THADS"));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    Task review = c.task("Task_ReviewDossier");

    browser.loginToTasklist("thuky", "demo");
    browser.openTask(review.getId(), "Kiểm tra tính đầy đủ của hồ sơ");
    assertThat(browser.fieldValue("caseNumber")).isEqualTo(c.caseNumber);
    browser.claimIfNeeded();
    browser.choose("dossierComplete", "Hồ sơ đầy đủ, gửi lấy ý kiến thành viên");
    browser.screenshot("review-dossier");
    browser.completeTask(review.getId());

    Task confirm = c.task("Task_ConfirmAgencies");
    browser.openTask(confirm.getId(), "Chọn cơ quan lấy ý kiến");
    browser.claimIfNeeded();
    // Proposed by the decision table for a bank-credit case: justice always, the state bank for
    // bank credit.
    assertThat(browser.optionSelected("consultedAgencies", JUSTICE)).isTrue();
    assertThat(browser.optionSelected("consultedAgencies", STATE_BANK)).isTrue();
    browser.checkOption("consultedAgencies", STATE_BANK, false);
    browser.screenshot("confirm-agencies");
    browser.completeTask(confirm.getId());

    List<String> consulted =
        c.tasks("Task_GiveOpinion").stream()
            .flatMap(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).stream())
            .map(l -> l.getGroupId())
            .filter(g -> g != null)
            .toList();
    assertThat(consulted).contains("so-tu-phap").doesNotContain("nhnn-chi-nhanh");
  }

  @Test
  @Order(4)
  void agencyGivesItsOpinionInTheForm() {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier("704/QĐ-THADS"));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    c.complete(
        "thuky",
        "Task_ConfirmAgencies",
        Map.of("consultedAgencies", Lifecycle.json(List.of("so-tu-phap"))));
    Task opinion = c.task("Task_GiveOpinion");

    browser.loginToTasklist("cv.sotuphap", "demo");
    browser.openTask(opinion.getId(), "Cho ý kiến bằng văn bản");
    assertThat(browser.fieldValue("caseNumber")).isEqualTo(c.caseNumber);
    browser.claimIfNeeded();
    browser.choose("opinionPosition", "Thống nhất với đề xuất");
    browser.fill("opinionContent", "Sở Tư pháp thống nhất với đề xuất của cơ quan thi hành án.");
    browser.fill("opinionDocumentNo", "215/STP-BTTP");
    browser.screenshot("give-opinion");
    browser.completeTask(opinion.getId());
    browser.screenshot("give-opinion-done");

    Map<String, Object> row =
        jdbc.sql(
                """
        select o.status, o.position, o.document_no, o.content, o.given_by from bcd_opinion o
        join bcd_case k on k.id = o.case_id where k.case_number = ? and o.agency = 'so-tu-phap'""")
            .param(c.caseNumber)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("status", "RECEIVED")
        .containsEntry("position", "agree")
        .containsEntry("document_no", "215/STP-BTTP")
        .containsEntry("given_by", "cv.sotuphap")
        .containsEntry("content", "Sở Tư pháp thống nhất với đề xuất của cơ quan thi hành án.");
    assertThat(c.tasks("Task_GiveOpinion")).isEmpty();
  }

  @Test
  @Order(5)
  void aDossierTheServerRefusesShowsTheVietnameseReasonAndCreatesNothing() {
    long cases = jdbc.sql("select count(*) from bcd_case").query(Long.class).single();
    long instances =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey("DifficultCaseProcess")
            .count();

    browser.loginToTasklist("chv.kv01", "demo");
    browser.openStartForm(PROCESS_NAME);
    browser.fill("enforcementDecisionNo", "705/QĐ-THADS");
    // The form itself lets any date through; the server refuses a decision dated after today
    // (Vietnam time).
    browser.fillDate("enforcementDecisionDate", Lifecycle.today().plusMonths(2));
    browser.fill("judgmentNo", "45/2024/DS-PT");
    browser.fill("debtorName", "Nguyễn Văn An");
    browser.fill("creditorName", "Trần Thị Bình");
    browser.fill("amountVnd", "350000000");
    browser.select("caseCategory", "Án dân sự khác");
    browser.fill("obstacle", "Người phải thi hành án vắng mặt tại địa phương.");
    browser.fill("proposal", "Đề nghị Công an phường xác minh nơi cư trú.");
    browser.submitStartForm();

    String error =
        browser.waitForNotification("Ngày ra quyết định thi hành án không được sau ngày hôm nay.");
    browser.screenshot("refused-dossier");
    // The title, then the server's reason alone: no English wrapping ("Cannot instantiate process
    // definition …: "), no stray " :" between them.
    assertThat(error)
        .isEqualTo(
            "Không thể khởi tạo quy trình. Hồ sơ chưa hợp lệ: Ngày ra quyết định thi hành án không"
                + " được sau ngày hôm nay.");
    assertThat(browser.notifications()).noneMatch(n -> n.contains("Đã khởi tạo quy trình."));
    // The form stays open with what was typed, to be corrected.
    assertThat(browser.dialogOpen()).isTrue();
    assertThat(browser.fieldValue("debtorName")).isEqualTo("Nguyễn Văn An");

    assertThat(jdbc.sql("select count(*) from bcd_case").query(Long.class).single())
        .isEqualTo(cases);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("DifficultCaseProcess")
                .count())
        .isEqualTo(instances);
  }

  @Test
  @Order(6)
  void returningADossierWithoutAReasonIsRefusedWithTheVietnameseReason() {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier("707/QĐ-THADS"));
    Task approve = c.task("Task_ApproveRequest");

    browser.loginToTasklist("photruongban", "demo");
    browser.openTask(approve.getId(), "Phê duyệt gửi xin ý kiến BCĐ");
    browser.claimIfNeeded();
    // The reason box appears but the form does not require it; the server does.
    browser.choose("approvalDecision", "Trả lại để hoàn thiện hồ sơ");
    assertThat(browser.visibleText()).contains("Lý do trả lại, nội dung cần hoàn thiện");
    browser.submitTaskForm();

    String error =
        browser.waitForNotification(
            "Khi trả lại hồ sơ phải ghi rõ lý do và nội dung cần hoàn thiện.");
    browser.screenshot("return-without-reason-refused");
    // No English wrapping ("Cannot submit task form …: ENGINE-03051 …"), no stray " :".
    assertThat(error)
        .isEqualTo(
            "Đã xảy ra lỗi khi gửi biểu mẫu công việc Khi trả lại hồ sơ phải ghi rõ lý do và nội"
                + " dung cần hoàn thiện.");
    // Nothing changed: the task is still open, still the deputy's, and the officer has nothing to
    // complete.
    assertThat(c.tasks("Task_ApproveRequest"))
        .singleElement()
        .satisfies(t -> assertThat(t.getAssignee()).isEqualTo("photruongban"));
    assertThat(c.tasks("Task_CompleteDossier")).isEmpty();
    assertThat(
            engine.getRuntimeService().getVariable(c.opinionRequest().getId(), "approvalDecision"))
        .isNull();
  }

  @Test
  @Order(7)
  void supervisorSeesTheCockpitDashboardInVietnamese() {
    // A step past its deadline, for the overdue-steps plugin to show (see below).
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier("706/QĐ-THADS"));
    Task late = passDeadline(c, "Task_ApproveRequest");
    assertThat(late.getDueDate()).isBefore(ClockUtil.getCurrentTime());

    browser.loginToCockpit("thuky", "demo");
    browser.screenshot("cockpit-dashboard-thuky");
    assertThat(browser.cockpitDashboardSections()).contains("Hiện tại", "Đã triển khai");
    assertThat(browser.visibleText())
        .contains(
            "Quy trình",
            "Phiên bản quy trình đang chạy",
            "Sự cố chưa xử lý",
            "Công việc người dùng đang mở",
            "Định nghĩa quy trình")
        .doesNotContain("Running Process Instances", "Open Incidents", "It is time to migrate");

    // The dashboard keeps a summary with a link to the page "Việc quá hạn", which the header
    // reaches too; there the overdue step shows with its case, step and agency; its link opens the
    // case.
    assertThat(browser.cockpitDashboardSection(OVERDUE_SECTION).getText())
        .contains("Việc quá hạn và sắp đến hạn", "Xem tất cả");
    browser
        .driver()
        .findElement(By.xpath("//a[@href='#/bcd-overdue' and normalize-space(.)='Việc quá hạn']"))
        .click();
    browser.waitForText(c.caseNumber);
    WebElement overdue = browser.driver().findElement(By.cssSelector(".bcd-page"));
    assertThat(overdue.getText())
        .contains(
            "Việc quá hạn và sắp đến hạn",
            c.caseNumber,
            late.getName(),
            "Số ngày quá hạn (ngày làm việc)",
            "Số lần nhắc",
            "Mức báo cáo vượt cấp");
    browser.screenshot("cockpit-overdue-steps");
    String before = browser.currentUrl();
    overdue.findElement(By.xpath(".//a[normalize-space(.)='" + c.caseNumber + "']")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> !d.getCurrentUrl().equals(before));
    assertThat(browser.currentUrl()).contains("#/process-instance/" + late.getProcessInstanceId());
    browser.waitForText("Kết luận và nhiệm vụ");
    assertThat(browser.visibleText()).contains("Nhắc việc");
    browser.screenshot("cockpit-case-from-overdue-link");
  }

  /** Cockpit puts the dashboard plugins of applications under this section ("Custom plugins"). */
  static final String OVERDUE_SECTION = "Plugin tùy chỉnh";

  /**
   * Moves the engine's clock one hour past the due date of the case's open task, so that the step
   * is overdue for the engine (Tasklist's "Quá hạn" filter, reminders); the clock is reset after
   * each test.
   */
  Task passDeadline(CaseScenario c, String taskKey) {
    Task task = c.task(taskKey);
    assertThat(task.getDueDate()).as("due date of " + taskKey).isNotNull();
    ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plus(Duration.ofHours(1))));
    return task;
  }
}
