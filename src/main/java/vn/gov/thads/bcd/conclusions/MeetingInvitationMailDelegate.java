package vn.gov.thads.bcd.conclusions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.documents.CaseDocuments;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.mail.MailComposer;
import vn.gov.thads.bcd.mail.MailLog;
import vn.gov.thads.bcd.meetings.CommitteeMeetings;
import vn.gov.thads.bcd.meetings.MeetingLabels;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Mails the giấy mời họp and the case's summary (the meeting papers) to the agencies the invitation
 * names under "Kính gửi" (their configured addresses; guests named without an agency have none):
 * the invitation when the first case is put on the meeting's agenda, a supplementary mail with the
 * updated invitation (every case on the agenda so far) and the new case's summary when a case joins
 * a meeting already scheduled. Runs as the asynchronous step "Gửi giấy mời họp" of
 * MeetingConclusionProcess, on a branch of its own beside the minutes. Exactly once per meeting and
 * case, as reminders are sent: the rows of {@link MailLog} first, the mail last, in the job's
 * transaction; a refused mail rolls them back and the engine retries the job. Once the meeting day
 * has passed, a retried job records the mail as too late instead of sending it.
 */
@Component("meetingInvitationMailDelegate")
public class MeetingInvitationMailDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(MeetingInvitationMailDelegate.class);

  public static final String INVITATION = "MEETING_INVITATION";
  public static final String SUPPLEMENT = "MEETING_SUPPLEMENT";

  private final CommitteeMeetings meetings;
  private final CaseRepository cases;
  private final CaseDocuments documents;
  private final Organisation organisation;
  private final MailComposer mails;
  private final MailLog log;
  private final Clock clock;

  public MeetingInvitationMailDelegate(
      CommitteeMeetings meetings,
      CaseRepository cases,
      CaseDocuments documents,
      Organisation organisation,
      MailComposer mails,
      MailLog log,
      Clock clock) {
    this.meetings = meetings;
    this.cases = cases;
    this.documents = documents;
    this.organisation = organisation;
    this.mails = mails;
    this.log = log;
    this.clock = clock;
  }

  /** What the mail of a case joining a meeting is recorded under. */
  public static String key(long meetingId, long caseId) {
    return "meeting:" + meetingId + ":case:" + caseId;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = FormReader.caseId(execution);
    long meetingId =
        Long.parseLong(
            String.valueOf(execution.getVariable(CaseVariables.COMMITTEE_MEETING_ID)).strip());
    String key = key(meetingId, caseId);
    if (log.any(key)) {
      return; // sent already (a job run twice)
    }
    CommitteeMeetings.Meeting meeting = meetings.find(meetingId).orElseThrow();
    List<CommitteeMeetings.AgendaItem> agenda = meetings.agenda(meetingId);
    int agendaNo =
        agenda.stream()
            .filter(i -> i.caseId() == caseId)
            .mapToInt(CommitteeMeetings.AgendaItem::agendaNo)
            .findFirst()
            .orElse(1);
    boolean supplement = agendaNo > 1;
    String kind = supplement ? SUPPLEMENT : INVITATION;
    Instant now = clock.instant();
    // Invitees: the agencies named under "Kính gửi", each with its addresses.
    Map<String, List<String>> invitees = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (CommitteeMeetings.Participant p : meetings.participants(meetingId)) {
      if (p.agencyId() != null) {
        invitees.putIfAbsent(p.agencyId(), organisation.mailAddresses(p.agencyId()));
        names.add(name(p.agencyId()) + (p.personName() == null ? "" : " (" + p.personName() + ")"));
      } else if (p.personName() != null) {
        names.add(p.personName());
      }
    }
    Set<String> to = new LinkedHashSet<>();
    invitees.values().forEach(to::addAll);
    boolean late = meeting.date().isBefore(VietnamTime.today(clock));
    if (to.isEmpty() || late) {
      LOG.warn(
          "Giấy mời họp {} của vụ việc {} không gửi: {}",
          meetingId,
          caseId,
          late ? "đã qua ngày họp" : "không có địa chỉ");
      invitees
          .keySet()
          .forEach(
              a ->
                  log.record(
                      entry(
                          key,
                          a,
                          kind,
                          caseId,
                          execution,
                          late ? MailLog.LATE : MailLog.NO_ADDRESS,
                          null,
                          null,
                          null,
                          now)));
      return;
    }
    CaseRepository.CaseRow caseRow = cases.findById(caseId).orElseThrow();
    Optional<CaseDocuments.Download> invitation =
        documents.currentOf(MeetingInvitations.invitationSource(meetingId, caseId));
    Optional<CaseDocuments.Download> summary =
        documents.currentOf(MeetingInvitations.summarySource(meetingId, caseId));
    String when =
        (meeting.time() == null ? "" : meeting.time().format(VietnamTime.TIME) + " ")
            + VietnamTime.format(meeting.date());
    String subject =
        "[BCĐ THADS] "
            + (supplement
                ? "Bổ sung vụ việc " + caseRow.caseNumber() + " vào cuộc họp "
                : "Giấy mời họp ")
            + MeetingLabels.title(meeting)
            + " – "
            + when;
    String messageId = "<bcd-meeting." + meetingId + ".case." + caseId + "@bcd-thads>";
    Map<String, Object> m = new HashMap<>();
    m.put("greeting", "Kính gửi: " + String.join("; ", names));
    m.put(
        "headline",
        supplement
            ? "Ban Chỉ đạo Thi hành án dân sự tỉnh bổ sung vụ việc "
                + caseRow.caseNumber()
                + " vào chương trình cuộc họp dưới đây (vụ việc thứ "
                + agendaNo
                + "); giấy mời kèm theo đã cập nhật danh sách vụ việc."
            : "Ban Chỉ đạo Thi hành án dân sự tỉnh trân trọng kính mời dự cuộc họp dưới đây.");
    m.put("meeting", MeetingLabels.title(meeting));
    m.put("when", when);
    m.put("place", meeting.place());
    m.put("chair", meeting.chair());
    List<String> rows = new ArrayList<>();
    for (CommitteeMeetings.AgendaItem item : agenda) {
      String debtor =
          cases.findById(item.caseId()).map(CaseRepository.CaseRow::debtorName).orElse(null);
      rows.add(
          item.agendaNo()
              + ". "
              + item.caseNumber()
              + (debtor == null ? "" : " – " + debtor)
              + (item.caseId() == caseId && supplement ? " (bổ sung)" : ""));
    }
    m.put("cases", rows);
    List<String> papers = new ArrayList<>();
    invitation.ifPresent(
        d ->
            papers.add(
                d.document().draft()
                    ? "Giấy mời họp (bản dự thảo, chưa ký; gửi trước để đơn vị bố trí dự họp, bản đã ký"
                        + " sẽ được Tổ Thư ký cập nhật trên hệ thống)"
                    : "Giấy mời họp (bản đã ký)"));
    summary.ifPresent(
        d -> papers.add("Tóm tắt vụ việc " + caseRow.caseNumber() + " (tài liệu họp)"));
    m.put("papers", papers);
    MailComposer.Mail mail =
        mails.compose("meeting-invitation", m, List.copyOf(to), List.of(), subject, messageId);
    for (Optional<CaseDocuments.Download> d : List.of(invitation, summary)) {
      if (d.isPresent()) {
        byte[] bytes;
        try (var in = d.get().content()) {
          bytes = in.readAllBytes();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        mail =
            mail.with(
                new MailComposer.Attachment(
                    d.get().document().fileName(), d.get().document().mediaType(), bytes));
      }
    }
    Long invitationId = invitation.map(d -> d.document().id()).orElse(null);
    invitees.forEach(
        (agency, own) ->
            log.record(
                entry(
                        key,
                        agency,
                        kind,
                        caseId,
                        execution,
                        own.isEmpty() ? MailLog.NO_ADDRESS : MailLog.SENT,
                        own.isEmpty() ? null : String.join(", ", own),
                        subject,
                        own.isEmpty() ? null : invitationId,
                        now)
                    .withMessageId(messageId)));
    // The mail last: nothing after it can fail and cause a second copy.
    mails.send(mail);
  }

  private String name(String agencyId) {
    return organisation.agency(agencyId).map(Agency::name).orElse(agencyId);
  }

  private static MailLog.Entry entry(
      String key,
      String agency,
      String kind,
      long caseId,
      DelegateExecution execution,
      String status,
      String recipients,
      String subject,
      Long documentId,
      Instant now) {
    return new MailLog.Entry(
        key,
        agency,
        kind,
        caseId,
        execution.getProcessInstanceId(),
        status,
        recipients,
        subject,
        null,
        documentId,
        now);
  }
}
