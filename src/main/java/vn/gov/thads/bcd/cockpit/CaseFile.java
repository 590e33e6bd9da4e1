package vn.gov.thads.bcd.cockpit;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.thads.bcd.administrative.AdministrativeJudgmentRepository;
import vn.gov.thads.bcd.casecourse.CaseCourseRepository;
import vn.gov.thads.bcd.casecourse.EarlyClosureKind;
import vn.gov.thads.bcd.conclusions.ConclusionRepository;
import vn.gov.thads.bcd.conclusions.InformationRequests;
import vn.gov.thads.bcd.conclusions.Signatory;
import vn.gov.thads.bcd.documents.CaseDocuments;
import vn.gov.thads.bcd.followup.FollowUpOutcome;
import vn.gov.thads.bcd.meetings.CommitteeMeetings;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.EnforcementVariables;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * The case page of the register ("Hồ sơ vụ việc"): everything the application recorded about one
 * case, open or closed, from its own tables (dossier, opinions, meetings and conclusions,
 * directives with extensions, coercive enforcement and its steps, follow-up, reminders) and the
 * user-operation log from the engine's history, and the case's documents. Who may open it: as in
 * {@link CaseRegister}.
 */
@Service
public class CaseFile {

  public record Dossier(
      String caseNumber,
      String status,
      String statusLabel,
      boolean closed,
      String submittingAgencyId,
      String submittingAgency,
      String initiator,
      String enforcementDecisionNo,
      String enforcementDecisionDate,
      String judgmentNo,
      String debtorName,
      String creditorName,
      BigDecimal amountVnd,
      String category,
      String categoryLabel,
      boolean creditorIsCreditInstitution,
      String creditInstitutionName,
      String collateralDescription,
      String collateralRegistration,
      BigDecimal collateralValueVnd,
      BigDecimal principalVnd,
      BigDecimal interestVnd,
      boolean propertyDisputed,
      boolean securityRisk,
      boolean debtorPolicyBeneficiary,
      String obstacle,
      String proposal,
      String outcome,
      BigDecimal amountRecoveredVnd,
      String createdAt,
      String updatedAt,
      String closedAt) {}

  public record OpinionView(
      int round,
      String agencyId,
      String agency,
      String status,
      String position,
      String positionLabel,
      String content,
      String documentNo,
      String givenBy,
      String dueAt,
      String recordedAt,
      String timing,
      String timingLabel) {}

  /**
   * The case's consultation of the committee: a written consultation, or its item on a meeting's
   * agenda with the meeting (kind, day, time, place, chair, participants) and the whole agenda, the
   * other cases by number.
   */
  public record MeetingView(
      String type,
      String date,
      String participants,
      String minutesNo,
      String minutes,
      Long meetingId,
      String title,
      String time,
      String place,
      String chair,
      Integer agendaNo,
      String papersSentDate,
      List<MeetingFile.AgendaEntry> agenda) {}

  public record ConclusionView(
      int round,
      String documentNo,
      String documentDate,
      String summary,
      boolean coercionOrdered,
      String issuedBy,
      String signedAs) {}

  public record StepView(
      String step,
      String stepLabel,
      String documentNo,
      String date,
      BigDecimal amountVnd,
      String detail,
      String recordedBy,
      String recordedAt) {}

  public record EnforcementView(
      String processInstanceId,
      String policePosition,
      String policeReason,
      String chairDecision,
      String chairReason,
      String planNo,
      String plannedAt,
      String propertyDescription,
      String recordNo,
      String recordDate,
      String result,
      String outcome,
      String startedAt,
      String endedAt,
      List<StepView> steps,
      String coercionDecisionNo,
      String coercionDecisionDate,
      int roundNumber,
      List<PostponementView> postponements) {}

  /** A coercion day that was not carried out (issue 14), and what the office decided next. */
  public record PostponementView(
      int roundNumber,
      String plannedAt,
      String reason,
      String detail,
      String decisionNo,
      String decisionDate,
      String nextStep,
      String recordedBy,
      String recordedAt) {}

  public record FollowUpView(
      String kind,
      String outcome,
      BigDecimal amountRecoveredVnd,
      String content,
      String documentNo,
      String documentDate,
      String applicableLaw,
      String recordedBy,
      String recordedAt) {}

  /** The chair's request for more information before concluding, and the office's answer. */
  public record InformationRequestView(
      String request,
      String dueDate,
      String requestedBy,
      String requestedAt,
      String answer,
      String documentNo,
      String answeredBy,
      String answeredAt) {}

  /**
   * A time the case went before the committee: round 1 is the submission, later ones were opened by
   * the secretariat on a new obstacle.
   */
  public record RoundView(int round, String reason, String openedBy, String openedAt) {}

  /** The office's report that the case ended before its follow-up did. */
  public record EarlyClosureView(
      String kindLabel,
      String documentNo,
      String documentDate,
      String note,
      int directivesEnded,
      String reportedBy,
      String reportedAt) {}

  /**
   * An administrative judgment: the obliged body and its superior, the judgment, and where its
   * monitoring stands (notice, self-execution, the court's compelling decision, publication,
   * discipline request, follow-up, outcome); no monitoring yet until the path starts.
   */
  public record AdministrativeView(
      String obligedBody,
      String superior,
      String judgmentDate,
      String judgmentReceivedDate,
      String status,
      String statusLabel,
      String noticeDue,
      String selfExecutionDue,
      String noticeNo,
      String noticeDate,
      String result,
      String resultLabel,
      String resultDocumentNo,
      String resultDate,
      String resultNote,
      String courtRequestNo,
      String courtRequestDate,
      String compellingDecisionNo,
      String compellingDecisionDate,
      String publicationChannel,
      String publicationDate,
      String publicationReference,
      String disciplineRequestNo,
      String disciplineRequestDate,
      String disciplineAddressee,
      String disciplineOfficials,
      int followUpCount,
      String lastFollowUpLabel,
      String lastFollowUpDate,
      String lastFollowUpNote,
      String outcomeLabel,
      String outcomeDate) {}

  public record Page(
      Dossier dossier,
      String processInstanceId,
      boolean running,
      List<RoundView> rounds,
      EarlyClosureView earlyClosure,
      List<OpinionView> opinions,
      List<MeetingView> meetings,
      List<ConclusionView> conclusions,
      List<InformationRequestView> informationRequests,
      List<CaseSupervision.DirectiveView> directives,
      List<EnforcementView> enforcements,
      List<FollowUpView> followUp,
      AdministrativeView administrative,
      List<CaseSupervision.ReminderView> reminders,
      List<OperationLog.Operation> operations,
      List<CaseDocuments.DocumentView> documents,
      long documentsTotal) {}

  private final JdbcClient jdbc;
  private final CaseSupervision supervision;
  private final OperationLog operationLog;
  private final AgencyNames agencyNames;
  private final Organisation organisation;
  private final InformationRequests informationRequests;
  private final CaseCourseRepository course;
  private final AdministrativeJudgmentRepository administrativeJudgments;
  private final CommitteeMeetings meetings;
  private final MeetingFile meetingFile;
  private final CaseDocuments documents;

  public CaseFile(
      JdbcClient jdbc,
      CaseSupervision supervision,
      OperationLog operationLog,
      AgencyNames agencyNames,
      Organisation organisation,
      InformationRequests informationRequests,
      CaseCourseRepository course,
      AdministrativeJudgmentRepository administrativeJudgments,
      CommitteeMeetings meetings,
      MeetingFile meetingFile,
      CaseDocuments documents) {
    this.documents = documents;
    this.informationRequests = informationRequests;
    this.course = course;
    this.administrativeJudgments = administrativeJudgments;
    this.meetings = meetings;
    this.meetingFile = meetingFile;
    this.jdbc = jdbc;
    this.supervision = supervision;
    this.operationLog = operationLog;
    this.agencyNames = agencyNames;
    this.organisation = organisation;
  }

  public Page of(Viewer viewer, String caseNumber) {
    String number = QueryParameters.blankToNull(caseNumber);
    if (number == null || number.length() > 32) {
      throw new BadFilterException("Số vụ việc không hợp lệ (ví dụ: BCĐ-2026-0001).");
    }
    record Found(long id, String processInstanceId, Dossier dossier) {}
    Optional<Found> found =
        jdbc.sql("select * from bcd_case where case_number = ?")
            .param(number)
            .query(
                (rs, i) ->
                    new Found(rs.getLong("id"), rs.getString("process_instance_id"), dossier(rs)))
            .optional();
    if (found.isEmpty()) {
      throw new CaseSupervision.NotFoundException("Không tìm thấy vụ việc " + number + ".");
    }
    long id = found.get().id();
    if (!viewer.supervisor()) {
      if (!CaseDocumentAccess.visible(jdbc, viewer, id)) {
        throw new CaseSupervision.ForbiddenException(
            "Bạn không có quyền xem vụ việc "
                + number
                + ": đơn vị của bạn không tham gia vụ việc này.");
      }
    }
    String pi = found.get().processInstanceId();
    boolean running =
        pi != null
            && jdbc.sql("select count(*) from ACT_RU_EXECUTION where ID_ = ?")
                    .param(pi)
                    .query(Long.class)
                    .single()
                > 0;
    // The first page of the documents; the page asks for more (SupervisionResource.caseDocuments).
    CaseDocuments.DocumentPage documentPage =
        documents.page(id, new CaseDocuments.Paging(0, CaseDocuments.PAGE_SIZE));
    List<RoundView> rounds = new ArrayList<>();
    rounds.add(
        new RoundView(1, "Cơ quan thi hành án đề nghị", null, found.get().dossier().createdAt()));
    course
        .rounds(id)
        .forEach(
            r ->
                rounds.add(
                    new RoundView(
                        r.roundNo(), r.reason(), person(r.openedBy()), instant(r.openedAt()))));
    return new Page(
        found.get().dossier(),
        pi,
        running,
        rounds,
        course
            .earlyClosure(id)
            .map(
                e ->
                    new EarlyClosureView(
                        EarlyClosureKind.valueOf(e.kind()).label(),
                        e.documentNo(),
                        VietnamTime.format(e.documentDate()),
                        e.note(),
                        e.directivesEnded(),
                        person(e.reportedBy()),
                        instant(e.reportedAt())))
            .orElse(null),
        opinions(id),
        meetings(id),
        conclusions(id),
        informationRequests.ofCase(id).stream()
            .map(
                r ->
                    new InformationRequestView(
                        r.request(),
                        VietnamTime.format(r.dueDate()),
                        person(r.requestedBy()),
                        instant(r.requestedAt()),
                        r.answer(),
                        r.documentNo(),
                        person(r.answeredBy()),
                        instant(r.answeredAt())))
            .toList(),
        supervision.directiveViews(id),
        enforcements(id),
        followUp(id),
        administrative(id),
        supervision.reminderViews(id),
        operationLog.ofCase(pi, number),
        documentPage.documents(),
        documentPage.total());
  }

  private AdministrativeView administrative(long caseId) {
    record Judgment(String obligedBody, String superior, Date judgmentDate, Date receivedDate) {}
    Judgment j =
        jdbc.sql(
                """
                select obliged_body, obliged_body_superior, judgment_date, judgment_received_date
                from bcd_case where id = ?""")
            .param(caseId)
            .query(
                (rs, i) ->
                    new Judgment(
                        rs.getString("obliged_body"),
                        rs.getString("obliged_body_superior"),
                        rs.getDate("judgment_date"),
                        rs.getDate("judgment_received_date")))
            .single();
    if (j.obligedBody() == null) {
      return null;
    }
    Optional<AdministrativeJudgmentRepository.Monitoring> found =
        administrativeJudgments.find(caseId);
    AdministrativeJudgmentRepository.Monitoring m = found.orElse(null);
    return new AdministrativeView(
        j.obligedBody(),
        j.superior() == null ? null : agencyNames.name(j.superior()),
        date(j.judgmentDate()),
        date(j.receivedDate()),
        m == null ? null : m.status(),
        m == null ? "Chưa bắt đầu theo dõi (chờ kết luận của Ban Chỉ đạo)" : m.statusLabel(),
        m == null ? null : day(m.noticeDue()),
        m == null ? null : day(m.selfExecutionDue()),
        m == null ? null : m.noticeNo(),
        m == null ? null : day(m.noticeDate()),
        m == null ? null : m.result(),
        m == null ? null : AdministrativeJudgmentRepository.Monitoring.resultLabel(m.result()),
        m == null ? null : m.resultDocumentNo(),
        m == null ? null : day(m.resultDate()),
        m == null ? null : m.resultNote(),
        m == null ? null : m.courtRequestNo(),
        m == null ? null : day(m.courtRequestDate()),
        m == null ? null : m.compellingDecisionNo(),
        m == null ? null : day(m.compellingDecisionDate()),
        m == null ? null : m.publicationChannel(),
        m == null ? null : day(m.publicationDate()),
        m == null ? null : m.publicationReference(),
        m == null ? null : m.disciplineRequestNo(),
        m == null ? null : day(m.disciplineRequestDate()),
        m == null || m.disciplineAddressee() == null
            ? null
            : agencyNames.name(m.disciplineAddressee()),
        m == null ? null : m.disciplineOfficials(),
        m == null ? 0 : m.followUpCount(),
        m == null
            ? null
            : AdministrativeJudgmentRepository.Monitoring.resultLabel(m.lastFollowUpResult()),
        m == null ? null : day(m.lastFollowUpDate()),
        m == null ? null : m.lastFollowUpNote(),
        m == null ? null : m.outcomeLabel(),
        m == null ? null : day(m.outcomeDate()));
  }

  private static String day(java.time.LocalDate date) {
    return date == null ? null : VietnamTime.format(date);
  }

  private Dossier dossier(ResultSet rs) throws SQLException {
    String status = rs.getString("status");
    String agency = rs.getString("submitting_agency");
    String outcome = rs.getString("outcome");
    return new Dossier(
        rs.getString("case_number"),
        status,
        CaseRegister.statusLabel(status),
        "CLOSED".equals(status),
        agency,
        agencyNames.name(agency),
        person(rs.getString("initiator")),
        rs.getString("enforcement_decision_no"),
        date(rs.getDate("enforcement_decision_date")),
        rs.getString("judgment_no"),
        rs.getString("debtor_name"),
        rs.getString("creditor_name"),
        rs.getBigDecimal("amount_vnd"),
        rs.getString("category"),
        CaseRegister.categoryLabel(rs.getString("category")),
        rs.getBoolean("creditor_is_credit_institution"),
        rs.getString("credit_institution_name"),
        rs.getString("collateral_description"),
        rs.getString("collateral_registration"),
        rs.getBigDecimal("collateral_value_vnd"),
        rs.getBigDecimal("principal_vnd"),
        rs.getBigDecimal("interest_vnd"),
        rs.getBoolean("property_disputed"),
        rs.getBoolean("security_risk"),
        rs.getBoolean("debtor_policy_beneficiary"),
        rs.getString("obstacle"),
        rs.getString("proposal"),
        outcome == null ? null : outcomeLabel(outcome),
        rs.getBigDecimal("amount_recovered_vnd"),
        dayTime(rs.getTimestamp("created_at")),
        dayTime(rs.getTimestamp("updated_at")),
        dayTime(rs.getTimestamp("closed_at")));
  }

  private List<OpinionView> opinions(long caseId) {
    return jdbc.sql("select * from bcd_opinion where case_id = ? order by id")
        .param(caseId)
        .query(
            (rs, i) -> {
              String status = rs.getString("status");
              Timestamp due = rs.getTimestamp("due_at");
              Timestamp recorded = rs.getTimestamp("recorded_at");
              String timing;
              String timingLabel;
              if (!"RECEIVED".equals(status)) {
                timing = "MISSING";
                timingLabel = "Không có ý kiến";
              } else if (due != null && recorded != null && recorded.after(due)) {
                timing = "LATE";
                timingLabel = "Trễ hạn";
              } else {
                timing = "ON_TIME";
                timingLabel = "Đúng hạn";
              }
              String position = rs.getString("position");
              return new OpinionView(
                  rs.getInt("round_no"),
                  rs.getString("agency"),
                  agencyNames.name(rs.getString("agency")),
                  status,
                  position,
                  positionLabel(position),
                  rs.getString("content"),
                  rs.getString("document_no"),
                  person(rs.getString("given_by")),
                  dayTime(due),
                  dayTime(recorded),
                  timing,
                  timingLabel);
            })
        .list();
  }

  private List<MeetingView> meetings(long caseId) {
    record Row(
        String type,
        String decision,
        Long committeeMeetingId,
        Integer agendaNo,
        Date papersSent,
        String minutesNo,
        String minutes) {}
    List<Row> rows =
        jdbc.sql("select * from bcd_meeting where case_id = ? order by id")
            .param(caseId)
            .query(
                (rs, i) ->
                    new Row(
                        rs.getString("meeting_type"),
                        rs.getString("decision"),
                        (Long) rs.getObject("committee_meeting_id", Long.class),
                        (Integer) rs.getObject("agenda_no", Integer.class),
                        rs.getDate("papers_sent_date"),
                        rs.getString("minutes_no"),
                        rs.getString("minutes")))
            .list();
    return rows.stream()
        .map(
            r -> {
              if (ConclusionRepository.WRITTEN.equals(r.type()) || r.committeeMeetingId() == null) {
                return new MeetingView(
                    "Xin ý kiến bằng văn bản, không họp"
                        + switch (String.valueOf(r.decision())) {
                          case "APPROVED" -> " (Trưởng ban đồng ý)";
                          case "REJECTED" -> " (Trưởng ban không đồng ý, tổ chức họp)";
                          default -> " (chờ Trưởng ban quyết định)";
                        },
                    null,
                    null,
                    r.minutesNo(),
                    r.minutes(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of());
              }
              MeetingFile.Page m =
                  meetingFile.page(meetings.find(r.committeeMeetingId()).orElseThrow());
              return new MeetingView(
                  m.typeLabel(),
                  m.date(),
                  m.participants().stream()
                      .map(
                          p ->
                              p.person() == null
                                  ? p.agency()
                                  : p.agency() == null
                                      ? p.person()
                                      : p.person() + " (" + p.agency() + ")")
                      .collect(java.util.stream.Collectors.joining("; ")),
                  r.minutesNo(),
                  r.minutes(),
                  m.id(),
                  m.title(),
                  m.time(),
                  m.place(),
                  m.chair(),
                  r.agendaNo(),
                  date(r.papersSent()),
                  m.agenda());
            })
        .toList();
  }

  private List<ConclusionView> conclusions(long caseId) {
    return jdbc.sql("select * from bcd_conclusion where case_id = ? order by id")
        .param(caseId)
        .query(
            (rs, i) ->
                new ConclusionView(
                    rs.getInt("round_no"),
                    rs.getString("document_no"),
                    date(rs.getDate("document_date")),
                    rs.getString("summary"),
                    rs.getBoolean("coercion_ordered"),
                    person(rs.getString("issued_by")),
                    signedAs(rs.getString("concluded_as"), rs.getString("authorisation_ref"))))
        .list();
  }

  /** "Trưởng ban", or the deputy with the authorisation; null for notices recorded before V17. */
  private static String signedAs(String role, String authorisation) {
    if (role == null) {
      return null;
    }
    Signatory signatory = Signatory.valueOf(role);
    return signatory == Signatory.STANDING_DEPUTY && authorisation != null
        ? signatory.label() + ", văn bản ủy quyền số " + authorisation
        : signatory.label();
  }

  private List<EnforcementView> enforcements(long caseId) {
    // The steps' names as the models call them, from the tasks of the case's enforcement processes.
    Map<String, String> stepNames = new HashMap<>();
    jdbc.sql(
            "select distinct t.TASK_DEF_KEY_, t.NAME_ from ACT_HI_TASKINST t where t.PROC_INST_ID_ in"
                + " (select process_instance_id from bcd_enforcement_step where case_id = ?)")
        .param(caseId)
        .query(
            (rs, i) -> {
              if (rs.getString(1) != null && rs.getString(2) != null) {
                stepNames.put(rs.getString(1), rs.getString(2));
              }
              return null;
            })
        .list();
    // Steps of the property disposal a coercion called belong to that coercion.
    Map<String, String> callers = new HashMap<>();
    jdbc.sql(
            "select p.ID_, p.SUPER_PROCESS_INSTANCE_ID_ from ACT_HI_PROCINST p where p.ID_ in"
                + " (select process_instance_id from bcd_enforcement_step where case_id = ?)"
                + " and p.SUPER_PROCESS_INSTANCE_ID_ in"
                + " (select process_instance_id from bcd_enforcement where case_id = ?)")
        .params(caseId, caseId)
        .query(
            (rs, i) -> {
              callers.put(rs.getString(1), rs.getString(2));
              return null;
            })
        .list();
    List<StepView> allSteps =
        jdbc.sql("select * from bcd_enforcement_step where case_id = ? order by recorded_at, id")
            .param(caseId)
            .query(
                (rs, i) -> {
                  String step = rs.getString("step");
                  String pi = rs.getString("process_instance_id");
                  return new StepView(
                      callers.getOrDefault(pi, pi) + "|" + step,
                      stepNames.getOrDefault(
                          "Task_" + step, REPORTED_STEPS.getOrDefault(step, step)),
                      rs.getString("document_no"),
                      date(rs.getDate("step_date")),
                      rs.getBigDecimal("amount_vnd"),
                      stepDetail(rs.getString("detail")),
                      person(rs.getString("recorded_by")),
                      dayTime(rs.getTimestamp("recorded_at")));
                })
            .list();
    Map<String, List<PostponementView>> postponements = postponements(caseId);
    return jdbc.sql("select * from bcd_enforcement where case_id = ? order by id")
        .param(caseId)
        .query(
            (rs, i) -> {
              String pi = rs.getString("process_instance_id");
              Timestamp planned = rs.getTimestamp("planned_at");
              List<StepView> steps =
                  allSteps.stream()
                      .filter(s -> s.step().startsWith(pi + "|"))
                      .map(
                          s ->
                              new StepView(
                                  s.step().substring(pi.length() + 1),
                                  s.stepLabel(),
                                  s.documentNo(),
                                  s.date(),
                                  s.amountVnd(),
                                  s.detail(),
                                  s.recordedBy(),
                                  s.recordedAt()))
                      .toList();
              return new EnforcementView(
                  pi,
                  label(
                      rs.getString("police_position"),
                      Map.of("agree", "Đồng ý cưỡng chế", "disagree", "Không đồng ý cưỡng chế")),
                  rs.getString("police_reason"),
                  label(rs.getString("chair_decision"), CHAIR_DECISIONS),
                  rs.getString("chair_reason"),
                  rs.getString("plan_no"),
                  planned == null ? null : planned.toLocalDateTime().format(VietnamTime.DATE_TIME),
                  rs.getString("property_description"),
                  rs.getString("record_no"),
                  date(rs.getDate("record_date")),
                  label(rs.getString("result"), ENFORCEMENT_RESULTS),
                  label(
                      rs.getString("outcome"),
                      Map.of(
                          "executed",
                          "Đã cưỡng chế thi hành",
                          "stopped",
                          "Dừng cưỡng chế",
                          "property-in-court",
                          "Tài sản được xác định không thuộc người phải thi hành án (bản án,"
                              + " quyết định có hiệu lực)",
                          EnforcementVariables.OUTCOME_PAID,
                          "Người phải thi hành án đã tự nguyện thi hành, không cưỡng chế",
                          EnforcementVariables.OUTCOME_POSTPONED_ENDED,
                          "Không tổ chức được cưỡng chế, đã kết thúc")),
                  dayTime(rs.getTimestamp("started_at")),
                  dayTime(rs.getTimestamp("ended_at")),
                  steps,
                  rs.getString("coercion_decision_no"),
                  date(rs.getDate("coercion_decision_date")),
                  rs.getInt("round_number"),
                  postponements.getOrDefault(pi, List.of()));
            })
        .list();
  }

  /** The coercion days of the case that were not carried out, by enforcement process. */
  private Map<String, List<PostponementView>> postponements(long caseId) {
    Map<String, List<PostponementView>> byProcess = new HashMap<>();
    jdbc.sql("select * from bcd_enforcement_postponement where case_id = ? order by id")
        .param(caseId)
        .query(
            (rs, i) -> {
              Timestamp planned = rs.getTimestamp("planned_at");
              PostponementView view =
                  new PostponementView(
                      rs.getInt("round_number"),
                      planned == null
                          ? null
                          : planned.toLocalDateTime().format(VietnamTime.DATE_TIME),
                      label(rs.getString("reason"), POSTPONEMENT_REASONS),
                      rs.getString("detail"),
                      rs.getString("decision_no"),
                      date(rs.getDate("decision_date")),
                      label(
                          rs.getString("next_step"),
                          Map.of(
                              EnforcementVariables.RESCHEDULE, "Tổ chức lại",
                              EnforcementVariables.END, "Kết thúc việc cưỡng chế")),
                      person(rs.getString("recorded_by")),
                      dayTime(rs.getTimestamp("recorded_at")));
              byProcess
                  .computeIfAbsent(rs.getString("process_instance_id"), k -> new ArrayList<>())
                  .add(view);
              return null;
            })
        .list();
    return byProcess;
  }

  /** Why a coercion day was not carried out, in words. */
  static final Map<String, String> POSTPONEMENT_REASONS =
      Map.of(
          EnforcementVariables.REASON_PROCURACY_REQUEST, "Viện Kiểm sát yêu cầu hoãn (Điều 48)",
          EnforcementVariables.REASON_DEBTOR_PAID, "Người phải thi hành án đã tự nguyện thi hành",
          EnforcementVariables.REASON_SECURITY, "Không bảo đảm an ninh, trật tự",
          EnforcementVariables.REASON_OTHER, "Lý do khác");

  /** Steps recorded on another task's form, which therefore have no task name of their own. */
  private List<FollowUpView> followUp(long caseId) {
    return jdbc.sql("select * from bcd_follow_up_entry where case_id = ? order by recorded_at, id")
        .param(caseId)
        .query(
            (rs, i) ->
                new FollowUpView(
                    label(
                        rs.getString("kind"),
                        Map.of(
                            "REPORT", "Báo cáo tình hình",
                            "REVERIFICATION", "Xác minh lại điều kiện thi hành án",
                            "SEPARATE_BOOK", "Chuyển sổ theo dõi riêng",
                            "FINAL_REPORT", "Báo cáo kết thúc",
                            "RETURN_TO_CREDITOR", "Trả lại đơn yêu cầu thi hành án")),
                    label(
                        rs.getString("outcome"),
                        Map.of(
                            "in-progress", "Đang thi hành",
                            "completed", "Thi hành xong",
                            "terminated", "Đình chỉ thi hành án",
                            "not-enforceable", "Chưa có điều kiện thi hành",
                            "able", "Có điều kiện thi hành",
                            "unable", "Chưa có điều kiện thi hành",
                            "COMPLETED", FollowUpOutcome.COMPLETED.label(),
                            "TERMINATED", FollowUpOutcome.TERMINATED.label(),
                            "SEPARATE_BOOK", FollowUpOutcome.SEPARATE_BOOK.label(),
                            "RETURNED_TO_CREDITOR", FollowUpOutcome.RETURNED_TO_CREDITOR.label())),
                    rs.getBigDecimal("amount_recovered_vnd"),
                    rs.getString("content"),
                    rs.getString("document_no"),
                    date(rs.getDate("document_date")),
                    label(
                        rs.getString("applicable_law"),
                        Map.of(
                            FollowUpVariables.LAW_2008,
                            "Luật Thi hành án dân sự 2008 (sửa đổi, bổ sung)",
                            FollowUpVariables.LAW_2025,
                            "Luật Thi hành án dân sự 2025")),
                    person(rs.getString("recorded_by")),
                    dayTime(rs.getTimestamp("recorded_at"))))
        .list();
  }

  /** The chair's decision on enforcement in words (the case file and the operation log). */
  static final Map<String, String> CHAIR_DECISIONS =
      Map.of(
          EnforcementVariables.PROCEED, "Tiếp tục cưỡng chế",
          EnforcementVariables.STOP, "Dừng cưỡng chế");

  /** The coercion record's result in words (the case file and the operation log). */
  static final Map<String, String> ENFORCEMENT_RESULTS =
      Map.of(
          EnforcementVariables.RESULT_COMPLETED, "Cưỡng chế xong",
          EnforcementVariables.RESULT_SEIZED, "Đã kê biên tài sản",
          EnforcementVariables.RESULT_NOT_CARRIED_OUT, "Không tổ chức được cưỡng chế");

  /**
   * The enforcement package records a step's choice as a code before its text ("disagree: lý do");
   * the code is shown in words.
   */
  private static final Map<String, String> STEP_CODES = stepCodes();

  /**
   * Steps with no task of their own to name them: those of PropertyDisposalProcess that the court
   * reports (or the officer records where the wait ends), and the seizure notice recorded on the
   * coercion briefing.
   */
  static final Map<String, String> REPORTED_STEPS =
      Map.of(
          "SuitFiled", "Tòa án thông báo thụ lý vụ án",
          "CourtRuling", "Bản án, quyết định sơ thẩm",
          "RulingEffective", "Bản án, quyết định sơ thẩm có hiệu lực pháp luật",
          "RulingAppealed", "Kháng cáo, kháng nghị bản án, quyết định sơ thẩm",
          "AppealRuling", "Bản án, quyết định phúc thẩm",
          "SeizureNotice", "Thông báo kê biên bất động sản");

  private static Map<String, String> stepCodes() {
    Map<String, String> codes = new HashMap<>(CHAIR_DECISIONS);
    codes.putAll(ENFORCEMENT_RESULTS);
    codes.putAll(
        Map.of(
            "agree", "Đồng ý",
            "disagree", "Không đồng ý",
            "property-released", "Tòa án giải tỏa tài sản",
            "property-excluded", "Tòa án loại tài sản khỏi việc thi hành",
            "sold", "Đã bán đấu giá"));
    return Map.copyOf(codes);
  }

  static String stepDetail(String detail) {
    if (detail == null) {
      return null;
    }
    int colon = detail.indexOf(": ");
    String code = colon < 0 ? detail.strip() : detail.substring(0, colon);
    String label = STEP_CODES.get(code);
    if (label == null) {
      return detail;
    }
    return colon < 0 ? label : label + ": " + detail.substring(colon + 2);
  }

  private static String positionLabel(String position) {
    if (position == null) {
      return null;
    }
    return switch (position.toUpperCase()) {
      case "AGREE" -> "Đồng ý";
      case "DISAGREE" -> "Không đồng ý";
      case "OTHER" -> "Ý kiến khác";
      default -> position;
    };
  }

  private static String outcomeLabel(String outcome) {
    for (FollowUpOutcome o : FollowUpOutcome.values()) {
      if (o.name().equals(outcome)) {
        return o.label();
      }
    }
    return outcome;
  }

  private static String label(String code, Map<String, String> labels) {
    return code == null ? null : labels.getOrDefault(code, code);
  }

  private String person(String userId) {
    return organisation.personLabel(userId);
  }

  private static String instant(Instant instant) {
    return instant == null ? null : VietnamTime.format(instant);
  }

  private static String date(Date date) {
    return date == null ? null : VietnamTime.format(date.toLocalDate());
  }

  private static String dayTime(Timestamp at) {
    return at == null
        ? null
        : at.toInstant().atZone(VietnamTime.ZONE).format(VietnamTime.DATE_TIME);
  }
}
