package vn.gov.thads.bcd.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.mail.MailComposer;
import vn.gov.thads.bcd.mail.MailLog;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.RoleGroup;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.statistics.ReportingPeriod;
import vn.gov.thads.bcd.statistics.Scope;

/**
 * The monthly report mail (model {@code MonthlyReportProcess}): on the first working day of each
 * month (project calendar), the province's report of the month before, as XLSX and DOCX, to the
 * chair's and the secretariat's official addresses. Exactly once per month as the other mails that
 * carry papers: {@link MailLog} rows under {@code report:monthly:<yyyy-MM>} (the month reported on)
 * written first, the mail handed to the SMTP server last, in the job's transaction; a refused mail
 * rolls the rows back and the engine retries the job. A report missed on that day (the application
 * down all day) leaves on the next run within {@code bcd.reports.monthly-catch-up-working-days}
 * working days after it (default 5); later, or for a month before the application was installed, it
 * is not sent: the secretariat can download any report at any time.
 */
@Component("monthlyReportMail")
public class MonthlyReportMail {

  private static final Logger LOG = LoggerFactory.getLogger(MonthlyReportMail.class);

  /** Process variables of MonthlyReportProcess. */
  public static final String MONTH = "monthlyReportMonth";

  public static final String DUE = "monthlyReportDue";

  public static final String KIND = "MONTHLY_REPORT";

  private final ReportExports exports;
  private final CommitteeReport reports;
  private final Organisation organisation;
  private final WorkingDays workingDays;
  private final MailComposer mails;
  private final MailLog log;
  private final Clock clock;
  private final int catchUpWorkingDays;

  public MonthlyReportMail(
      ReportExports exports,
      CommitteeReport reports,
      Organisation organisation,
      WorkingDays workingDays,
      MailComposer mails,
      MailLog log,
      Clock clock,
      @Value("${bcd.reports.monthly-catch-up-working-days:5}") int catchUpWorkingDays) {
    this.exports = exports;
    this.reports = reports;
    this.organisation = organisation;
    this.workingDays = workingDays;
    this.mails = mails;
    this.log = log;
    this.clock = clock;
    if (catchUpWorkingDays < 0) {
      throw new IllegalArgumentException(
          "bcd.reports.monthly-catch-up-working-days phải là số ngày làm việc không âm, không phải "
              + catchUpWorkingDays);
    }
    this.catchUpWorkingDays = catchUpWorkingDays;
  }

  /** What the mail of a month reported on is recorded under. */
  public static String key(YearMonth reported) {
    return "report:monthly:" + reported;
  }

  /** The first working day of a month by the project's calendar. */
  public LocalDate firstWorkingDay(YearMonth month) {
    LocalDate day = month.atDay(1);
    while (!workingDays.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * Service task "Xác định hôm nay có gửi báo cáo tháng không": due from the month's first working
   * day to the last day of catching up, unless the previous month's report has been sent already.
   */
  public void decide(DelegateExecution execution) {
    LocalDate today = VietnamTime.today(clock);
    YearMonth reported = YearMonth.from(today).minusMonths(1);
    LocalDate first = firstWorkingDay(YearMonth.from(today));
    LocalDate last = workingDays.plus(first, catchUpWorkingDays);
    boolean due =
        !today.isBefore(first)
            && !today.isAfter(last)
            && workingDays.isWorkingDay(today)
            && !log.any(key(reported));
    execution.setVariable(MONTH, reported.toString());
    execution.setVariable(DUE, due);
  }

  /** The reporting period of a calendar month: M10–M12 belong to the next reporting year. */
  static ReportingPeriod period(YearMonth month) {
    int year = month.getMonthValue() >= 10 ? month.getYear() + 1 : month.getYear();
    return ReportingPeriod.of(year, String.format(Locale.ROOT, "M%02d", month.getMonthValue()));
  }

  /** Service task "Gửi báo cáo tháng cho Trưởng ban và Tổ Thư ký" (asynchronous, retried). */
  public void send(DelegateExecution execution) {
    YearMonth reported = YearMonth.parse((String) execution.getVariable(MONTH));
    String key = key(reported);
    if (log.any(key)) {
      return; // sent already (a job run twice, a second node)
    }
    Instant now = clock.instant();
    Map<String, List<String>> recipients = new LinkedHashMap<>();
    for (RoleGroup group : List.of(RoleGroup.CHAIR, RoleGroup.SECRETARIAT)) {
      organisation
          .agencyOfRoleGroup(group.id())
          .map(Agency::id)
          .ifPresent(a -> recipients.putIfAbsent(a, organisation.mailAddresses(a)));
    }
    Set<String> to = new LinkedHashSet<>();
    recipients.values().forEach(to::addAll);
    ReportingPeriod period = period(reported);
    String subject =
        "[BCĐ THADS] Báo cáo kết quả công tác của Ban Chỉ đạo "
            + period.label().toLowerCase(Locale.ROOT);
    String messageId = "<bcd-report.monthly." + reported + "@bcd-thads>";
    if (to.isEmpty()) {
      LOG.warn("Báo cáo tháng {} không gửi: Trưởng ban và Tổ Thư ký không có địa chỉ", reported);
      recipients.keySet().forEach(a -> log.record(entry(key, a, execution, null, subject, now)));
      return;
    }
    Scope province = reports.scope(null);
    List<ReportExports.Export> files = exports.exportAll(period, province);
    Map<String, Object> model = new HashMap<>();
    model.put(
        "greeting",
        "Kính gửi: "
            + String.join(
                "; ",
                recipients.keySet().stream()
                    .map(a -> organisation.agency(a).map(Agency::name).orElse(a))
                    .toList()));
    model.put("period", period.fullLabel());
    model.put("files", files.stream().map(ReportExports.Export::fileName).toList());
    MailComposer.Mail mail =
        mails.compose("monthly-report", model, new ArrayList<>(to), List.of(), subject, messageId);
    for (ReportExports.Export f : files) {
      mail = mail.with(new MailComposer.Attachment(f.fileName(), f.mediaType(), f.content()));
    }
    recipients.forEach(
        (agency, own) ->
            log.record(
                entry(key, agency, execution, own.isEmpty() ? null : own, subject, now)
                    .withMessageId(own.isEmpty() ? null : messageId)));
    // The mail last: nothing after it can fail and cause a second copy.
    mails.send(mail);
  }

  private static MailLog.Entry entry(
      String key,
      String agency,
      DelegateExecution execution,
      List<String> addresses,
      String subject,
      Instant now) {
    return new MailLog.Entry(
        key,
        agency,
        KIND,
        null,
        execution.getProcessInstanceId(),
        addresses == null ? MailLog.NO_ADDRESS : MailLog.SENT,
        addresses == null ? null : String.join(", ", addresses),
        subject,
        null,
        null,
        now);
  }
}
