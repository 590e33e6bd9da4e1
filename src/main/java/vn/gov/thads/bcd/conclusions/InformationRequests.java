package vn.gov.thads.bcd.conclusions;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The chair's requests for more information before concluding, and the enforcement office's answers
 * (table {@code bcd_info_request}).
 */
@Repository
public class InformationRequests {

  /** A request and, once given, its answer. */
  public record InformationRequest(
      long id,
      String request,
      LocalDate dueDate,
      String requestedBy,
      Instant requestedAt,
      String answer,
      String documentNo,
      String answeredBy,
      Instant answeredAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public InformationRequests(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void request(long caseId, String request, LocalDate dueDate, String requestedBy) {
    jdbc.sql(
            """
        insert into bcd_info_request (case_id, request, due_date, requested_by, requested_at)
        values (?, ?, ?, ?, ?)""")
        .params(caseId, request, Date.valueOf(dueDate), requestedBy, now())
        .update();
  }

  /** The request still waiting for an answer, if any. */
  public Optional<InformationRequest> open(long caseId) {
    return ofCase(caseId).stream().filter(r -> r.answeredAt() == null).findFirst();
  }

  public void answer(long requestId, String answer, String documentNo, String answeredBy) {
    jdbc.sql(
            """
        update bcd_info_request set answer = ?, document_no = ?, answered_by = ?, answered_at = ?
        where id = ?""")
        .params(answer, documentNo, answeredBy, now(), requestId)
        .update();
  }

  /** Every request of the case, oldest first. */
  public List<InformationRequest> ofCase(long caseId) {
    return jdbc.sql(
            """
        select id, request, due_date, requested_by, requested_at, answer, document_no, answered_by, answered_at
        from bcd_info_request where case_id = ? order by id""")
        .param(caseId)
        .query(
            (rs, i) -> {
              Timestamp answered = rs.getTimestamp("answered_at");
              return new InformationRequest(
                  rs.getLong("id"),
                  rs.getString("request"),
                  rs.getDate("due_date").toLocalDate(),
                  rs.getString("requested_by"),
                  rs.getTimestamp("requested_at").toInstant(),
                  rs.getString("answer"),
                  rs.getString("document_no"),
                  rs.getString("answered_by"),
                  answered == null ? null : answered.toInstant());
            })
        .list();
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }
}
