package vn.gov.thads.bcd.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * The case register ("Sổ theo dõi vụ việc") and the case page over HTTP with a webapp session, on
 * PostgreSQL: search by each criterion (number, debtor with or without accents, decision number,
 * office, category, status), open and closed cases, what a supervisor and agency staff see, and
 * refusals of bad input. The closed case went through coercion (the police disagreed, the chair
 * stopped it) and follow-up, so its page shows coercion progress and the operation log from the
 * engine's history.
 */
class CaseRegisterIT extends IntegrationTest {

  static final String API = SupervisionPluginIT.API;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Http session(String app, String user) {
    Http http = Http.browser(port);
    assertThat(http.loginToWebapp(app, user, "demo").status()).isEqualTo(200);
    return http;
  }

  private static JsonNode ok(Http.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> numbers(JsonNode page) {
    List<String> numbers = new ArrayList<>();
    page.get("rows").forEach(r -> numbers.add(r.get("caseNumber").asText()));
    return numbers;
  }

  /** The coercion case of CaseLifecycleScenarioIT, to closure. */
  static CaseScenario closedCoercionCase(ProcessEngine engine, String officer, String decisionNo) {
    CaseScenario c = Lifecycle.toMeeting(engine, officer, decisionNo);
    Lifecycle.holdMeeting(c);
    Lifecycle.orderCoercion(c, officer);
    Lifecycle.policeDisagreeChairStops(c, officer);
    Lifecycle.terminateAndClose(engine, c, officer);
    return c;
  }

  @Test
  void supervisorsFindOpenAndClosedCasesInOneStepAndAgenciesOnlyTheirs() {
    CaseScenario closed = closedCoercionCase(engine, "chv.kv11", "7101/QĐ-THADS");
    Map<String, Object> fish = new HashMap<>(CaseScenario.dossier("7102/QĐ-THADS"));
    fish.put("debtorName", "Công ty TNHH Thủy sản Đồng Tháp Mười");
    fish.put("caseCategory", "tranh-chap-tai-san");
    CaseScenario open = CaseScenario.start(engine, "chv.kv12", fish);
    CaseScenario other =
        CaseScenario.start(engine, "chv.kv12", CaseScenario.dossier("7103/QĐ-THADS"));

    Http thuky = session("cockpit", "thuky");
    // By case number, exactly or a part of it.
    assertThat(numbers(ok(thuky.get(API + "/cases?q=" + enc(closed.caseNumber)))))
        .containsExactly(closed.caseNumber);
    assertThat(
            numbers(
                ok(
                    thuky.get(
                        API
                            + "/cases?q="
                            + enc(closed.caseNumber.replace("BCĐ", "bcd").toLowerCase())))))
        .containsExactly(closed.caseNumber);
    // By a fragment of the debtor's name, accents optional, words in any order.
    assertThat(numbers(ok(thuky.get(API + "/cases?q=" + enc("thuy san dong thap")))))
        .containsExactly(open.caseNumber);
    assertThat(numbers(ok(thuky.get(API + "/cases?q=" + enc("Tháp Mười THỦY")))))
        .containsExactly(open.caseNumber);
    // By the enforcement decision number.
    assertThat(numbers(ok(thuky.get(API + "/cases?q=" + enc("7103/QĐ")))))
        .containsExactly(other.caseNumber);
    // By office, category and status; closed cases are in the register.
    JsonNode kv12 = ok(thuky.get(API + "/cases?office=thads-kv12&limit=200"));
    assertThat(numbers(kv12)).contains(open.caseNumber, other.caseNumber);
    assertThat(numbers(kv12)).doesNotContain(closed.caseNumber);
    assertThat(numbers(ok(thuky.get(API + "/cases?office=thads-kv12&category=tranh-chap-tai-san"))))
        .containsExactly(open.caseNumber);
    JsonNode closedOnes = ok(thuky.get(API + "/cases?status=CLOSED&q=7101"));
    assertThat(numbers(closedOnes)).containsExactly(closed.caseNumber);
    JsonNode closedRow = closedOnes.get("rows").get(0);
    assertThat(closedRow.get("statusLabel").asText()).isEqualTo("Đã kết thúc");
    assertThat(closedRow.get("closed").asBoolean()).isTrue();
    assertThat(closedRow.get("officeName").asText()).contains("khu vực 11");
    assertThat(numbers(ok(thuky.get(API + "/cases?status=OPEN&q=7101")))).isEmpty();
    assertThat(numbers(ok(thuky.get(API + "/cases?status=DOSSIER_REVIEW&office=thads-kv12"))))
        .contains(open.caseNumber, other.caseNumber);
    // Sorted and paged.
    JsonNode byNumber = ok(thuky.get(API + "/cases?q=710&sort=caseNumber&order=asc&limit=2"));
    assertThat(byNumber.get("total").asLong()).isEqualTo(3);
    assertThat(numbers(byNumber)).containsExactly(closed.caseNumber, open.caseNumber);
    assertThat(
            numbers(ok(thuky.get(API + "/cases?q=710&sort=caseNumber&order=asc&limit=2&offset=2"))))
        .containsExactly(other.caseNumber);
    // Characters of LIKE are taken literally.
    assertThat(ok(thuky.get(API + "/cases?q=" + enc("%_"))).get("total").asLong()).isZero();

    // Agency staff: the office of the case and the agencies taking part, nobody else.
    assertThat(numbers(ok(session("tasklist", "chv.kv11").get(API + "/cases?q=710"))))
        .containsExactly(closed.caseNumber);
    assertThat(numbers(ok(session("tasklist", "cv.congan").get(API + "/cases?q=710"))))
        .containsExactly(closed.caseNumber);
    assertThat(numbers(ok(session("tasklist", "chv.kv12").get(API + "/cases?q=710"))))
        .containsExactlyInAnyOrder(open.caseNumber, other.caseNumber);
    assertThat(ok(session("tasklist", "chv.kv09").get(API + "/cases?q=710")).get("total").asLong())
        .isZero();

    // Bad input: 400 in Vietnamese, several problems at once.
    Http.Response bad =
        thuky.get(
            API
                + "/cases?office=so-khong-co&category=xyz&status=DONE&sort="
                + enc("case_number;drop table bcd_case")
                + "&limit=0");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("message").asText())
        .startsWith("Tìm kiếm không hợp lệ:")
        .contains(
            "Đơn vị 'so-khong-co' không có trong danh sách tổ chức.",
            "Loại vụ việc 'xyz' không hợp lệ.",
            "Trạng thái 'DONE' không hợp lệ.",
            "Không sắp xếp được theo 'case_number;drop table bcd_case'",
            "Số dòng mỗi trang '0' không hợp lệ");
    assertThat(thuky.get(API + "/cases?q=" + "x".repeat(201)).status()).isEqualTo(400);

    // Choices: offices are agencies, statuses in Vietnamese.
    JsonNode choices = ok(thuky.get(API + "/cases/choices"));
    assertThat(choices.get("offices").get(0).get("code").asText()).startsWith("thads-kv");
    assertThat(choices.get("statuses").toString()).contains("Đã kết thúc", "Chưa kết thúc");
  }

  @Test
  void theCasePageOfAClosedCaseShowsItsWholeRecordToThoseWhoMayReadIt() {
    CaseScenario c = closedCoercionCase(engine, "chv.kv13", "7201/QĐ-THADS");
    Http thuky = session("cockpit", "thuky");
    JsonNode page = ok(thuky.get(API + "/case?number=" + enc(c.caseNumber)));
    assertThat(page.get("running").asBoolean()).isFalse();
    JsonNode d = page.get("dossier");
    assertThat(d.get("caseNumber").asText()).isEqualTo(c.caseNumber);
    assertThat(d.get("statusLabel").asText()).isEqualTo("Đã kết thúc");
    assertThat(d.get("debtorName").asText()).isEqualTo("Công ty cổ phần Nông sản Tân Hiệp");
    assertThat(d.get("judgmentNo").asText()).isEqualTo("08/2025/KDTM-PT");
    assertThat(d.get("outcome").asText()).isEqualTo("Đình chỉ thi hành án");
    assertThat(d.get("closedAt").isNull()).isFalse();
    assertThat(page.get("opinions")).isNotEmpty();
    assertThat(page.get("opinions").get(0).get("timingLabel").asText()).isNotBlank();
    assertThat(page.get("conclusions")).hasSize(1);
    assertThat(page.get("conclusions").get(0).get("coercionOrdered").asBoolean()).isTrue();
    assertThat(page.get("directives").get(0).get("leadAgency").asText()).contains("Công an");
    // Coercion progress: the police's refusal, the chair's stop and each recorded step.
    JsonNode enforcement = page.get("enforcements").get(0);
    assertThat(enforcement.get("policePosition").asText()).isEqualTo("Không đồng ý cưỡng chế");
    assertThat(enforcement.get("chairDecision").asText()).isEqualTo("Dừng cưỡng chế");
    assertThat(enforcement.get("outcome").asText()).isEqualTo("Dừng cưỡng chế");
    List<String> steps = new ArrayList<>();
    enforcement.get("steps").forEach(s -> steps.add(s.get("stepLabel").asText()));
    assertThat(steps).isNotEmpty().allMatch(s -> !s.startsWith("Task_"));
    assertThat(page.get("followUp")).isNotEmpty();
    // The operation log from the engine's history, with what was decided.
    List<String> decisions = new ArrayList<>();
    page.get("operations")
        .forEach(o -> decisions.add(o.get("decision").isNull() ? "" : o.get("decision").asText()));
    assertThat(decisions)
        .contains(
            "Phê duyệt",
            "Hồ sơ đầy đủ",
            "Công an không đồng ý cưỡng chế",
            "Dừng cưỡng chế",
            "Chấp nhận kết quả");

    // The office and the police read it; another office is refused; an unknown number is not
    // found.
    assertThat(
            session("tasklist", "chv.kv13").get(API + "/case?number=" + enc(c.caseNumber)).status())
        .isEqualTo(200);
    assertThat(
            session("tasklist", "cv.congan")
                .get(API + "/case?number=" + enc(c.caseNumber))
                .status())
        .isEqualTo(200);
    Http.Response foreign =
        session("tasklist", "chv.kv14").get(API + "/case?number=" + enc(c.caseNumber));
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.json().get("message").asText()).startsWith("Bạn không có quyền xem vụ việc");
    Http.Response missing = thuky.get(API + "/case?number=" + enc("BCĐ-1999-9999"));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("message").asText())
        .isEqualTo("Không tìm thấy vụ việc BCĐ-1999-9999.");
    assertThat(thuky.get(API + "/case").status()).isEqualTo(400);
  }
}
