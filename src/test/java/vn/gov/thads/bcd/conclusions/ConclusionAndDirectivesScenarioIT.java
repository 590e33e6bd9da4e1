package vn.gov.thads.bcd.conclusions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.cockpit.OperationLog;
import vn.gov.thads.bcd.cockpit.Viewer;
import vn.gov.thads.bcd.directives.DirectiveRepository;
import vn.gov.thads.bcd.directives.DirectiveStatus;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.CaseRequests;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/** The meeting, the chair's conclusion and the execution of its directives, on PostgreSQL. */
class ConclusionAndDirectivesScenarioIT extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;
  @Autowired ConclusionRepository conclusions;
  @Autowired DirectiveRepository directiveRecords;
  @Autowired InformationRequests informationRequests;
  @Autowired OperationLog operationLog;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void conclusionWithoutCoercionAndItsDirectivesCarriedOut() {
    CaseScenario c = toConclusion("201/QĐ-THADS", "chv.kv01");
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        conclusion(
            false,
            row(
                "so-nn-mt",
                List.of("toa-an-tinh", "ubnd-p-rach-gia"),
                "Cung cấp hồ sơ địa chính thửa đất kê biên",
                20),
            row(
                "thads-kv01",
                List.of(),
                "Xác minh lại điều kiện thi hành án của người phải thi hành án",
                30)));
    c.runJobs(); // publication is asynchronous

    long caseId = caseId(c);
    long conclusionId =
        (Long) engine.getRuntimeService().getVariable(c.main.getId(), "conclusionId");
    assertThat(
            jdbc.sql("select concluded_as from bcd_conclusion where id = ?")
                .param(conclusionId)
                .query(String.class)
                .single())
        .isEqualTo("CHAIR");
    assertThat(conclusions.isPublished(conclusionId)).isTrue();
    assertThat(engine.getRuntimeService().getVariable(c.main.getId(), "coercionOrdered"))
        .isEqualTo(false);
    assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo("EXECUTION");
    List<DirectiveRepository.Directive> directives = directiveRecords.ofCase(caseId);
    assertThat(directives)
        .extracting(DirectiveRepository.Directive::leadAgency)
        .containsExactly("so-nn-mt", "thads-kv01");
    assertThat(directives.get(0).supportingAgencies())
        .containsExactly("toa-an-tinh", "ubnd-p-rach-gia");

    Task land = reportTaskOf(c, "so-nn-mt");
    assertThat(land.getDueDate()).isEqualTo(endOfDay(directives.get(0).deadline()));
    // The lead and supporting agencies now take part in the case and may read it.
    assertThat(
            Http.rest(port, "cv.sonnmt", "demo")
                .get("/engine-rest/process-instance/" + c.main.getId())
                .status())
        .isEqualTo(200);
    assertThat(
            Http.rest(port, "cv.toaan", "demo")
                .get("/engine-rest/process-instance/" + c.main.getId())
                .status())
        .isEqualTo(200);

    c.complete(
        "cv.sonnmt",
        land,
        Map.of("directiveAction", "report", "directiveResult", "Đã gửi hồ sơ địa chính."));
    c.complete("thuky", "Task_VerifyDirectiveResult", Map.of("resultVerdict", "accept"));

    c.complete(
        "chv.kv01",
        reportTaskOf(c, "thads-kv01"),
        Map.of("directiveAction", "report", "directiveResult", "Đã xác minh."));
    c.complete(
        "thuky",
        "Task_VerifyDirectiveResult",
        Map.of("resultVerdict", "return", "verifyNote", "Thiếu biên bản xác minh."));
    assertThat(directiveRecords.ofCase(caseId).get(1).status()).isEqualTo(DirectiveStatus.OPEN);
    c.complete(
        "chv.kv01",
        reportTaskOf(c, "thads-kv01"),
        Map.of(
            "directiveAction",
            "report",
            "directiveResult",
            "Đã xác minh, kèm biên bản số 15/BB-XM."));
    c.complete("thuky", "Task_VerifyDirectiveResult", Map.of("resultVerdict", "accept"));

    assertThat(directiveRecords.ofCase(caseId))
        .extracting(DirectiveRepository.Directive::status)
        .containsExactly(DirectiveStatus.DONE, DirectiveStatus.DONE);
    assertThat(c.main).isWaitingAt("CallActivity_FollowUp");
  }

  @Test
  void anAgencySupportingOneDirectiveAndLeadingAnotherIsGrantedOnce() {
    CaseScenario c = toConclusion("231/QĐ-THADS", "chv.kv11");
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        conclusion(
            false,
            row("so-nn-mt", List.of("so-tai-chinh"), "Cung cấp hồ sơ địa chính thửa đất", 20),
            row("so-tai-chinh", List.of("so-nn-mt"), "Xác định giá trị quyền sử dụng đất", 25)));
    c.runJobs();

    // Both directives start, each agency leading its own; one read grant each on the case.
    Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "so-nn-mt");
    Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "so-tai-chinh");
    assertThat(
            engine
                .getAuthorizationService()
                .createAuthorizationQuery()
                .groupIdIn("so-tai-chinh")
                .resourceId(c.main.getId())
                .count())
        .isEqualTo(1);
  }

  @Test
  void coercionOrderIsKeptForTheMainProcess() {
    CaseScenario c = toConclusion("202/QĐ-THADS", "chv.kv02");
    // The standing deputy concludes on the chair's written authorisation.
    Map<String, Object> notice =
        new HashMap<>(
            conclusion(
                true,
                row(
                    "cong-an-tinh",
                    List.of("thads-kv02"),
                    "Xây dựng phương án bảo vệ cưỡng chế",
                    15)));
    notice.put("authorisationRef", "08/UQ-UBND ngày 01/12/2026");
    c.complete("photruongban", "Task_IssueConclusion", notice);
    c.runJobs();
    assertThat(engine.getRuntimeService().getVariable(c.main.getId(), "coercionOrdered"))
        .isEqualTo(true);
    assertThat(
            jdbc.sql("select coercion_ordered from bcd_conclusion where case_id = ?")
                .param(caseId(c))
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void chairExtendsADirectiveAndTheNewDeadlineIsKept() {
    CaseScenario c = toConclusion("203/QĐ-THADS", "chv.kv03");
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        conclusion(
            false,
            row("nhnn-chi-nhanh", List.of(), "Chỉ đạo ngân hàng cung cấp hồ sơ tín dụng", 10)));
    c.runJobs();
    long caseId = caseId(c);
    LocalDate original = directiveRecords.ofCase(caseId).get(0).deadline();
    LocalDate extended = original.plusDays(20);

    c.complete(
        "cv.nhnn",
        reportTaskOf(c, "nhnn-chi-nhanh"),
        Map.of(
            "directiveAction",
            "extension",
            "proposedDeadline",
            extended.toString(),
            "extensionReason",
            "Hồ sơ lưu trữ tại hội sở, cần thêm thời gian."));
    c.complete(
        "truongban",
        "Task_DecideExtension",
        Map.of(
            "extensionDecision",
            "approve",
            "proposedDeadline",
            extended.toString(),
            "extensionReason",
            "Đồng ý gia hạn do hồ sơ lưu tại hội sở."));

    Task report = reportTaskOf(c, "nhnn-chi-nhanh");
    assertThat(report.getDueDate()).isEqualTo(endOfDay(extended));
    DirectiveRepository.Directive row = directiveRecords.ofCase(caseId).get(0);
    assertThat(row.originalDeadline()).isEqualTo(original);
    assertThat(row.deadline()).isEqualTo(extended);
    assertThat(directiveRecords.extensions(row.id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.oldDeadline()).isEqualTo(original);
              assertThat(e.newDeadline()).isEqualTo(extended);
              assertThat(e.reason()).isEqualTo("Đồng ý gia hạn do hồ sơ lưu tại hội sở.");
              assertThat(e.decidedBy()).isEqualTo("truongban");
            });

    // Reported after the original deadline but within the extension: done, not late.
    ClockUtil.setCurrentTime(
        Date.from(original.plusDays(5).atTime(9, 0).atZone(VietnamTime.ZONE).toInstant()));
    c.complete(
        "cv.nhnn",
        report,
        Map.of("directiveAction", "report", "directiveResult", "Đã cung cấp hồ sơ."));
    c.complete("thuky", "Task_VerifyDirectiveResult", Map.of("resultVerdict", "accept"));
    assertThat(directiveRecords.ofCase(caseId).get(0).status()).isEqualTo(DirectiveStatus.DONE);
  }

  @Test
  void refusedExtensionKeepsTheDeadlineAndALateReportIsMarkedLate() {
    CaseScenario c = toConclusion("204/QĐ-THADS", "chv.kv04");
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        conclusion(false, row("so-tai-chinh", List.of(), "Thẩm định giá tài sản", 5)));
    c.runJobs();
    long caseId = caseId(c);
    LocalDate deadline = directiveRecords.ofCase(caseId).get(0).deadline();
    c.complete(
        "cv.sotaichinh",
        reportTaskOf(c, "so-tai-chinh"),
        Map.of(
            "directiveAction",
            "extension",
            "proposedDeadline",
            deadline.plusDays(30).toString(),
            "extensionReason",
            "Chưa thuê được tổ chức thẩm định."));
    c.complete(
        "truongban",
        "Task_DecideExtension",
        Map.of("extensionDecision", "reject", "extensionReason", "Nhiệm vụ cấp bách."));
    assertThat(reportTaskOf(c, "so-tai-chinh").getDueDate()).isEqualTo(endOfDay(deadline));

    ClockUtil.setCurrentTime(
        Date.from(deadline.plusDays(3).atTime(9, 0).atZone(VietnamTime.ZONE).toInstant()));
    c.complete(
        "cv.sotaichinh",
        reportTaskOf(c, "so-tai-chinh"),
        Map.of("directiveAction", "report", "directiveResult", "Đã có chứng thư thẩm định giá."));
    c.complete("thuky", "Task_VerifyDirectiveResult", Map.of("resultVerdict", "accept"));
    assertThat(directiveRecords.ofCase(caseId).get(0).status())
        .isEqualTo(DirectiveStatus.DONE_LATE);
    assertThat(directiveRecords.extensions(directiveRecords.ofCase(caseId).get(0).id())).isEmpty();
  }

  @Test
  void theDeputyWhoApprovedTheRequestConcludesOnlyOnTheChairsWrittenAuthorisation() {
    CaseScenario c = toConclusion("209/QĐ-THADS", "chv.kv09");
    Map<String, Object> notice = restNotice("216/TB-UBND", "Phó Trưởng ban kết luận.", 1);
    notice.put("directive1Lead", CaseRequests.string("so-tu-phap"));
    notice.put(
        "directive1Task", CaseRequests.string("Xác minh hộ tịch của người phải thi hành án"));
    notice.put("directive1Deadline", CaseRequests.string(today().plusDays(10).toString()));
    String taskId = c.task("Task_IssueConclusion").getId();
    Http deputy = Http.rest(port, "photruongban", "demo");

    // photruongban approved sending this case (Lifecycle): not also its conclusion, unauthorised.
    Http.Response refused =
        deputy.postJson(
            "/engine-rest/task/" + taskId + "/submit-form", CaseRequests.variables(notice));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .startsWith("Thông báo kết luận chưa hợp lệ:")
        .contains(
            "Phó Trưởng ban thường trực đã phê duyệt gửi hồ sơ này xin ý kiến Ban Chỉ đạo nên"
                + " không được đồng thời kết luận, trừ khi được Trưởng ban ủy quyền bằng văn bản");
    assertThat(
            jdbc.sql("select count(*) from bcd_conclusion where case_id = ?")
                .param(caseId(c))
                .query(Long.class)
                .single())
        .isZero();
    assertThat(c.tasks("Task_IssueConclusion")).hasSize(1);

    // With the chair's authorisation: concluded, and recorded as the deputy's, with its reference.
    notice.put("authorisationRef", CaseRequests.string("12/UQ-UBND ngày 01/12/2026"));
    Http.Response accepted =
        deputy.postJson(
            "/engine-rest/task/" + taskId + "/submit-form", CaseRequests.variables(notice));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
    Map<String, Object> row =
        jdbc.sql(
                "select issued_by, concluded_as, authorisation_ref from bcd_conclusion where case_id = ?")
            .param(caseId(c))
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("issued_by", "photruongban")
        .containsEntry("concluded_as", "STANDING_DEPUTY")
        .containsEntry("authorisation_ref", "12/UQ-UBND ngày 01/12/2026");
  }

  @Test
  void theChairAsksTheOfficeForMoreInformationThenConcludesInTheSameRound() {
    CaseScenario c = toConclusion("210/QĐ-THADS", "chv.kv10");
    String meeting = c.subProcess("MeetingConclusionProcess").getId();
    assertThatThrownBy(
            () ->
                c.complete(
                    "truongban",
                    "Task_IssueConclusion",
                    Map.of("conclusionAction", "request-info", "infoDueDate", today().toString())))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .hasMessageContaining("Yêu cầu bổ sung thông tin chưa hợp lệ:")
        .hasMessageContaining("Thiếu Nội dung yêu cầu bổ sung thông tin.")
        .hasMessageContaining("phải sau hôm nay");
    assertThat(informationRequests.ofCase(caseId(c))).isEmpty();

    LocalDate due = today().plusDays(7);
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        Map.of(
            "conclusionAction",
            "request-info",
            "infoRequest",
            "Báo cáo kết quả xác minh lại tài sản của người phải thi hành án.",
            "infoDueDate",
            due.toString()));
    Task provide = Lifecycle.taskOf(engine, c, "Task_ProvideInformation", "thads-kv10");
    // The operation log says what the chair decided.
    assertThat(
            operationLog
                .ofCase(new Viewer("thuky", List.of(), true), c.main.getId())
                .operations()
                .stream()
                .map(OperationLog.Operation::decision)
                .toList())
        .contains("Yêu cầu cơ quan thi hành án bổ sung thông tin");
    assertThat(provide.getDueDate()).isEqualTo(endOfDay(due));
    assertThat(
            jdbc.sql("select count(*) from bcd_conclusion where case_id = ?")
                .param(caseId(c))
                .query(Long.class)
                .single())
        .isZero();

    assertThatThrownBy(() -> c.complete("chv.kv10", provide, Map.of("infoDocumentNo", "abc")))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .hasMessageContaining("Thông tin bổ sung chưa hợp lệ:")
        .hasMessageContaining("Thiếu Thông tin bổ sung.");
    c.complete(
        "chv.kv10",
        provide,
        Map.of(
            "infoAnswer",
            "Đã xác minh: tài sản còn nguyên, chưa chuyển nhượng.",
            "infoDocumentNo",
            "45/BC-THADS"));

    // Back to the chair in the same round, with the answer on the form.
    assertThat(c.subProcess("MeetingConclusionProcess").getId()).isEqualTo(meeting);
    Task conclusion = c.task("Task_IssueConclusion");
    assertThat(engine.getTaskService().getVariable(conclusion.getId(), "infoAnswer"))
        .isEqualTo("Đã xác minh: tài sản còn nguyên, chưa chuyển nhượng.");
    assertThat(informationRequests.ofCase(caseId(c)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.dueDate()).isEqualTo(due);
              assertThat(r.requestedBy()).isEqualTo("truongban");
              assertThat(r.answeredBy()).isEqualTo("chv.kv10");
              assertThat(r.documentNo()).isEqualTo("45/BC-THADS");
            });
    c.complete(
        "truongban",
        conclusion,
        conclusion(false, row("so-tu-phap", List.of(), "Xác minh hộ tịch", 10)));
    c.runJobs();
    assertThat(directiveRecords.ofCase(caseId(c))).hasSize(1);
  }

  @Test
  void invalidConclusionOverRestIsRefusedAndNothingIsRecorded() {
    CaseScenario c = toConclusion("205/QĐ-THADS", "chv.kv05");
    Map<String, Object> bad = restNotice("không số", "Kết luận", 2);
    bad.put("directive1Lead", CaseRequests.string("so-tu-phap"));
    bad.put(
        "directive1Support", Map.of("value", "[\"so-tu-phap\",\"so-khong-co\"]", "type", "Json"));
    bad.put("directive1Task", CaseRequests.string("Nội dung"));
    bad.put("directive1Deadline", CaseRequests.string(today().minusDays(1).toString()));
    bad.put("directive2Task", CaseRequests.string("Nội dung 2"));
    bad.put("directive2Deadline", CaseRequests.string(today().plusDays(10).toString()));
    String taskId = c.task("Task_IssueConclusion").getId();

    Http.Response refused =
        Http.rest(port, "truongban", "demo")
            .postJson("/engine-rest/task/" + taskId + "/submit-form", CaseRequests.variables(bad));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .startsWith("Thông báo kết luận chưa hợp lệ:")
        .contains("Số thông báo kết luận phải có dạng số/ký hiệu")
        .contains(
            "Nhiệm vụ 1: đơn vị phối hợp: cơ quan không có trong danh sách tổ chức: 'so-khong-co'.")
        .contains(
            "Nhiệm vụ 1: hạn hoàn thành "
                + today().minusDays(1).format(VietnamTime.DATE)
                + " phải sau hôm nay.")
        .contains("Nhiệm vụ 2: chưa chọn đơn vị chủ trì.");
    assertThat(
            jdbc.sql("select count(*) from bcd_conclusion where case_id = ?")
                .param(caseId(c))
                .query(Long.class)
                .single())
        .isZero();
    assertThat(c.tasks("Task_IssueConclusion")).hasSize(1);
  }

  @Test
  void meetingInThePastAndMinutesBeforeTheMeetingAreRefused() {
    CaseScenario c = toMeeting("206/QĐ-THADS", "chv.kv06");
    assertThatThrownBy(
            () -> c.complete("thuky", "Task_ScheduleMeeting", meeting(today().minusDays(1))))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .rootCause()
        .hasMessageContaining("đã qua");
    c.complete("thuky", "Task_ScheduleMeeting", meeting(today().plusDays(7)));
    assertThatThrownBy(
            () ->
                c.complete(
                    "thuky",
                    "Task_RecordMinutes",
                    Map.of("minutesNo", "3/BB-BCĐ", "minutes", "Nội dung")))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .rootCause()
        .hasMessageContaining("chưa diễn ra");
  }

  @Test
  void meetingPapersMustGoOutThreeWorkingDaysBeforeCountingHolidays() {
    // Tuesday 05/01/2027; New Year's Day (Friday 01/01) is a holiday, so the third working day
    // before the meeting is Wednesday 30/12/2026, not Thursday 31/12.
    ClockUtil.setCurrentTime(
        Date.from(LocalDate.of(2026, 12, 15).atTime(9, 0).atZone(VietnamTime.ZONE).toInstant()));
    LocalDate meetingDay = LocalDate.of(2027, 1, 5);
    CaseScenario c = toMeeting("207/QĐ-THADS", "chv.kv07");
    assertThatThrownBy(
            () ->
                c.complete(
                    "thuky",
                    "Task_ScheduleMeeting",
                    Lifecycle.meeting(meetingDay, LocalDate.of(2026, 12, 31))))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .rootCause()
        .hasMessageContaining(
            "Tài liệu họp phải gửi thành viên trước ngày họp ít nhất 03 ngày làm việc")
        .hasMessageContaining("chỉ còn 2 ngày làm việc đến ngày họp 05/01/2027")
        .hasMessageContaining("hạn gửi chậm nhất là ngày 30/12/2026");
    assertThat(
            jdbc.sql("select count(*) from bcd_meeting where case_id = ?")
                .param(caseId(c))
                .query(Long.class)
                .single())
        .isZero();

    c.complete(
        "thuky", "Task_ScheduleMeeting", Lifecycle.meeting(meetingDay, LocalDate.of(2026, 12, 30)));
    Map<String, Object> row =
        jdbc.sql(
                """
                select c.meeting_date, c.meeting_time, c.place, m.papers_sent_date from bcd_meeting m
                join bcd_committee_meeting c on c.id = m.committee_meeting_id where m.case_id = ?""")
            .param(caseId(c))
            .query()
            .singleRow();
    assertThat(row.get("meeting_date").toString()).isEqualTo("2027-01-05");
    assertThat(row.get("meeting_time").toString()).isEqualTo("08:00:00");
    assertThat(row.get("place")).isEqualTo("Phòng họp số 2, UBND tỉnh An Giang");
    assertThat(row.get("papers_sent_date").toString()).isEqualTo("2026-12-30");
  }

  @Test
  void writtenConsultationApprovedByTheChairLeadsStraightToTheConclusionWithoutMinutes() {
    CaseScenario c = toMeeting("211/QĐ-THADS", "chv.kv11");
    long caseId = caseId(c);
    // Written consultation without a reason: refused, nothing recorded.
    assertThatThrownBy(
            () ->
                c.complete(
                    "thuky",
                    "Task_ScheduleMeeting",
                    Map.of("consultationMode", "written", "writtenConsultationReason", "  ")))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .rootCause()
        .hasMessageContaining("Đề xuất cho ý kiến bằng văn bản chưa hợp lệ:")
        .hasMessageContaining("Thiếu Lý do đề xuất cho ý kiến bằng văn bản.");
    assertThat(meetingRows(caseId)).isZero();

    // The meeting's fields are not needed for written consultation.
    c.complete(
        "thuky",
        "Task_ScheduleMeeting",
        Map.of(
            "consultationMode",
            "written",
            "writtenConsultationReason",
            "Các thành viên đã có ý kiến bằng văn bản, thống nhất với đề xuất."));
    Task decide = c.task("Task_DecideWrittenConsultation");
    assertThat(engine.getTaskService().getVariable(decide.getId(), "writtenConsultationReason"))
        .isEqualTo("Các thành viên đã có ý kiến bằng văn bản, thống nhất với đề xuất.");
    c.complete("truongban", decide, Map.of("writtenConsultationDecision", "approve"));

    assertThat(c.subProcess("MeetingConclusionProcess")).isWaitingAt("Task_IssueConclusion");
    String round = c.subProcess("MeetingConclusionProcess").getId();
    Map<String, Object> row =
        jdbc.sql(
                """
                select meeting_type, committee_meeting_id, proposal_reason, proposed_by, proposed_at, decision,
                  decided_by, decided_at, minutes from bcd_meeting where case_id = ?""")
            .param(caseId)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("meeting_type", "WRITTEN")
        .containsEntry("committee_meeting_id", null)
        .containsEntry(
            "proposal_reason", "Các thành viên đã có ý kiến bằng văn bản, thống nhất với đề xuất.")
        .containsEntry("proposed_by", "thuky")
        .containsEntry("decision", "APPROVED")
        .containsEntry("decided_by", "truongban")
        .containsEntry("minutes", null);
    assertThat(row.get("proposed_at")).isNotNull();
    assertThat(row.get("decided_at")).isNotNull();

    // The notice may not be dated before the chair approved written consultation.
    Map<String, Object> early =
        new HashMap<>(conclusion(false, row("so-tu-phap", List.of(), "Xác minh hộ tịch", 10)));
    early.put("conclusionDate", today().minusDays(1).toString());
    assertThatThrownBy(() -> c.complete("truongban", "Task_IssueConclusion", early))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .rootCause()
        .hasMessageContaining(
            "Ngày thông báo phải từ ngày Trưởng ban đồng ý cho ý kiến bằng văn bản ("
                + today().format(VietnamTime.DATE)
                + ") đến hôm nay.");
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        conclusion(false, row("so-tu-phap", List.of(), "Xác minh hộ tịch", 10)));
    c.runJobs();
    assertThat(directiveRecords.ofCase(caseId)).hasSize(1);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(round)
                .taskDefinitionKey("Task_RecordMinutes")
                .count())
        .isZero();
  }

  @Test
  void writtenConsultationRefusedByTheChairGoesBackToTheSecretariatToScheduleAMeeting() {
    CaseScenario c = toMeeting("212/QĐ-THADS", "chv.kv12");
    long caseId = caseId(c);
    c.complete(
        "thuky",
        "Task_ScheduleMeeting",
        Map.of(
            "consultationMode", "written", "writtenConsultationReason", "Ý kiến đã thống nhất."));

    // Rejecting without a note: refused in Vietnamese, nothing recorded.
    assertThatThrownBy(
            () ->
                c.complete(
                    "truongban",
                    "Task_DecideWrittenConsultation",
                    Map.of("writtenConsultationDecision", "reject")))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .rootCause()
        .hasMessageContaining("Ý kiến về đề xuất cho ý kiến bằng văn bản chưa hợp lệ:")
        .hasMessageContaining("Thiếu Ý kiến của Trưởng ban.");
    assertThat(decision(caseId)).isNull();

    c.complete(
        "truongban",
        "Task_DecideWrittenConsultation",
        Map.of(
            "writtenConsultationDecision",
            "reject",
            "writtenConsultationNote",
            "Vụ việc phức tạp, đề nghị tổ chức họp để thảo luận."));
    assertThat(decision(caseId)).isEqualTo("REJECTED");

    // Back to the secretariat, the chair's note on the form; written consultation again is refused.
    Task schedule = c.task("Task_ScheduleMeeting");
    assertThat(engine.getTaskService().getVariable(schedule.getId(), "writtenConsultationNote"))
        .isEqualTo("Vụ việc phức tạp, đề nghị tổ chức họp để thảo luận.");
    assertThatThrownBy(
            () ->
                c.complete(
                    "thuky",
                    schedule,
                    Map.of(
                        "consultationMode",
                        "written",
                        "writtenConsultationReason",
                        "Vẫn đề nghị không họp.")))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .rootCause()
        .hasMessageContaining("Trưởng ban đã không đồng ý kết luận không họp");
    assertThat(meetingRows(caseId)).isEqualTo(1);

    c.complete("thuky", schedule, meeting(today().plusDays(7)));
    assertThat(c.subProcess("MeetingConclusionProcess")).isWaitingAt("Task_RecordMinutes");
    assertThat(
            jdbc.sql("select meeting_type from bcd_meeting where case_id = ? order by id")
                .param(caseId)
                .query(String.class)
                .list())
        .containsExactly("WRITTEN", "AD_HOC");

    // The case page keeps the refused proposal before the meeting.
    Http thuky = Http.browser(port);
    assertThat(thuky.loginToWebapp("cockpit", "thuky", "demo").status()).isEqualTo(200);
    Http.Response page =
        thuky.get(
            "/camunda/api/cockpit/plugin/bcd-supervision/default/case?number="
                + URLEncoder.encode(c.caseNumber, StandardCharsets.UTF_8));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.json().get("meetings").findValuesAsText("type"))
        .containsExactly(
            "Xin ý kiến bằng văn bản, không họp (Trưởng ban không đồng ý, tổ chức họp)",
            "Họp riêng cho vụ việc (đột xuất)");
  }

  @Test
  void writtenConsultationOverRestWithoutReasonOrChoiceIsRefusedAndNothingIsRecorded() {
    CaseScenario c = toMeeting("213/QĐ-THADS", "chv.kv13");
    String taskId = c.task("Task_ScheduleMeeting").getId();
    Http secretariat = Http.rest(port, "thuky", "demo");
    Map<String, Object> bad = new HashMap<>();
    bad.put("consultationMode", CaseRequests.string("written"));
    Http.Response refused =
        secretariat.postJson(
            "/engine-rest/task/" + taskId + "/submit-form", CaseRequests.variables(bad));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .startsWith("Đề xuất cho ý kiến bằng văn bản chưa hợp lệ:")
        .contains("Thiếu Lý do đề xuất cho ý kiến bằng văn bản.");

    bad.put("consultationMode", CaseRequests.string("khong-hop"));
    refused =
        secretariat.postJson(
            "/engine-rest/task/" + taskId + "/submit-form", CaseRequests.variables(bad));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("hình thức cho ý kiến");
    assertThat(meetingRows(caseId(c))).isZero();
    assertThat(c.tasks("Task_ScheduleMeeting")).hasSize(1);

    bad.put("consultationMode", CaseRequests.string("written"));
    bad.put("writtenConsultationReason", CaseRequests.string("Ý kiến đã thống nhất."));
    Http.Response accepted =
        secretariat.postJson(
            "/engine-rest/task/" + taskId + "/submit-form", CaseRequests.variables(bad));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);

    String decideId = c.task("Task_DecideWrittenConsultation").getId();
    Map<String, Object> reject = new HashMap<>();
    reject.put("writtenConsultationDecision", CaseRequests.string("reject"));
    Http.Response noNote =
        Http.rest(port, "truongban", "demo")
            .postJson(
                "/engine-rest/task/" + decideId + "/submit-form", CaseRequests.variables(reject));
    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.json().get("message").asText())
        .startsWith("Ý kiến về đề xuất cho ý kiến bằng văn bản chưa hợp lệ:")
        .contains("Thiếu Ý kiến của Trưởng ban.");
    assertThat(decision(caseId(c))).isNull();
    assertThat(c.tasks("Task_DecideWrittenConsultation")).hasSize(1);
  }

  private long meetingRows(long caseId) {
    return jdbc.sql("select count(*) from bcd_meeting where case_id = ?")
        .param(caseId)
        .query(Long.class)
        .single();
  }

  private String decision(long caseId) {
    return jdbc.sql(
            "select decision from bcd_meeting where case_id = ? and meeting_type = 'WRITTEN'")
        .param(caseId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  // --- helpers: a case driven to the meeting, then to the conclusion (common steps in Lifecycle)
  // ---

  private CaseScenario toMeeting(String decisionNo, String officer) {
    CaseScenario c = Lifecycle.toMeeting(engine, officer, decisionNo);
    assertThat(c.subProcess("MeetingConclusionProcess")).isWaitingAt("Task_ScheduleMeeting");
    return c;
  }

  private CaseScenario toConclusion(String decisionNo, String officer) {
    CaseScenario c = toMeeting(decisionNo, officer);
    Lifecycle.holdMeeting(c);
    assertThat(c.subProcess("MeetingConclusionProcess")).isWaitingAt("Task_IssueConclusion");
    return c;
  }

  private static Map<String, Object> meeting(LocalDate date) {
    return Lifecycle.meeting(date);
  }

  private static Lifecycle.Row row(String lead, List<String> support, String task, int days) {
    return new Lifecycle.Row(lead, support, task, days);
  }

  private static Map<String, Object> conclusion(boolean coercion, Lifecycle.Row... rows) {
    return Lifecycle.conclusion(coercion, rows);
  }

  /**
   * The head of a conclusion notice dated today, as engine-rest variables; rows are added after.
   */
  private static Map<String, Object> restNotice(String number, String summary, int directives) {
    Map<String, Object> notice = new HashMap<>();
    notice.put("conclusionNo", CaseRequests.string(number));
    notice.put("conclusionDate", CaseRequests.string(today().toString()));
    notice.put("conclusionSummary", CaseRequests.string(summary));
    notice.put("directiveCount", Map.of("value", directives, "type", "Integer"));
    return notice;
  }

  private Task reportTaskOf(CaseScenario c, String agency) {
    return Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", agency);
  }

  private long caseId(CaseScenario c) {
    return cases.findByNumber(c.caseNumber).orElseThrow().id();
  }

  private static LocalDate today() {
    return Lifecycle.today();
  }

  private static Date endOfDay(LocalDate date) {
    return Date.from(date.atTime(23, 59).atZone(VietnamTime.ZONE).toInstant());
  }
}
