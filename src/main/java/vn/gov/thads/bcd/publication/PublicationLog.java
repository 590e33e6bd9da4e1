package vn.gov.thads.bcd.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The record of what is sent to the province's systems (table {@code bcd_publication}). */
@Repository
public class PublicationLog {

  public static final String CONCLUSION_NOTICE = "conclusion-notice";
  public static final String CASE_STATUS = "case-status";

  public static final String PENDING = "PENDING";
  public static final String SENT = "SENT";
  public static final String SKIPPED = "SKIPPED";

  /** A publication as recorded. */
  public record Entry(
      long id,
      long caseId,
      String caseNumber,
      String kind,
      Long subjectId,
      String idempotencyKey,
      String payload,
      String status,
      String processInstanceId,
      Integer httpStatus,
      Instant createdAt,
      Instant sentAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public PublicationLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The publications recorded for a case under its provisional number (its first status) get its
   * number: {@code keyNumber} (its ASCII form) in the idempotency key, which is the number and a
   * slash, and the number elsewhere.
   */
  void caseNumbered(long caseId, String provisional, String caseNumber, String keyNumber) {
    jdbc.sql(
            """
        update bcd_publication set case_number = ?, idempotency_key = replace(idempotency_key, ?, ?),
          payload = replace(replace(payload, ?, ?), ?, ?)
        where case_id = ? and case_number = ?""")
        .params(
            caseNumber,
            provisional,
            keyNumber,
            provisional + "/",
            keyNumber + "/",
            provisional,
            caseNumber,
            caseId,
            provisional)
        .update();
  }

  /**
   * How many publications of this kind the case already has: the next one's sequence number is this
   * plus one.
   */
  public int countOf(long caseId, String kind) {
    return jdbc.sql("select count(*) from bcd_publication where case_id = ? and kind = ?")
        .params(caseId, kind)
        .query(Integer.class)
        .single();
  }

  public long record(
      long caseId,
      String caseNumber,
      String kind,
      Long subjectId,
      String idempotencyKey,
      String payload,
      String status) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into bcd_publication (case_id, case_number, kind, subject_id, idempotency_key, payload, status, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            caseId,
            caseNumber,
            kind,
            subjectId,
            idempotencyKey,
            payload,
            status,
            Timestamp.from(Instant.now(clock)))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public void attachProcessInstance(long id, String processInstanceId) {
    jdbc.sql("update bcd_publication set process_instance_id = ? where id = ?")
        .params(processInstanceId, id)
        .update();
  }

  public void markSent(long id, int httpStatus) {
    jdbc.sql("update bcd_publication set status = ?, http_status = ?, sent_at = ? where id = ?")
        .params(SENT, httpStatus, Timestamp.from(Instant.now(clock)), id)
        .update();
  }

  public Entry find(long id) {
    return jdbc.sql(SELECT + " where id = ?")
        .param(id)
        .query(PublicationLog::entry)
        .optional()
        .orElseThrow(() -> new IllegalStateException("Không tìm thấy bản công bố số " + id + "."));
  }

  /** Every publication of a case, oldest first. */
  public List<Entry> ofCase(long caseId) {
    return jdbc.sql(SELECT + " where case_id = ? order by id")
        .param(caseId)
        .query(PublicationLog::entry)
        .list();
  }

  private static final String SELECT =
      """
      select id, case_id, case_number, kind, subject_id, idempotency_key, payload, status, process_instance_id,
        http_status, created_at, sent_at from bcd_publication""";

  private static Entry entry(ResultSet rs, int row) throws SQLException {
    Timestamp sent = rs.getTimestamp(12);
    return new Entry(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getObject(5) == null ? null : rs.getLong(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getObject(10) == null ? null : rs.getInt(10),
        rs.getTimestamp(11).toInstant(),
        sent == null ? null : sent.toInstant());
  }
}
