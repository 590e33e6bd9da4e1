package vn.gov.thads.bcd.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.mail.MailComposer;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The daily digest (model {@code ReminderDigestProcess}): on working days, one mail per agency that
 * chose it, listing the reminders queued for it since the last digest. Named {@code reminderDigest}
 * for the model's two service tasks; the timer cycle and retry intervals come from {@link
 * ReminderSettings}.
 */
@Component("reminderDigest")
public class ReminderDigest {

  /** Process variables of ReminderDigestProcess. */
  public static final String AGENCIES = "digestAgencies";

  public static final String AGENCY = "digestAgency";

  private final ReminderProperties properties;
  private final ReminderLog log;
  private final ReminderRecipients recipients;
  private final ReminderDelivery delivery;
  private final MailComposer mails;
  private final Organisation organisation;
  private final TaskService tasks;
  private final WorkingDays workingDays;
  private final ReminderSchedule schedule;
  private final Clock clock;

  public ReminderDigest(
      ReminderProperties properties,
      ReminderLog log,
      ReminderRecipients recipients,
      ReminderDelivery delivery,
      MailComposer mails,
      Organisation organisation,
      TaskService tasks,
      WorkingDays workingDays,
      ReminderService service,
      Clock clock) {
    this.properties = properties;
    this.log = log;
    this.recipients = recipients;
    this.delivery = delivery;
    this.mails = mails;
    this.organisation = organisation;
    this.tasks = tasks;
    this.workingDays = workingDays;
    this.schedule = service.schedule();
    this.clock = clock;
  }

  /**
   * Service task "Tìm đơn vị có nhắc việc chờ gửi": agencies with queued reminders, on working days
   * only.
   */
  public void findAgencies(DelegateExecution execution) {
    LocalDate today = today();
    List<String> agencies =
        workingDays.isWorkingDay(today)
            ? log.agenciesWithQueued().stream().filter(a -> !log.digestSent(a, today)).toList()
            : List.of();
    execution.setVariable(AGENCIES, new ArrayList<>(agencies));
  }

  /** Service task "Gửi thư tổng hợp cho đơn vị" (one per agency, each its own job). */
  public void send(DelegateExecution execution) {
    String agencyId = (String) execution.getVariable(AGENCY);
    LocalDate today = today();
    Agency agency = organisation.agency(agencyId).orElse(null);
    List<ReminderLog.Entry> queued = log.queued(agencyId);
    if (agency == null || queued.isEmpty() || log.digestSent(agencyId, today)) {
      return;
    }
    Map<String, Task> open =
        tasks
            .createTaskQuery()
            .taskIdIn(
                queued.stream().map(ReminderLog.Entry::taskId).distinct().toArray(String[]::new))
            .list()
            .stream()
            .collect(Collectors.toMap(Task::getId, Function.identity()));
    List<ReminderLog.Entry> items =
        queued.stream().filter(e -> open.containsKey(e.taskId())).toList();
    log.drop(queued.stream().filter(e -> !open.containsKey(e.taskId())).toList());
    if (items.isEmpty()) {
      return;
    }
    // One line per task, however many of its reminders queued up since the last digest.
    Map<String, ReminderLog.Entry> latest = new LinkedHashMap<>();
    items.forEach(e -> latest.put(e.taskId(), e));
    Instant now = clock.instant();
    Set<String> people = new LinkedHashSet<>();
    List<Map<String, Object>> lines = new ArrayList<>();
    for (ReminderLog.Entry e : latest.values()) {
      Task task = open.get(e.taskId());
      people.addAll(concerned(task));
      Map<String, Object> line = new HashMap<>();
      line.put("caseNumber", e.caseNumber() == null ? "(chưa có số)" : e.caseNumber());
      line.put("step", task.getName());
      line.put("directive", e.directive());
      Instant due = task.getDueDate() == null ? e.dueAt() : task.getDueDate().toInstant();
      line.put("dueDate", VietnamTime.DATE.format(due.atZone(VietnamTime.ZONE)));
      int overdue = now.isAfter(due) ? schedule.daysOverdue(due, now) : 0;
      line.put("overdue", overdue > 0);
      line.put("status", status(due, now, overdue));
      line.put("link", delivery.taskLink(task.getId()));
      lines.add(line);
    }
    ReminderRecipients.Recipients to = recipients.forDigest(agency, people);
    String day = VietnamTime.DATE.format(today);
    String subject =
        "[BCĐ THADS] Tổng hợp nhắc việc ngày "
            + day
            + " – "
            + agency.name()
            + ": "
            + lines.size()
            + " công việc";
    String messageId = "<bcd-digest." + agencyId + "." + today + "@bcd-thads>";
    Map<String, Object> model = new HashMap<>();
    model.put("agencyName", agency.name());
    model.put("day", day);
    model.put("items", lines);
    MailComposer.Mail mail = mails.compose("digest", model, to.to(), to.cc(), subject, messageId);
    log.recordDigest(agencyId, today, to.describe(), subject, messageId, items, now);
    mails.send(mail);
  }

  private List<String> concerned(Task task) {
    if (task.getAssignee() != null) {
      return List.of(task.getAssignee());
    }
    List<String> people = new ArrayList<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getUserId() != null) {
          people.add(link.getUserId());
        } else if (link.getGroupId() != null) {
          people.addAll(recipients.memberLogins(link.getGroupId()));
        }
      }
    }
    return people;
  }

  private String status(Instant due, Instant now, int overdue) {
    if (overdue > 0) {
      return "Quá hạn " + overdue + " ngày làm việc";
    }
    LocalDate today = now.atZone(VietnamTime.ZONE).toLocalDate();
    LocalDate dueDay = due.atZone(VietnamTime.ZONE).toLocalDate();
    if (!dueDay.isAfter(today)) {
      return "Đến hạn hôm nay";
    }
    return "Còn " + workingDays.between(today, dueDay) + " ngày làm việc";
  }

  private LocalDate today() {
    return clock.instant().atZone(VietnamTime.ZONE).toLocalDate();
  }
}
