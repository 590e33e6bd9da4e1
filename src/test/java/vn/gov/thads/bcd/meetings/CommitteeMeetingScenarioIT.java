package vn.gov.thads.bcd.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.gov.thads.bcd.testsupport.Lifecycle.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * A meeting of the Ban Chỉ đạo is its own record shared by the cases on its agenda, on PostgreSQL:
 * the quarterly meeting scheduled for one case and joined by two others, minutes per case, a
 * conclusion per case, the agenda on the case page and over {@code GET /api/meetings/{id}}; and the
 * secretariat's bad choices refused in Vietnamese with nothing recorded.
 */
class CommitteeMeetingScenarioIT extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CommitteeMeetings meetings;
  @Autowired WorkingDays workingDays;
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
  void aMeetingWithThreeCases() {
    LocalDate day = workingDays.plus(today(), 20);
    CaseScenario first = Lifecycle.toMeeting(engine, "chv.kv04", "2401/QĐ-THADS");
    CaseScenario second = Lifecycle.toMeeting(engine, "chv.kv05", "2402/QĐ-THADS");
    CaseScenario third = Lifecycle.toMeeting(engine, "chv.kv06", "2403/QĐ-THADS");

    first.complete("thuky", "Task_ScheduleMeeting", Lifecycle.quarterlyMeeting(day));
    long meetingId = committeeMeetingOf(first);
    CommitteeMeetings.Meeting meeting = meetings.find(meetingId).orElseThrow();
    assertThat(meeting.type()).isEqualTo("QUARTERLY");
    assertThat(meeting.chair()).isEqualTo("Nguyễn Văn Hùng, Trưởng Ban Chỉ đạo");
    assertThat(meetings.participants(meetingId))
        .containsExactly(
            new CommitteeMeetings.Participant("ubnd-tinh", null),
            new CommitteeMeetings.Participant("thads-tinh", null),
            new CommitteeMeetings.Participant("so-tu-phap", null),
            new CommitteeMeetings.Participant("vks-tinh", null),
            new CommitteeMeetings.Participant(null, "Trần Văn Bình, Phó Giám đốc Sở Tư pháp"));

    // The other cases' tasks, opened before the meeting existed, now offer it.
    String quarter =
        "Họp quý "
            + List.of("I", "II", "III", "IV").get((day.getMonthValue() - 1) / 3)
            + "/"
            + day.getYear();
    assertThat(options(second))
        .containsEntry(
            String.valueOf(meetingId),
            quarter + " – " + VietnamTime.format(day) + " 08:00, Hội trường UBND tỉnh (1 vụ việc)");

    second.complete(
        "thuky",
        "Task_ScheduleMeeting",
        Lifecycle.joinMeeting(String.valueOf(meetingId), workingDays.minus(day, 5)));
    assertThat(options(third).get(String.valueOf(meetingId))).endsWith("(2 vụ việc)");
    third.complete(
        "thuky",
        "Task_ScheduleMeeting",
        Lifecycle.joinMeeting(String.valueOf(meetingId), workingDays.minus(day, 3)));

    assertThat(meetings.agenda(meetingId))
        .extracting(
            CommitteeMeetings.AgendaItem::agendaNo, CommitteeMeetings.AgendaItem::caseNumber)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, first.caseNumber),
            org.assertj.core.groups.Tuple.tuple(2, second.caseNumber),
            org.assertj.core.groups.Tuple.tuple(3, third.caseNumber));
    assertThat(meetings.find(meetingId).orElseThrow().agendaItems()).isEqualTo(3);
    // One meeting: none of the joining cases scheduled one of its own.
    List<CaseScenario> onAgenda = List.of(first, second, third);
    for (int i = 0; i < onAgenda.size(); i++) {
      CaseScenario c = onAgenda.get(i);
      assertThat(committeeMeetingOf(c)).isEqualTo(meetingId);
      assertThat(c.subProcess("MeetingConclusionProcess")).isWaitingAt("Task_RecordMinutes");
      Task minutes = c.task("Task_RecordMinutes");
      assertThat(VietnamTime.date(minutes.getDueDate())).isEqualTo(day);
      // The minutes form names the meeting and the case's place on its agenda.
      assertThat(engine.getTaskService().getVariable(minutes.getId(), "meetingHeading"))
          .isEqualTo(
              quarter
                  + " – "
                  + VietnamTime.format(day)
                  + " 08:00, Hội trường UBND tỉnh; vụ việc thứ "
                  + (i + 1)
                  + " trong chương trình họp");
    }

    // The day of the meeting: minutes per case, each case its own conclusion.
    ClockUtil.setCurrentTime(Date.from(day.atTime(14, 0).atZone(VietnamTime.ZONE).toInstant()));
    for (int i = 0; i < onAgenda.size(); i++) {
      CaseScenario c = onAgenda.get(i);
      c.complete(
          "thuky",
          "Task_RecordMinutes",
          Map.of(
              "minutesNo",
              (41 + i) + "/BB-BCĐ",
              "minutes",
              "Ban Chỉ đạo thảo luận vụ việc " + c.caseNumber + "."));
      assertThat(meetings.agenda(meetingId))
          .extracting(CommitteeMeetings.AgendaItem::hasMinutes)
          .containsExactly(true, i >= 1, i >= 2);
      Map<String, Object> conclusion =
          new HashMap<>(
              Lifecycle.conclusion(
                  false,
                  new Lifecycle.Row(
                      "thads-tinh", List.of(), "Tổ chức thi hành dứt điểm vụ việc", 30)));
      conclusion.put("conclusionNo", (241 + i) + "/TB-UBND");
      c.complete("truongban", "Task_IssueConclusion", conclusion);
      c.runJobs();
      assertThat(
              jdbc.sql(
                      "select document_no from bcd_conclusion where case_id = (select id from"
                          + " bcd_case where case_number = ?)")
                  .param(c.caseNumber)
                  .query(String.class)
                  .list())
          .containsExactly((241 + i) + "/TB-UBND");
    }
    assertThat(meetings.agenda(meetingId))
        .extracting(CommitteeMeetings.AgendaItem::minutesNo)
        .containsExactly("41/BB-BCĐ", "42/BB-BCĐ", "43/BB-BCĐ");

    // The meeting over /api, for whoever may read a case on it.
    Http.Response read = Http.rest(port, "thuky", "demo").get("/api/meetings/" + meetingId);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    JsonNode json = read.json();
    assertThat(json.get("title").asText()).isEqualTo(quarter);
    assertThat(json.get("typeLabel").asText()).isEqualTo("Họp định kỳ (hằng quý)");
    assertThat(json.get("place").asText()).isEqualTo("Hội trường UBND tỉnh");
    assertThat(json.get("time").asText()).isEqualTo("08:00");
    assertThat(json.get("agenda").findValuesAsText("caseNumber"))
        .containsExactly(first.caseNumber, second.caseNumber, third.caseNumber);
    assertThat(json.get("agenda").findValuesAsText("minutesRecorded"))
        .containsExactly("true", "true", "true");
    assertThat(json.get("participants").findValuesAsText("person"))
        .contains("Trần Văn Bình, Phó Giám đốc Sở Tư pháp");
    // An office with a case on the agenda reads it; one without is refused; an unknown meeting is
    // not found.
    assertThat(Http.rest(port, "chv.kv05", "demo").get("/api/meetings/" + meetingId).status())
        .isEqualTo(200);
    Http.Response refused = Http.rest(port, "chv.kv09", "demo").get("/api/meetings/" + meetingId);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("message").asText())
        .contains("không có quyền xem cuộc họp số " + meetingId);
    Http.Response unknown = Http.rest(port, "thuky", "demo").get("/api/meetings/987654321");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("message").asText())
        .isEqualTo("Không tìm thấy cuộc họp số 987654321.");

    // The case page shows the meeting with its agenda, the other cases by number.
    Http thuky = Http.browser(port);
    assertThat(thuky.loginToWebapp("cockpit", "thuky", "demo").status()).isEqualTo(200);
    Http.Response page =
        thuky.get(
            "/camunda/api/cockpit/plugin/bcd-supervision/default/case?number="
                + URLEncoder.encode(second.caseNumber, StandardCharsets.UTF_8));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    JsonNode shown = page.json().get("meetings").get(0);
    assertThat(shown.get("meetingId").asLong()).isEqualTo(meetingId);
    assertThat(shown.get("agendaNo").asInt()).isEqualTo(2);
    assertThat(shown.get("minutesNo").asText()).isEqualTo("42/BB-BCĐ");
    assertThat(shown.get("agenda").findValuesAsText("caseNumber"))
        .containsExactly(first.caseNumber, second.caseNumber, third.caseNumber);
    assertThat(shown.get("participants").asText()).contains("Trần Văn Bình");
  }

  @Test
  void badChoicesOnTheMeetingTaskAreRefusedInVietnameseAndNothingIsRecorded() {
    LocalDate day = workingDays.plus(today(), 15);
    long upcoming = quarterly(day);
    long past = quarterly(today().minusDays(3));
    long adHoc =
        meetings.create(
            new CommitteeMeetings.NewMeeting(
                "AD_HOC",
                day,
                LocalTime.of(14, 0),
                "Phòng họp số 1",
                "Trưởng Ban Chỉ đạo",
                List.of(),
                "thuky"));
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv07", "2411/QĐ-THADS");
    long caseId = caseIdOf(c);
    // A meeting already held is not offered.
    assertThat(options(c))
        .containsKey(String.valueOf(upcoming))
        .doesNotContainKey(String.valueOf(past));

    refused(
        c,
        Lifecycle.joinMeeting(String.valueOf(past), today().minusDays(20)),
        "Chưa đưa được vụ việc vào cuộc họp:",
        "Cuộc họp ngày " + VietnamTime.format(today().minusDays(3)) + " đã diễn ra");
    refused(
        c,
        Lifecycle.joinMeeting("987654321", workingDays.minus(day, 5)),
        "Không có cuộc họp số 987654321 trong lịch họp của Ban Chỉ đạo.");
    refused(
        c,
        Lifecycle.joinMeeting("quý IV", workingDays.minus(day, 5)),
        "Cuộc họp đã chọn không hợp lệ.");
    refused(
        c,
        Lifecycle.joinMeeting(null, null),
        "Chưa chọn cuộc họp đã lên lịch.",
        "Thiếu Ngày gửi tài liệu họp.");
    refused(
        c,
        Lifecycle.joinMeeting(String.valueOf(upcoming), workingDays.minus(day, 1)),
        "Tài liệu họp phải gửi thành viên trước ngày họp ít nhất 03 ngày làm việc",
        "chỉ còn 1 ngày làm việc đến ngày họp " + VietnamTime.format(day));
    refused(
        c,
        Lifecycle.joinMeeting(String.valueOf(adHoc), workingDays.minus(day, 5)),
        "là cuộc họp riêng cho một vụ việc, không đưa thêm vụ việc khác vào");
    Map<String, Object> noChairNoPlace = new HashMap<>(Lifecycle.quarterlyMeeting(day));
    // The chair the task proposes, cleared.
    noChairNoPlace.put("meetingChair", "");
    noChairNoPlace.put("meetingPlace", " ");
    noChairNoPlace.remove("meetingTime");
    refused(
        c,
        noChairNoPlace,
        "Thông tin cuộc họp chưa hợp lệ:",
        "Thiếu Địa điểm họp.",
        "Thiếu Người chủ trì cuộc họp.",
        "Thiếu Giờ họp.");
    Map<String, Object> badArrangement =
        Lifecycle.joinMeeting(String.valueOf(upcoming), workingDays.minus(day, 5));
    badArrangement.put("meetingArrangement", "both");
    refused(
        c,
        badArrangement,
        "Chưa chọn cuộc họp: phải là 'Lên lịch cuộc họp mới' hoặc 'Đưa vào cuộc họp đã lên lịch'.");

    // Nothing recorded: no item for the case, the meetings' agendas and the meetings unchanged.
    assertThat(
            jdbc.sql("select count(*) from bcd_meeting where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single())
        .isZero();
    for (long id : List.of(upcoming, past, adHoc)) {
      assertThat(meetings.agenda(id)).isEmpty();
    }
    assertThat(c.tasks("Task_ScheduleMeeting")).hasSize(1);

    // Chosen well, the case joins.
    c.complete(
        "thuky",
        "Task_ScheduleMeeting",
        Lifecycle.joinMeeting(upcoming, workingDays.minus(day, 3)));
    assertThat(meetings.agenda(upcoming))
        .extracting(CommitteeMeetings.AgendaItem::caseNumber)
        .containsExactly(c.caseNumber);
  }

  private long quarterly(LocalDate day) {
    return meetings.create(
        new CommitteeMeetings.NewMeeting(
            "QUARTERLY",
            day,
            LocalTime.of(8, 0),
            "Hội trường UBND tỉnh",
            "Trưởng Ban Chỉ đạo",
            List.of(new CommitteeMeetings.Participant("ubnd-tinh", null)),
            "thuky"));
  }

  private void refused(CaseScenario c, Map<String, Object> variables, String... sentences) {
    var thrown =
        assertThatThrownBy(() -> c.complete("thuky", "Task_ScheduleMeeting", variables))
            .hasRootCauseInstanceOf(InvalidCaseDataException.class)
            .rootCause();
    for (String s : sentences) {
      thrown.hasMessageContaining(s);
    }
  }

  /** The upcoming meetings the case's meeting task offers, value → label. */
  private Map<String, String> options(CaseScenario c) {
    Object value =
        engine
            .getTaskService()
            .getVariable(c.task("Task_ScheduleMeeting").getId(), "upcomingMeetingOptions");
    Map<String, String> options = new java.util.LinkedHashMap<>();
    List<SpinJsonNode> list =
        value instanceof SpinJsonNode node
            ? node.elements()
            : org.camunda.spin.Spin.JSON(String.valueOf(value)).elements();
    for (SpinJsonNode o : new ArrayList<>(list)) {
      options.put(o.prop("value").stringValue(), o.prop("label").stringValue());
    }
    return options;
  }

  private long committeeMeetingOf(CaseScenario c) {
    return jdbc.sql(
            "select committee_meeting_id from bcd_meeting where case_id = ? and meeting_type <> 'WRITTEN'")
        .param(caseIdOf(c))
        .query(Long.class)
        .single();
  }

  private long caseIdOf(CaseScenario c) {
    return jdbc.sql("select id from bcd_case where case_number = ?")
        .param(c.caseNumber)
        .query(Long.class)
        .single();
  }
}
