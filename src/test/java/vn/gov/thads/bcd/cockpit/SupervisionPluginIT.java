package vn.gov.thads.bcd.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.EngineClock.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.testsupport.Reminders;

/**
 * The Cockpit plugin over HTTP with a webapp session, on PostgreSQL: the overdue dashboard as a
 * supervisor and as agency staff, its sorting, filters and refusals, the case tabs (directives with
 * an extension and a late report, reminders sent). The dashboard's cases live in March 2026, the
 * directives' case in 2027, so that neither test sees the other's steps as overdue or due soon.
 */
class SupervisionPluginIT extends IntegrationTest {

  static final String API = "/camunda/api/cockpit/plugin/bcd-supervision/default";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Http session(String app, String user) {
    Http http = Http.browser(port);
    assertThat(http.loginToWebapp(app, user, "demo").status())
        .as("login of " + user)
        .isEqualTo(200);
    return http;
  }

  private static JsonNode ok(Http.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private CaseScenario consulting(
      String officer, String decisionNo, String category, List<String> agencies) {
    Map<String, Object> dossier = new HashMap<>(CaseScenario.dossier(decisionNo));
    dossier.put("caseCategory", category);
    CaseScenario c = CaseScenario.start(engine, officer, dossier);
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    c.complete(
        "thuky", "Task_ConfirmAgencies", Map.of("consultedAgencies", Lifecycle.json(agencies)));
    return c;
  }

  private void remindersAt(String vietnamTime, List<CaseScenario> cases) {
    at(vietnamTime);
    cases.forEach(c -> Reminders.sendDue(engine, c));
  }

  private static Map<String, long[]> countsByAgency(JsonNode page) {
    Map<String, long[]> counts = new HashMap<>();
    page.get("agencies")
        .forEach(
            a ->
                counts.put(
                    a.get("id").asText(),
                    new long[] {a.get("overdue").asLong(), a.get("dueSoon").asLong()}));
    return counts;
  }

  private static List<String> column(JsonNode page, String field) {
    return StreamSupport.stream(page.get("rows").spliterator(), false)
        .map(r -> r.get(field).asText())
        .toList();
  }

  private long sentReminders(String taskId) {
    return jdbc.sql(
            "select count(*) from bcd_reminder where task_id = ? and status in ('SENT', 'DIGESTED')")
        .param(taskId)
        .query(Long.class)
        .single();
  }

  @Test
  void overdueDashboardCountsSortsFiltersAndShowsEachUserOnlyWhatTheyMayRead() {
    at("2026-03-02T10:00:00"); // Monday; opinions due Monday 09/03 17:00, approvals Thursday 05/03
    // 17:00
    CaseScenario a =
        consulting(
            "chv.kv01",
            "501/QĐ-THADS",
            "tin-dung-ngan-hang",
            List.of("so-tu-phap", "nhnn-chi-nhanh"));
    CaseScenario b =
        consulting("chv.kv02", "502/QĐ-THADS", "tranh-chap-tai-san", List.of("so-tai-chinh"));
    CaseScenario c = CaseScenario.start(engine, "chv.kv03", CaseScenario.dossier("503/QĐ-THADS"));
    List<CaseScenario> early = List.of(a, b, c);
    remindersAt("2026-03-05T08:00:00", early);
    remindersAt("2026-03-09T08:00:00", early);
    remindersAt("2026-03-12T08:00:00", early);
    at("2026-03-13T10:00:00");
    CaseScenario d =
        CaseScenario.start(engine, "chv.kv04", CaseScenario.dossier("504/QĐ-THADS")); // due 18/03
    at("2026-03-19T10:00:00");
    CaseScenario e =
        CaseScenario.start(engine, "chv.kv04", CaseScenario.dossier("505/QĐ-THADS")); // due 24/03
    remindersAt("2026-03-20T09:00:00", List.of(a, b, c, d, e)); // Friday

    Http thuky = session("cockpit", "thuky");
    JsonNode all = ok(thuky.get(API + "/overdue"));
    Map<String, long[]> counts = countsByAgency(all);
    assertThat(counts)
        .containsOnlyKeys("so-tu-phap", "nhnn-chi-nhanh", "so-tai-chinh", "bcd-standing-deputy");
    assertThat(counts.get("so-tu-phap")).containsExactly(1, 0);
    assertThat(counts.get("nhnn-chi-nhanh")).containsExactly(1, 0);
    assertThat(counts.get("so-tai-chinh")).containsExactly(1, 0);
    assertThat(counts.get("bcd-standing-deputy"))
        .containsExactly(2, 1); // C and D overdue, E due soon
    assertThat(all.get("total").asLong()).isEqualTo(6);
    assertThat(all.get("overdue").asLong()).isEqualTo(5);
    assertThat(all.get("dueSoon").asLong()).isEqualTo(1);
    assertThat(all.get("agencies").get(0).get("name").asText())
        .isEqualTo("Phó Trưởng ban thường trực");

    // Default order: the longest overdue first (C's approval, due 05/03: 11 working days by Friday
    // 20/03).
    JsonNode first = all.get("rows").get(0);
    assertThat(first.get("caseNumber").asText()).isEqualTo(c.caseNumber);
    assertThat(first.get("taskName").asText()).isEqualTo("Phê duyệt gửi xin ý kiến BCĐ");
    assertThat(first.get("dueText").asText()).isEqualTo("05/03/2026");
    assertThat(first.get("daysOverdue").asInt()).isEqualTo(11);
    assertThat(first.get("escalationLevel").asInt()).as("chair after 10 working days").isEqualTo(2);
    assertThat(first.get("processInstanceId").asText()).isEqualTo(c.opinionRequest().getId());
    assertThat(column(all, "caseNumber")).last().isEqualTo(e.caseNumber);
    JsonNode last = all.get("rows").get(5);
    assertThat(last.get("overdue").asBoolean()).isFalse();
    assertThat(last.get("daysOverdue").asInt()).isZero();
    assertThat(last.get("dueText").asText()).isEqualTo("24/03/2026");

    Task opinionOfJustice = Lifecycle.taskOf(engine, a, "Task_GiveOpinion", "so-tu-phap");
    JsonNode justice =
        StreamSupport.stream(all.get("rows").spliterator(), false)
            .filter(r -> r.get("taskId").asText().equals(opinionOfJustice.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(justice.get("agencyName").asText()).isEqualTo("Sở Tư pháp tỉnh An Giang");
    assertThat(justice.get("categoryLabel").asText()).isEqualTo("Án tín dụng, ngân hàng");
    assertThat(justice.get("daysOverdue").asInt()).isEqualTo(9);
    assertThat(justice.get("escalationLevel").asInt()).isEqualTo(1);
    // Before the due date, on it, 3 days after (with the escalation to the head), 9 days after.
    assertThat(justice.get("remindersSent").asLong())
        .isEqualTo(5)
        .isEqualTo(sentReminders(opinionOfJustice.getId()));

    // Sorting.
    assertThat(column(ok(thuky.get(API + "/overdue?sort=caseNumber&order=desc")), "caseNumber"))
        .isSortedAccordingTo(Comparator.reverseOrder())
        .first()
        .isEqualTo(e.caseNumber);
    JsonNode byEscalation = ok(thuky.get(API + "/overdue?sort=escalation&order=desc"));
    assertThat(column(byEscalation, "escalationLevel"))
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(column(byEscalation, "escalationLevel").get(0)).isEqualTo("2");
    List<Long> reminders = new ArrayList<>();
    ok(thuky.get(API + "/overdue?sort=reminders&order=asc"))
        .get("rows")
        .forEach(r -> reminders.add(r.get("remindersSent").asLong()));
    assertThat(reminders).isSorted().hasSize(6);

    // Paging.
    JsonNode page2 = ok(thuky.get(API + "/overdue?limit=4&offset=4"));
    assertThat(page2.get("rows")).hasSize(2);
    assertThat(page2.get("total").asLong()).isEqualTo(6);
    assertThat(column(page2, "taskId"))
        .doesNotContainAnyElementsOf(column(ok(thuky.get(API + "/overdue?limit=4")), "taskId"));

    // Filters.
    JsonNode land = ok(thuky.get(API + "/overdue?category=tranh-chap-tai-san"));
    assertThat(column(land, "caseNumber")).containsExactly(b.caseNumber);
    assertThat(countsByAgency(land)).containsOnlyKeys("so-tai-chinh");
    JsonNode deputy = ok(thuky.get(API + "/overdue?agency=bcd-standing-deputy"));
    assertThat(column(deputy, "caseNumber"))
        .containsExactly(c.caseNumber, d.caseNumber, e.caseNumber);
    assertThat(
            ok(thuky.get(API + "/overdue?agency=so-tu-phap&category=tranh-chap-tai-san"))
                .get("total")
                .asLong())
        .isZero();

    // Bad filters: 400 with a message in Vietnamese, nothing else.
    Http.Response unknown = thuky.get(API + "/overdue?agency=so-khong-co");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText())
        .isEqualTo("Bộ lọc không hợp lệ: Đơn vị 'so-khong-co' không có trong danh sách tổ chức.");
    Http.Response badSort =
        thuky.get(
            API
                + "/overdue?sort="
                + URLEncoder.encode("DUE_DATE_;drop table bcd_case", StandardCharsets.UTF_8)
                + "&category=xyz&limit=0");
    assertThat(badSort.status()).isEqualTo(400);
    assertThat(badSort.json().get("message").asText())
        .contains(
            "Không sắp xếp được theo 'DUE_DATE_;drop table bcd_case'",
            "Loại vụ việc 'xyz' không hợp lệ.",
            "Số dòng mỗi trang '0' không hợp lệ");

    // An agency's staff see the cases their agency takes part in (kv02: case B, all its steps), not
    // the others'.
    JsonNode kv02 = ok(session("tasklist", "chv.kv02").get(API + "/overdue"));
    assertThat(column(kv02, "caseNumber")).containsOnly(b.caseNumber).hasSize(1);
    assertThat(countsByAgency(kv02)).containsOnlyKeys("so-tai-chinh");
    JsonNode kv01 = ok(session("tasklist", "chv.kv01").get(API + "/overdue"));
    assertThat(column(kv01, "caseNumber")).containsOnly(a.caseNumber).hasSize(2);
    // Their page is sorted and cut as a supervisor's is, beside the counts of their whole view.
    Http kv01Session = session("tasklist", "chv.kv01");
    JsonNode kv01Second =
        ok(kv01Session.get(API + "/overdue?sort=agency&order=desc&limit=1&offset=1"));
    assertThat(kv01Second.get("total").asLong()).isEqualTo(2);
    assertThat(column(kv01Second, "agencyId")).containsExactly("nhnn-chi-nhanh");
    assertThat(countsByAgency(kv01Second)).containsOnlyKeys("so-tu-phap", "nhnn-chi-nhanh");
    assertThat(
            column(
                ok(kv01Session.get(API + "/overdue?sort=agency&order=desc&limit=1")), "agencyId"))
        .containsExactly("so-tu-phap");
    assertThat(ok(kv01Session.get(API + "/overdue?offset=2")).get("rows")).isEmpty();
    // A consulted agency takes part in the case: it sees the case's steps (its own opinion and the
    // other agency's),
    // as the submitting office does, and nothing of the other cases.
    JsonNode justiceStaff = ok(session("tasklist", "cv.sotuphap").get(API + "/overdue"));
    assertThat(column(justiceStaff, "caseNumber")).containsOnly(a.caseNumber).hasSize(2);
    assertThat(column(justiceStaff, "taskId")).contains(opinionOfJustice.getId());
    // An agency not in any of these cases sees nothing.
    assertThat(ok(session("tasklist", "chv.kv09").get(API + "/overdue")).get("total").asLong())
        .isZero();

    // The reminders tab of case A, from its opinion-request instance.
    JsonNode tab =
        ok(thuky.get(API + "/process-instance/" + a.opinionRequest().getId() + "/reminders"));
    assertThat(tab.get("caseRef").get("caseNumber").asText()).isEqualTo(a.caseNumber);
    List<String> kinds = new ArrayList<>();
    tab.get("reminders").forEach(r -> kinds.add(r.get("kindLabel").asText()));
    assertThat(kinds)
        .contains(
            "Sắp đến hạn", "Đến hạn hôm nay", "Quá hạn", "Báo cáo lãnh đạo đơn vị và Tổ Thư ký");
    assertThat(tab.get("reminders"))
        .hasSize(
            (int)
                jdbc.sql(
                        "select count(*) from bcd_reminder where case_id = "
                            + "(select id from bcd_case where case_number = ?)")
                    .param(a.caseNumber)
                    .query(Long.class)
                    .single()
                    .longValue());
    JsonNode escalation =
        StreamSupport.stream(tab.get("reminders").spliterator(), false)
            .filter(
                r ->
                    r.get("kind").asText().equals("ESCALATION_HEAD")
                        && r.get("agency").asText().equals("Sở Tư pháp tỉnh An Giang"))
            .findFirst()
            .orElseThrow();
    assertThat(escalation.get("taskName").asText()).isEqualTo("Cho ý kiến bằng văn bản");
    assertThat(escalation.get("statusLabel").asText()).isEqualTo("Đã gửi");
    assertThat(escalation.get("due").asText()).isEqualTo("09/03/2026 17:00");
    assertThat(escalation.get("sentAt").asText()).isEqualTo("12/03/2026 08:00");
    assertThat(escalation.get("recipients").asText()).isNotBlank();
    // Case A is not kv02's: refused.
    Http.Response foreign =
        session("tasklist", "chv.kv02")
            .get(API + "/process-instance/" + a.main.getId() + "/reminders");
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.json().get("message").asText())
        .isEqualTo("Bạn không có quyền xem vụ việc của phiên bản quy trình này.");
    assertThat(
            session("tasklist", "chv.kv01")
                .get(API + "/process-instance/" + a.main.getId() + "/reminders")
                .status())
        .isEqualTo(200);
  }

  @Test
  void directivesTabShowsLeadSupportDeadlinesExtensionsAndStatus() {
    at("2027-06-01T09:00:00");
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv05", "601/QĐ-THADS");
    Lifecycle.holdMeeting(c);
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        Lifecycle.conclusion(
            false,
            new Lifecycle.Row(
                "nhnn-chi-nhanh", List.of(), "Chỉ đạo ngân hàng cung cấp hồ sơ tín dụng", 10),
            new Lifecycle.Row(
                "so-tai-chinh",
                List.of("so-tu-phap", "thads-kv05"),
                "Thẩm định giá tài sản <b>kê biên</b>",
                5),
            new Lifecycle.Row("thads-kv05", List.of(), "Xác minh lại điều kiện thi hành án", 60)));
    c.runJobs();
    LocalDate today = Lifecycle.today();
    LocalDate bankDeadline = today.plusDays(10);
    LocalDate extended = today.plusDays(40);
    c.complete(
        "cv.nhnn",
        Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "nhnn-chi-nhanh"),
        Map.of(
            "directiveAction",
            "extension",
            "proposedDeadline",
            extended.toString(),
            "extensionReason",
            "Hồ sơ lưu tại hội sở."));
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
    LocalDate valuationDeadline = today.plusDays(5);
    ClockUtil.setCurrentTime(
        Date.from(valuationDeadline.plusDays(3).atTime(9, 0).atZone(VietnamTime.ZONE).toInstant()));
    c.complete(
        "cv.sotaichinh",
        Lifecycle.taskOf(engine, c, "Task_ReportDirectiveResult", "so-tai-chinh"),
        Map.of("directiveAction", "report", "directiveResult", "Đã có chứng thư thẩm định giá."));
    c.complete("thuky", "Task_VerifyDirectiveResult", Map.of("resultVerdict", "accept"));

    String directiveInstance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(c.caseNumber)
            .processDefinitionKey("DirectiveExecutionProcess")
            .list()
            .get(0)
            .getId();
    Http thuky = session("cockpit", "thuky");
    for (String instance : List.of(c.main.getId(), directiveInstance)) {
      JsonNode tab = ok(thuky.get(API + "/process-instance/" + instance + "/directives"));
      assertThat(tab.get("caseRef").get("caseNumber").asText()).isEqualTo(c.caseNumber);
      JsonNode ds = tab.get("directives");
      assertThat(ds).hasSize(3);
      JsonNode bank = ds.get(0);
      assertThat(bank.get("conclusionNo").asText()).isEqualTo("215/TB-UBND");
      assertThat(bank.get("leadAgency").asText()).isEqualTo("Ngân hàng Nhà nước Khu vực 15");
      assertThat(bank.get("supportingAgencies")).isEmpty();
      assertThat(bank.get("originalDeadline").asText())
          .isEqualTo(bankDeadline.format(VietnamTime.DATE));
      assertThat(bank.get("deadline").asText()).isEqualTo(extended.format(VietnamTime.DATE));
      assertThat(bank.get("extensions"))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.get("oldDeadline").asText())
                    .isEqualTo(bankDeadline.format(VietnamTime.DATE));
                assertThat(x.get("newDeadline").asText())
                    .isEqualTo(extended.format(VietnamTime.DATE));
                assertThat(x.get("reason").asText())
                    .isEqualTo("Đồng ý gia hạn do hồ sơ lưu tại hội sở.");
              });
      assertThat(bank.get("statusLabel").asText()).isEqualTo("Đúng hạn");
      JsonNode valuation = ds.get(1);
      assertThat(valuation.get("task").asText()).isEqualTo("Thẩm định giá tài sản <b>kê biên</b>");
      assertThat(valuation.get("supportingAgencies").get(0).asText())
          .isEqualTo("Sở Tư pháp tỉnh An Giang");
      assertThat(valuation.get("supportingAgencies").get(1).asText())
          .isEqualTo("Phòng Thi hành án dân sự khu vực 5");
      assertThat(valuation.get("status").asText()).isEqualTo("DONE_LATE");
      assertThat(valuation.get("statusLabel").asText()).isEqualTo("Hoàn thành trễ hạn");
      assertThat(ds.get(2).get("statusLabel").asText()).isEqualTo("Đúng hạn");
    }
    // Near the bank's new deadline the directive is due soon, after it overdue.
    ClockUtil.setCurrentTime(
        Date.from(extended.minusDays(1).atTime(9, 0).atZone(VietnamTime.ZONE).toInstant()));
    JsonNode soon =
        ok(thuky.get(API + "/process-instance/" + c.main.getId() + "/directives"))
            .get("directives")
            .get(0);
    assertThat(soon.get("status").asText()).isEqualTo("DUE_SOON");
    assertThat(soon.get("statusLabel").asText()).isEqualTo("Sắp đến hạn");
    ClockUtil.setCurrentTime(
        Date.from(extended.plusDays(1).atTime(9, 0).atZone(VietnamTime.ZONE).toInstant()));
    assertThat(
            ok(thuky.get(API + "/process-instance/" + c.main.getId() + "/directives"))
                .get("directives")
                .get(0)
                .get("statusLabel")
                .asText())
        .isEqualTo("Quá hạn");

    // The office of the case reads it; another office does not; an unknown instance is not found.
    assertThat(
            session("tasklist", "chv.kv05")
                .get(API + "/process-instance/" + c.main.getId() + "/directives")
                .status())
        .isEqualTo(200);
    assertThat(
            session("tasklist", "chv.kv06")
                .get(API + "/process-instance/" + c.main.getId() + "/directives")
                .status())
        .isEqualTo(403);
    Http.Response missing = thuky.get(API + "/process-instance/khong-co/directives");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("message").asText())
        .startsWith("Không tìm thấy phiên bản quy trình");
  }

  @Test
  void pluginAssetIsServedAndTheApiNeedsALogin() {
    Http anonymous = Http.browser(port);
    Http.Response asset =
        anonymous.get("/camunda/api/cockpit/plugin/bcd-supervision/static/app/plugin.js");
    assertThat(asset.status()).isEqualTo(200);
    assertThat(asset.body())
        .contains(
            "cockpit.dashboard",
            "cockpit.processInstance.runtime.tab",
            "Việc quá hạn",
            "Kết luận và nhiệm vụ",
            "Nhắc việc")
        .doesNotContain("innerHTML");
    // The register and case page, which Tasklist imports too.
    Http.Response views =
        anonymous.get("/camunda/api/cockpit/plugin/bcd-supervision/static/app/case-views.js");
    assertThat(views.status()).isEqualTo(200);
    assertThat(views.body())
        .contains("export function renderRegister", "Hồ sơ vụ việc")
        .doesNotContain("innerHTML");
    assertThat(
            anonymous
                .get("/camunda/api/cockpit/plugin/bcd-supervision/static/app/other.js")
                .status())
        .isEqualTo(403);
    Http.Response css =
        anonymous.get("/camunda/api/cockpit/plugin/bcd-supervision/static/app/plugin.css");
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.body()).contains(".bcd-sv");
    assertThat(anonymous.get(API + "/overdue").status()).isIn(401, 403);
    JsonNode choices = ok(session("cockpit", "thuky").get(API + "/overdue/choices"));
    assertThat(choices.get("categories").get(0).get("label").asText())
        .isEqualTo("Án tín dụng, ngân hàng");
    assertThat(choices.get("agencies").toString()).contains("thads-kv01", "Sở Tư pháp");
  }
}
