package vn.gov.thads.bcd.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.conclusions.ConclusionNotices;
import vn.gov.thads.bcd.mail.MailComposer;
import vn.gov.thads.bcd.mail.MailLog;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.Person;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.reminders.ReminderRecipients.Recipients;

/**
 * Records one reminder of a task and composes its mail. Runs inside the sweep's transaction for
 * that task: the record is written first (its unique key refuses a second copy); the sweep hands
 * the mail to the SMTP server last, and if the server refuses, the exception rolls the record back
 * and the task is tried again later.
 */
@Component
public class ReminderDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderDelivery.class);

  private final ReminderRecipients recipients;
  private final ReminderLog log;
  private final MailComposer mails;
  private final CaseRepository cases;
  private final Organisation organisation;
  private final ReminderProperties properties;
  private final Clock clock;
  private final String baseUrl;
  private final ConclusionNotices notices;
  private final MailLog mailLog;

  public ReminderDelivery(
      ReminderRecipients recipients,
      ReminderLog log,
      MailComposer mails,
      CaseRepository cases,
      Organisation organisation,
      ReminderProperties properties,
      Clock clock,
      @Value("${bcd.public-base-url}") String baseUrl,
      ConclusionNotices notices,
      MailLog mailLog) {
    this.notices = notices;
    this.mailLog = mailLog;
    this.recipients = recipients;
    this.log = log;
    this.mails = mails;
    this.cases = cases;
    this.organisation = organisation;
    this.properties = properties;
    this.clock = clock;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /**
   * Records the reminder and composes its mail; empty when it is only recorded (for the digest, or
   * nobody has an address).
   */
  public Optional<MailComposer.Mail> record(TaskFacts task, ReminderEvent event) {
    Instant now = clock.instant();
    List<Agency> agencies = recipients.agencies(task.candidateGroups(), task.assignee());
    String agencyId = agencies.isEmpty() ? null : agencies.get(0).id();
    CaseRepository.CaseRow caseRow =
        task.caseId() == null ? null : cases.findById(task.caseId()).orElse(null);
    String caseNumber = caseRow == null ? null : caseRow.caseNumber();
    if (!event.kind().escalation() && !agencies.isEmpty() && agencies.get(0).dailyDigest()) {
      log.record(
          entry(
              task, event, caseNumber, agencyId, ReminderLog.QUEUED, null, null, null, now, null));
      return Optional.empty();
    }
    Recipients to =
        switch (event.kind()) {
          case ESCALATION_HEAD -> recipients.forHeads(agencies);
          case ESCALATION_CHAIR -> recipients.forChair(agencies);
          default ->
              recipients.forTask(
                  agencies, task.assignee(), task.candidateUsers(), task.candidateGroups());
        };
    if (to.isEmpty()) {
      LOG.warn(
          "Không có địa chỉ nhận nhắc việc {} của công việc {} ({})",
          event.key(),
          task.taskId(),
          task.taskName());
      log.record(
          entry(
              task,
              event,
              caseNumber,
              agencyId,
              ReminderLog.NO_ADDRESS,
              null,
              null,
              null,
              now,
              null));
      return Optional.empty();
    }
    String agencyNames =
        agencies.isEmpty()
            ? "Chưa xác định"
            : agencies.stream().map(Agency::name).collect(Collectors.joining("; "));
    String subject = subject(event, task, caseNumber);
    String messageId =
        "<bcd-reminder."
            + task.taskId()
            + "."
            + task.due().toEpochMilli()
            + "."
            + event.key()
            + "@bcd-thads>";
    Map<String, Object> model = model(task, event, caseRow, agencyNames);
    // The directive's assignment mail carries the conclusion notice; the lead's first reminder
    // carries it only when the lead has not been mailed that version (the signed one uploaded
    // since, or an assignment mail that could not reach it), so nobody gets the same file twice.
    Optional<ConclusionNotices.Notice> notice =
        task.directiveId() == null || event.kind().escalation() || log.sentForTask(task.taskId())
            ? Optional.empty()
            : notices.noticeOfDirective(task.directiveId());
    if (notice.isPresent()
        && agencyId != null
        && mailLog.documentSent(agencyId, notice.get().documentId())) {
      notice.get().discard();
      notice = Optional.empty();
    }
    byte[] noticeContent = null;
    if (notice.isPresent()) {
      noticeContent = notice.get().bytes();
      model.put("notice", "Kèm theo thư này: " + notice.get().described() + ".");
    }
    MailComposer.Mail mail = mails.compose("reminder", model, to.to(), to.cc(), subject, messageId);
    if (noticeContent != null) {
      mail =
          mail.with(
              new MailComposer.Attachment(
                  notice.get().fileName(), notice.get().mediaType(), noticeContent));
    }
    log.record(
        entry(
            task,
            event,
            caseNumber,
            agencyId,
            ReminderLog.SENT,
            to.describe(),
            subject,
            messageId,
            now,
            now));
    return Optional.of(mail);
  }

  private Map<String, Object> model(
      TaskFacts task, ReminderEvent event, CaseRepository.CaseRow caseRow, String agencyNames) {
    Map<String, Object> m = new HashMap<>();
    String due = VietnamTime.DATE.format(task.due().atZone(VietnamTime.ZONE));
    int n = event.daysOverdue();
    m.put("caseNumber", caseRow == null ? "(chưa có số)" : caseRow.caseNumber());
    m.put("debtorName", caseRow == null ? null : caseRow.debtorName());
    m.put("step", task.taskName());
    m.put("agencyNames", agencyNames);
    m.put(
        "assigneeName",
        task.assignee() == null
            ? null
            : organisation.person(task.assignee()).map(Person::fullName).orElse(task.assignee()));
    m.put("directive", task.directive());
    m.put("dueDate", due);
    m.put("link", taskLink(task.taskId()));
    m.put("overdue", n > 0);
    m.put("status", status(event, task.taskKey()));
    String[] texts =
        switch (event.kind()) {
          case BEFORE_DUE ->
              new String[] {
                "Kính gửi: " + agencyNames,
                "Công việc dưới đây sẽ đến hạn ngày " + due + ".",
                "Đề nghị đơn vị hoàn thành đúng hạn và cập nhật kết quả trên hệ thống."
              };
          case ON_DUE ->
              new String[] {
                "Kính gửi: " + agencyNames,
                "Công việc dưới đây đến hạn hôm nay (" + due + ").",
                "Đề nghị đơn vị hoàn thành trong ngày và cập nhật kết quả trên hệ thống."
              };
          case OVERDUE ->
              new String[] {
                "Kính gửi: " + agencyNames,
                "Công việc dưới đây đã quá hạn " + n + " ngày làm việc.",
                "Đề nghị đơn vị khẩn trương hoàn thành và cập nhật kết quả trên hệ thống."
              };
          case ESCALATION_HEAD ->
              new String[] {
                "Kính gửi: Lãnh đạo " + agencyNames,
                "Công việc dưới đây của "
                    + agencyNames
                    + " đã quá hạn "
                    + n
                    + " ngày làm việc mà chưa hoàn thành.",
                "Đề nghị lãnh đạo đơn vị chỉ đạo hoàn thành ngay và báo cáo Ban Chỉ đạo (qua Tổ Thư ký)."
              };
          case ESCALATION_CHAIR ->
              new String[] {
                "Kính gửi: Trưởng Ban Chỉ đạo Thi hành án dân sự tỉnh",
                "Tổ Thư ký kính báo cáo: công việc dưới đây của "
                    + agencyNames
                    + " đã quá hạn "
                    + n
                    + " ngày làm việc; lãnh đạo đơn vị đã được nhắc nhưng công việc chưa hoàn thành.",
                "Kính đề nghị Trưởng ban xem xét, chỉ đạo."
              };
        };
    m.put("greeting", texts[0]);
    m.put("headline", texts[1]);
    m.put("request", texts[2]);
    return m;
  }

  /** The task's state in words, as a reminder of this kind states it. */
  String status(ReminderEvent event, String taskKey) {
    return switch (event.kind()) {
      case BEFORE_DUE -> "Còn " + properties.policyFor(taskKey).daysBefore() + " ngày làm việc";
      case ON_DUE -> "Đến hạn hôm nay";
      default -> "Quá hạn " + event.daysOverdue() + " ngày làm việc";
    };
  }

  static String subject(ReminderEvent event, TaskFacts task, String caseNumber) {
    String what = task.taskName() + " – " + (caseNumber == null ? "(chưa có số)" : caseNumber);
    String due = VietnamTime.DATE.format(task.due().atZone(VietnamTime.ZONE));
    return "[BCĐ THADS] "
        + switch (event.kind()) {
          case BEFORE_DUE -> "Sắp đến hạn " + due + ": " + what;
          case ON_DUE -> "Đến hạn hôm nay: " + what;
          case OVERDUE -> "Quá hạn " + event.daysOverdue() + " ngày làm việc: " + what;
          case ESCALATION_HEAD ->
              "Báo cáo chậm thực hiện (quá hạn " + event.daysOverdue() + " ngày làm việc): " + what;
          case ESCALATION_CHAIR ->
              "Kính báo cáo Trưởng ban (quá hạn "
                  + event.daysOverdue()
                  + " ngày làm việc): "
                  + what;
        };
  }

  String taskLink(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  private static ReminderLog.Entry entry(
      TaskFacts task,
      ReminderEvent event,
      String caseNumber,
      String agencyId,
      String status,
      String recipients,
      String subject,
      String messageId,
      Instant recordedAt,
      Instant sentAt) {
    return new ReminderLog.Entry(
        0,
        task.caseId(),
        caseNumber,
        task.processInstanceId(),
        task.taskId(),
        task.taskKey(),
        task.taskName(),
        agencyId,
        event.kind().name(),
        event.key(),
        task.due(),
        event.daysOverdue(),
        task.directive(),
        status,
        recipients,
        subject,
        messageId,
        recordedAt,
        sentAt,
        null);
  }
}
