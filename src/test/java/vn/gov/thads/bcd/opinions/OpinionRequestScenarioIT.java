package vn.gov.thads.bcd.opinions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.forms.JsonList;
import vn.gov.thads.bcd.testsupport.CaseRequests;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/** Every path of the request for the committee's opinion (OpinionRequestProcess), on PostgreSQL. */
class OpinionRequestScenarioIT extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;
  @Autowired OpinionRepository opinions;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void headReturnsTheDossierAndTheOfficeResubmitsIt() {
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier("101/QĐ-THADS"));
    assertThat(c.opinionRequest()).isWaitingAt("Task_ApproveRequest");

    c.complete(
        "photruongban",
        "Task_ApproveRequest",
        Map.of(
            "approvalDecision",
            "return",
            "returnReason",
            "Bổ sung biên bản xác minh điều kiện thi hành án."));
    Task complete = c.task("Task_CompleteDossier");
    assertThat(complete).hasCandidateGroup("thads-kv01");

    Map<String, Object> corrected = CaseScenario.dossier("101/QĐ-THADS");
    corrected.put("amountVnd", 4_350_000_000L);
    c.complete("chv.kv01", complete, corrected);

    assertThat(c.opinionRequest()).isWaitingAt("Task_ApproveRequest");
    assertThat(cases.findByNumber(c.caseNumber).orElseThrow().amountVnd())
        .isEqualByComparingTo("4350000000");
  }

  @Test
  void secretariatReturnsAnIncompleteDossier() {
    CaseScenario c = CaseScenario.start(engine, "chv.kv02", CaseScenario.dossier("102/QĐ-THADS"));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    assertThatThrownBy(
            () ->
                c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "incomplete")))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .hasRootCauseMessage("Khi trả lại hồ sơ phải ghi rõ nội dung cần bổ sung.");

    c.complete(
        "thuky",
        "Task_ReviewDossier",
        Map.of("dossierComplete", "incomplete", "returnReason", "Thiếu bản án phúc thẩm."));
    c.complete("chv.kv02", "Task_CompleteDossier", CaseScenario.dossier("102/QĐ-THADS"));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));

    assertThat(c.opinionRequest()).isWaitingAt("Task_ConfirmAgencies");
  }

  @Test
  void decisionProposesAgenciesAndSecretariatAdjustsThem() {
    Map<String, Object> land = CaseScenario.dossier("103/QĐ-THADS");
    land.put("caseCategory", "tranh-chap-tai-san");
    land.put("propertyDisputed", true);
    land.put("securityRisk", true);
    land.put("amountVnd", 12_000_000_000L);
    CaseScenario c = toAgencyChoice(land, "chv.kv03");

    List<String> proposed =
        JsonList.strings(
            engine
                .getRuntimeService()
                .getVariable(c.opinionRequest().getId(), "consultedAgencies"));
    assertThat(proposed)
        .containsExactlyInAnyOrder(
            "so-tu-phap", "so-nn-mt", "toa-an-tinh", "cong-an-tinh", "so-tai-chinh");

    consult(c, List.of("so-tu-phap", "so-nn-mt", "toa-an-tinh", "cong-an-tinh", "vks-tinh"));

    List<Task> opinionTasks = c.tasks("Task_GiveOpinion");
    assertThat(opinionTasks).hasSize(5);
    Date deadline =
        (Date)
            engine.getRuntimeService().getVariable(c.opinionRequest().getId(), "opinionDeadline");
    assertThat(opinionTasks).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(deadline));
    assertThat(
            opinionTasks.stream()
                .map(
                    t ->
                        engine
                            .getTaskService()
                            .getIdentityLinksForTask(t.getId())
                            .get(0)
                            .getGroupId()))
        .containsExactlyInAnyOrder(
            "so-tu-phap", "so-nn-mt", "toa-an-tinh", "cong-an-tinh", "vks-tinh");
  }

  @Test
  void theOpinionDeadlineCountsWorkingDaysAcrossTet() {
    // Friday 13/02/2026; Tết Bính Ngọ keeps 16–20/02 off: 5 working days end on Friday 27/02 at
    // 17:00.
    ClockUtil.setCurrentTime(
        Date.from(OffsetDateTime.parse("2026-02-13T10:00:00+07:00").toInstant()));
    CaseScenario c = toAgencyChoice(CaseScenario.dossier("108/QĐ-THADS"), "chv.kv08");
    consult(c, List.of("so-tu-phap"));
    assertThat(c.task("Task_GiveOpinion").getDueDate())
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-02-27T17:00:00+07:00").toInstant()));
  }

  @Test
  void allOpinionsArriveInTime() {
    CaseScenario c = toAgencyChoice(CaseScenario.dossier("104/QĐ-THADS"), "chv.kv04");
    consult(c, List.of("so-tu-phap", "nhnn-chi-nhanh"));

    give(c, "cv.sotuphap", "so-tu-phap", "agree");
    give(c, "cv.nhnn", "nhnn-chi-nhanh", "other");

    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(c.caseNumber)
                .processDefinitionKey("OpinionRequestProcess")
                .singleResult()
                .getEndActivityId())
        .isEqualTo("EndEvent_OpinionsCollected");
    assertThat(c.main).isWaitingAt("CallActivity_MeetingConclusion");
    long caseId = cases.findByNumber(c.caseNumber).orElseThrow().id();
    assertThat(opinions.findByCase(caseId))
        .extracting(
            OpinionRepository.OpinionRow::agency,
            OpinionRepository.OpinionRow::status,
            OpinionRepository.OpinionRow::position,
            OpinionRepository.OpinionRow::givenBy)
        .containsExactly(
            Tuple.tuple("nhnn-chi-nhanh", "RECEIVED", "other", "cv.nhnn"),
            Tuple.tuple("so-tu-phap", "RECEIVED", "agree", "cv.sotuphap"));
    assertThat(c.jobs()).isEmpty();
  }

  @Test
  void anAgencyMissesTheDeadlineTheSecretariatWaitsThenProceeds() {
    CaseScenario c = toAgencyChoice(CaseScenario.dossier("105/QĐ-THADS"), "chv.kv05");
    consult(c, List.of("so-tu-phap", "nhnn-chi-nhanh", "so-tai-chinh"));
    give(c, "cv.sotuphap", "so-tu-phap", "agree");
    give(c, "cv.nhnn", "nhnn-chi-nhanh", "disagree");

    passDeadline(c);
    c.complete("thuky", "Task_DecideOnLateOpinions", Map.of("lateOpinionsDecision", "wait"));
    assertThat(c.tasks("Task_DecideOnLateOpinions")).isEmpty();
    assertThat(c.tasks("Task_GiveOpinion")).hasSize(1);

    passDeadline(c); // the extra waiting time
    c.complete("thuky", "Task_DecideOnLateOpinions", Map.of("lateOpinionsDecision", "proceed"));

    assertThat(c.tasks("Task_GiveOpinion")).isEmpty();
    assertThat(c.main).isWaitingAt("CallActivity_MeetingConclusion");
    long caseId = cases.findByNumber(c.caseNumber).orElseThrow().id();
    assertThat(opinions.findByCase(caseId))
        .filteredOn(o -> o.status().equals("MISSING"))
        .extracting(OpinionRepository.OpinionRow::agency)
        .containsExactly("so-tai-chinh");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(c.main.getId())
                .variableName("missingOpinions")
                .singleResult()
                .getValue())
        .isEqualTo(1);
  }

  @Test
  void aLateOpinionArrivingBeforeTheDecisionClosesTheConsultation() {
    CaseScenario c = toAgencyChoice(CaseScenario.dossier("106/QĐ-THADS"), "chv.kv06");
    consult(c, List.of("so-tu-phap"));
    passDeadline(c);
    assertThat(c.tasks("Task_DecideOnLateOpinions")).hasSize(1);

    give(c, "cv.sotuphap", "so-tu-phap", "agree");

    assertThat(c.tasks("Task_DecideOnLateOpinions")).isEmpty();
    assertThat(c.main).isWaitingAt("CallActivity_MeetingConclusion");
    long caseId = cases.findByNumber(c.caseNumber).orElseThrow().id();
    assertThat(opinions.findByCase(caseId))
        .extracting(OpinionRepository.OpinionRow::status)
        .containsExactly("RECEIVED");
  }

  @Test
  void restCompletionsWithBadDataAreRefusedAndChangeNothing() {
    CaseScenario c = toAgencyChoice(CaseScenario.dossier("107/QĐ-THADS"), "chv.kv07");
    Http secretary = Http.rest(port, "thuky", "demo");
    String confirm = c.task("Task_ConfirmAgencies").getId();

    Http.Response unknown =
        secretary.postJson(
            "/engine-rest/task/" + confirm + "/submit-form",
            CaseRequests.variables(
                Map.of(
                    "consultedAgencies",
                    Map.of("value", "[\"so-tu-phap\",\"so-khong-ton-tai\"]", "type", "Json"))));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText())
        .isEqualTo(
            "Cơ quan không có trong danh sách thành viên được lấy ý kiến: 'so-khong-ton-tai'.");
    Http.Response none =
        secretary.postJson(
            "/engine-rest/task/" + confirm + "/submit-form",
            CaseRequests.variables(
                Map.of("consultedAgencies", Map.of("value", "[]", "type", "Json"))));
    assertThat(none.status()).isEqualTo(400);
    assertThat(c.opinionRequest()).isWaitingAt("Task_ConfirmAgencies");

    consult(c, List.of("so-tu-phap"));
    String opinion = c.task("Task_GiveOpinion").getId();
    Http.Response empty =
        Http.rest(port, "cv.sotuphap", "demo")
            .postJson(
                "/engine-rest/task/" + opinion + "/submit-form",
                CaseRequests.variables(Map.of("opinionPosition", CaseRequests.string("agree"))));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("message").asText())
        .isEqualTo("Ý kiến chưa hợp lệ: Thiếu nội dung ý kiến.");
    assertThat(c.tasks("Task_GiveOpinion")).hasSize(1);
    assertThat(opinions.findByCase(cases.findByNumber(c.caseNumber).orElseThrow().id())).isEmpty();
  }

  private CaseScenario toAgencyChoice(Map<String, Object> dossier, String officer) {
    CaseScenario c = CaseScenario.start(engine, officer, dossier);
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    assertThat(c.opinionRequest()).isWaitingAt("Task_ConfirmAgencies");
    return c;
  }

  private void consult(CaseScenario c, List<String> agencies) {
    c.complete(
        "thuky",
        "Task_ConfirmAgencies",
        Map.of(
            "consultedAgencies",
            SpinValues.jsonValue(new ObjectMapper().valueToTree(agencies).toString()).create()));
  }

  private void give(CaseScenario c, String user, String agency, String position) {
    Lifecycle.giveOpinion(engine, c, user, agency, position);
  }

  private void passDeadline(CaseScenario c) {
    Lifecycle.passOpinionDeadline(engine, c);
  }
}
