package vn.gov.thads.bcd.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/** One case through the whole main process, from the dossier to its closure. */
class CaseLifecycleScenarioIT extends IntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void fromDossierToClosureWithoutCoercion() {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv09", "301/QĐ-THADS");
    Lifecycle.holdMeeting(c);
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false,
            new Lifecycle.Row(
                "thads-kv09",
                List.of("ubnd-p-rach-gia"),
                "Phối hợp vận động người phải thi hành án",
                15)));
    c.runJobs();
    c.complete(
        "chv.kv09",
        "Task_ReportDirectiveResult",
        Map.of(
            "directiveAction",
            "report",
            "directiveResult",
            "Người phải thi hành án cam kết tự nguyện thi hành."));
    c.complete("thuky", "Task_VerifyDirectiveResult", Map.of("resultVerdict", "accept"));
    assertThat(c.main).isWaitingAt("CallActivity_FollowUp");

    Lifecycle.passTimer(engine, c, "Event_ReportDue");
    c.complete(
        "chv.kv09",
        "Task_ReportStatus",
        Map.of(
            "reportOutcome",
            "completed",
            "amountRecoveredVnd",
            4_200_000_000L,
            "statusText",
            "Đã thi hành xong toàn bộ."));
    c.complete(
        "thuky",
        "Task_FinalReport",
        Map.of(
            "finalReportText",
            "Báo cáo Ban Chỉ đạo: vụ việc đã thi hành xong.",
            "finalReportDocumentNo",
            "21/BC-BCĐ"));

    assertThat(c.main)
        .isEnded()
        .hasPassed(
            "CallActivity_RequestOpinions",
            "CallActivity_MeetingConclusion",
            "CallActivity_ExecuteDirectives",
            "CallActivity_FollowUp",
            "EndEvent_CaseClosed");
    CaseRepository.CaseRow row = cases.findByNumber(c.caseNumber).orElseThrow();
    assertThat(row.status()).isEqualTo("CLOSED");
  }

  @Test
  void coercionOrderedThePoliceDisagreeTheChairStopsItAndTheCaseIsFollowedUp() {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv10", "302/QĐ-THADS");
    Lifecycle.holdMeeting(c);
    Lifecycle.orderCoercion(c, "chv.kv10");
    assertThat(c.main)
        .isWaitingAt("CallActivity_ExecuteDirectives", "CallActivity_CoerciveEnforcement");

    Lifecycle.policeDisagreeChairStops(c, "chv.kv10");
    assertThat(c.main).isWaitingAt("CallActivity_FollowUp");
    assertThat(engine.getRuntimeService().getVariable(c.main.getId(), "enforcementOutcome"))
        .isEqualTo("stopped");

    Lifecycle.terminateAndClose(engine, c, "chv.kv10");
    assertThat(c.main)
        .isEnded()
        .hasPassed("CallActivity_CoerciveEnforcement", "EndEvent_CaseClosed");
  }
}
