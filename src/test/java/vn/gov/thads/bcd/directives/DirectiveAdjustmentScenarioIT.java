package vn.gov.thads.bcd.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.directives.DirectiveRepository.ChangeDecision;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.testsupport.CaseRequests;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * A lead agency proposes to adjust its directive and the chair decides, on PostgreSQL: each kind of
 * adjustment, the history kept with old and new values, the next step following the directive as
 * changed, and bad proposals refused in Vietnamese with nothing recorded.
 */
class DirectiveAdjustmentScenarioIT extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;
  @Autowired DirectiveRepository directives;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @Test
  void reassignedDirectiveGoesToTheNewLeadAgencyWithItsHistoryKept() {
    CaseScenario c = withDirective("801/QĐ-THADS", "chv.kv01", "nhnn-chi-nhanh", List.of());
    c.complete(
        "cv.nhnn",
        reportTask(c, "nhnn-chi-nhanh"),
        Map.of(
            "directiveAction", "adjustment",
            "adjustmentKind", "reassign",
            "proposedLeadAgency", "so-tai-chinh",
            "adjustmentReason", "Thẩm định giá tài sản không thuộc thẩm quyền của ngân hàng."));
    Task decide = c.task("Task_DecideAdjustment");
    assertThat(engine.getTaskService().getVariable(decide.getId(), "adjustmentSummary"))
        .isEqualTo(
            "Chuyển đơn vị chủ trì từ Ngân hàng Nhà nước Khu vực 15 sang Sở Tài chính tỉnh"
                + " An Giang."
                + " Lý do: Thẩm định giá tài sản không thuộc thẩm quyền của ngân hàng.");
    c.complete("truongban", decide, Map.of("adjustmentDecision", "approve"));

    assertThat(Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "so-tai-chinh"))
        .isNotNull();
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(c.caseNumber)
                .taskCandidateGroup("nhnn-chi-nhanh")
                .count())
        .isZero();
    DirectiveRepository.Directive d = only(c);
    assertThat(d.leadAgency()).isEqualTo("so-tai-chinh");
    assertThat(d.status()).isEqualTo(DirectiveStatus.REASSIGNED);
    assertThat(directives.changes(d.id()))
        .singleElement()
        .satisfies(
            ch -> {
              assertThat(ch.kind()).isEqualTo(AdjustmentKind.REASSIGN);
              assertThat(ch.oldValue()).isEqualTo("nhnn-chi-nhanh");
              assertThat(ch.newValue()).isEqualTo("so-tai-chinh");
              assertThat(ch.proposedBy()).isEqualTo("cv.nhnn");
              assertThat(ch.decision()).isEqualTo(ChangeDecision.APPROVED);
              assertThat(ch.decidedBy()).isEqualTo("truongban");
              assertThat(ch.decidedAt()).isNotNull();
            });
    // The new lead agency's task says what the chair decided, and opens with nothing chosen.
    Task next = Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "so-tai-chinh");
    assertThat(engine.getTaskService().getVariable(next.getId(), "adjustmentOutcome"))
        .isEqualTo(
            "Trưởng ban đồng ý đề nghị điều chỉnh: Chuyển đơn vị chủ trì (không thuộc thẩm quyền).");
    assertThat(engine.getTaskService().getVariable(next.getId(), "directiveAction")).isNull();
    assertThat(engine.getTaskService().getVariable(next.getId(), "leadAgencyName"))
        .isEqualTo("Sở Tài chính tỉnh An Giang");

    // The case page shows the history and the status; the operation log words both steps.
    Http thuky = Http.browser(port);
    assertThat(thuky.loginToWebapp("cockpit", "thuky", "demo").status()).isEqualTo(200);
    Http.Response page =
        thuky.get(
            "/camunda/api/cockpit/plugin/bcd-supervision/default/case?number="
                + URLEncoder.encode(c.caseNumber, StandardCharsets.UTF_8));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    JsonNode directive = page.json().get("directives").get(0);
    assertThat(directive.get("leadAgency").asText()).isEqualTo("Sở Tài chính tỉnh An Giang");
    assertThat(directive.get("statusLabel").asText()).endsWith("(đã chuyển đơn vị chủ trì)");
    JsonNode change = directive.get("changes").get(0);
    assertThat(change.get("kind").asText())
        .isEqualTo("Chuyển đơn vị chủ trì (không thuộc thẩm quyền)");
    assertThat(change.get("oldValue").asText()).isEqualTo("Ngân hàng Nhà nước Khu vực 15");
    assertThat(change.get("newValue").asText()).isEqualTo("Sở Tài chính tỉnh An Giang");
    assertThat(change.get("decision").asText()).isEqualTo("Trưởng ban đồng ý");
    assertThat(change.get("decidedBy").asText()).isEqualTo("truongban");
    assertThat(page.json().get("operations").findValuesAsText("decision"))
        .contains(
            "Đề nghị điều chỉnh nhiệm vụ: Chuyển đơn vị chủ trì (không thuộc thẩm quyền)",
            "Đồng ý điều chỉnh");
  }

  @Test
  void contentChangeAndAddedSupportingAgencyApplyOnlyWhenApproved() {
    CaseScenario c =
        withDirective("802/QĐ-THADS", "chv.kv02", "so-tai-chinh", List.of("so-tu-phap"));
    // Refused first: nothing changes, the refusal and its reason are kept.
    c.complete(
        "cv.sotaichinh",
        reportTask(c, "so-tai-chinh"),
        Map.of(
            "directiveAction", "adjustment",
            "adjustmentKind", "content",
            "proposedTask", "Chỉ thẩm định giá quyền sử dụng đất.",
            "adjustmentReason", "Nhà trên đất đã được định giá."));
    assertThatThrownBy(
            () ->
                c.complete(
                    "truongban", "Task_DecideAdjustment", Map.of("adjustmentDecision", "reject")))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .hasMessageContaining("Ý kiến về đề nghị điều chỉnh chưa hợp lệ:")
        .hasMessageContaining("Thiếu Lý do không đồng ý.");
    c.complete(
        "truongban",
        "Task_DecideAdjustment",
        Map.of(
            "adjustmentDecision",
            "reject",
            "adjustmentNote",
            "Cần thẩm định cả nhà và đất để bán đấu giá."));
    DirectiveRepository.Directive d = only(c);
    assertThat(d.task()).isEqualTo("Thẩm định giá tài sản");
    assertThat(d.status()).isEqualTo(DirectiveStatus.OPEN);
    Task again = reportTask(c, "so-tai-chinh");
    assertThat(engine.getTaskService().getVariable(again.getId(), "adjustmentOutcome"))
        .isEqualTo(
            "Trưởng ban không đồng ý đề nghị điều chỉnh (Điều chỉnh nội dung nhiệm vụ). Lý do: Cần"
                + " thẩm định cả nhà và đất để bán đấu giá.");

    // Then one more supporting agency, approved.
    c.complete(
        "cv.sotaichinh",
        again,
        Map.of(
            "directiveAction", "adjustment",
            "adjustmentKind", "add-supporting",
            "proposedSupportingAgency", "so-nn-mt",
            "adjustmentReason", "Cần hồ sơ địa chính của thửa đất."));
    c.complete("truongban", "Task_DecideAdjustment", Map.of("adjustmentDecision", "approve"));
    d = only(c);
    assertThat(d.supportingAgencies()).containsExactly("so-tu-phap", "so-nn-mt");
    assertThat(d.status()).isEqualTo(DirectiveStatus.ADJUSTED);
    assertThat(directives.changes(d.id()))
        .extracting(DirectiveRepository.Change::kind, DirectiveRepository.Change::decision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AdjustmentKind.CONTENT, ChangeDecision.REJECTED),
            org.assertj.core.groups.Tuple.tuple(
                AdjustmentKind.ADD_SUPPORTING, ChangeDecision.APPROVED));
    Task next = reportTask(c, "so-tai-chinh");
    assertThat(engine.getTaskService().getVariable(next.getId(), "supportingAgencyNames"))
        .isEqualTo("Sở Tư pháp tỉnh An Giang; Sở Nông nghiệp và Môi trường tỉnh An Giang");

    // Reported after the adjustment: done as usual.
    c.complete(
        "cv.sotaichinh",
        next,
        Map.of("directiveAction", "report", "directiveResult", "Đã có chứng thư thẩm định giá."));
    c.complete("thuky", "Task_VerifyDirectiveResult", Map.of("resultVerdict", "accept"));
    assertThat(only(c).status().done()).isTrue();
  }

  @Test
  void cancelledDirectiveEndsAndLeavesNothingInTasklist() {
    CaseScenario c = withDirective("803/QĐ-THADS", "chv.kv03", "so-tu-phap", List.of());
    c.complete(
        "cv.sotuphap",
        reportTask(c, "so-tu-phap"),
        Map.of(
            "directiveAction", "adjustment",
            "adjustmentKind", "cancel",
            "adjustmentReason", "Người phải thi hành án đã tự nguyện nộp đủ tiền."));
    c.complete("truongban", "Task_DecideAdjustment", Map.of("adjustmentDecision", "approve"));

    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(c.caseNumber)
                .taskDefinitionKey("Task_ReportDirectiveResult")
                .count())
        .isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .activityId("EndEvent_DirectiveCancelled")
                .processInstanceId(
                    engine
                        .getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey("DirectiveExecutionProcess")
                        .processInstanceBusinessKey(c.caseNumber)
                        .singleResult()
                        .getId())
                .count())
        .isEqualTo(1);
    DirectiveRepository.Directive d = only(c);
    assertThat(d.status()).isEqualTo(DirectiveStatus.CANCELLED);
    assertThat(d.status().closed()).isTrue();
  }

  @Test
  void badProposalsAreRefusedInVietnameseAndNothingIsRecorded() {
    CaseScenario c =
        withDirective("804/QĐ-THADS", "chv.kv04", "so-tai-chinh", List.of("so-tu-phap"));
    Task report = reportTask(c, "so-tai-chinh");
    long id = only(c).id();
    assertRefused(
        c,
        report,
        Map.of("directiveAction", "adjustment"),
        "Chưa chọn nội dung đề nghị điều chỉnh: phải là 'Điều chỉnh nội dung nhiệm vụ'",
        "Thiếu Lý do đề nghị điều chỉnh.");
    assertRefused(
        c,
        report,
        Map.of(
            "directiveAction", "adjustment",
            "adjustmentKind", "reassign",
            "proposedLeadAgency", "so-khong-co",
            "adjustmentReason", "x"),
        "'so-khong-co' không có trong danh sách tổ chức");
    assertRefused(
        c,
        report,
        Map.of(
            "directiveAction", "adjustment",
            "adjustmentKind", "reassign",
            "proposedLeadAgency", "so-tai-chinh",
            "adjustmentReason", "x"),
        "Đơn vị chủ trì đề nghị đang là đơn vị chủ trì của nhiệm vụ.");
    assertRefused(
        c,
        report,
        Map.of(
            "directiveAction", "adjustment",
            "adjustmentKind", "add-supporting",
            "proposedSupportingAgency", "so-tu-phap",
            "adjustmentReason", "x"),
        "Đơn vị phối hợp bổ sung đã là đơn vị phối hợp của nhiệm vụ.");
    assertRefused(
        c,
        report,
        Map.of(
            "directiveAction", "adjustment",
            "adjustmentKind", "content",
            "proposedTask", "Thẩm định giá tài sản",
            "adjustmentReason", "x"),
        "Nội dung nhiệm vụ đề nghị giống nội dung hiện tại.");
    assertRefused(
        c,
        report,
        Map.of("directiveAction", "adjustment", "adjustmentKind", "xoa", "adjustmentReason", "x"),
        "nội dung đề nghị điều chỉnh");
    assertThat(directives.changes(id)).isEmpty();
    assertThat(c.tasks("Task_DecideAdjustment")).isEmpty();

    // Over engine-rest, as a client bypassing the form: 400 in Vietnamese, the task still open.
    Http officer = Http.rest(port, "cv.sotaichinh", "demo");
    Map<String, Object> body = new HashMap<>();
    body.put("directiveAction", CaseRequests.string("adjustment"));
    body.put("adjustmentKind", CaseRequests.string("reassign"));
    body.put("proposedLeadAgency", CaseRequests.string("co-quan-la"));
    body.put("adjustmentReason", CaseRequests.string("Không thuộc thẩm quyền."));
    Http.Response refused =
        officer.postJson(
            "/engine-rest/task/" + report.getId() + "/submit-form", CaseRequests.variables(body));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .contains("'co-quan-la' không có trong danh sách tổ chức");
    assertThat(directives.changes(id)).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskId(report.getId()).count())
        .isEqualTo(1);
  }

  private void assertRefused(
      CaseScenario c, Task report, Map<String, Object> variables, String... messages) {
    var refusal =
        assertThatThrownBy(() -> c.complete("cv.sotaichinh", report, variables))
            .hasRootCauseInstanceOf(InvalidCaseDataException.class)
            .hasMessageContaining("Báo cáo nhiệm vụ chưa hợp lệ:");
    for (String m : messages) {
      refusal.hasMessageContaining(m);
    }
  }

  private CaseScenario withDirective(
      String decisionNo, String officer, String lead, List<String> support) {
    CaseScenario c = Lifecycle.toMeeting(engine, officer, decisionNo);
    Lifecycle.holdMeeting(c);
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(false, new Lifecycle.Row(lead, support, "Thẩm định giá tài sản", 10)));
    c.runJobs();
    return c;
  }

  private Task reportTask(CaseScenario c, String agency) {
    return Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", agency);
  }

  private DirectiveRepository.Directive only(CaseScenario c) {
    return directives.ofCase(cases.findByNumber(c.caseNumber).orElseThrow().id()).get(0);
  }
}
