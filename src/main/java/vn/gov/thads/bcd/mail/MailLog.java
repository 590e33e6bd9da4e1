package vn.gov.thads.bcd.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of the mails that carry papers (table {@code bcd_mail}): the directive assignment
 * mails and the meeting invitations. Used the way {@code reminders.ReminderLog} is: inside the
 * sending job's transaction, the rows are written first (the unique key of mail and agency refuses
 * a second copy, whichever node runs the job), the mail is handed to the SMTP server last; a
 * refused mail rolls the rows back and the engine retries the job.
 */
@Repository
public class MailLog {

  public static final String SENT = "SENT";
  public static final String NO_ADDRESS = "NO_ADDRESS";

  /** A meeting invitation whose job ran only after the meeting day: not sent. */
  public static final String LATE = "LATE";

  private final JdbcClient jdbc;

  public MailLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One agency's share of a mail, as recorded. */
  public record Entry(
      String mailKey,
      String agencyId,
      String kind,
      Long caseId,
      String processInstanceId,
      String status,
      String recipients,
      String subject,
      String messageId,
      Long documentId,
      Instant recordedAt) {

    public Entry withMessageId(String id) {
      return new Entry(
          mailKey,
          agencyId,
          kind,
          caseId,
          processInstanceId,
          status,
          recipients,
          subject,
          id,
          documentId,
          recordedAt);
    }
  }

  /** The agencies already recorded for this mail (sent, or found without an address). */
  public Set<String> agencies(String mailKey) {
    return new HashSet<>(
        jdbc.sql("select agency_id from bcd_mail where mail_key = ?")
            .param(mailKey)
            .query(String.class)
            .list());
  }

  /** Whether the agency was mailed this version of a document already. */
  public boolean documentSent(String agencyId, long documentId) {
    return jdbc.sql(
                "select count(*) from bcd_mail where agency_id = ? and document_id = ? and status = ?")
            .params(agencyId, documentId, SENT)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Whether anything was recorded under this key (for any agency). */
  public boolean any(String mailKey) {
    return !agencies(mailKey).isEmpty();
  }

  public void record(Entry e) {
    jdbc.sql(
            """
        insert into bcd_mail (mail_key, agency_id, kind, case_id, process_instance_id, status, recipients, subject,
          message_id, document_id, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            e.mailKey(),
            e.agencyId(),
            e.kind(),
            e.caseId(),
            e.processInstanceId(),
            e.status(),
            e.recipients(),
            e.subject(),
            e.messageId(),
            e.documentId(),
            Timestamp.from(e.recordedAt()))
        .update();
  }
}
