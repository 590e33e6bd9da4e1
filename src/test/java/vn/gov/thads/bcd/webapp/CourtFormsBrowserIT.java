package vn.gov.thads.bcd.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.EnforcementCases;
import vn.gov.thads.bcd.testsupport.ModelJobs;

/**
 * The officer's ways in for the court's news, in a real browser: the body picked from the
 * organisation file on the dispute notice, the accepted suit on "Theo dõi việc khởi kiện, yêu cầu
 * giải quyết tranh chấp", and the first-instance ruling on "Theo dõi tiến độ giải quyết vụ án tại
 * Tòa án" (its fields appear once "Đã có bản án, quyết định sơ thẩm" is chosen). Screenshots:
 * {@code target/screenshots/CourtFormsBrowserIT/}.
 */
class CourtFormsBrowserIT extends BrowserTest {

  static final ZoneId VIETNAM = VietnamTime.ZONE;

  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;
  @Autowired PlatformTransactionManager transactions;

  @BeforeAll
  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  @Test
  void theOfficerRecordsTheAcceptedSuitThenTheRulingInTasklist() {
    ProcessInstance disposal = seizedDisputedProperty(engine, cases, transactions);
    LocalDate today = LocalDate.now(VIETNAM);

    // The body that settles the dispute is picked from the organisation file's courts and
    // People's Committees.
    Task notify = task(disposal, "Task_NotifyDispute");
    browser.loginToTasklist("chv.kv01", "demo");
    browser.openTask(notify.getId(), "Thông báo quyền khởi kiện, yêu cầu giải quyết tranh chấp");
    browser.claimIfNeeded();
    browser.fill("disputeNoticeNo", "30/TB-THADS");
    browser.fillDate("disputeNoticeDate", today.minusDays(2));
    browser.fillDate("disputeValidNoticeDate", today.minusDays(1));
    browser.select("disputeBody", "Tòa án nhân dân tỉnh An Giang");
    browser.fill("disputeParties", "Bà Nguyễn Thị Lan");
    browser.screenshot("dispute-notice");
    browser.completeTask(notify.getId());
    assertThat(engine.getRuntimeService().getVariable(disposal.getId(), "disputeBody"))
        .isEqualTo("toa-an-tinh");

    Task await = task(disposal, "Task_AwaitSuit");
    browser.openTask(await.getId(), "Theo dõi việc khởi kiện, yêu cầu giải quyết tranh chấp");
    browser.claimIfNeeded();
    browser.fill("suitAcceptanceNo", "45/TB-TLVA");
    browser.fillDate("suitAcceptanceDate", today.minusDays(1));
    // Leaving the date opens the next field's list of courts; the officer writes the note, which
    // closes it, and leaves the court blank (the body notified accepted the suit).
    browser.fill("suitNote", "Tòa án đã thụ lý, chờ hòa giải.");
    browser.screenshot("suit-accepted");
    browser.completeTask(await.getId());
    assertThat(disposal).isWaitingAt("Task_PostponeProperty");
    CaseScenario.as(
        engine,
        "chv.kv01",
        () -> {
          engine
              .getFormService()
              .submitTaskForm(
                  task(disposal, "Task_PostponeProperty").getId(),
                  Map.of(
                      "propertyPostponementNo",
                      "12/QĐ-THADS",
                      "propertyPostponementDate",
                      today.toString()));
          return null;
        });
    assertThat(disposal).isWaitingAt("Task_AwaitCourtRuling");

    engine.getManagementService().executeJob(ModelJobs.timer(engine, disposal.getId()).getId());
    Task followUp = task(disposal, "Task_FollowUpCourt");
    browser.openTask(followUp.getId(), "Theo dõi tiến độ giải quyết vụ án tại Tòa án");
    browser.claimIfNeeded();
    browser.choose("courtFollowUpResult", "Đã có bản án, quyết định sơ thẩm");
    browser.choose("courtRuling", "Tài sản tiếp tục được xử lý để thi hành án");
    browser.fill("courtRulingNo", "15/2026/DS-ST");
    browser.fillDate("courtRulingDate", today);
    browser.fill("courtRulingNote", "Xét xử sơ thẩm, chưa có kháng cáo.");
    browser.screenshot("court-ruled");
    browser.completeTask(followUp.getId());

    // A first-instance ruling is not final: its legal effect is followed next.
    assertThat(disposal).hasPassed("EndEvent_RulingReported").isWaitingAt("Task_RulingLegalEffect");
    assertThat(engine.getRuntimeService().getVariable(disposal.getId(), "courtRulingNo"))
        .isEqualTo("15/2026/DS-ST");
  }

  /**
   * A case of regional office 1 whose seized property is disputed, the parties told they may sue
   * (waiting at "Theo dõi việc khởi kiện").
   */
  static ProcessInstance disputedProperty(
      ProcessEngine engine, CaseRepository cases, PlatformTransactionManager transactions) {
    ProcessInstance disposal = seizedDisputedProperty(engine, cases, transactions);
    CaseScenario.as(
        engine,
        "chv.kv01",
        () -> {
          engine
              .getFormService()
              .submitTaskForm(
                  task(engine, disposal, "Task_NotifyDispute").getId(),
                  Map.of(
                      "disputeNoticeNo",
                      "30/TB-THADS",
                      "disputeNoticeDate",
                      LocalDate.now(VIETNAM).toString(),
                      "disputeValidNoticeDate",
                      LocalDate.now(VIETNAM).toString(),
                      "disputeBody",
                      "toa-an-tinh",
                      "disputeParties",
                      "Bà Nguyễn Thị Lan"));
          return null;
        });
    return disposal;
  }

  /** A case of regional office 1 whose seized property is disputed, before the notice. */
  static ProcessInstance seizedDisputedProperty(
      ProcessEngine engine, CaseRepository cases, PlatformTransactionManager transactions) {
    EnforcementCases.Registered registered = EnforcementCases.propertyDisputed(transactions, cases);
    ProcessInstance disposal =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "PropertyDisposalProcess",
                registered.caseNumber(),
                Map.of(
                    "caseId",
                    registered.caseId(),
                    "caseNumber",
                    registered.caseNumber(),
                    "submittingAgency",
                    "thads-kv01",
                    "thirdPartyDispute",
                    true,
                    "realProperty",
                    true,
                    "propertyDescription",
                    "Quyền sử dụng đất thửa số 120, tờ bản đồ số 15, phường Rạch Giá."));
    return disposal;
  }

  private Task task(ProcessInstance instance, String key) {
    return task(engine, instance, key);
  }

  static Task task(ProcessEngine engine, ProcessInstance instance, String key) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }
}
