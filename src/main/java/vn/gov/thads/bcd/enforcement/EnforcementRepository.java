package vn.gov.thads.bcd.enforcement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of coercive enforcement: tables {@code bcd_enforcement} and {@code
 * bcd_enforcement_step}.
 */
@Repository
public class EnforcementRepository {

  public record EnforcementRow(
      long caseId,
      String processInstanceId,
      String policePosition,
      String chairDecision,
      String planNo,
      LocalDateTime plannedAt,
      Boolean realProperty,
      Boolean thirdPartyDispute,
      String recordNo,
      LocalDate recordDate,
      String result,
      String outcome,
      String coercionDecisionNo,
      LocalDate coercionDecisionDate,
      int roundNumber) {}

  /** A coercion day that was not carried out, and what the office decided next. */
  public record PostponementRow(
      int roundNumber,
      LocalDateTime plannedAt,
      String reason,
      String detail,
      String decisionNo,
      LocalDate decisionDate,
      String nextStep,
      String recordedBy) {}

  public record StepRow(
      String step,
      String documentNo,
      LocalDate stepDate,
      BigDecimal amountVnd,
      String detail,
      String recordedBy) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public EnforcementRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void open(long caseId, String processInstanceId) {
    Timestamp now = now();
    jdbc.sql(
            "insert into bcd_enforcement (case_id, process_instance_id, started_at, updated_at) values (?, ?, ?, ?)")
        .params(caseId, processInstanceId, now, now)
        .update();
  }

  public void police(String processInstanceId, String position, String reason) {
    update(processInstanceId, "police_position = ?, police_reason = ?", position, reason);
  }

  public void chair(String processInstanceId, String decision, String reason) {
    update(processInstanceId, "chair_decision = ?, chair_reason = ?", decision, reason);
  }

  public void coercionDecision(String processInstanceId, String decisionNo, LocalDate date) {
    update(
        processInstanceId,
        "coercion_decision_no = ?, coercion_decision_date = ?",
        decisionNo,
        Date.valueOf(date));
  }

  /**
   * The plan of one round of the coercion; a new round's plan replaces the last one (whose day is
   * kept in {@code bcd_enforcement_postponement}) and clears that day's record.
   */
  public void plan(
      String processInstanceId,
      int round,
      String planNo,
      LocalDateTime plannedAt,
      String property,
      boolean realProperty) {
    update(
        processInstanceId,
        "round_number = ?, plan_no = ?, planned_at = ?, property_description = ?,"
            + " real_property = ?, record_no = null, record_date = null, result = null",
        round,
        planNo,
        Timestamp.valueOf(plannedAt),
        property,
        realProperty);
  }

  /**
   * The record of the coercion day; {@code thirdPartyDispute} is asked when property was seized.
   */
  public void executionRecord(
      String processInstanceId,
      String recordNo,
      LocalDate recordDate,
      String result,
      boolean thirdPartyDispute) {
    update(
        processInstanceId,
        "record_no = ?, record_date = ?, result = ?, third_party_dispute = ?",
        recordNo,
        Date.valueOf(recordDate),
        result,
        thirdPartyDispute);
  }

  /** A coercion day that was not carried out: why, the postponement decision, what comes next. */
  public void postponement(
      long caseId,
      String processInstanceId,
      int round,
      String reason,
      String detail,
      String decisionNo,
      LocalDate decisionDate,
      String nextStep,
      String recordedBy) {
    jdbc.sql(
            """
        insert into bcd_enforcement_postponement (case_id, process_instance_id, round_number, planned_at, reason,
          detail, decision_no, decision_date, next_step, recorded_by, recorded_at)
        select case_id, process_instance_id, ?, planned_at, ?, ?, ?, ?, ?, ?, ?
        from bcd_enforcement where process_instance_id = ? and case_id = ?""")
        .params(
            round,
            reason,
            detail,
            decisionNo,
            decisionDate == null ? null : Date.valueOf(decisionDate),
            nextStep,
            recordedBy,
            now(),
            processInstanceId,
            caseId)
        .update();
  }

  public List<PostponementRow> postponements(long caseId) {
    return jdbc.sql(
            """
        select round_number, planned_at, reason, detail, decision_no, decision_date, next_step, recorded_by
        from bcd_enforcement_postponement where case_id = ? order by id""")
        .param(caseId)
        .query(PostponementRow.class)
        .list();
  }

  public void close(String processInstanceId, String outcome) {
    update(processInstanceId, "outcome = ?, ended_at = ?", outcome, now());
  }

  public void step(
      long caseId,
      String processInstanceId,
      String step,
      String documentNo,
      LocalDate date,
      BigDecimal amountVnd,
      String detail,
      String recordedBy) {
    jdbc.sql(
            """
        insert into bcd_enforcement_step (case_id, process_instance_id, step, document_no, step_date, amount_vnd,
          detail, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            caseId,
            processInstanceId,
            step,
            documentNo,
            date == null ? null : Date.valueOf(date),
            amountVnd,
            detail,
            recordedBy,
            now())
        .update();
  }

  public Optional<EnforcementRow> findByCase(long caseId) {
    return jdbc
        .sql(
            """
        select case_id, process_instance_id, police_position, chair_decision, plan_no, planned_at, real_property,
          third_party_dispute, record_no, record_date, result, outcome, coercion_decision_no,
          coercion_decision_date, round_number
        from bcd_enforcement where case_id = ? order by id desc""")
        .param(caseId)
        .query(EnforcementRow.class)
        .list()
        .stream()
        .findFirst();
  }

  public List<StepRow> steps(long caseId) {
    return jdbc.sql(
            """
        select step, document_no, step_date, amount_vnd, detail, recorded_by from bcd_enforcement_step
        where case_id = ? order by id""")
        .param(caseId)
        .query(StepRow.class)
        .list();
  }

  private void update(String processInstanceId, String assignments, Object... values) {
    Object[] params = new Object[values.length + 2];
    System.arraycopy(values, 0, params, 0, values.length);
    params[values.length] = now();
    params[values.length + 1] = processInstanceId;
    jdbc.sql(
            "update bcd_enforcement set "
                + assignments
                + ", updated_at = ? where process_instance_id = ?")
        .params(params)
        .update();
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }
}
