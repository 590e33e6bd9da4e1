package vn.gov.thads.bcd.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
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
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.thads.bcd.caseintake.CaseCategory;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.Dossier;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.ReminderJobs;

/**
 * The officer's ways in for the court's news, in a real browser: the accepted suit on "Theo dõi
 * việc khởi kiện", and the ruling on "Đôn đốc Tòa án giải quyết vụ kiện" (its fields appear once
 * "the court has ruled" is chosen). Screenshots: {@code target/screenshots/CourtFormsBrowserIT/}.
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
    ProcessInstance disposal = disputedProperty();
    Task await = task(disposal, "Task_AwaitSuit");
    LocalDate today = LocalDate.now(VIETNAM);

    browser.loginToTasklist("chv.kv01", "demo");
    browser.openTask(await.getId(), "Theo dõi việc khởi kiện");
    browser.claimIfNeeded();
    browser.fill("suitAcceptanceNo", "45/TB-TLVA");
    browser.fillDate("suitAcceptanceDate", today.minusDays(1));
    browser.fill("suitCourt", "Tòa án nhân dân khu vực 1 – An Giang");
    browser.screenshot("suit-accepted");
    browser.completeTask(await.getId());
    assertThat(disposal).isWaitingAt("Task_AwaitCourtRuling");

    engine
        .getManagementService()
        .executeJob(ReminderJobs.modelTimer(engine, disposal.getId()).getId());
    Task followUp = task(disposal, "Task_FollowUpCourt");
    browser.openTask(followUp.getId(), "Đôn đốc Tòa án giải quyết vụ kiện");
    browser.claimIfNeeded();
    browser.choose("courtFollowUpResult", "Tòa án đã giải quyết (có bản án, quyết định)");
    browser.choose("courtRuling", "Tài sản tiếp tục được xử lý để thi hành án");
    browser.fill("courtRulingNo", "15/2026/DS-PT");
    browser.fillDate("courtRulingDate", today);
    browser.fill("courtName", "Tòa án nhân dân tỉnh An Giang");
    browser.screenshot("court-ruled");
    browser.completeTask(followUp.getId());

    assertThat(disposal).hasPassed("EndEvent_RulingReported").isWaitingAt("Task_AppraisalContract");
    assertThat(engine.getRuntimeService().getVariable(disposal.getId(), "courtRulingNo"))
        .isEqualTo("15/2026/DS-PT");
  }

  private ProcessInstance disputedProperty() {
    return disputedProperty(engine, cases, transactions);
  }

  /**
   * A case of regional office 1 whose seized property is disputed, the parties told they may sue
   * (waiting at "Theo dõi việc khởi kiện").
   */
  static ProcessInstance disputedProperty(
      ProcessEngine engine, CaseRepository cases, PlatformTransactionManager transactions) {
    String[] number = new String[1];
    long[] id = new long[1];
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s -> {
              number[0] = cases.nextCaseNumber();
              id[0] =
                  cases.insert(
                      number[0],
                      null,
                      "thads-kv01",
                      "chv.kv01",
                      new Dossier(
                          CaseScenario.uniqueDecisionNo(),
                          LocalDate.of(2025, 9, 15),
                          "08/2025/KDTM-PT",
                          "Công ty cổ phần Nông sản Tân Hiệp",
                          "Ngân hàng TMCP Công Thương – Chi nhánh Kiên Giang",
                          new BigDecimal("4200000000"),
                          CaseCategory.PROPERTY_DISPUTE,
                          true,
                          false,
                          "Tài sản kê biên có tranh chấp.",
                          "Đề nghị xử lý tài sản."));
            });
    ProcessInstance disposal =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "PropertyDisposalProcess",
                number[0],
                Map.of(
                    "caseId",
                    id[0],
                    "caseNumber",
                    number[0],
                    "submittingAgency",
                    "thads-kv01",
                    "thirdPartyDispute",
                    true,
                    "realProperty",
                    true,
                    "propertyDescription",
                    "Quyền sử dụng đất thửa số 120, tờ bản đồ số 15, phường Rạch Giá."));
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
                      "disputeParties",
                      "Bà Nguyễn Thị Lan"));
          return null;
        });
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
