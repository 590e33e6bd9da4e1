package vn.gov.thads.bcd.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.enforcement.BlackoutRule;
import vn.gov.thads.bcd.enforcement.EnforcementRepository;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.EnforcementCases;

/**
 * The coercion forms' conditional fields in Tasklist (form-js 1.8): the seizure notice appears on
 * the briefing when the plan seizes real property; on the record of the coercion day the dispute
 * question appears when property was seized, the reason, the postponement decision and the next
 * step when the coercion was not carried out (no decision when the debtor paid). Screenshots:
 * {@code target/screenshots/CoercionFormsBrowserIT/}.
 */
class CoercionFormsBrowserIT extends BrowserTest {

  static final String OFFICER = "chv.kv01";

  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;
  @Autowired EnforcementRepository records;
  @Autowired PlatformTransactionManager transactions;
  @Autowired BlackoutRule blackout;
  @Autowired WorkingDays workingDays;

  @BeforeAll
  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  @Test
  void theOfficerRecordsTheSeizureNoticeThenACoercionNotCarriedOutAndReschedules() {
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    // The first coercion date the rules allow, two weeks ahead (10 days for the comment meeting,
    // 05 working days for the protection plan).
    LocalDate coercion = today.plusDays(14);
    while (blackout.violation(coercion.atTime(8, 0), false).isPresent()) {
      coercion = coercion.plusDays(1);
    }
    ProcessInstance enforcement = toBriefing(today, coercion, true);

    browser.loginToTasklist(OFFICER, "demo");
    Task briefing = task(enforcement, "Task_Briefing");
    browser.openTask(briefing.getId(), "Họp triển khai cưỡng chế");
    browser.claimIfNeeded();
    browser.fill("seizureNoticeNo", "14/TB-THADS");
    browser.fillDate("seizureNoticeDate", today);
    browser.fillDate("briefingDate", workingDays.previous(coercion));
    browser.fill("briefingNotes", "Phân công lực lượng.");
    browser.screenshot("briefing-seizure-notice");
    browser.completeTask(briefing.getId());
    assertThat(enforcement).isWaitingAt("Task_RecordEnforcement");
    assertThat(engine.getRuntimeService().getVariable(enforcement.getId(), "seizureNoticeNo"))
        .isEqualTo("14/TB-THADS");

    browser.loginToTasklist(OFFICER, "demo");
    Task record = task(enforcement, "Task_RecordEnforcement");
    browser.openTask(record.getId(), "Tổ chức cưỡng chế, lập biên bản");
    browser.claimIfNeeded();
    assertThat(shown("thirdPartyDispute")).isFalse();
    assertThat(shown("notCarriedOutReason")).isFalse();
    browser.choose("enforcementResult", "Đã kê biên tài sản, tiếp tục xử lý tài sản");
    assertThat(shown("thirdPartyDispute")).isTrue();
    assertThat(shown("notCarriedOutReason")).isFalse();

    browser.choose("enforcementResult", "Không tổ chức được cưỡng chế (hoãn, dừng)");
    assertThat(shown("thirdPartyDispute")).isFalse();
    assertThat(shown("enforcementRecordNo")).isFalse();
    browser.choose(
        "notCarriedOutReason", "Người phải thi hành án đã tự nguyện thi hành vào phút chót");
    assertThat(shown("postponementDecisionNo")).isFalse();
    browser.choose(
        "notCarriedOutReason",
        "Viện Kiểm sát yêu cầu hoãn (trước ít nhất 24 giờ, Điều 48 Luật Thi hành án dân sự)");
    assertThat(shown("postponementDecisionNo")).isTrue();
    browser.fillDate("enforcementRecordDate", today);
    browser.fill("notCarriedOutDetail", "Văn bản số 15/VKS-THA yêu cầu hoãn thi hành án.");
    browser.fill("postponementDecisionNo", "03/QĐ-HCC");
    browser.fillDate("postponementDecisionDate", today);
    browser.choose("afterNotCarriedOut", "Tổ chức lại: lập kế hoạch cưỡng chế mới");
    browser.screenshot("not-carried-out");
    browser.completeTask(record.getId());

    assertThat(enforcement)
        .isWaitingAt("Task_DraftEnforcementPlan")
        .hasPassed("Gateway_AfterNotCarriedOut");
    long caseId = (Long) engine.getRuntimeService().getVariable(enforcement.getId(), "caseId");
    assertThat(records.postponements(caseId))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.reason()).isEqualTo("procuracy-request");
              assertThat(p.decisionNo()).isEqualTo("03/QĐ-HCC");
              assertThat(p.nextStep()).isEqualTo("reschedule");
            });
  }

  @Test
  void withoutRealPropertyTheBriefingAsksNoSeizureNotice() {
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    LocalDate coercion = today.plusDays(14);
    while (blackout.violation(coercion.atTime(8, 0), false).isPresent()) {
      coercion = coercion.plusDays(1);
    }
    ProcessInstance enforcement = toBriefing(today, coercion, false);
    browser.loginToTasklist(OFFICER, "demo");
    Task briefing = task(enforcement, "Task_Briefing");
    browser.openTask(briefing.getId(), "Họp triển khai cưỡng chế");
    browser.claimIfNeeded();
    assertThat(shown("seizureNoticeNo")).isFalse();
    browser.fillDate("briefingDate", workingDays.previous(coercion));
    browser.fill("briefingNotes", "Phân công lực lượng.");
    browser.completeTask(briefing.getId());
    assertThat(enforcement).isWaitingAt("Task_RecordEnforcement");
  }

  /** Whether form-js renders the field (a hidden conditional field is not rendered at all). */
  private boolean shown(String key) {
    return !browser.driver().findElements(By.cssSelector("[id$='Field_" + key + "']")).stream()
        .filter(e -> e.isDisplayed())
        .toList()
        .isEmpty();
  }

  /** A case of regional office 1 whose coercion of real property waits for its briefing. */
  private ProcessInstance toBriefing(LocalDate today, LocalDate coercion, boolean realProperty) {
    EnforcementCases.Registered registered = EnforcementCases.coercionOrdered(transactions, cases);
    ProcessInstance enforcement =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "CoerciveEnforcementProcess",
                registered.caseNumber(),
                Map.of(
                    "caseId",
                    registered.caseId(),
                    "caseNumber",
                    registered.caseNumber(),
                    "submittingAgency",
                    "thads-kv01"));
    complete(
        OFFICER,
        enforcement,
        "Task_SendInfoToPolice",
        Map.of(
            "policeInfoDocNo",
            "12/TB-THADS",
            "policeInfoDate",
            today.toString(),
            "policeInfoContent",
            "Đề nghị Công an tỉnh phối hợp bảo vệ cưỡng chế."));
    complete("cv.congan", enforcement, "Task_PoliceReply", Map.of("policePosition", "agree"));
    complete(
        OFFICER,
        enforcement,
        "Task_RecordCoercionDecision",
        Map.of("coercionDecisionNo", "08/QĐ-CCTHA", "coercionDecisionDate", today.toString()));
    complete(
        OFFICER,
        enforcement,
        "Task_DraftEnforcementPlan",
        Map.of(
            "enforcementPlanNo",
            "05/KH-THADS",
            "enforcementDate",
            coercion.toString(),
            "enforcementStartTime",
            "08:00",
            "propertyDescription",
            "Quyền sử dụng đất thửa số 120, tờ bản đồ số 15.",
            "coercionCommune",
            "ubnd-p-rach-gia",
            "realProperty",
            realProperty));
    complete(
        OFFICER,
        enforcement,
        "Task_RecordCommentMeeting",
        Map.of(
            "commentMeetingDate",
            today.toString(),
            "commentMeetingParticipants",
            "Viện Kiểm sát, Công an tỉnh"));
    complete(
        "cv.congan",
        enforcement,
        "Task_ProtectionPlan",
        Map.of(
            "protectionPlanOutcome",
            "ready",
            "protectionPlanNo",
            "17/KH-CAT",
            "protectionPlanDate",
            today.toString(),
            "protectionPlanReceivedDate",
            today.toString(),
            "protectionForce",
            25L));
    assertThat(enforcement).isWaitingAt("Task_Briefing");
    return enforcement;
  }

  private void complete(
      String user, ProcessInstance instance, String key, Map<String, Object> variables) {
    CaseScenario.as(
        engine,
        user,
        () -> {
          engine.getFormService().submitTaskForm(task(instance, key).getId(), variables);
          return null;
        });
  }

  private Task task(ProcessInstance instance, String key) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }
}
