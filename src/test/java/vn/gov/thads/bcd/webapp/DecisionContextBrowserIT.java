package vn.gov.thads.bcd.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * Each step shows, in the real Tasklist, what its person needs to decide: the whole dossier at the
 * approval, every consulted agency's opinion (on time, late, missing) at the meeting and at the
 * chair's conclusion, the meeting's papers refused when sent too late, the secretariat's request on
 * a returned report, the lead agency named at the review, and a fresh report task after an
 * extension. Screenshots: {@code target/screenshots/DecisionContextBrowserIT/}.
 *
 * <p>Dates are set over the Java API beforehand, so that no step types a date into a form.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DecisionContextBrowserIT extends BrowserTest {

  static final String JUSTICE = "Sở Tư pháp tỉnh An Giang";
  static final String STATE_BANK = "Ngân hàng Nhà nước Khu vực 15";
  static final String FINANCE = "Sở Tài chính tỉnh An Giang";

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired WorkingDays workingDays;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @Order(1)
  void theApprovalShowsTheWholeDossier() {
    Map<String, Object> dossier = CaseScenario.dossier("901/QĐ-THADS");
    dossier.put("propertyDisputed", true);
    dossier.put("creditorIsCreditInstitution", true);
    dossier.put("creditInstitutionName", "Ngân hàng TMCP Công Thương – Chi nhánh Kiên Giang");
    dossier.put("collateralDescription", "Nhà xưởng chế biến nông sản tại xã Tân Hiệp");
    dossier.put("collateralRegistration", "Số 1520 ngày 05/3/2021, Văn phòng đăng ký đất đai");
    dossier.put("collateralValueVnd", 3_100_000_000L);
    dossier.put("principalVnd", 3_600_000_000L);
    dossier.put("interestVnd", 600_000_000L);
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", dossier);
    Task approve = c.task("Task_ApproveRequest");

    browser.loginToTasklist("photruongban", "demo");
    browser.openTask(approve.getId(), "Phê duyệt gửi xin ý kiến BCĐ");
    browser.screenshot("approval-whole-dossier");
    assertThat(browser.fieldValue("judgmentNo")).isEqualTo("08/2025/KDTM-PT");
    assertThat(browser.fieldValue("creditorName"))
        .isEqualTo("Ngân hàng TMCP Công Thương – Chi nhánh Kiên Giang");
    assertThat(browser.fieldValue("submittingAgencyName"))
        .isEqualTo("Phòng Thi hành án dân sự khu vực 1");
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("input[id$='Field_enforcementDecisionDate-date']"))
                .getDomProperty("value"))
        .contains("2025")
        .contains("15");
    assertThat(browser.visibleText())
        .contains(
            "Ngày ra quyết định thi hành án",
            "Người được thi hành án",
            "Loại việc",
            "Án tín dụng, ngân hàng",
            "Tài sản đang có tranh chấp",
            "Nguy cơ mất an ninh, trật tự",
            "Đơn vị đề nghị")
        .doesNotContain("thads-kv01", "tin-dung-ngan-hang");
    assertThat(checkbox("propertyDisputed").isSelected()).isTrue();
    assertThat(checkbox("securityRisk").isSelected()).isFalse();
    assertThat(checkbox("propertyDisputed").isEnabled()).isFalse();
    // A bank-credit case: its credit details, read-only.
    assertThat(browser.visibleText())
        .contains(
            "Thông tin tín dụng, ngân hàng",
            "Tên tổ chức tín dụng",
            "Tài sản bảo đảm",
            "Đăng ký biện pháp bảo đảm",
            "Giá trị tài sản bảo đảm (đồng)",
            "Nợ gốc (đồng)",
            "Nợ lãi (đồng)");
    assertThat(browser.fieldValue("creditInstitutionName"))
        .isEqualTo("Ngân hàng TMCP Công Thương – Chi nhánh Kiên Giang");
    assertThat(browser.fieldValue("collateralRegistration"))
        .isEqualTo("Số 1520 ngày 05/3/2021, Văn phòng đăng ký đất đai");
    assertThat(checkbox("creditorIsCreditInstitution").isSelected()).isTrue();
    assertThat(checkbox("creditorIsCreditInstitution").isEnabled()).isFalse();
  }

  @Test
  @Order(1)
  void theCreditDetailsShowOnlyForABankCreditCase() {
    Map<String, Object> dossier = CaseScenario.dossier("906/QĐ-THADS");
    dossier.put("caseCategory", "tranh-chap-tai-san");
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", dossier);

    browser.loginToTasklist("photruongban", "demo");
    browser.openTask(c.task("Task_ApproveRequest").getId(), "Phê duyệt gửi xin ý kiến BCĐ");
    assertThat(browser.visibleText())
        .contains("Tranh chấp tài sản, đất đai")
        .doesNotContain(
            "Thông tin tín dụng, ngân hàng", "Tên tổ chức tín dụng", "Nợ gốc (đồng)", "Nợ lãi");
  }

  @Test
  @Order(2)
  void theMeetingFormShowsTheOpinionsAndRefusesPapersSentTooLate() {
    CaseScenario c = toMeetingWithLateAndMissingOpinions("902/QĐ-THADS", "chv.kv02");
    Task schedule = c.task("Task_ScheduleMeeting");
    LocalDate meetingDay = workingDays.plus(Lifecycle.today(), 5);
    LocalDate papersSent = workingDays.minus(meetingDay, 1);
    engine
        .getRuntimeService()
        .setVariables(
            schedule.getProcessInstanceId(),
            Map.of(
                "meetingType", "AD_HOC",
                "meetingDate", meetingDay.toString(),
                "meetingTime", "08:00",
                "meetingPlace", "Phòng họp số 2, UBND tỉnh An Giang",
                "papersSentDate", papersSent.toString()));

    browser.loginToTasklist("thuky", "demo");
    browser.openTask(schedule.getId(), "Chuẩn bị cuộc họp Ban Chỉ đạo");
    browser.claimIfNeeded();
    // The consulted agencies are ticked as participants; the others are not.
    assertThat(browser.optionSelected("meetingParticipants", JUSTICE)).isTrue();
    assertThat(browser.optionSelected("meetingParticipants", STATE_BANK)).isTrue();
    assertThat(browser.optionSelected("meetingParticipants", FINANCE)).isTrue();
    assertThat(browser.optionSelected("meetingParticipants", "Công an tỉnh An Giang")).isFalse();
    assertOpinionsShown();
    scrollTo(".fjs-table");
    browser.screenshot("meeting-form-opinions");

    browser.submitTaskForm();
    String error = browser.waitForNotification("ít nhất 03 ngày làm việc");
    browser.screenshot("meeting-papers-too-late-refused");
    assertThat(error).contains("Tài liệu họp phải gửi thành viên trước ngày họp ít nhất 03 ngày");
    assertThat(c.tasks("Task_ScheduleMeeting")).hasSize(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from bcd_meeting m join bcd_case k on k.id = m.case_id where k.case_number = ?")
                .param(c.caseNumber)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  @Order(3)
  void theChairSeesEachAgencysOpinionWhereTheConclusionIsDecided() {
    CaseScenario c = toMeetingWithLateAndMissingOpinions("903/QĐ-THADS", "chv.kv03");
    Lifecycle.holdMeeting(c);
    Map<String, Object> meeting =
        jdbc.sql(
                """
                select c.meeting_time, c.place, m.papers_sent_date from bcd_meeting m
                join bcd_committee_meeting c on c.id = m.committee_meeting_id
                join bcd_case k on k.id = m.case_id where k.case_number = ?""")
            .param(c.caseNumber)
            .query()
            .singleRow();
    assertThat(meeting.get("meeting_time").toString()).startsWith("08:00");
    assertThat(meeting.get("place")).isEqualTo("Phòng họp số 2, UBND tỉnh An Giang");
    assertThat(meeting.get("papers_sent_date")).isNotNull();

    Task conclusion = c.task("Task_IssueConclusion");
    browser.loginToTasklist("truongban", "demo");
    browser.openTask(conclusion.getId(), "Ban hành Thông báo kết luận");
    assertOpinionsShown();
    assertThat(browser.fieldValue("amountVnd")).isNotEmpty();
    assertThat(browser.visibleText()).contains("Số tiền phải thi hành (đồng)", "Biên bản cuộc họp");
    scrollTo(".fjs-table");
    browser.screenshot("conclusion-form-opinions");
  }

  @Test
  @Order(4)
  void aReturnedReportShowsTheRequestAndTheReviewNamesTheLeadAgency() {
    CaseScenario c = toDirective("904/QĐ-THADS", "chv.kv04");
    c.complete(
        "cv.sotaichinh",
        Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "so-tai-chinh"),
        Map.of("directiveAction", "report", "directiveResult", "Đã thẩm định giá tài sản."));
    Task verify = c.task("Task_VerifyDirectiveResult");

    browser.loginToTasklist("thuky", "demo");
    browser.openTask(verify.getId(), "Xem xét kết quả thực hiện");
    assertThat(browser.fieldValue("leadAgencyName")).isEqualTo(FINANCE);
    browser.claimIfNeeded();
    browser.choose("resultVerdict", "Yêu cầu bổ sung");
    String request = "Bổ sung chứng thư thẩm định giá có chữ ký của thẩm định viên.";
    browser.fill("verifyNote", request);
    browser.screenshot("verify-names-lead-agency");
    browser.completeTask(verify.getId());

    Task again = Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "so-tai-chinh");
    browser.loginToTasklist("cv.sotaichinh", "demo");
    browser.openTask(again.getId(), "Báo cáo kết quả thực hiện nhiệm vụ");
    assertThat(browser.visibleText()).contains("Yêu cầu bổ sung của Tổ Thư ký");
    assertThat(browser.fieldValue("verifyNote")).isEqualTo(request);
    scrollTo("textarea[id$='Field_verifyNote']");
    browser.screenshot("returned-report-shows-request");

    // Once reported again, the request has served: the next review starts with an empty form.
    c.complete(
        "cv.sotaichinh",
        again,
        Map.of("directiveAction", "report", "directiveResult", "Đã bổ sung chứng thư."));
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(
                    c.task("Task_VerifyDirectiveResult").getProcessInstanceId(), "verifyNote"))
        .isNull();
  }

  @Test
  @Order(5)
  void afterAnExtensionTheNewReportTaskIsNotPreTicked() {
    CaseScenario c = toDirective("905/QĐ-THADS", "chv.kv05");
    Task report = Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "so-tai-chinh");
    LocalDate extended = Lifecycle.today().plusDays(40);
    c.complete(
        "cv.sotaichinh",
        report,
        Map.of(
            "directiveAction",
            "extension",
            "proposedDeadline",
            extended.toString(),
            "extensionReason",
            "Chưa thuê được tổ chức thẩm định."));
    c.complete(
        "truongban",
        "Task_DecideExtension",
        Map.of(
            "extensionDecision",
            "approve",
            "proposedDeadline",
            extended.toString(),
            "extensionReason",
            "Đồng ý gia hạn."));

    Task next = Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "so-tai-chinh");
    browser.loginToTasklist("cv.sotaichinh", "demo");
    browser.openTask(next.getId(), "Báo cáo kết quả thực hiện nhiệm vụ");
    browser.claimIfNeeded();
    assertThat(browser.optionSelected("directiveAction", "Đề nghị gia hạn")).isFalse();
    assertThat(browser.optionSelected("directiveAction", "Báo cáo kết quả thực hiện")).isFalse();
    assertThat(browser.visibleText()).doesNotContain("Lý do đề nghị gia hạn");
    scrollTo("input[id$='Field_directiveAction-0']");
    browser.screenshot("report-after-extension-not-preticked");
  }

  /**
   * What the form-js bundled in Tasklist 7.24 renders (docs/lifecycle.md, "What the forms can
   * show"): a text with a template, a table from a list variable, and a dynamic list whose rows the
   * user adds ("Add new", an English label of the bundle), but which Tasklist does not let submit.
   */
  @Test
  @Order(6)
  void theBundledFormJsRendersTablesDynamicListsAndTextTemplates() {
    String form =
        """
        {"id": "Form_Probe", "type": "default", "schemaVersion": 12,
         "executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.24.0",
         "components": [
          {"type": "text", "id": "Text_Probe", "text": "Tiêu đề: {{probeTitle}}"},
          {"type": "table", "id": "Table_Probe", "label": "Bảng thử", "dataSource": "=probeRows",
           "columns": [{"label": "Cột A", "key": "a"}]},
          {"type": "dynamiclist", "id": "List_Probe", "label": "Danh sách nhiệm vụ", "path": "probeItems",
           "isRepeating": true, "allowAddRemove": true, "defaultRepetitions": 1,
           "components": [{"type": "textfield", "id": "Field_probeTask", "key": "task",
             "label": "Nội dung nhiệm vụ"}]}
         ]}""";
    String model =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs_Probe" targetNamespace="probe">
          <bpmn:process id="FormJsProbe" name="Thử biểu mẫu" isExecutable="true">
            <bpmn:startEvent id="Start_Probe" name="Bắt đầu" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_Probe" targetRef="Task_Probe" />
            <bpmn:userTask id="Task_Probe" name="Thử biểu mẫu" camunda:candidateGroups="bcd-secretariat"
              camunda:formRef="Form_Probe" camunda:formRefBinding="deployment" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Probe" targetRef="End_Probe" />
            <bpmn:endEvent id="End_Probe" name="Kết thúc" />
          </bpmn:process>
        </bpmn:definitions>""";
    String deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("form-js probe")
            .addString("probe.bpmn", model)
            .addString("probe.form", form)
            .deploy()
            .getId();
    try {
      String instance =
          engine
              .getRuntimeService()
              .startProcessInstanceByKey(
                  "FormJsProbe",
                  Map.of(
                      "probeTitle",
                      "Xin chào",
                      "probeRows",
                      vn.gov.thads.bcd.forms.JsonList.of(List.of(Map.of("a", "giá trị 1")))))
              .getId();
      Task probe =
          engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
      browser.loginToTasklist("thuky", "demo");
      browser.openTask(probe.getId(), "Thử biểu mẫu");
      browser.claimIfNeeded();
      assertThat(browser.visibleText()).contains("Tiêu đề: Xin chào", "Cột A", "giá trị 1");
      browser.driver().findElement(By.cssSelector(".fjs-repeat-render-add")).click();
      List<org.openqa.selenium.WebElement> rows =
          browser.driver().findElements(By.cssSelector("input[id*='Field_probeTask']"));
      assertThat(rows).hasSize(2);
      rows.get(0).sendKeys("Nhiệm vụ một");
      rows.get(1).sendKeys("Nhiệm vụ hai");
      rows.get(1).sendKeys(Keys.TAB);
      browser.screenshot("formjs-probe-table-dynamiclist-template");
      // Observed: Tasklist 7.24 keeps "Hoàn thành" disabled on a form with a dynamic list, though
      // no field is invalid (its camunda-forms integration disables the button whenever form-js's
      // "changed" event carries any error entry), so a list of directives could not be submitted
      // from Tasklist: the conclusion keeps its fixed rows.
      // When this fails, an upgrade made dynamic lists usable; see docs/lifecycle.md.
      assertThat(
              browser
                  .driver()
                  .findElement(
                      By.xpath(
                          "//section[contains(@class,'task-details')]//button[@ng-click='complete()']"))
                  .isEnabled())
          .as("Tasklist's complete button on a form with a dynamic list")
          .isFalse();
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  // ----------------------------------------------------------------------------------------------

  private void assertOpinionsShown() {
    assertThat(browser.visibleText())
        .contains(
            "Ý kiến của các cơ quan được lấy ý kiến",
            JUSTICE,
            "Thống nhất với đề xuất",
            "12/so-tu-phap",
            "Đúng hạn",
            STATE_BANK,
            "Không thống nhất",
            "Gửi muộn",
            FINANCE,
            "Không gửi ý kiến");
  }

  private void scrollTo(String css) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'});",
            browser.driver().findElement(By.cssSelector(css)));
  }

  private org.openqa.selenium.WebElement checkbox(String key) {
    return browser
        .driver()
        .findElement(By.cssSelector("input[type='checkbox'][id$='Field_" + key + "']"));
  }

  /**
   * Justice answers on time; the deadline passes, the secretariat waits and the state bank answers
   * late; the wait ends and finance, which never answered, is recorded as missing.
   */
  private CaseScenario toMeetingWithLateAndMissingOpinions(String decisionNo, String officer) {
    CaseScenario c =
        Lifecycle.toOpinions(
            engine, officer, decisionNo, List.of("so-tu-phap", "nhnn-chi-nhanh", "so-tai-chinh"));
    Lifecycle.giveOpinion(engine, c, "cv.sotuphap", "so-tu-phap", "agree");
    Lifecycle.passOpinionDeadline(engine, c);
    c.complete("thuky", "Task_DecideOnLateOpinions", Map.of("lateOpinionsDecision", "wait"));
    Lifecycle.giveOpinion(engine, c, "cv.nhnn", "nhnn-chi-nhanh", "disagree");
    Lifecycle.passOpinionDeadline(engine, c);
    c.complete("thuky", "Task_DecideOnLateOpinions", Map.of("lateOpinionsDecision", "proceed"));
    assertThat(c.tasks("Task_ScheduleMeeting")).hasSize(1);
    return c;
  }

  /** A case whose conclusion gave finance one directive; its report task is open. */
  private CaseScenario toDirective(String decisionNo, String officer) {
    CaseScenario c = Lifecycle.toMeeting(engine, officer, decisionNo);
    Lifecycle.holdMeeting(c);
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false, new Lifecycle.Row("so-tai-chinh", List.of(), "Thẩm định giá tài sản", 10)));
    c.runJobs();
    return c;
  }
}
