package vn.gov.thads.bcd.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.EnforcementCases;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.ModelJobs;
import vn.gov.thads.bcd.variables.EnforcementVariables;

/**
 * The court's rulings on a disputed, seized property reach the one case they are about: over {@code
 * POST /api/cases/{caseNumber}/court-ruling} from the court's or an officer's system
 * (first-instance ruling, then its legal effect or the appeal and the appeal ruling), or on the
 * forms in Tasklist; either way they are checked and recorded the same.
 */
class CourtRulingIT extends IntegrationTest {

  static final String OFFICER = "chv.kv01";
  static final String COURT = "cv.toaan";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;
  @Autowired EnforcementRepository records;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  /**
   * A case of regional office 1 whose seized property is disputed; waiting for the court once the
   * suit is filed.
   */
  record Disputed(String caseNumber, long caseId, ProcessInstance disposal) {}

  private Disputed disputed(boolean suitFiled) {
    EnforcementCases.Registered registered = EnforcementCases.propertyDisputed(transactions, cases);
    ProcessInstance disposal =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                EnforcementVariables.DISPOSAL_PROCESS_KEY,
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
    Disputed d = new Disputed(registered.caseNumber(), registered.caseId(), disposal);
    complete(
        OFFICER,
        task(d, "Task_NotifyDispute"),
        Map.of(
            "disputeNoticeNo",
            "30/TB-THADS",
            "disputeNoticeDate",
            LocalDate.now().minusDays(1).toString(),
            "disputeValidNoticeDate",
            LocalDate.now().minusDays(1).toString(),
            "disputeBody",
            "toa-an-tinh",
            "disputeParties",
            "Bà Nguyễn Thị Lan"));
    if (suitFiled) {
      engine
          .getRuntimeService()
          .createMessageCorrelation(EnforcementVariables.MESSAGE_SUIT_FILED)
          .processInstanceId(disposal.getId())
          .setVariables(suitVariables())
          .correlate();
      postpone(d);
      assertThat(disposal).isWaitingAt("Task_AwaitCourtRuling");
    }
    return d;
  }

  /** The postponement of enforcement on the property once the suit is accepted (Art. 48). */
  private void postpone(Disputed d) {
    complete(
        OFFICER,
        task(d, "Task_PostponeProperty"),
        Map.of(
            "propertyPostponementNo",
            "12/QĐ-THADS",
            "propertyPostponementDate",
            LocalDate.now().toString()));
  }

  @Test
  void theRulingReachesTheRightCaseOfTwoWaiting() {
    Disputed first = disputed(true);
    Disputed second = disputed(true);

    Http.Response answer =
        Http.rest(port, COURT, "demo")
            .postJson(path(second.caseNumber()), ruling("property-released", "12/2026/DS-ST"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("caseNumber").asText()).isEqualTo(second.caseNumber());
    assertThat(answer.json().get("message").asText())
        .isEqualTo(
            "Đã ghi nhận bản án, quyết định sơ thẩm cho vụ việc " + second.caseNumber() + ".");
    // Not final: the case waits for the ruling's legal effect.
    assertThat(second.disposal())
        .hasPassed("EndEvent_CourtRuled")
        .isWaitingAt("Task_RulingLegalEffect");
    assertThat(first.disposal()).isWaitingAt("Task_AwaitCourtRuling");
    assertThat(records.steps(second.caseId()))
        .filteredOn(s -> s.step().equals("CourtRuling"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.documentNo()).isEqualTo("12/2026/DS-ST");
              assertThat(s.detail())
                  .isEqualTo(
                      "Tòa án nhân dân tỉnh An Giang (sơ thẩm, chưa có hiệu lực pháp luật): tài sản"
                          + " tiếp tục được xử lý để thi hành án. Xét xử sơ thẩm.");
              assertThat(s.recordedBy()).isEqualTo(COURT);
            });
    assertThat(records.steps(first.caseId())).noneMatch(s -> s.step().equals("CourtRuling"));

    // No appeal: the court reports that the ruling took legal effect; the property is disposed of.
    Http.Response effective =
        Http.rest(port, COURT, "demo")
            .postJson(
                path(second.caseNumber()),
                Map.of("stage", "effective", "effectiveDate", LocalDate.now().toString()));
    assertThat(effective.status()).as(effective.body()).isEqualTo(200);
    assertThat(second.disposal())
        .hasPassed("Event_LegalEffectReported", "Gateway_RulingInForce")
        .isWaitingAt("Task_AppraisalContract");
    assertThat(records.steps(second.caseId()))
        .filteredOn(s -> s.step().equals("RulingEffective"))
        .singleElement()
        .satisfies(s -> assertThat(s.documentNo()).isEqualTo("12/2026/DS-ST"));

    // The office that submitted the case may report too; this ruling, once in effect, takes the
    // property out of enforcement.
    assertThat(
            Http.rest(port, OFFICER, "demo")
                .postJson(path(first.caseNumber()), ruling("property-excluded", "3/2026/QĐ-ST"))
                .status())
        .isEqualTo(200);
    assertThat(first.disposal()).isWaitingAt("Task_RulingLegalEffect");
    assertThat(
            Http.rest(port, OFFICER, "demo")
                .postJson(
                    path(first.caseNumber()),
                    Map.of("stage", "effective", "effectiveDate", LocalDate.now().toString()))
                .status())
        .isEqualTo(200);
    assertThat(first.disposal()).isEnded().hasPassed("EndEvent_PropertyExcluded");
  }

  @Test
  void anUnknownCaseNumberIsNotFound() {
    Http.Response answer =
        Http.rest(port, COURT, "demo")
            .postJson(path("BCĐ-2026-9999"), ruling("property-released", "12/2026/DS-ST"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(404);
    assertThat(answer.json().get("message").asText())
        .isEqualTo("Không tìm thấy vụ việc số 'BCĐ-2026-9999'.");
  }

  @Test
  void aCaseThatDoesNotWaitForTheCourtIsAConflict() {
    Disputed beforeTheSuit = disputed(false);

    Http.Response answer =
        Http.rest(port, COURT, "demo")
            .postJson(
                path(beforeTheSuit.caseNumber()), ruling("property-released", "12/2026/DS-ST"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(409);
    assertThat(answer.json().get("message").asText())
        .isEqualTo(
            "Vụ việc "
                + beforeTheSuit.caseNumber()
                + " hiện không có tài sản nào đang chờ bản án, quyết định sơ thẩm, nên không ghi nhận"
                + " được bản án, quyết định sơ thẩm.");
    assertThat(beforeTheSuit.disposal()).isWaitingAt("Task_AwaitSuit");
    assertThat(records.steps(beforeTheSuit.caseId()))
        .noneMatch(s -> s.step().equals("CourtRuling"));
  }

  @Test
  void aBadReportIsRefusedInVietnameseAndTheCaseKeepsWaiting() {
    Disputed d = disputed(true);
    Http court = Http.rest(port, COURT, "demo");
    Map<String, Object> incomplete = ruling("property-sold", "không số");
    incomplete.put("court", "Tòa án nhân dân khu vực 9");
    incomplete.put("rulingDate", LocalDate.now().plusDays(3).toString());

    Http.Response refused = court.postJson(path(d.caseNumber()), incomplete);

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .contains(
            "Chưa chọn kết quả bản án, quyết định sơ thẩm: phải là 'Tài sản tiếp tục được xử lý để"
                + " thi hành án' hoặc 'Tài sản không thuộc người phải thi hành án'.",
            "Số bản án, quyết định sơ thẩm phải có dạng số/ký hiệu",
            "không được sau ngày hôm nay.",
            "'Tòa án nhân dân khu vực 9' không có trong danh sách tổ chức.");
    Map<String, Object> unknownField = ruling("property-released", "12/2026/DS-ST");
    unknownField.put("judge", "Nguyễn Văn A");
    Http.Response alsoRefused = court.postJson(path(d.caseNumber()), unknownField);
    assertThat(alsoRefused.status()).isEqualTo(400);
    assertThat(alsoRefused.json().get("message").asText())
        .startsWith("Trường 'judge' không thuộc bản án, quyết định sơ thẩm");
    Map<String, Object> unknownStage = ruling("property-released", "12/2026/DS-ST");
    unknownStage.put("stage", "final");
    Http.Response badStage = court.postJson(path(d.caseNumber()), unknownStage);
    assertThat(badStage.status()).isEqualTo(400);
    assertThat(badStage.json().get("message").asText()).startsWith("Trường 'stage' phải là");
    assertThat(court.postRaw(path(d.caseNumber()), "application/json", "{\"ruling\": ").status())
        .isEqualTo(400);

    assertThat(d.disposal()).isWaitingAt("Task_AwaitCourtRuling");
    assertThat(records.steps(d.caseId())).noneMatch(s -> s.step().equals("CourtRuling"));
  }

  @Test
  void onlyTheCourtsTheDisputeBodyAndTheSubmittingOfficeMayReport() {
    Disputed d = disputed(true);
    Map<String, Object> ruling = ruling("property-released", "12/2026/DS-ST");

    Http.Response otherOffice =
        Http.rest(port, "chv.kv02", "demo").postJson(path(d.caseNumber()), ruling);
    assertThat(otherOffice.status()).as(otherOffice.body()).isEqualTo(403);
    assertThat(otherOffice.json().get("message").asText())
        .startsWith(
            "Tài khoản 'chv.kv02' không có quyền báo bản án, quyết định sơ thẩm cho vụ việc "
                + d.caseNumber());
    assertThat(
            Http.rest(port, "cv.sotuphap", "demo").postJson(path(d.caseNumber()), ruling).status())
        .isEqualTo(403);
    assertThat(Http.rest(port, null, null).postJson(path(d.caseNumber()), ruling).status())
        .isEqualTo(401);
    assertThat(d.disposal()).isWaitingAt("Task_AwaitCourtRuling");

    // The regional court of the office's area (its jurisdiction in the organisation file) may.
    Http.Response regionalCourt =
        Http.rest(port, "cv.tand.kv01", "demo").postJson(path(d.caseNumber()), ruling);
    assertThat(regionalCourt.status()).as(regionalCourt.body()).isEqualTo(200);
    assertThat(d.disposal()).isWaitingAt("Task_RulingLegalEffect");
  }

  @Test
  void theOfficerRecordsTheRulingOnTheCourtFollowUpForm() {
    Disputed d = disputed(true);
    Job followUp = ModelJobs.timer(engine, d.disposal().getId());
    engine.getManagementService().executeJob(followUp.getId());
    Task task = task(d, "Task_FollowUpCourt");

    // Chosen "the court has ruled" without the ruling: refused, nothing changes.
    Map<String, Object> withoutRuling = new HashMap<>(Map.of("courtFollowUpResult", "ruled"));
    assertThatThrownBy(() -> complete(OFFICER, task, withoutRuling))
        .satisfies(e -> assertThat(root(e)).isInstanceOf(InvalidCaseDataException.class))
        .satisfies(
            e ->
                assertThat(root(e))
                    .hasMessage(
                        "Chưa chọn kết quả bản án, quyết định sơ thẩm: phải là 'Tài sản tiếp tục được xử"
                            + " lý để thi hành án' hoặc 'Tài sản không thuộc người phải thi hành án'."
                            + " Thiếu số bản án, quyết định sơ thẩm. Thiếu ngày bản án, quyết định sơ"
                            + " thẩm."));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    Map<String, Object> form =
        new HashMap<>(
            Map.of(
                "courtFollowUpResult",
                "ruled",
                "courtRuling",
                "property-released",
                "courtRulingNo",
                "15/2026/DS-PT",
                "courtRulingDate",
                LocalDate.now().toString()));
    complete(OFFICER, task, form);

    assertThat(d.disposal())
        .hasPassed("Gateway_CourtFollowUpResult", "EndEvent_RulingReported")
        .hasNotPassed("EndEvent_CourtRuled", "EndEvent_FollowUpDone")
        .isWaitingAt("Task_RulingLegalEffect");
    assertThat(records.steps(d.caseId()))
        .filteredOn(s -> s.step().equals("CourtRuling"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.documentNo()).isEqualTo("15/2026/DS-PT");
              assertThat(s.recordedBy()).isEqualTo(OFFICER);
            });
    // The court's system, a moment late, finds nothing waiting any more.
    assertThat(
            Http.rest(port, COURT, "demo")
                .postJson(path(d.caseNumber()), ruling("property-released", "15/2026/DS-PT"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void aPendingFollowUpKeepsTheCaseWaiting() {
    Disputed d = disputed(true);
    engine.getManagementService().executeJob(ModelJobs.timer(engine, d.disposal().getId()).getId());
    complete(
        COURT,
        task(d, "Task_FollowUpCourt"),
        Map.of(
            "courtFollowUpResult",
            "pending",
            "courtFollowUpDate",
            LocalDate.now().toString(),
            "courtFollowUpNotes",
            "Tòa án đã mở phiên hòa giải."));

    assertThat(d.disposal())
        .hasPassed("Gateway_CourtFollowUpResult", "EndEvent_FollowUpDone")
        .isWaitingAt("Task_AwaitCourtRuling");
    assertThatThrownBy(
            () -> {
              engine
                  .getManagementService()
                  .executeJob(ModelJobs.timer(engine, d.disposal().getId()).getId());
              complete(
                  COURT,
                  task(d, "Task_FollowUpCourt"),
                  Map.of(
                      "courtFollowUpResult",
                      "maybe",
                      "courtFollowUpDate",
                      LocalDate.now().toString(),
                      "courtFollowUpNotes",
                      "Chưa rõ."));
            })
        .hasRootCauseMessage(
            "Chưa chọn tình hình giải quyết tranh chấp: phải là 'Chưa giải quyết xong' hoặc 'Đã có"
                + " bản án, quyết định sơ thẩm'.");
  }

  @Test
  void theCourtsSystemReportsThatItAcceptedASuit() {
    Disputed other = disputed(false);
    Disputed d = disputed(false);
    Http court = Http.rest(port, COURT, "demo");

    Map<String, Object> bad = suit("không số");
    bad.put("court", "so-tu-phap");
    Http.Response refused = court.postJson(suitPath(d.caseNumber()), bad);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .isEqualTo(
            "Số thông báo thụ lý vụ án phải có dạng số/ký hiệu, ví dụ 15/KH-THADS. Cơ quan thụ lý"
                + " (Tòa án hoặc UBND) 'so-tu-phap' không có trong danh sách tổ chức.");
    assertThat(d.disposal()).isWaitingAt("Task_AwaitSuit");

    Http.Response accepted = court.postJson(suitPath(d.caseNumber()), suit("45/TB-TLVA"));

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().get("message").asText())
        .isEqualTo("Đã ghi nhận việc Tòa án thụ lý vụ án cho vụ việc " + d.caseNumber() + ".");
    assertThat(d.disposal())
        .hasPassed("Event_SuitFiled", "Gateway_SuitAccepted")
        .isWaitingAt("Task_PostponeProperty");
    assertThat(other.disposal()).isWaitingAt("Task_AwaitSuit");
    assertThat(records.steps(d.caseId()))
        .filteredOn(s -> s.step().equals("SuitFiled"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.documentNo()).isEqualTo("45/TB-TLVA");
              assertThat(s.detail())
                  .isEqualTo("Tòa án nhân dân tỉnh An Giang. Người khởi kiện: bà Nguyễn Thị Lan.");
              assertThat(s.recordedBy()).isEqualTo(COURT);
            });
    // Once the suit is accepted there is nothing more to accept.
    Http.Response again = court.postJson(suitPath(d.caseNumber()), suit("45/TB-TLVA"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("message").asText())
        .isEqualTo(
            "Vụ việc "
                + d.caseNumber()
                + " hiện không có tài sản "
                + "nào đang chờ đương sự khởi kiện, nên không ghi nhận được việc Tòa án thụ lý vụ án.");
    assertThat(
            Http.rest(port, "chv.kv02", "demo")
                .postJson(suitPath(other.caseNumber()), suit("46/TB-TLVA"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void theOfficerRecordsTheAcceptedSuitInTasklist() {
    Disputed d = disputed(false);
    Task await = task(d, "Task_AwaitSuit");
    assertThat(await).hasCandidateGroup("thads-kv01").hasCandidateGroup("toa-an-tinh");

    assertThatThrownBy(() -> complete(OFFICER, await, Map.of("suitAcceptanceNo", "45/TB-TLVA")))
        .satisfies(
            e ->
                assertThat(root(e))
                    .isInstanceOf(InvalidCaseDataException.class)
                    .hasMessage("Thiếu ngày thụ lý vụ án."));
    complete(OFFICER, await, suitVariables());

    assertThat(d.disposal())
        .hasPassed("Task_AwaitSuit", "Gateway_SuitAccepted")
        .hasNotPassed("Event_SuitFiled")
        .isWaitingAt("Task_PostponeProperty");
    assertThat(records.steps(d.caseId()))
        .filteredOn(s -> s.step().equals("SuitFiled"))
        .singleElement()
        .satisfies(s -> assertThat(s.recordedBy()).isEqualTo(OFFICER));
  }

  private static Map<String, Object> suitVariables() {
    return Map.of(
        "suitAcceptanceNo",
        "45/TB-TLVA",
        "suitAcceptanceDate",
        LocalDate.now().minusDays(1).toString());
  }

  private static Map<String, Object> suit(String number) {
    Map<String, Object> body = new HashMap<>();
    body.put("acceptanceNo", number);
    body.put("acceptanceDate", LocalDate.now().minusDays(1).toString());
    body.put("court", "toa-an-tinh");
    body.put("note", "Người khởi kiện: bà Nguyễn Thị Lan.");
    return body;
  }

  private static String suitPath(String caseNumber) {
    return "/api/cases/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8) + "/suit-filed";
  }

  /**
   * A refusal thrown where the wait for the court ends reaches the caller as itself, one thrown by
   * a task listener wrapped.
   */
  private static Throwable root(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static Map<String, Object> ruling(String outcome, String number) {
    Map<String, Object> body = new HashMap<>();
    body.put("ruling", outcome);
    body.put("rulingNo", number);
    body.put("rulingDate", LocalDate.now().minusDays(2).toString());
    body.put("stage", "first-instance");
    body.put("note", "Xét xử sơ thẩm.");
    return body;
  }

  private static String path(String caseNumber) {
    return "/api/cases/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8) + "/court-ruling";
  }

  private Task task(Disputed d, String key) {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(d.disposal().getId())
            .taskDefinitionKey(key)
            .list();
    assertThat(tasks).as("open tasks %s", key).hasSize(1);
    return tasks.get(0);
  }

  private void complete(String user, Task task, Map<String, Object> variables) {
    CaseScenario.as(
        engine,
        user,
        () -> {
          engine.getFormService().submitTaskForm(task.getId(), variables);
          return null;
        });
  }
}
