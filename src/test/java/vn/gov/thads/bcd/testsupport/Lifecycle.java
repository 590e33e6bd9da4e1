package vn.gov.thads.bcd.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The usual steps of a case, as the people who hold each task take them, for scenario tests and
 * benchmarks.
 */
public final class Lifecycle {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Lifecycle() {}

  /** A directive row of the conclusion form. */
  public record Row(String lead, List<String> support, String task, int days) {}

  /** {@link #toMeeting(ProcessEngine, String, String)} for a decision number of its own. */
  public static CaseScenario toMeeting(ProcessEngine engine, String officer) {
    return toMeeting(engine, officer, CaseScenario.uniqueDecisionNo());
  }

  /** From the dossier to the meeting: approved, reviewed, one agency consulted and answering. */
  public static CaseScenario toMeeting(ProcessEngine engine, String officer, String decisionNo) {
    CaseScenario c = toOpinions(engine, officer, decisionNo, List.of("so-tu-phap"));
    c.complete(
        "cv.sotuphap",
        "Task_GiveOpinion",
        Map.of("opinionPosition", "agree", "opinionContent", "Thống nhất."));
    return c;
  }

  /**
   * From the dossier to the opinions: a case started with {@link CaseScenario#dossier(String)},
   * approved, found complete and sent to the given agencies, whose opinion tasks are open.
   */
  public static CaseScenario toOpinions(
      ProcessEngine engine, String officer, String decisionNo, List<String> agencies) {
    CaseScenario c = CaseScenario.start(engine, officer, CaseScenario.dossier(decisionNo));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    c.complete("thuky", "Task_ConfirmAgencies", Map.of("consultedAgencies", json(agencies)));
    return c;
  }

  /**
   * The agency's member gives its written opinion; content and document number ("12/agency") name
   * the agency.
   */
  public static void giveOpinion(
      ProcessEngine engine, CaseScenario c, String user, String agency, String position) {
    c.complete(
        user,
        taskOf(engine, c, "Task_GiveOpinion", agency),
        Map.of(
            "opinionPosition",
            position,
            "opinionContent",
            "Ý kiến của " + agency + " về vụ việc " + c.caseNumber,
            "opinionDocumentNo",
            "12/" + agency));
  }

  /** Moves the engine's clock past the opinion request's deadline and fires its timer. */
  public static void passOpinionDeadline(ProcessEngine engine, CaseScenario c) {
    Job timer = ModelJobs.timer(engine, c.opinionRequest().getId());
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
    engine.getManagementService().executeJob(timer.getId());
  }

  /** The meeting held today and its minutes recorded: the chair's conclusion is due. */
  public static void holdMeeting(CaseScenario c) {
    c.complete("thuky", "Task_ScheduleMeeting", meeting(today()));
    c.complete(
        "thuky",
        "Task_RecordMinutes",
        Map.of("minutesNo", "7/BB-BCĐ", "minutes", "Các thành viên thống nhất."));
  }

  /**
   * A meeting on the given day at 08:00, its papers sent 20 days before (at least 03 working days
   * even around Tết).
   */
  public static Map<String, Object> meeting(LocalDate date) {
    return meeting(date, date.minusDays(20));
  }

  public static Map<String, Object> meeting(LocalDate date, LocalDate papersSent) {
    return Map.of(
        "meetingType",
        "AD_HOC",
        "meetingDate",
        date.toString(),
        "meetingTime",
        "08:00",
        "meetingPlace",
        "Phòng họp số 2, UBND tỉnh An Giang",
        "meetingChair",
        "Nguyễn Văn Hùng, Trưởng Ban Chỉ đạo",
        "papersSentDate",
        papersSent.toString(),
        "meetingParticipants",
        json(List.of("ubnd-tinh", "thads-tinh", "so-tu-phap", "vks-tinh")));
  }

  /**
   * A new quarterly meeting on the given day at 08:00 in the province's hall, with a guest named
   * besides the agencies of {@link #meeting(LocalDate)}.
   */
  public static Map<String, Object> quarterlyMeeting(LocalDate day) {
    Map<String, Object> v = new HashMap<>(meeting(day));
    v.put("consultationMode", "meeting");
    v.put("meetingArrangement", "new");
    v.put("meetingType", "QUARTERLY");
    v.put("meetingPlace", "Hội trường UBND tỉnh");
    v.put("meetingGuests", "Trần Văn Bình, Phó Giám đốc Sở Tư pháp\n\n");
    return v;
  }

  /** The case joins the scheduled meeting (its id), its papers sent the given day. */
  public static Map<String, Object> joinMeeting(Object meetingId, LocalDate papersSent) {
    Map<String, Object> v = new HashMap<>();
    v.put("consultationMode", "meeting");
    v.put("meetingArrangement", "join");
    v.put("committeeMeetingId", meetingId);
    v.put("papersSentDate", papersSent == null ? null : papersSent.toString());
    return v;
  }

  public static Map<String, Object> conclusion(boolean coercion, Row... rows) {
    Map<String, Object> v = new HashMap<>();
    v.put("conclusionNo", "215/TB-UBND");
    v.put("conclusionDate", today().toString());
    v.put("conclusionSummary", "Trưởng ban kết luận giao nhiệm vụ cho các cơ quan.");
    v.put("coercionOrdered", coercion);
    v.put("directiveCount", (long) rows.length);
    for (int i = 0; i < rows.length; i++) {
      String p = "directive" + (i + 1);
      v.put(p + "Lead", rows[i].lead());
      v.put(p + "Support", json(rows[i].support()));
      v.put(p + "Task", rows[i].task());
      v.put(p + "Deadline", today().plusDays(rows[i].days()).toString());
    }
    return v;
  }

  /** The open task of the given key held by the given agency (candidate group). */
  public static Task taskOf(ProcessEngine engine, CaseScenario c, String taskKey, String agency) {
    return c.tasks(taskKey).stream()
        .filter(
            t ->
                engine.getTaskService().getIdentityLinksForTask(t.getId()).stream()
                    .anyMatch(l -> agency.equals(l.getGroupId())))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("No " + taskKey + " for " + agency + " in " + c.caseNumber));
  }

  /** Moves the engine's clock past the case's timer waiting at the given activity, and fires it. */
  public static void passTimer(ProcessEngine engine, CaseScenario c, String activityId) {
    Job timer =
        c.jobs().stream()
            .filter(
                j ->
                    j.getDuedate() != null
                        && j.getJobDefinitionId() != null) // not the reminders' timers
            .filter(
                j ->
                    activityId.equals(
                        engine
                            .getManagementService()
                            .createJobDefinitionQuery()
                            .jobDefinitionId(j.getJobDefinitionId())
                            .singleResult()
                            .getActivityId()))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("No timer at " + activityId + " in " + c.caseNumber));
    if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(
          Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
    }
    engine.getManagementService().executeJob(timer.getId());
  }

  /**
   * The chair's conclusion orders coercion, the police leading with the officer's office in
   * support; the coercion and the directive start.
   */
  public static void orderCoercion(CaseScenario c, String officer) {
    c.complete(
        "truongban",
        "Task_IssueConclusion",
        conclusion(
            true,
            new Row(
                "cong-an-tinh",
                List.of(officer.replace("chv.kv", "thads-kv")),
                "Phối hợp bảo đảm an ninh khi cưỡng chế",
                15)));
    c.runJobs();
  }

  /**
   * After {@link #orderCoercion}: the police, informed, disagree and the chair stops the coercion;
   * the police report their directive done and the secretariat accepts: follow-up is next.
   */
  public static void policeDisagreeChairStops(CaseScenario c, String officer) {
    c.complete(
        officer,
        "Task_SendInfoToPolice",
        Map.of(
            "policeInfoDocNo",
            "12/TB-THADS",
            "policeInfoDate",
            today().toString(),
            "policeInfoContent",
            "Đề nghị Công an tỉnh phối hợp."));
    c.complete(
        "cv.congan",
        "Task_PoliceReply",
        Map.of("policePosition", "disagree", "policeReplyReason", "Nguy cơ tụ tập đông người."));
    c.complete(
        "truongban",
        "Task_ChairResolvesDisagreement",
        Map.of(
            "chairDecision",
            "stop",
            "chairReason",
            "Giao UBND phường vận động tự nguyện thi hành."));
    c.complete(
        "cv.congan",
        "Task_ReportDirectiveResult",
        Map.of("directiveAction", "report", "directiveResult", "Đã phối hợp."));
    c.complete("thuky", "Task_VerifyDirectiveResult", Map.of("resultVerdict", "accept"));
  }

  /**
   * In follow-up: at the first report date the office reports enforcement terminated, and the
   * secretariat's final report closes the case.
   */
  public static void terminateAndClose(ProcessEngine engine, CaseScenario c, String officer) {
    passTimer(engine, c, "Event_ReportDue");
    c.complete(
        officer,
        "Task_ReportStatus",
        Map.of(
            "reportOutcome",
            "terminated",
            "amountRecoveredVnd",
            0L,
            "statusText",
            "Đình chỉ thi hành án theo quyết định của Tòa án."));
    c.complete(
        "thuky",
        "Task_FinalReport",
        Map.of(
            "finalReportText",
            "Báo cáo Ban Chỉ đạo: vụ việc đã đình chỉ.",
            "finalReportDocumentNo",
            "22/BC-BCĐ"));
  }

  /** Today in Vietnam by the engine's clock (which tests move). */
  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(VietnamTime.ZONE).toLocalDate();
  }

  public static TypedValue json(List<String> values) {
    return SpinValues.jsonValue(JSON.valueToTree(values).toString()).create();
  }
}
