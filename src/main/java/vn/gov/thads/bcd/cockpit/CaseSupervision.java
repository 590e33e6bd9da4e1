package vn.gov.thads.bcd.cockpit;

import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.directives.AdjustmentKind;
import vn.gov.thads.bcd.directives.DirectiveRepository;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.reminders.ReminderKind;
import vn.gov.thads.bcd.reminders.ReminderLog;

/**
 * The case tabs of a process instance in Cockpit: the conclusion's directives and the reminders
 * sent. The case is found from any of its process instances (the main one or a called one): through
 * the root instance, else through the business key, which is the case number in every process of a
 * case.
 */
@Service
public class CaseSupervision {

  /** Why a tab has nothing to show (404); the message is for the user. */
  public static class NotFoundException extends SupervisionRefusal {
    public NotFoundException(String message) {
      super(Response.Status.NOT_FOUND, message);
    }
  }

  /** The viewer may not read this case or list (403); the message is for the user. */
  public static class ForbiddenException extends SupervisionRefusal {
    public ForbiddenException(String message) {
      super(Response.Status.FORBIDDEN, message);
    }
  }

  public record CaseRef(long id, String caseNumber, String debtorName, String processInstanceId) {}

  public record ExtensionView(
      String oldDeadline, String newDeadline, String reason, String decidedBy) {}

  /**
   * An adjustment proposed by the lead agency and the chair's decision: what changes, from what to
   * what (agency names, or the task's text), why, who and when.
   */
  public record ChangeView(
      String kind,
      String oldValue,
      String newValue,
      String reason,
      String proposedBy,
      String proposedAt,
      String decision,
      String decidedBy,
      String decidedAt,
      String note) {}

  public record DirectiveView(
      int ordinal,
      String conclusionNo,
      String conclusionDate,
      String leadAgencyId,
      String leadAgency,
      List<String> supportingAgencies,
      String task,
      String originalDeadline,
      String deadline,
      String status,
      String tone,
      String statusLabel,
      String result,
      List<ExtensionView> extensions,
      List<ChangeView> changes) {}

  public record DirectiveTab(CaseRef caseRef, List<DirectiveView> directives) {}

  public record ReminderView(
      String recordedAt,
      String sentAt,
      String taskName,
      String agency,
      String kind,
      String kindLabel,
      String status,
      String statusLabel,
      String recipients,
      String due,
      int daysOverdue,
      String directive,
      String processInstanceId) {}

  public record Reminders(CaseRef caseRef, List<ReminderView> reminders) {}

  private final JdbcClient jdbc;
  private final SupervisionAccess access;
  private final DirectiveRepository directiveRecords;
  private final ReminderLog reminderLog;
  private final AgencyNames agencyNames;
  private final WorkingDays workingDays;
  private final Clock clock;
  private final int dueSoonWorkingDays;

  public CaseSupervision(
      JdbcClient jdbc,
      SupervisionAccess access,
      DirectiveRepository directiveRecords,
      ReminderLog reminderLog,
      AgencyNames agencyNames,
      WorkingDays workingDays,
      Clock clock,
      @Value("${bcd.cockpit.due-soon-working-days:2}") int dueSoonWorkingDays) {
    this.jdbc = jdbc;
    this.access = access;
    this.directiveRecords = directiveRecords;
    this.reminderLog = reminderLog;
    this.agencyNames = agencyNames;
    this.workingDays = workingDays;
    this.clock = clock;
    this.dueSoonWorkingDays = dueSoonWorkingDays;
  }

  public DirectiveTab directives(Viewer viewer, String processInstanceId) {
    CaseRef ref = caseOf(viewer, processInstanceId);
    return new DirectiveTab(ref, directiveViews(ref.id()));
  }

  /** The directives of every conclusion of the case, with their extensions and progress. */
  List<DirectiveView> directiveViews(long caseId) {
    LocalDate today = VietnamTime.today(clock);
    LocalDate dueSoonUntil = workingDays.plus(today, dueSoonWorkingDays);
    record Head(long id, String documentNo, LocalDate documentDate) {}
    List<Head> heads =
        jdbc.sql(
                "select id, document_no, document_date from bcd_conclusion where case_id = ? order by id")
            .param(caseId)
            .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()))
            .list();
    List<DirectiveView> views = new ArrayList<>();
    for (Head head : heads) {
      for (DirectiveRepository.Directive d : directiveRecords.ofConclusion(head.id())) {
        List<ExtensionView> extensions =
            directiveRecords.extensions(d.id()).stream()
                .map(
                    e ->
                        new ExtensionView(
                            VietnamTime.format(e.oldDeadline()),
                            VietnamTime.format(e.newDeadline()),
                            e.reason(),
                            e.decidedBy()))
                .toList();
        DirectiveProgress progress =
            DirectiveProgress.of(d.status(), d.deadline(), today, dueSoonUntil);
        views.add(
            new DirectiveView(
                d.ordinal(),
                head.documentNo(),
                VietnamTime.format(head.documentDate()),
                d.leadAgency(),
                agencyNames.name(d.leadAgency()),
                d.supportingAgencies().stream().map(agencyNames::name).toList(),
                d.task(),
                VietnamTime.format(d.originalDeadline()),
                VietnamTime.format(d.deadline()),
                progress.name(),
                progress.tone(),
                progress.label(d.status()),
                d.result(),
                extensions,
                directiveRecords.changes(d.id()).stream().map(this::changeView).toList()));
      }
    }
    return views;
  }

  private ChangeView changeView(DirectiveRepository.Change c) {
    boolean agencies =
        c.kind() == AdjustmentKind.REASSIGN || c.kind() == AdjustmentKind.ADD_SUPPORTING;
    return new ChangeView(
        c.kind().label(),
        agencies ? agencyList(c.oldValue()) : c.oldValue(),
        agencies ? agencyNames.name(c.newValue()) : c.newValue(),
        c.reason(),
        c.proposedBy(),
        dayTime(c.proposedAt()),
        switch (c.decision()) {
          case PENDING -> "Chờ Trưởng ban cho ý kiến";
          case APPROVED -> "Trưởng ban đồng ý";
          case REJECTED -> "Trưởng ban không đồng ý";
        },
        c.decidedBy(),
        dayTime(c.decidedAt()),
        c.decisionNote());
  }

  /** Comma-separated agency ids as names ("Không có" when none). */
  private String agencyList(String ids) {
    if (ids == null || ids.isBlank()) {
      return "Không có";
    }
    return Arrays.stream(ids.split(",")).map(agencyNames::name).collect(Collectors.joining("; "));
  }

  public Reminders reminders(Viewer viewer, String processInstanceId) {
    CaseRef ref = caseOf(viewer, processInstanceId);
    return new Reminders(ref, reminderViews(ref.id()));
  }

  /** The reminders and escalations recorded for the case. */
  List<ReminderView> reminderViews(long caseId) {
    return reminderLog.ofCase(caseId).stream()
        .map(
            e ->
                new ReminderView(
                    dayTime(e.recordedAt()),
                    dayTime(e.sentAt()),
                    e.taskName(),
                    agencyNames.name(e.agencyId()),
                    e.kind(),
                    kindLabel(e.kind()),
                    e.status(),
                    statusLabel(e.status()),
                    e.recipients(),
                    dayTime(e.dueAt()),
                    e.daysOverdue(),
                    e.directive(),
                    e.processInstanceId()))
        .toList();
  }

  private static String kindLabel(String kind) {
    try {
      return ReminderKind.valueOf(kind).label();
    } catch (IllegalArgumentException e) {
      return kind;
    }
  }

  static String statusLabel(String status) {
    return switch (status) {
      case ReminderLog.SENT -> "Đã gửi";
      case ReminderLog.QUEUED -> "Chờ gửi trong thư tổng hợp hằng ngày";
      case ReminderLog.DIGESTED -> "Đã gửi trong thư tổng hợp hằng ngày";
      case ReminderLog.DROPPED -> "Không gửi: việc đã xong trước thư tổng hợp";
      case ReminderLog.NO_ADDRESS -> "Không gửi được: đơn vị chưa có địa chỉ thư";
      default -> status;
    };
  }

  private static String dayTime(Instant instant) {
    return instant == null ? null : instant.atZone(VietnamTime.ZONE).format(VietnamTime.DATE_TIME);
  }

  /**
   * The case of a process instance (running or ended), after checking that the viewer may read it.
   */
  CaseRef caseOf(Viewer viewer, String processInstanceId) {
    record Instance(String root, String businessKey) {}
    Optional<Instance> instance =
        jdbc.sql(
                "select ROOT_PROC_INST_ID_, BUSINESS_KEY_ from ACT_HI_PROCINST where PROC_INST_ID_ = ?")
            .param(processInstanceId)
            .query((rs, i) -> new Instance(rs.getString(1), rs.getString(2)))
            .optional();
    if (instance.isEmpty()) {
      throw new NotFoundException("Không tìm thấy phiên bản quy trình " + processInstanceId + ".");
    }
    String root = instance.get().root() == null ? processInstanceId : instance.get().root();
    if (!access.mayRead(viewer, processInstanceId, root)) {
      throw new ForbiddenException("Bạn không có quyền xem vụ việc của phiên bản quy trình này.");
    }
    return jdbc
        .sql(
            """
            select id, case_number, debtor_name, process_instance_id from bcd_case
            where process_instance_id = ? or case_number = ? order by id""")
        .params(root, instance.get().businessKey() == null ? "" : instance.get().businessKey())
        .query(
            (rs, i) ->
                new CaseRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list()
        .stream()
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("Phiên bản quy trình này không thuộc vụ việc nào."));
  }
}
