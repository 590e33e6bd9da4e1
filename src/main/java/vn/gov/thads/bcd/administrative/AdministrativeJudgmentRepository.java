package vn.gov.thads.bcd.administrative;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.thads.bcd.variables.AdministrativeVariables;

/** The monitoring of administrative judgments, one row per case ({@code bcd_admin_judgment}). */
@Repository
public class AdministrativeJudgmentRepository {

  /** A case's monitoring as recorded. */
  public record Monitoring(
      long caseId,
      String status,
      LocalDate noticeDue,
      LocalDate selfExecutionDue,
      String noticeNo,
      LocalDate noticeDate,
      String result,
      String resultDocumentNo,
      LocalDate resultDate,
      String resultNote,
      String courtRequestNo,
      LocalDate courtRequestDate,
      String compellingDecisionNo,
      LocalDate compellingDecisionDate,
      String publicationChannel,
      LocalDate publicationDate,
      String publicationReference,
      String disciplineRequestNo,
      LocalDate disciplineRequestDate,
      String disciplineAddressee,
      String disciplineOfficials,
      int followUpCount,
      String lastFollowUpResult,
      LocalDate lastFollowUpDate,
      String lastFollowUpNote,
      String outcome,
      LocalDate outcomeDate) {

    public String statusLabel() {
      return AdministrativeStatus.valueOf(status).label();
    }

    /** The Vietnamese label of a recorded result (self-execution or follow-up), as the forms. */
    public static String resultLabel(String result) {
      if (result == null) {
        return null;
      }
      return SelfExecutionResultListener.RESULTS.getOrDefault(
          result, ComplianceFollowUpListener.RESULTS.getOrDefault(result, result));
    }

    public String outcomeLabel() {
      if (outcome == null) {
        return null;
      }
      return AdministrativeVariables.OUTCOME_COMPLIED.equals(outcome)
          ? AdministrativeStatus.COMPLIED.label()
          : AdministrativeStatus.CLOSED.label();
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  public AdministrativeJudgmentRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }

  private static Date sql(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  /**
   * Starts (or, when the case comes back to it, restarts) the monitoring of a case's judgment with
   * its deadlines.
   */
  public void start(long caseId, LocalDate noticeDue, LocalDate selfExecutionDue) {
    Timestamp now = now();
    int updated =
        jdbc.sql(
                """
                update bcd_admin_judgment set status = ?, notice_due = ?, self_execution_due = ?,
                  updated_at = ? where case_id = ?""")
            .params(
                AdministrativeStatus.NOTICE_PENDING.name(),
                sql(noticeDue),
                sql(selfExecutionDue),
                now,
                caseId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into bcd_admin_judgment (case_id, status, notice_due, self_execution_due,
                started_at, updated_at) values (?, ?, ?, ?, ?, ?)""")
          .params(
              caseId,
              AdministrativeStatus.NOTICE_PENDING.name(),
              sql(noticeDue),
              sql(selfExecutionDue),
              now,
              now)
          .update();
    }
  }

  public void notice(long caseId, String noticeNo, LocalDate noticeDate) {
    update(
        caseId,
        AdministrativeStatus.SELF_EXECUTION,
        "notice_no = ?, notice_date = ?",
        noticeNo,
        sql(noticeDate));
  }

  public void result(
      long caseId,
      AdministrativeStatus status,
      String result,
      String documentNo,
      LocalDate date,
      String note) {
    update(
        caseId,
        status,
        "result = ?, result_document_no = ?, result_date = ?, result_note = ?",
        result,
        documentNo,
        sql(date),
        note);
  }

  public void compellingDecision(
      long caseId,
      String requestNo,
      LocalDate requestDate,
      String decisionNo,
      LocalDate decisionDate) {
    update(
        caseId,
        AdministrativeStatus.COMPELLED,
        "court_request_no = ?, court_request_date = ?, compelling_decision_no = ?,"
            + " compelling_decision_date = ?",
        requestNo,
        sql(requestDate),
        decisionNo,
        sql(decisionDate));
  }

  public void publication(long caseId, String channel, LocalDate date, String reference) {
    update(
        caseId,
        null,
        "publication_channel = ?, publication_date = ?, publication_reference = ?",
        channel,
        sql(date),
        reference);
  }

  public void disciplineRequest(
      long caseId, String requestNo, LocalDate date, String addressee, String officials) {
    update(
        caseId,
        null,
        "discipline_request_no = ?, discipline_request_date = ?, discipline_addressee = ?,"
            + " discipline_officials = ?",
        requestNo,
        sql(date),
        addressee,
        officials);
  }

  /** Publication and discipline request both done: the body is followed up. */
  public void followUpStarted(long caseId) {
    update(caseId, AdministrativeStatus.FOLLOW_UP, "follow_up_count = follow_up_count");
  }

  public void followUp(
      long caseId, AdministrativeStatus status, String result, LocalDate date, String note) {
    update(
        caseId,
        status,
        "follow_up_count = follow_up_count + 1, last_follow_up_result = ?,"
            + " last_follow_up_date = ?, last_follow_up_note = ?",
        result,
        sql(date),
        note);
  }

  /**
   * The case ended early while the monitoring was still under way: the row says so instead of
   * keeping its last step. Nothing for a case without monitoring or one already finished.
   */
  public void endedWithCase(long caseId) {
    jdbc.sql(
            """
            update bcd_admin_judgment set status = ?, updated_at = ?
            where case_id = ? and status not in (?, ?)""")
        .params(
            AdministrativeStatus.ENDED_WITH_CASE.name(),
            now(),
            caseId,
            AdministrativeStatus.COMPLIED.name(),
            AdministrativeStatus.CLOSED.name())
        .update();
  }

  /** The end of the monitoring: complied or closed. */
  public void outcome(long caseId, String outcome, LocalDate date) {
    update(caseId, null, "outcome = ?, outcome_date = ?", outcome, sql(date));
  }

  private void update(long caseId, AdministrativeStatus status, String set, Object... values) {
    List<Object> params = new ArrayList<>(Arrays.asList(values));
    String statusSet = "";
    if (status != null) {
      statusSet = ", status = ?";
      params.add(status.name());
    }
    params.add(now());
    params.add(caseId);
    int updated =
        jdbc.sql(
                "update bcd_admin_judgment set "
                    + set
                    + statusSet
                    + ", updated_at = ? where case_id = ?")
            .params(params)
            .update();
    if (updated != 1) {
      throw new IllegalStateException(
          "Không tìm thấy việc theo dõi thi hành án hành chính của vụ việc có mã " + caseId + ".");
    }
  }

  public Optional<Monitoring> find(long caseId) {
    return jdbc.sql(
            """
            select case_id, status, notice_due, self_execution_due, notice_no, notice_date, result,
              result_document_no, result_date, result_note, court_request_no, court_request_date,
              compelling_decision_no, compelling_decision_date, publication_channel, publication_date,
              publication_reference, discipline_request_no, discipline_request_date,
              discipline_addressee, discipline_officials, follow_up_count, last_follow_up_result,
              last_follow_up_date, last_follow_up_note, outcome, outcome_date
            from bcd_admin_judgment where case_id = ?""")
        .param(caseId)
        .query(Monitoring.class)
        .optional();
  }
}
