package vn.gov.thads.bcd.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.caseintake.CaseCategory;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.Dossier;
import vn.gov.thads.bcd.cockpit.CaseFile;
import vn.gov.thads.bcd.cockpit.Viewer;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.CaseRequests;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.EnforcementCases;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.ModelJobs;
import vn.gov.thads.bcd.variables.EnforcementVariables;

/**
 * Every path of coercive enforcement (CoerciveEnforcementProcess, PropertyDisposalProcess), on
 * PostgreSQL.
 */
class CoerciveEnforcementScenarioIT extends IntegrationTest {

  /** Monday 02/03/2026, 08:00 in Vietnam: well clear of Tết 2026 (17/02) and its 15 days after. */
  static final OffsetDateTime START = OffsetDateTime.parse("2026-03-02T08:00:00+07:00");

  static final String OFFICER = "chv.kv01";
  static final String POLICE = "cv.congan";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;
  @Autowired EnforcementRepository records;
  @Autowired PlatformTransactionManager transactions;
  @Autowired WorkingDays workingDays;
  @Autowired CaseFile caseFile;

  ProcessInstance enforcement;
  String caseNumber;
  long caseId;

  @BeforeEach
  void startEnforcement() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    EnforcementCases.Registered registered = EnforcementCases.coercionOrdered(transactions, cases);
    caseNumber = registered.caseNumber();
    caseId = registered.caseId();
    enforcement =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                EnforcementVariables.PROCESS_KEY,
                caseNumber,
                Map.of(
                    "caseId", caseId, "caseNumber", caseNumber, "submittingAgency", "thads-kv01"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void policeAgreeAndTheEnforcementIsExecuted() {
    assertThat(enforcement).isWaitingAt("Task_SendInfoToPolice");
    assertThat(task("Task_SendInfoToPolice")).hasCandidateGroup("thads-kv01");
    sendInfoToPolice();
    Task reply = task("Task_PoliceReply");
    assertThat(reply).hasCandidateGroup("cong-an-tinh");
    // Monday 02/03/2026 + 5 working days: Monday 09/03, end of the working day.
    assertThat(reply.getDueDate())
        .isEqualTo(OffsetDateTime.parse("2026-03-09T17:00:00+07:00").toInstant());
    complete(
        POLICE,
        "Task_PoliceReply",
        Map.of("policePosition", "agree", "policeReplyDocNo", "45/CAT-PC06"));

    // The coercion decision comes before the plan: due 03 working days later (Thursday 05/03),
    // its number and date checked on the server.
    assertThat(enforcement).isWaitingAt("Task_RecordCoercionDecision");
    Task decision = task("Task_RecordCoercionDecision");
    assertThat(decision).hasCandidateGroup("thads-kv01");
    assertThat(decision.getDueDate())
        .isEqualTo(OffsetDateTime.parse("2026-03-05T17:00:00+07:00").toInstant());
    assertThatThrownBy(
            () ->
                complete(
                    OFFICER,
                    "Task_RecordCoercionDecision",
                    Map.of("coercionDecisionNo", "QĐ 08", "coercionDecisionDate", "2026-03-03")))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .hasRootCauseMessage(
            "Số quyết định cưỡng chế phải có dạng số/ký hiệu, ví dụ 15/KH-THADS."
                + " Ngày ra quyết định cưỡng chế không được sau ngày hôm nay.");
    assertThat(enforcement).isWaitingAt("Task_RecordCoercionDecision");
    decide();

    Task draft = task("Task_DraftEnforcementPlan");
    assertThat(draft.getDueDate())
        .isEqualTo(OffsetDateTime.parse("2026-03-05T17:00:00+07:00").toInstant());
    complete(OFFICER, "Task_DraftEnforcementPlan", plan("2026-03-23", "08:00", false));
    // The plan goes to the office's own procuracy and police (its jurisdiction): regional
    // procuracy 1 may now read the coercion, the provincial one was not sent it.
    // The commune's People's Committee and police take part too.
    assertThat(readers(enforcement.getId()))
        .contains("vks-kv01", "cong-an-tinh", "ubnd-p-rach-gia", "ca-p-rach-gia")
        .doesNotContain("vks-tinh");
    // Comment meeting: the configured 05 working days (Monday 09/03) come before the last day the
    // 10-day rule allows (13/03).
    assertThat(task("Task_RecordCommentMeeting").getDueDate())
        .isEqualTo(OffsetDateTime.parse("2026-03-09T17:00:00+07:00").toInstant());
    complete(
        OFFICER,
        "Task_RecordCommentMeeting",
        Map.of(
            "commentMeetingDate",
            "2026-03-12",
            "commentMeetingParticipants",
            "Viện Kiểm sát, Công an tỉnh, UBND phường Rạch Giá"));
    Task protection = task("Task_ProtectionPlan");
    assertThat(protection).hasCandidateGroup("cong-an-tinh");
    assertThat(protection.getDueDate())
        .isEqualTo(OffsetDateTime.parse("2026-03-05T17:00:00+07:00").toInstant());
    complete(POLICE, "Task_ProtectionPlan", protection("2026-03-02"));
    // Briefing one working day before Monday 23/03: Friday 20/03.
    assertThat(task("Task_Briefing").getDueDate())
        .isEqualTo(OffsetDateTime.parse("2026-03-20T17:00:00+07:00").toInstant());
    complete(OFFICER, "Task_Briefing", Map.of("briefingDate", "2026-03-20"));
    // The record of the day is due at the end of the next working day, not when coercion starts.
    assertThat(task("Task_RecordEnforcement").getDueDate())
        .isEqualTo(OffsetDateTime.parse("2026-03-24T17:00:00+07:00").toInstant());
    recordEnforcement("completed");

    assertThat(enforcement)
        .isEnded()
        .hasPassed("Task_RecordEnforcement", "EndEvent_EnforcementExecuted");
    assertThat(outcome()).isEqualTo("executed");
    EnforcementRepository.EnforcementRow row = records.findByCase(caseId).orElseThrow();
    assertThat(row.policePosition()).isEqualTo("agree");
    assertThat(row.planNo()).isEqualTo("05/KH-THADS");
    assertThat(row.plannedAt()).isEqualTo("2026-03-23T08:00");
    assertThat(row.recordNo()).isEqualTo("02/BB-CC");
    assertThat(row.outcome()).isEqualTo("executed");
    assertThat(row.coercionDecisionNo()).isEqualTo("08/QĐ-CCTHA");
    assertThat(row.coercionDecisionDate()).isEqualTo("2026-03-02");
    assertThat(row.roundNumber()).isEqualTo(1);
    assertThat(records.postponements(caseId)).isEmpty();
    assertThat(records.steps(caseId))
        .extracting(EnforcementRepository.StepRow::step)
        .containsExactly(
            "SendInfoToPolice",
            "PoliceReply",
            "RecordCoercionDecision",
            "DraftEnforcementPlan",
            "RecordCommentMeeting",
            "ProtectionPlan",
            "Briefing",
            "RecordEnforcement");
    assertThat(records.steps(caseId))
        .extracting(EnforcementRepository.StepRow::recordedBy)
        .containsExactly(OFFICER, POLICE, OFFICER, OFFICER, OFFICER, POLICE, OFFICER, OFFICER);
  }

  @Test
  void policeDisagreeAndTheChairStopsTheEnforcement() {
    sendInfoToPolice();
    assertThatThrownBy(
            () -> complete(POLICE, "Task_PoliceReply", Map.of("policePosition", "disagree")))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .hasRootCauseMessage("Thiếu lý do không thống nhất.");
    complete(
        POLICE,
        "Task_PoliceReply",
        Map.of(
            "policePosition",
            "disagree",
            "policeReplyReason",
            "Tình hình an ninh trật tự tại địa phương phức tạp, có nguy cơ tụ tập đông người."));

    Task chair = task("Task_ChairResolvesDisagreement");
    assertThat(chair).hasCandidateGroup("bcd-chair");
    complete(
        "truongban",
        chair,
        Map.of(
            "chairDecision",
            "stop",
            "chairReason",
            "Tạm dừng cưỡng chế, giao UBND phường vận động người phải thi hành án tự nguyện thi hành."));

    assertThat(enforcement)
        .isEnded()
        .hasPassed("EndEvent_EnforcementStopped")
        .hasNotPassed("Task_RecordCoercionDecision", "Task_DraftEnforcementPlan");
    assertThat(outcome()).isEqualTo("stopped");
    EnforcementRepository.EnforcementRow row = records.findByCase(caseId).orElseThrow();
    assertThat(row.policePosition()).isEqualTo("disagree");
    assertThat(row.chairDecision()).isEqualTo("stop");
    assertThat(row.outcome()).isEqualTo("stopped");
  }

  @Test
  void policeDisagreeAndTheChairOrdersTheEnforcementToProceed() {
    sendInfoToPolice();
    complete(
        POLICE,
        "Task_PoliceReply",
        Map.of(
            "policePosition", "disagree", "policeReplyReason", "Đề nghị lùi thời gian cưỡng chế."));
    complete(
        "truongban",
        "Task_ChairResolvesDisagreement",
        Map.of(
            "chairDecision",
            "proceed",
            "chairReason",
            "Tiếp tục cưỡng chế; Công an tỉnh bố trí lực lượng bảo vệ."));

    assertThat(enforcement)
        .isWaitingAt("Task_RecordCoercionDecision")
        .hasPassed("Task_ChairResolvesDisagreement");
    assertThat(records.findByCase(caseId).orElseThrow().chairDecision()).isEqualTo("proceed");
  }

  @Test
  void theDayOfWarInvalidsIsRefusedOnlyWhenTheDossierSaysTheDebtorIsAPolicyBeneficiary() {
    toPlan();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s ->
                cases.updateDossier(
                    caseId,
                    new Dossier(
                            CaseScenario.uniqueDecisionNo(),
                            LocalDate.of(2025, 9, 15),
                            "08/2025/KDTM-PT",
                            "Ông Nguyễn Văn Bình (thương binh hạng 2/4)",
                            "Ngân hàng TMCP Công Thương – Chi nhánh Kiên Giang",
                            new BigDecimal("4200000000"),
                            CaseCategory.BANK_CREDIT,
                            false,
                            false,
                            "Người phải thi hành án không tự nguyện thi hành.",
                            "Đề nghị tổ chức cưỡng chế kê biên quyền sử dụng đất.")
                        .withDebtorPolicyBeneficiary(true)));
    assertThat(cases.debtorPolicyBeneficiary(caseId)).isTrue();
    refused(
        plan("2026-07-27", "08:00", false),
        "Ngày cưỡng chế 27/07/2026 là Ngày Thương binh – Liệt sĩ (27/7), ngày truyền thống của"
            + " đối tượng chính sách, mà người phải thi hành án là người có công, thuộc diện"
            + " chính sách, không được tổ chức cưỡng chế (Điều 46 Luật Thi hành án dân sự;"
            + " Điều 13 Nghị định 62/2015/NĐ-CP).");
    assertThat(enforcement).isWaitingAt("Task_DraftEnforcementPlan");
    assertThat(records.findByCase(caseId).orElseThrow().planNo()).isNull();

    complete(OFFICER, "Task_DraftEnforcementPlan", plan("2026-07-28", "08:00", false));
    assertThat(enforcement).isWaitingAt("Task_RecordCommentMeeting");
    assertThat(records.findByCase(caseId).orElseThrow().plannedAt()).isEqualTo("2026-07-28T08:00");
  }

  @Test
  void theDayOfWarInvalidsIsAllowedWhenTheDebtorIsNoPolicyBeneficiary() {
    toPlan();
    assertThat(cases.debtorPolicyBeneficiary(caseId)).isFalse();
    complete(OFFICER, "Task_DraftEnforcementPlan", plan("2026-07-27", "08:00", false));
    assertThat(enforcement).isWaitingAt("Task_RecordCommentMeeting");
  }

  @Test
  void blackoutDatesAreRefusedWithTheRuleAndChangeNothing() {
    toPlan();
    String basis = " (Điều 46 Luật Thi hành án dân sự; Điều 13 Nghị định 62/2015/NĐ-CP).";
    refused(
        plan("2026-03-23", "22:30", false),
        "Giờ cưỡng chế 22:30 nằm trong khoảng từ 22:00 đến 06:00 sáng hôm sau, không được tổ chức cưỡng chế"
            + basis);
    refused(
        plan("2026-03-24", "05:45", false),
        "Giờ cưỡng chế 05:45 nằm trong khoảng từ 22:00 đến 06:00 sáng hôm sau, không được tổ chức cưỡng chế"
            + basis);
    refused(
        plan("2026-04-30", "08:00", false),
        "Ngày cưỡng chế 30/04/2026 là ngày nghỉ lễ Ngày Chiến thắng (30/4), không được tổ chức"
            + " cưỡng chế"
            + basis);
    refused(
        plan("2026-04-27", "08:00", false),
        "Ngày cưỡng chế 27/04/2026 là ngày nghỉ bù, hoán đổi theo lịch nghỉ lễ, Tết năm 2026,"
            + " không được tổ chức cưỡng chế"
            + basis);
    refused(
        plan("2026-03-21", "08:00", false),
        "Ngày cưỡng chế 21/03/2026 là thứ Bảy, ngày nghỉ hằng tuần, không được tổ chức cưỡng chế"
            + basis);
    refused(
        plan("2027-02-10", "08:00", false),
        "Ngày cưỡng chế 10/02/2027 nằm trong 15 ngày sau Tết Nguyên đán (06/02/2027), không được tổ chức cưỡng chế"
            + basis);
    refused(
        plan("2027-01-25", "08:00", false),
        "Ngày cưỡng chế 25/01/2027 nằm trong 15 ngày trước Tết Nguyên đán (06/02/2027), không được tổ chức cưỡng chế"
            + basis);
    refused(plan("2026-02-20", "08:00", false), "Ngày giờ cưỡng chế 20/02/2026 08:00 đã qua.");
    // The commune that takes part is one of the organisation file's communes.
    Map<String, Object> noCommune = new HashMap<>(plan("2026-03-23", "08:00", false));
    noCommune.remove("coercionCommune");
    refused(noCommune, "Chưa chọn Ủy ban nhân dân xã, phường nơi cưỡng chế.");
    Map<String, Object> province = new HashMap<>(plan("2026-03-23", "08:00", false));
    province.put("coercionCommune", "ubnd-tinh");
    refused(
        province,
        "Ủy ban nhân dân tỉnh An Giang không phải Ủy ban nhân dân cấp xã trong tệp tổ chức.");
    refused(
        plan("2026-03-10", "08:00", false),
        "Ngày cưỡng chế 10/03/2026 quá gần: phải cách hôm nay ít nhất"
            + " 10 ngày để họp góp ý kế hoạch (sớm nhất 12/03/2026).");

    // Over engine-rest, as Tasklist would submit it: 400 with the same message.
    Http officer = Http.rest(port, OFFICER, "demo");
    Map<String, Object> body = new HashMap<>();
    body.put("enforcementPlanNo", CaseRequests.string("05/KH-THADS"));
    body.put("enforcementDate", CaseRequests.string("2027-02-10"));
    body.put("enforcementStartTime", CaseRequests.string("08:00"));
    body.put(
        "propertyDescription",
        CaseRequests.string("Quyền sử dụng đất thửa số 120, tờ bản đồ số 15."));
    body.put("coercionCommune", CaseRequests.string("ubnd-p-rach-gia"));
    Http.Response response =
        officer.postJson(
            "/engine-rest/task/" + task("Task_DraftEnforcementPlan").getId() + "/submit-form",
            CaseRequests.variables(body));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText())
        .isEqualTo(
            "Ngày cưỡng chế 10/02/2027 nằm trong 15 ngày sau Tết Nguyên đán (06/02/2027), không được tổ chức cưỡng chế"
                + basis);

    assertThat(enforcement).isWaitingAt("Task_DraftEnforcementPlan");
    assertThat(engine.getRuntimeService().getVariable(enforcement.getId(), "enforcementDate"))
        .isNull();
    assertThat(records.findByCase(caseId).orElseThrow().planNo()).isNull();

    complete(OFFICER, "Task_DraftEnforcementPlan", plan("2026-03-12", "06:00", false));
    assertThat(enforcement).isWaitingAt("Task_RecordCommentMeeting");
    // Coercion on 12/03: the meeting is due on 02/03, the last day 10 days before, not on the
    // configured 05 working days (09/03), which the rule would not allow.
    assertThat(task("Task_RecordCommentMeeting").getDueDate())
        .isEqualTo(OffsetDateTime.parse("2026-03-02T17:00:00+07:00").toInstant());
    assertThatThrownBy(
            () ->
                complete(
                    OFFICER,
                    "Task_RecordCommentMeeting",
                    Map.of(
                        "commentMeetingDate",
                        "2026-03-03",
                        "commentMeetingParticipants",
                        "Viện Kiểm sát, Công an tỉnh")))
        .hasRootCauseMessage(
            "Cuộc họp góp ý ngày 03/03/2026 phải được tổ chức ít nhất 10 ngày trước ngày cưỡng chế"
                + " (12/03/2026), tức là chậm nhất ngày 02/03/2026.");
  }

  @Test
  void aPostponedCoercionIsRescheduledFromThePlanAndThenCompleted() {
    toCoercionDay();

    // The procuracy asked for a postponement the working day before (Art. 48).
    clock("2026-03-23T09:00");
    Map<String, Object> postponed =
        notCarriedOut(
            "procuracy-request",
            "Văn bản số 15/VKS-THA ngày 20/03/2026 yêu cầu hoãn thi hành án.",
            "reschedule");
    refused(
        "Task_RecordEnforcement",
        OFFICER,
        postponed,
        "Thiếu số quyết định hoãn cưỡng chế. Thiếu ngày quyết định hoãn cưỡng chế.");
    assertThat(records.postponements(caseId)).isEmpty();

    postponed.put("postponementDecisionNo", "03/QĐ-HCC");
    postponed.put("postponementDecisionDate", "2026-03-20");
    complete(OFFICER, "Task_RecordEnforcement", postponed);

    // Back to the plan, with the same rules: the 10 days of the comment meeting from today.
    assertThat(enforcement)
        .isWaitingAt("Task_DraftEnforcementPlan")
        .hasPassed("Gateway_AfterNotCarriedOut");
    assertThat(variable("coercionRound")).isEqualTo(2);
    assertThat(records.postponements(caseId))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.roundNumber()).isEqualTo(1);
              assertThat(p.plannedAt()).isEqualTo("2026-03-23T08:00");
              assertThat(p.reason()).isEqualTo("procuracy-request");
              assertThat(p.decisionNo()).isEqualTo("03/QĐ-HCC");
              assertThat(p.decisionDate()).isEqualTo("2026-03-20");
              assertThat(p.nextStep()).isEqualTo("reschedule");
              assertThat(p.recordedBy()).isEqualTo(OFFICER);
            });
    refused(
        plan("2026-03-30", "08:00", false),
        "Ngày cưỡng chế 30/03/2026 quá gần: phải cách hôm nay ít nhất"
            + " 10 ngày để họp góp ý kế hoạch (sớm nhất 02/04/2026).");
    refused(
        plan("2026-04-04", "08:00", false),
        "Ngày cưỡng chế 04/04/2026 là thứ Bảy, ngày nghỉ hằng tuần, không được tổ chức cưỡng chế"
            + " (Điều 46 Luật Thi hành án dân sự; Điều 13 Nghị định 62/2015/NĐ-CP).");
    complete(OFFICER, "Task_DraftEnforcementPlan", plan("2026-04-06", "08:00", false));
    EnforcementRepository.EnforcementRow replanned = records.findByCase(caseId).orElseThrow();
    assertThat(replanned.roundNumber()).isEqualTo(2);
    assertThat(replanned.plannedAt()).isEqualTo("2026-04-06T08:00");
    assertThat(replanned.result()).isNull();
    // Monday 23/03 + 05 working days (30/03) comes after 06/04 − 10 days (27/03).
    assertThat(task("Task_RecordCommentMeeting").getDueDate())
        .isEqualTo(OffsetDateTime.parse("2026-03-27T17:00:00+07:00").toInstant());
    commentMeetingAndProtection("2026-03-26", "2026-03-23");
    complete(OFFICER, "Task_Briefing", Map.of("briefingDate", "2026-04-03"));
    assertThat(task("Task_RecordEnforcement").getDueDate())
        .isEqualTo(OffsetDateTime.parse("2026-04-07T17:00:00+07:00").toInstant());
    clock("2026-04-06T16:00");
    complete(
        OFFICER,
        "Task_RecordEnforcement",
        Map.of(
            "enforcementRecordNo",
            "04/BB-CC",
            "enforcementRecordDate",
            "2026-04-06",
            "enforcementResult",
            "completed"));

    assertThat(enforcement).isEnded().hasPassed("EndEvent_EnforcementExecuted");
    assertThat(outcome()).isEqualTo("executed");
    EnforcementRepository.EnforcementRow row = records.findByCase(caseId).orElseThrow();
    assertThat(row.roundNumber()).isEqualTo(2);
    assertThat(row.recordNo()).isEqualTo("04/BB-CC");
    // The case page shows the coercion's progress: the decision, the round, the postponement.
    CaseFile.EnforcementView view =
        caseFile
            .of(new Viewer("thuky", List.of("bcd-secretariat"), true), caseNumber)
            .enforcements()
            .get(0);
    assertThat(view.coercionDecisionNo()).isEqualTo("08/QĐ-CCTHA");
    assertThat(view.roundNumber()).isEqualTo(2);
    assertThat(view.outcome()).isEqualTo("Đã cưỡng chế thi hành");
    assertThat(view.postponements())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.plannedAt()).isEqualTo("23/03/2026 08:00");
              assertThat(p.reason()).isEqualTo("Viện Kiểm sát yêu cầu hoãn (Điều 48)");
              assertThat(p.decisionNo()).isEqualTo("03/QĐ-HCC");
              assertThat(p.nextStep()).isEqualTo("Tổ chức lại");
            });
    assertThat(view.steps())
        .extracting(CaseFile.StepView::stepLabel)
        .contains("Ra quyết định cưỡng chế", "Tổ chức cưỡng chế, lập biên bản");
    assertThat(records.steps(caseId))
        .extracting(EnforcementRepository.StepRow::step)
        .containsSubsequence(
            "DraftEnforcementPlan",
            "RecordEnforcement",
            "DraftEnforcementPlan",
            "RecordCommentMeeting",
            "ProtectionPlan",
            "Briefing",
            "RecordEnforcement");
  }

  @Test
  void theDebtorPaysAtTheLastMomentAndTheEnforcementEndsWithoutAPostponementDecision() {
    toCoercionDay();
    clock("2026-03-23T08:30");
    complete(
        OFFICER,
        "Task_RecordEnforcement",
        notCarriedOut(
            "debtor-paid",
            "Người phải thi hành án nộp đủ 4.200.000.000 đồng trước giờ cưỡng chế.",
            "end"));

    assertThat(enforcement).isEnded().hasPassed("EndEvent_DebtorPaid");
    assertThat(outcome()).isEqualTo("paid");
    assertThat(records.findByCase(caseId).orElseThrow().outcome()).isEqualTo("paid");
    assertThat(records.postponements(caseId))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.reason()).isEqualTo("debtor-paid");
              assertThat(p.decisionNo()).isNull();
              assertThat(p.nextStep()).isEqualTo("end");
            });
  }

  @Test
  void aCoercionCalledOffForSecurityEndsWithThePostponementRecorded() {
    toCoercionDay();
    clock("2026-03-23T10:00");
    Map<String, Object> calledOff =
        notCarriedOut("security", "Đông người tụ tập, không bảo đảm an ninh, trật tự.", "end");
    calledOff.put("postponementDecisionNo", "04/QĐ-HCC");
    calledOff.put("postponementDecisionDate", "2026-03-23");
    complete(OFFICER, "Task_RecordEnforcement", calledOff);

    assertThat(enforcement).isEnded().hasPassed("EndEvent_CoercionNotCarriedOut");
    assertThat(outcome()).isEqualTo("postponed-ended");
    assertThat(records.findByCase(caseId).orElseThrow().outcome()).isEqualTo("postponed-ended");
    assertThat(records.postponements(caseId))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.reason()).isEqualTo("security");
              assertThat(p.decisionNo()).isEqualTo("04/QĐ-HCC");
              assertThat(p.nextStep()).isEqualTo("end");
            });
  }

  @Test
  void aSeizureNoticeOfRealPropertyLessThanThreeWorkingDaysAheadIsRefusedAndNothingIsKept() {
    toPlan();
    complete(OFFICER, "Task_DraftEnforcementPlan", plan("2026-03-23", "08:00", true));
    commentMeetingAndProtection("2026-03-12", "2026-03-02");
    clock("2026-03-20T08:00");
    refused(
        "Task_Briefing",
        OFFICER,
        Map.of("briefingDate", "2026-03-20"),
        "Thiếu số thông báo kê biên bất động sản. Thiếu ngày thông báo kê biên.");
    refused(
        "Task_Briefing",
        OFFICER,
        briefing("2026-03-20", "2026-03-19"),
        "Thông báo kê biên bất động sản ngày 19/03/2026 là quá muộn: phải thông báo trước ngày"
            + " cưỡng chế (23/03/2026) ít nhất 03 ngày làm việc, tức là chậm nhất ngày 18/03/2026.");
    assertThat(variable("seizureNoticeDate")).isNull();
    assertThat(variable("briefingDate")).isNull();
    assertThat(records.steps(caseId))
        .extracting(EnforcementRepository.StepRow::step)
        .doesNotContain("Briefing", "SeizureNotice");

    complete(OFFICER, "Task_Briefing", briefing("2026-03-20", "2026-03-18"));
    assertThat(enforcement).isWaitingAt("Task_RecordEnforcement");
    assertThat(records.steps(caseId))
        .filteredOn(s -> s.step().equals("SeizureNotice"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.documentNo()).isEqualTo("14/TB-THADS");
              assertThat(s.stepDate()).isEqualTo("2026-03-18");
            });
    assertThat(
            caseFile
                .of(new Viewer("thuky", List.of("bcd-secretariat"), true), caseNumber)
                .enforcements()
                .get(0)
                .steps())
        .extracting(CaseFile.StepView::stepLabel)
        .contains("Thông báo kê biên bất động sản", "Họp triển khai cưỡng chế");
  }

  @Test
  void aProtectionPlanThatReachesTheOfficeLessThanFiveWorkingDaysAheadIsRefused() {
    toPlan();
    complete(OFFICER, "Task_DraftEnforcementPlan", plan("2026-03-23", "08:00", false));
    complete(
        OFFICER,
        "Task_RecordCommentMeeting",
        Map.of(
            "commentMeetingDate",
            "2026-03-12",
            "commentMeetingParticipants",
            "Viện Kiểm sát, Công an tỉnh"));
    // Due: 03 working days after the plan (05/03), before 23/03 − 05 working days (16/03).
    assertThat(task("Task_ProtectionPlan").getDueDate())
        .isEqualTo(OffsetDateTime.parse("2026-03-05T17:00:00+07:00").toInstant());
    clock("2026-03-17T10:00");
    refused(
        "Task_ProtectionPlan",
        POLICE,
        protection("2026-03-17"),
        "Kế hoạch bảo vệ cưỡng chế đến cơ quan Thi hành án ngày 17/03/2026 là quá muộn: phải đến"
            + " trước ngày cưỡng chế (23/03/2026) ít nhất 05 ngày làm việc, tức là chậm nhất ngày"
            + " 16/03/2026.");
    assertThat(variable("protectionPlanReceivedDate")).isNull();
    assertThat(records.steps(caseId))
        .extracting(EnforcementRepository.StepRow::step)
        .doesNotContain("ProtectionPlan");

    complete(POLICE, "Task_ProtectionPlan", protection("2026-03-16"));
    assertThat(enforcement).isWaitingAt("Task_Briefing");
  }

  @Test
  void policeWhoCannotProtectThePlannedDayAskForANewPlanWithTheirReason() {
    toPlan();
    complete(OFFICER, "Task_DraftEnforcementPlan", plan("2026-03-23", "08:00", false));
    complete(
        OFFICER,
        "Task_RecordCommentMeeting",
        Map.of(
            "commentMeetingDate",
            "2026-03-12",
            "commentMeetingParticipants",
            "Viện Kiểm sát, Công an tỉnh"));
    clock("2026-03-17T10:00");
    refused(
        "Task_ProtectionPlan",
        POLICE,
        Map.of("protectionPlanOutcome", "too-late"),
        "Đề nghị lùi ngày cưỡng chế chưa hợp lệ: Thiếu lý do đề nghị lùi ngày cưỡng chế.");
    assertThat(variable("coercionRound")).isEqualTo(1);

    complete(
        POLICE,
        "Task_ProtectionPlan",
        Map.of(
            "protectionPlanOutcome",
            "too-late",
            "protectionDelayReason",
            "Lực lượng đang bảo vệ một sự kiện lớn của tỉnh đến hết 25/03/2026."));
    // Back to the office, which plans the coercion again (next round), with the same rules.
    assertThat(enforcement).isWaitingAt("Task_DraftEnforcementPlan");
    assertThat(variable("coercionRound")).isEqualTo(2);
    assertThat(records.steps(caseId))
        .filteredOn(st -> st.step().equals("ProtectionPlan"))
        .singleElement()
        .satisfies(
            st ->
                assertThat(st.detail())
                    .isEqualTo(
                        "Công an đề nghị lùi ngày cưỡng chế: Lực lượng đang bảo vệ một sự kiện lớn"
                            + " của tỉnh đến hết 25/03/2026."));
    complete(OFFICER, "Task_DraftEnforcementPlan", plan("2026-04-08", "08:00", false));
    assertThat(enforcement).isWaitingAt("Task_RecordCommentMeeting");
  }

  @Test
  void disputedPropertyWithASuitWaitsForTheCourtWhichTakesThePropertyOut() {
    toSeizure(true);
    complete(
        OFFICER,
        "Task_NotifyDispute",
        Map.of(
            "disputeNoticeNo",
            "30/TB-THADS",
            "disputeNoticeDate",
            "2026-03-23",
            "disputeValidNoticeDate",
            "2026-03-23",
            "disputeBody",
            "toa-an-tinh",
            "disputeParties",
            "Bà Nguyễn Thị Lan, tổ 5, phường Rạch Giá"));
    ProcessInstance disposal = disposal();
    assertThat(disposal).isWaitingAt("Task_AwaitSuit");

    engine
        .getRuntimeService()
        .createMessageCorrelation(EnforcementVariables.MESSAGE_SUIT_FILED)
        .processInstanceBusinessKey(caseNumber)
        .setVariables(suit())
        .correlate();
    postponeProperty();
    assertThat(disposal).isWaitingAt("Task_AwaitCourtRuling");

    // Every 30 days the court (or the officer) is asked how the suit stands.
    Job followUp = timer(disposal);
    assertThat(followUp.getDuedate())
        .isEqualTo(OffsetDateTime.parse("2026-03-23T15:00:00+07:00").plusDays(30).toInstant());
    fire(followUp);
    Task task = task("Task_FollowUpCourt");
    assertThat(task).hasCandidateGroup("toa-an-tinh");
    complete(
        "cv.toaan",
        task,
        Map.of(
            "courtFollowUpDate",
            today(),
            "courtFollowUpNotes",
            "Tòa án đang thu thập chứng cứ, dự kiến xét xử trong quý III."));
    assertThat(timer(disposal).getDuedate()).isAfter(followUp.getDuedate());

    engine
        .getRuntimeService()
        .createMessageCorrelation(EnforcementVariables.MESSAGE_COURT_RULED)
        .processInstanceBusinessKey(caseNumber)
        .setVariables(ruling("property-excluded"))
        .correlate();
    rulingTakesEffect();

    assertThat(disposal)
        .isEnded()
        .hasPassed("Task_FollowUpCourt", "EndEvent_PropertyExcluded")
        .hasNotPassed("Task_AppraisalContract");
    assertThat(enforcement).isEnded().hasPassed("EndEvent_PropertyInCourt");
    assertThat(outcome()).isEqualTo("property-in-court");
    assertThat(records.findByCase(caseId).orElseThrow().outcome()).isEqualTo("property-in-court");
    assertThat(ModelJobs.of(engine, disposal.getId())).isEmpty();
    // The case page names the steps the court reported.
    assertThat(
            caseFile
                .of(new Viewer("thuky", List.of("to-thu-ky"), true), caseNumber)
                .enforcements()
                .get(0)
                .steps())
        .extracting(CaseFile.StepView::stepLabel)
        .containsSubsequence(
            "Thông báo quyền khởi kiện, yêu cầu giải quyết tranh chấp",
            "Tòa án thông báo thụ lý vụ án",
            "Quyết định hoãn thi hành đối với tài sản",
            "Bản án, quyết định sơ thẩm",
            "Bản án, quyết định sơ thẩm có hiệu lực pháp luật");
  }

  @Test
  void disputedPropertyWithASuitTheCourtReleasesThePropertyAndEnforcementContinues() {
    toSeizure(true);
    complete(
        OFFICER,
        "Task_NotifyDispute",
        Map.of(
            "disputeNoticeNo",
            "31/TB-THADS",
            "disputeNoticeDate",
            "2026-03-23",
            "disputeValidNoticeDate",
            "2026-03-23",
            "disputeBody",
            "toa-an-tinh",
            "disputeParties",
            "Ông Trần Văn Bình, khu phố 3, phường Rạch Giá"));
    ProcessInstance disposal = disposal();
    engine
        .getRuntimeService()
        .createMessageCorrelation(EnforcementVariables.MESSAGE_SUIT_FILED)
        .processInstanceBusinessKey(caseNumber)
        .setVariables(suit())
        .correlate();
    postponeProperty();
    moveClock(Duration.ofDays(12));
    engine
        .getRuntimeService()
        .createMessageCorrelation(EnforcementVariables.MESSAGE_COURT_RULED)
        .processInstanceBusinessKey(caseNumber)
        .setVariables(ruling("property-released"))
        .correlate();
    rulingTakesEffect();

    assertThat(disposal)
        .isWaitingAt("Task_AppraisalContract")
        .hasPassed("EndEvent_CourtRuled", "Task_RulingLegalEffect")
        .hasNotPassed("Task_FollowUpCourt", "EndEvent_PropertyExcluded");
    assertThat(task("Task_AppraisalContract").getDueDate())
        .isEqualTo(workingDaysLater(ClockUtil.getCurrentTime(), 5));
    assertThat(ModelJobs.of(engine, disposal.getId())).isEmpty();
  }

  @Test
  void disputedPropertyWithoutASuitWithin30DaysGoesToAppraisal() {
    toSeizure(true);
    complete(
        OFFICER,
        "Task_NotifyDispute",
        Map.of(
            "disputeNoticeNo",
            "30/TB-THADS",
            "disputeNoticeDate",
            "2026-03-23",
            "disputeValidNoticeDate",
            "2026-03-23",
            "disputeBody",
            "toa-an-tinh",
            "disputeParties",
            "Bà Nguyễn Thị Lan, tổ 5, phường Rạch Giá"));
    ProcessInstance disposal = disposal();
    Job deadline = timer(disposal);
    // 30 days from the parties' valid notice (23/03/2026), to the end of the last day.
    assertThat(deadline.getDuedate())
        .isEqualTo(OffsetDateTime.parse("2026-04-22T23:59:00+07:00").toInstant());

    fire(deadline);

    assertThat(disposal)
        .isWaitingAt("Task_AppraisalContract")
        .hasPassed("Event_SuitPeriodExpired")
        .hasNotPassed("Event_SuitFiled");
    assertThat(task("Task_AppraisalContract").getDueDate())
        .isEqualTo(workingDaysLater(ClockUtil.getCurrentTime(), 5));
  }

  @Test
  void appraisalAndAuctionRespectTheirDeadlinesAndTheEnforcementIsExecuted() {
    toSeizure(false);
    ProcessInstance disposal = disposal();
    assertThat(disposal).isWaitingAt("Task_AppraisalContract").hasNotPassed("Task_NotifyDispute");
    Date seizure = ClockUtil.getCurrentTime();
    assertThat(task("Task_AppraisalContract").getDueDate()).isEqualTo(workingDaysLater(seizure, 5));
    complete(
        OFFICER,
        "Task_AppraisalContract",
        Map.of(
            "appraisalContractNo",
            "08/2026/HĐ-TĐG",
            "appraisalContractDate",
            today(),
            "appraiser",
            "Công ty TNHH Thẩm định giá Miền Nam"));

    moveClock(Duration.ofDays(20));
    assertThatThrownBy(
            () ->
                complete(
                    OFFICER,
                    "Task_RecordValuation",
                    Map.of("valuationDate", today(), "valuationVnd", -5L)))
        .hasRootCauseMessage(
            "Giá trị tài sản theo chứng thư (đồng) phải là số tiền dương, không có phần lẻ.");
    complete(
        OFFICER,
        "Task_RecordValuation",
        Map.of("valuationDate", today(), "valuationVnd", 5_600_000_000L));
    Date valuation = ClockUtil.getCurrentTime();
    assertThat(task("Task_AuctionContract").getDueDate()).isEqualTo(plusDays(valuation, 10));

    moveClock(Duration.ofDays(4));
    complete(
        OFFICER,
        "Task_AuctionContract",
        Map.of(
            "auctionContractNo",
            "11/2026/HĐ-ĐG",
            "auctionContractDate",
            today(),
            "auctioneer",
            "Công ty Đấu giá hợp danh Kiên Giang"));
    Date contract = ClockUtil.getCurrentTime();
    // Real property: 45 days from the contract (movables: 30).
    assertThat(task("Task_Auction").getDueDate()).isEqualTo(plusDays(contract, 45));

    moveClock(Duration.ofDays(40));
    complete(
        OFFICER,
        "Task_Auction",
        Map.of("auctionDate", today(), "auctionResult", "sold", "salePriceVnd", 5_750_000_000L));
    // Hand-over to the buyer (Art. 103).
    complete(
        OFFICER,
        "Task_HandOver",
        Map.of(
            "handOverResult",
            "handed-over",
            "handOverRecordNo",
            "21/BB-THADS",
            "handOverDate",
            today()));

    assertThat(disposal).isEnded().hasPassed("EndEvent_PropertySold");
    assertThat(enforcement)
        .isEnded()
        .hasPassed("CallActivity_PropertyDisposal", "EndEvent_EnforcementExecuted");
    assertThat(outcome()).isEqualTo("executed");
    assertThat(records.steps(caseId))
        .filteredOn(s -> s.step().equals("Auction"))
        .singleElement()
        .satisfies(s -> assertThat(s.amountVnd()).isEqualByComparingTo("5750000000"));
    // The case page shows the disposal's steps with the coercion that called it, named.
    assertThat(
            caseFile
                .of(new Viewer("thuky", List.of("to-thu-ky"), true), caseNumber)
                .enforcements()
                .get(0)
                .steps())
        .extracting(CaseFile.StepView::stepLabel)
        .contains("Tổ chức bán đấu giá", "Giao tài sản cho người mua được tài sản");
  }

  // --- steps shared by the paths ---

  private void sendInfoToPolice() {
    complete(
        OFFICER,
        "Task_SendInfoToPolice",
        Map.of(
            "policeInfoDocNo",
            "12/TB-THADS",
            "policeInfoDate",
            "2026-03-02",
            "policeInfoContent",
            "Đề nghị Công an tỉnh phối hợp bảo vệ cưỡng chế kê biên quyền sử dụng đất."));
  }

  private void toPlan() {
    sendInfoToPolice();
    complete(POLICE, "Task_PoliceReply", Map.of("policePosition", "agree"));
    decide();
    assertThat(enforcement).isWaitingAt("Task_DraftEnforcementPlan");
  }

  private void decide() {
    complete(
        OFFICER,
        "Task_RecordCoercionDecision",
        Map.of("coercionDecisionNo", "08/QĐ-CCTHA", "coercionDecisionDate", "2026-03-02"));
  }

  /** The comment meeting and the police's protection plan, received on the given day. */
  /** Coercion planned for 23/03/2026 08:00, everything before the day done. */
  private void toCoercionDay() {
    toPlan();
    complete(OFFICER, "Task_DraftEnforcementPlan", plan("2026-03-23", "08:00", false));
    commentMeetingAndProtection("2026-03-12", "2026-03-02");
    complete(OFFICER, "Task_Briefing", Map.of("briefingDate", "2026-03-20"));
  }

  /** The record of a coercion day of 23/03/2026 that was not carried out, then the next step. */
  private static Map<String, Object> notCarriedOut(String reason, String detail, String next) {
    Map<String, Object> record = new HashMap<>();
    record.put("enforcementRecordDate", "2026-03-23");
    record.put("enforcementResult", "not-carried-out");
    record.put("notCarriedOutReason", reason);
    record.put("notCarriedOutDetail", detail);
    record.put("afterNotCarriedOut", next);
    return record;
  }

  private void commentMeetingAndProtection(String meeting, String received) {
    complete(
        OFFICER,
        "Task_RecordCommentMeeting",
        Map.of(
            "commentMeetingDate",
            meeting,
            "commentMeetingParticipants",
            "Viện Kiểm sát, Công an tỉnh, UBND phường Rạch Giá"));
    complete(POLICE, "Task_ProtectionPlan", protection(received));
  }

  private static Map<String, Object> protection(String received) {
    return Map.of(
        "protectionPlanOutcome",
        "ready",
        "protectionPlanNo",
        "17/KH-CAT",
        "protectionPlanDate",
        "2026-03-02",
        "protectionPlanReceivedDate",
        received,
        "protectionForce",
        25L);
  }

  private static void clock(String vietnamDateTime) {
    ClockUtil.setCurrentTime(
        Date.from(OffsetDateTime.parse(vietnamDateTime + ":00+07:00").toInstant()));
  }

  /** Up to the record of a coercion that seized real property, on Monday 23/03/2026. */
  private void toSeizure(boolean disputed) {
    toPlan();
    complete(OFFICER, "Task_DraftEnforcementPlan", plan("2026-03-23", "08:00", true));
    commentMeetingAndProtection("2026-03-12", "2026-03-02");
    complete(OFFICER, "Task_Briefing", briefing("2026-03-20", "2026-03-02"));
    clock("2026-03-23T15:00");
    Map<String, Object> record = new HashMap<>(record("seized"));
    record.put("thirdPartyDispute", disputed);
    complete(OFFICER, "Task_RecordEnforcement", record);
    assertThat(enforcement).isWaitingAt("CallActivity_PropertyDisposal");
    assertThat(records.findByCase(caseId).orElseThrow().thirdPartyDispute()).isEqualTo(disputed);
  }

  /** The briefing of a coercion that seizes real property, with the seizure notice's date. */
  private static Map<String, Object> briefing(String date, String seizureNotice) {
    return Map.of(
        "briefingDate", date, "seizureNoticeNo", "14/TB-THADS", "seizureNoticeDate", seizureNotice);
  }

  private void recordEnforcement(String result) {
    clock("2026-03-23T15:00");
    complete(OFFICER, "Task_RecordEnforcement", record(result));
  }

  private static Map<String, Object> record(String result) {
    return Map.of(
        "enforcementRecordNo",
        "02/BB-CC",
        "enforcementRecordDate",
        "2026-03-23",
        "enforcementResult",
        result);
  }

  /** The court's acceptance of a suit as Message_SuitFiled carries it. */
  private static Map<String, Object> suit() {
    return Map.of(
        "suitAcceptanceNo",
        "45/TB-TLVA",
        "suitAcceptanceDate",
        today(),
        "suitCourt",
        "toa-an-tinh");
  }

  /**
   * The court's ruling as Message_CourtRuled carries it (see CourtRulingIT for the endpoint that
   * sends it).
   */
  private static Map<String, Object> ruling(String outcome) {
    return Map.of(
        "courtRuling",
        outcome,
        "courtRulingNo",
        "12/2026/DS-ST",
        "courtRulingDate",
        today(),
        "courtName",
        "toa-an-tinh");
  }

  /** The postponement of enforcement on the disputed property once the suit is accepted. */
  private void postponeProperty() {
    complete(
        OFFICER,
        "Task_PostponeProperty",
        Map.of("propertyPostponementNo", "14/QĐ-THADS", "propertyPostponementDate", today()));
  }

  /** No appeal: the court reports that the first-instance ruling took legal effect. */
  private void rulingTakesEffect() {
    engine
        .getRuntimeService()
        .createMessageCorrelation(EnforcementVariables.MESSAGE_COURT_RULED)
        .processInstanceBusinessKey(caseNumber)
        .setVariables(Map.of("rulingLegalEffect", "effective", "rulingEffectiveDate", today()))
        .correlate();
  }

  private static Map<String, Object> plan(String date, String time, boolean realProperty) {
    return Map.of(
        "enforcementPlanNo",
        "05/KH-THADS",
        "enforcementDate",
        date,
        "enforcementStartTime",
        time,
        "propertyDescription",
        "Quyền sử dụng đất thửa số 120, tờ bản đồ số 15, phường Rạch Giá.",
        "realProperty",
        realProperty,
        "coercionCommune",
        "ubnd-p-rach-gia",
        "coercionCommunePolice",
        "ca-p-rach-gia");
  }

  private void refused(Map<String, Object> plan, String message) {
    assertThatThrownBy(() -> complete(OFFICER, "Task_DraftEnforcementPlan", plan))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .hasRootCauseMessage(message);
  }

  private void refused(String key, String user, Map<String, Object> form, String message) {
    assertThatThrownBy(() -> complete(user, key, form))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .hasRootCauseMessage(message);
    assertThat(enforcement).isWaitingAt(key);
  }

  private Object variable(String name) {
    return engine.getRuntimeService().getVariable(enforcement.getId(), name);
  }

  private Task task(String key) {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(caseNumber)
            .taskDefinitionKey(key)
            .list();
    assertThat(tasks).as("open tasks %s", key).hasSize(1);
    return tasks.get(0);
  }

  private void complete(String user, String key, Map<String, Object> variables) {
    complete(user, task(key), variables);
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

  private ProcessInstance disposal() {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .superProcessInstanceId(enforcement.getId())
        .singleResult();
  }

  private Job timer(ProcessInstance instance) {
    return ModelJobs.timer(engine, instance.getId());
  }

  /** Moves the engine's clock past the timer and fires it, as the job executor would. */
  private void fire(Job timer) {
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
    engine.getManagementService().executeJob(timer.getId());
  }

  private static void moveClock(Duration by) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
  }

  /**
   * The end (17:00) of the n-th working day after the given moment, as the P<n>WD periods count.
   */
  private Date workingDaysLater(Date from, int days) {
    ZoneId vietnam = VietnamTime.ZONE;
    return Date.from(
        workingDays
            .plus(from.toInstant().atZone(vietnam).toLocalDate(), days)
            .atTime(17, 0)
            .atZone(vietnam)
            .toInstant());
  }

  private static Date plusDays(Date from, int days) {
    return Date.from(from.toInstant().plus(Duration.ofDays(days)));
  }

  private static String today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), VietnamTime.ZONE).toString();
  }

  private Object outcome() {
    return engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(enforcement.getId())
        .variableName(EnforcementVariables.ENFORCEMENT_OUTCOME)
        .singleResult()
        .getValue();
  }

  /** The groups granted READ on a process instance. */
  private List<String> readers(String processInstanceId) {
    return engine
        .getAuthorizationService()
        .createAuthorizationQuery()
        .resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(processInstanceId)
        .hasPermission(Permissions.READ)
        .list()
        .stream()
        .map(Authorization::getGroupId)
        .toList();
  }
}
