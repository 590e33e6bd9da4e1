package vn.gov.thads.bcd.caseintake;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.thads.bcd.platform.VietnamTime;

/** The application's record of cases (table {@code bcd_case}) and their numbering. */
@Repository
public class CaseRepository {

  /** Prefix of case numbers, e.g. BCĐ-2026-0001. */
  public static final String NUMBER_PREFIX = "BCĐ";

  private final JdbcClient jdbc;
  private final TransactionTemplate separateTransaction;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final CaseTallies tallies;

  public CaseRepository(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      Clock clock,
      ApplicationEventPublisher events,
      CaseTallies tallies) {
    this.jdbc = jdbc;
    this.tallies = tallies;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.events = events;
  }

  /** The office (submitting agency) of the case, which the report's counts are kept per. */
  public String office(long caseId) {
    return jdbc.sql("select submitting_agency from bcd_case where id = ?")
        .param(caseId)
        .query(String.class)
        .single();
  }

  /**
   * Takes the next number of the current year, e.g. {@code BCĐ-2026-0042}. Runs in the caller's
   * transaction: the counter row stays locked until it commits, so concurrent starts get
   * consecutive, distinct numbers, and a start that fails gives its number back without a gap.
   */
  public String nextCaseNumber() {
    int year = VietnamTime.today(clock).getYear();
    if (increment(year) == 0) {
      // First case of the year. Create the row in a transaction of its own: when two starts race
      // here, the
      // loser's duplicate key must not abort the caller's transaction (PostgreSQL would).
      try {
        separateTransaction.executeWithoutResult(
            s ->
                jdbc.sql("insert into bcd_case_counter (year_, last_number) values (?, 0)")
                    .param(year)
                    .update());
      } catch (DuplicateKeyException alreadyCreated) {
        // created by a concurrent start: fine
      }
      increment(year);
    }
    int number =
        jdbc.sql("select last_number from bcd_case_counter where year_ = ?")
            .param(year)
            .query(Integer.class)
            .single();
    return "%s-%d-%04d".formatted(NUMBER_PREFIX, year, number);
  }

  private int increment(int year) {
    return jdbc.sql("update bcd_case_counter set last_number = last_number + 1 where year_ = ?")
        .param(year)
        .update();
  }

  /**
   * Records a new case; returns its id. Its first status is announced like every later change.
   *
   * @throws DuplicateDecisionException when another open case has the same enforcement decision
   *     (the database's unique key decides, so of two simultaneous submissions exactly one gets
   *     through)
   */
  public long insert(
      String caseNumber, String processInstanceId, String agency, String initiator, Dossier d) {
    long id =
        guardingDecision(
            d, null, () -> insertRow(caseNumber, processInstanceId, agency, initiator, d));
    announceFirstStatus(id);
    return id;
  }

  /**
   * Records a new case under a provisional number (see {@link CaseNumbering}), without announcing
   * it: {@link CaseNumbering} announces it at the end of the start and numbers it just before the
   * commit.
   *
   * @throws DuplicateDecisionException as {@link #insert}
   */
  long insertProvisional(
      String provisionalNumber,
      String processInstanceId,
      String agency,
      String initiator,
      Dossier d) {
    return guardingDecision(
        d, null, () -> insertRow(provisionalNumber, processInstanceId, agency, initiator, d));
  }

  /** Gives a case recorded by {@link #insertProvisional} its number. */
  void number(long caseId, String caseNumber) {
    jdbc.sql("update bcd_case set case_number = ? where id = ?")
        .params(caseNumber, caseId)
        .update();
  }

  /**
   * Announces a new case's first status (for a case being started, under its provisional number).
   */
  void announceFirstStatus(long caseId) {
    events.publishEvent(
        new CaseStatusChanged(caseId, null, CaseStatus.DOSSIER_REVIEW, null, Instant.now(clock)));
  }

  private long insertRow(
      String caseNumber, String processInstanceId, String agency, String initiator, Dossier d) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    KeyHolder keys = new GeneratedKeyHolder();
    List<Object> params =
        new ArrayList<>(
            Arrays.asList(
                caseNumber,
                processInstanceId,
                agency,
                initiator,
                DecisionNumbers.key(d.enforcementDecisionNo()),
                CaseStatus.DOSSIER_REVIEW.name(),
                now,
                now));
    Arrays.stream(DossierField.values()).map(d::column).forEach(params::add);
    jdbc.sql(
            "insert into bcd_case (case_number, process_instance_id, submitting_agency, initiator, open_decision_key,"
                + " status, created_at, updated_at, "
                + DossierField.columns()
                + ") values ("
                + "?, ".repeat(params.size() - 1)
                + "?)")
        .params(params)
        .update(keys, "id");
    tallies.submitted(agency, d.category().code(), now.toInstant());
    return keys.getKeyAs(Number.class).longValue();
  }

  /**
   * The number of the open case, other than {@code exceptCaseId}, recorded for the same enforcement
   * decision (compared by {@link DecisionNumbers#key}).
   */
  public Optional<String> openCaseWithDecision(String decisionNo, Long exceptCaseId) {
    return jdbc.sql("select case_number from bcd_case where open_decision_key = ? and id <> ?")
        .params(DecisionNumbers.key(decisionNo), exceptCaseId == null ? -1L : exceptCaseId)
        .query(String.class)
        .optional();
  }

  /** Refuses a dossier whose enforcement decision another open case already has. */
  public void checkDecisionFree(Dossier d, Long exceptCaseId) {
    Optional<String> existing = openCaseWithDecision(d.enforcementDecisionNo(), exceptCaseId);
    if (existing.isPresent()) {
      throw new DuplicateDecisionException(d.enforcementDecisionNo(), existing.get());
    }
  }

  /**
   * Runs a write that sets a case's decision key; a violation of the unique key (a submission that
   * raced past {@link #checkDecisionFree}) becomes the same clear refusal. The failed statement has
   * spoilt the caller's transaction, so the other case is looked up in a transaction of its own: it
   * has committed, or the database would still be waiting for it.
   */
  private <T> T guardingDecision(Dossier d, Long exceptCaseId, Supplier<T> write) {
    try {
      return write.get();
    } catch (DuplicateKeyException e) {
      if (!String.valueOf(e.getMessage())
          .toLowerCase(Locale.ROOT)
          .contains("uq_bcd_case_open_decision")) {
        throw e;
      }
      String existing =
          separateTransaction
              .execute(s -> openCaseWithDecision(d.enforcementDecisionNo(), exceptCaseId))
              .orElse("khác");
      throw new DuplicateDecisionException(d.enforcementDecisionNo(), existing);
    }
  }

  /**
   * Replaces the dossier of a case after it was completed and resubmitted.
   *
   * @throws DuplicateDecisionException when the new enforcement decision is another open case's
   */
  public void updateDossier(long caseId, Dossier d) {
    // The category and the amount due are in the dossier.
    tallies.changing(caseId, () -> guardingDecision(d, caseId, () -> updateDossierRow(caseId, d)));
  }

  private int updateDossierRow(long caseId, Dossier d) {
    List<Object> params = new ArrayList<>();
    Arrays.stream(DossierField.values()).map(d::column).forEach(params::add);
    params.addAll(
        Arrays.asList(
            DecisionNumbers.key(d.enforcementDecisionNo()),
            Timestamp.from(Instant.now(clock)),
            caseId));
    return jdbc.sql(
            "update bcd_case set "
                + Arrays.stream(DossierField.values())
                    .map(f -> f.column() + " = ?")
                    .collect(Collectors.joining(", "))
                + ", open_decision_key = ?, updated_at = ? where id = ?")
        .params(params)
        .update();
  }

  /**
   * Moves a case to a new status; a real change (not the same status again) is announced as {@link
   * CaseStatusChanged}.
   */
  public void updateStatus(long caseId, CaseStatus status) {
    CaseStatus previous = status(caseId);
    Instant at = Instant.now(clock);
    Runnable update =
        () ->
            jdbc.sql("update bcd_case set status = ?, updated_at = ? where id = ?")
                .params(status.name(), Timestamp.from(at), caseId)
                .update();
    if (previous == CaseStatus.CLOSED || status == CaseStatus.CLOSED) {
      // Only the closed status counts (the other statuses are not in the report's counts).
      tallies.changing(caseId, update);
    } else {
      update.run();
    }
    announce(caseId, previous, status, null, at);
  }

  /** The amount recovered so far, as the responsible office last reported it. */
  public void updateAmountRecovered(long caseId, BigDecimal amount) {
    tallies.changing(
        caseId,
        () ->
            jdbc.sql("update bcd_case set amount_recovered_vnd = ?, updated_at = ? where id = ?")
                .params(amount, Timestamp.from(Instant.now(clock)), caseId)
                .update());
  }

  /**
   * Closes the case with its outcome (a follow-up outcome's name) and the amount recovered; the
   * change of status is announced as {@link CaseStatusChanged}. Its enforcement decision is free
   * again for a later case (the key of V9 is cleared).
   */
  public void close(long caseId, String outcome, BigDecimal amountRecovered) {
    CaseStatus previous = status(caseId);
    Instant at = Instant.now(clock);
    Timestamp now = Timestamp.from(at);
    tallies.changing(
        caseId,
        () -> {
          int updated =
              jdbc.sql(
                      """
                      update bcd_case set status = ?, outcome = ?, amount_recovered_vnd = ?, closed_at = ?,
                        updated_at = ?, open_decision_key = null
                      where id = ?""")
                  .params(CaseStatus.CLOSED.name(), outcome, amountRecovered, now, now, caseId)
                  .update();
          if (updated != 1) {
            throw new IllegalStateException(
                "Không tìm thấy vụ việc có mã " + caseId + " để kết thúc.");
          }
        });
    announce(caseId, previous, CaseStatus.CLOSED, outcome, at);
  }

  private CaseStatus status(long caseId) {
    return jdbc.sql("select status from bcd_case where id = ?")
        .param(caseId)
        .query(String.class)
        .optional()
        .map(CaseStatus::valueOf)
        .orElse(null);
  }

  /** A real change (not the same status again) is announced. */
  private void announce(
      long caseId, CaseStatus previous, CaseStatus status, String outcome, Instant at) {
    if (previous != null && previous != status) {
      events.publishEvent(new CaseStatusChanged(caseId, previous, status, outcome, at));
    }
  }

  /** A case as stored, for display and reports. */
  public record CaseRow(
      long id,
      String caseNumber,
      String processInstanceId,
      String submittingAgency,
      String enforcementDecisionNo,
      String debtorName,
      BigDecimal amountVnd,
      String category,
      String status) {}

  /**
   * What a called process shows of its case: the dossier as recorded, keyed by the process variable
   * names of its {@link DossierField}s (null for a field left empty), and the submitting agency's
   * id.
   */
  public record DossierSummary(Map<String, Object> dossier, String submittingAgency) {}

  /**
   * The dossier and the submitting agency, read in one statement (every called process's start).
   */
  public DossierSummary dossierSummary(long caseId) {
    return jdbc.sql(
            "select submitting_agency, " + DossierField.columns() + " from bcd_case where id = ?")
        .param(caseId)
        .query(
            (rs, i) -> new DossierSummary(Dossier.variables(rs), rs.getString("submitting_agency")))
        .single();
  }

  public Map<String, Object> dossierVariables(long caseId) {
    return jdbc.sql("select " + DossierField.columns() + " from bcd_case where id = ?")
        .param(caseId)
        .query((rs, i) -> Dossier.variables(rs))
        .single();
  }

  /**
   * Whether the dossier records the debtor as a policy beneficiary (người có công, thuộc diện chính
   * sách): coercion then also avoids their days of tradition.
   */
  public boolean debtorPolicyBeneficiary(long caseId) {
    return Boolean.TRUE.equals(
        dossierVariables(caseId).get(DossierField.DEBTOR_POLICY_BENEFICIARY.variable()));
  }

  public Optional<CaseRow> findByNumber(String caseNumber) {
    return jdbc.sql(
            """
        select id, case_number, process_instance_id, submitting_agency, enforcement_decision_no, debtor_name,
          amount_vnd, category, status from bcd_case where case_number = ?""")
        .param(caseNumber)
        .query(CaseRow.class)
        .optional();
  }

  /**
   * The id of a row another capability has just inserted with {@code insert … select … from
   * bcd_case where id = ?}, copying the case's office onto it (V49); such an insert writes nothing
   * for a case that does not exist, which is refused with {@code refusal}.
   */
  public static long idInsertedFromCase(KeyHolder keys, String refusal) {
    Number id = keys.getKeyAs(Number.class);
    if (id == null) {
      throw new IllegalStateException(refusal);
    }
    return id.longValue();
  }

  public Optional<CaseRow> findById(long id) {
    return jdbc.sql(
            """
        select id, case_number, process_instance_id, submitting_agency, enforcement_decision_no, debtor_name,
          amount_vnd, category, status from bcd_case where id = ?""")
        .param(id)
        .query(CaseRow.class)
        .optional();
  }
}
