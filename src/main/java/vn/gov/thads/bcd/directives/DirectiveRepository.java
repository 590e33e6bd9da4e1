package vn.gov.thads.bcd.directives;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The directives of the chair's conclusions and what happens to them: tables {@code bcd_directive},
 * its supporting agencies ({@code bcd_directive_supporting}), its extensions ({@code
 * bcd_directive_extension}) and the adjustments proposed and decided ({@code
 * bcd_directive_change}). Every write that adds a directive or changes what it counts as in the
 * committee's report (status, day done, lead agency, day reported) goes through {@link
 * DirectiveTallies} too.
 */
@Repository
public class DirectiveRepository {

  /** A directive as the chair issues it. */
  public record NewDirective(
      int ordinal,
      String leadAgency,
      List<String> supportingAgencies,
      String task,
      LocalDate deadline) {}

  /** A directive as recorded; the deadline is the current one, after any extension. */
  public record Directive(
      long id,
      long conclusionId,
      long caseId,
      int ordinal,
      String leadAgency,
      List<String> supportingAgencies,
      String task,
      LocalDate originalDeadline,
      LocalDate deadline,
      DirectiveStatus status,
      String result) {}

  /** An approved extension: the deadline before and after, why, and who decided. */
  public record Extension(
      LocalDate oldDeadline, LocalDate newDeadline, String reason, String decidedBy) {}

  /**
   * A proposed adjustment and, once decided, the chair's decision. The values are the text of the
   * task, or agency ids for a new lead or supporting agency; null where the kind has none.
   */
  public record Change(
      long id,
      AdjustmentKind kind,
      String oldValue,
      String newValue,
      String reason,
      String proposedBy,
      Instant proposedAt,
      ChangeDecision decision,
      String decidedBy,
      Instant decidedAt,
      String decisionNote) {}

  /** Where a proposed adjustment stands. */
  public enum ChangeDecision {
    PENDING,
    APPROVED,
    REJECTED
  }

  /** The lead agency's pending request for more time. */
  public record ExtensionRequest(LocalDate deadline, String reason, String requestedBy) {}

  private static final String COLUMNS =
      """
      select id, conclusion_id, case_id, ordinal, lead_agency, task, original_deadline, deadline, status, result
      from bcd_directive""";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final DirectiveTallies tallies;

  public DirectiveRepository(JdbcClient jdbc, Clock clock, DirectiveTallies tallies) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.tallies = tallies;
  }

  /**
   * Records a directive of a conclusion issued on {@code issuedOn} (the notice's date) with its
   * supporting agencies, open; returns its id.
   */
  public long insert(long conclusionId, long caseId, LocalDate issuedOn, NewDirective d) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into bcd_directive (conclusion_id, case_id, issued_on, ordinal, lead_agency, task, original_deadline,
          deadline, status)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            conclusionId,
            caseId,
            Date.valueOf(issuedOn),
            d.ordinal(),
            d.leadAgency(),
            d.task(),
            Date.valueOf(d.deadline()),
            Date.valueOf(d.deadline()),
            DirectiveStatus.OPEN.name())
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    tallies.issued(caseId, issuedOn, d.leadAgency());
    int position = 0;
    for (String agency : d.supportingAgencies()) {
      jdbc.sql(
              "insert into bcd_directive_supporting (directive_id, position, agency_id) values (?, ?, ?)")
          .params(id, ++position, agency)
          .update();
    }
    return id;
  }

  public Directive directive(long id) {
    return withSupport(
            jdbc.sql(COLUMNS + " where id = ?").param(id).query(DirectiveRepository::row).list())
        .get(0);
  }

  /**
   * The ids of a conclusion's directives in the notice's order: what the main process runs one by
   * one.
   */
  public List<Long> idsOfConclusion(long conclusionId) {
    return jdbc.sql("select id from bcd_directive where conclusion_id = ? order by ordinal")
        .param(conclusionId)
        .query(Long.class)
        .list();
  }

  /** The directives of one conclusion notice, in the notice's order. */
  public List<Directive> ofConclusion(long conclusionId) {
    return withSupport(
        jdbc.sql(COLUMNS + " where conclusion_id = ? order by ordinal")
            .param(conclusionId)
            .query(DirectiveRepository::row)
            .list());
  }

  /** Every directive of a case, conclusion by conclusion, each in the notice's order. */
  public List<Directive> ofCase(long caseId) {
    return withSupport(
        jdbc.sql(COLUMNS + " where case_id = ? order by conclusion_id, ordinal")
            .param(caseId)
            .query(DirectiveRepository::row)
            .list());
  }

  /**
   * The case's directives nothing has finished yet (not done, cancelled, replaced or ended), from
   * conclusions before the given one (null: all); a later round decides on them.
   */
  public List<Long> unfinishedOfCase(long caseId, Long beforeConclusion) {
    return jdbc.sql(
            """
        select id from bcd_directive
        where case_id = :caseId and conclusion_id < :before and status not in (:closed)
        order by conclusion_id, ordinal""")
        .param("caseId", caseId)
        .param("before", beforeConclusion == null ? Long.MAX_VALUE : beforeConclusion)
        .param(
            "closed",
            Arrays.stream(DirectiveStatus.values())
                .filter(DirectiveStatus::closed)
                .map(Enum::name)
                .toList())
        .query(Long.class)
        .list();
  }

  /** Ends directives that are still unfinished with the given status; returns how many. */
  public int endUnfinished(List<Long> directiveIds, DirectiveStatus status) {
    int[] ended = {0};
    for (long id : directiveIds) {
      tallies.changing(
          id,
          () ->
              ended[0] +=
                  jdbc.sql("update bcd_directive set status = ?, done_at = ? where id = ?")
                      .params(status.name(), now(), id)
                      .update());
    }
    return ended[0];
  }

  public void recordResult(long directiveId, String result) {
    Timestamp now = now();
    tallies.changing(
        directiveId,
        () ->
            jdbc.sql(
                    "update bcd_directive set status = ?, result = ?, reported_at = ?, reported_on = ?"
                        + " where id = ?")
                .params(
                    DirectiveStatus.REPORTED.name(),
                    result,
                    now,
                    Date.valueOf(VietnamTime.date(now.toInstant())),
                    directiveId)
                .update());
  }

  /** The secretariat returned the result: the lead agency works on. */
  public void reopen(long directiveId) {
    tallies.changing(
        directiveId,
        () ->
            jdbc.sql("update bcd_directive set status = ? where id = ?")
                .params(DirectiveStatus.OPEN.name(), directiveId)
                .update());
  }

  /**
   * Accepts the reported result: done, or done late when it was reported after the (possibly
   * extended) deadline.
   */
  public void close(long directiveId, LocalDate today) {
    Directive d = directive(directiveId);
    LocalDate reported =
        jdbc.sql("select reported_on from bcd_directive where id = ?")
            .param(directiveId)
            .query(Date.class)
            .optional()
            .map(Date::toLocalDate)
            .orElse(today);
    DirectiveStatus status =
        reported.isAfter(d.deadline()) ? DirectiveStatus.DONE_LATE : DirectiveStatus.DONE;
    tallies.changing(
        directiveId,
        () ->
            jdbc.sql("update bcd_directive set status = ?, done_at = ? where id = ?")
                .params(status.name(), now(), directiveId)
                .update());
  }

  /** Records the lead agency's request for more time, replacing an earlier one not yet decided. */
  public void requestExtension(
      long directiveId, LocalDate deadline, String reason, String requestedBy) {
    jdbc.sql(
            """
        update bcd_directive set requested_deadline = ?, request_reason = ?, requested_by = ?, requested_at = ?
        where id = ?""")
        .params(Date.valueOf(deadline), reason, requestedBy, now(), directiveId)
        .update();
  }

  /** The pending request for more time, if any. */
  public Optional<ExtensionRequest> extensionRequest(long directiveId) {
    return jdbc.sql(
            """
        select requested_deadline, request_reason, requested_by from bcd_directive
        where id = ? and requested_deadline is not null""")
        .param(directiveId)
        .query(
            (rs, i) ->
                new ExtensionRequest(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3)))
        .optional();
  }

  /** The chair refused the request: nothing pending any more. */
  public void refuseExtension(long directiveId) {
    clearRequest(directiveId);
  }

  /**
   * The chair approved: keeps the old and new deadline, the reason, who decided and the lead agency
   * it was granted to, and moves the deadline.
   */
  public void extend(long directiveId, LocalDate newDeadline, String reason, String decidedBy) {
    Directive d = directive(directiveId);
    Timestamp now = now();
    jdbc.sql(
            """
        insert into bcd_directive_extension (directive_id, lead_agency, old_deadline, new_deadline, reason, decided_by,
          decided_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            directiveId,
            d.leadAgency(),
            Date.valueOf(d.deadline()),
            Date.valueOf(newDeadline),
            reason,
            decidedBy,
            now)
        .update();
    tallies.decided(d.caseId(), now.toInstant(), d.leadAgency(), DirectiveTallies.Counts.EXTENDED);
    jdbc.sql("update bcd_directive set deadline = ? where id = ?")
        .params(Date.valueOf(newDeadline), directiveId)
        .update();
    clearRequest(directiveId);
  }

  public List<Extension> extensions(long directiveId) {
    return jdbc.sql(
            """
        select old_deadline, new_deadline, reason, decided_by from bcd_directive_extension
        where directive_id = ? order by id""")
        .param(directiveId)
        .query(Extension.class)
        .list();
  }

  /**
   * Records the lead agency's proposal to adjust the directive, pending until the chair decides; an
   * earlier proposal not yet decided is withdrawn (the newest one is what the chair sees).
   */
  public void proposeChange(
      long directiveId,
      AdjustmentKind kind,
      String oldValue,
      String newValue,
      String reason,
      String proposedBy) {
    jdbc.sql("delete from bcd_directive_change where directive_id = ? and decision = ?")
        .params(directiveId, ChangeDecision.PENDING.name())
        .update();
    jdbc.sql(
            """
        insert into bcd_directive_change (directive_id, kind, old_value, new_value, reason, proposed_by,
          proposed_at, decision)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            directiveId,
            kind.name(),
            oldValue,
            newValue,
            reason,
            proposedBy,
            now(),
            ChangeDecision.PENDING.name())
        .update();
  }

  /** The proposal waiting for the chair, if any. */
  public Optional<Change> pendingChange(long directiveId) {
    return jdbc.sql(CHANGE_COLUMNS + " where directive_id = ? and decision = ?")
        .params(directiveId, ChangeDecision.PENDING.name())
        .query(DirectiveRepository::change)
        .optional();
  }

  /** Every adjustment proposed for the directive, decided or not, oldest first. */
  public List<Change> changes(long directiveId) {
    return jdbc.sql(CHANGE_COLUMNS + " where directive_id = ? order by id")
        .param(directiveId)
        .query(DirectiveRepository::change)
        .list();
  }

  /**
   * The chair's decision on the pending proposal: kept with who and when, and the directive's lead
   * agency at that moment (the report counts the adjustment for it); when approved, the directive
   * changes as proposed (content, lead agency, one more supporting agency, or ended) and takes the
   * status that says so.
   */
  public void decideChange(long changeId, boolean approved, String note, String decidedBy) {
    Change c =
        jdbc.sql(CHANGE_COLUMNS + " where id = ?")
            .param(changeId)
            .query(DirectiveRepository::change)
            .single();
    long directiveId =
        jdbc.sql("select directive_id from bcd_directive_change where id = ?")
            .param(changeId)
            .query(Long.class)
            .single();
    Directive d = directive(directiveId);
    Timestamp now = now();
    jdbc.sql(
            """
        update bcd_directive_change set decision = ?, decided_by = ?, decided_at = ?, decision_note = ?,
          lead_agency = ?
        where id = ?""")
        .params(
            (approved ? ChangeDecision.APPROVED : ChangeDecision.REJECTED).name(),
            decidedBy,
            now,
            note,
            d.leadAgency(),
            changeId)
        .update();
    if (approved) {
      tallies.decided(
          d.caseId(),
          now.toInstant(),
          d.leadAgency(),
          c.kind() == AdjustmentKind.CANCEL
              ? DirectiveTallies.Counts.CANCELLED
              : DirectiveTallies.Counts.ADJUSTED);
      tallies.changing(directiveId, () -> apply(c, directiveId));
    }
  }

  /** The directive changes as the approved proposal says and takes the status that says so. */
  private void apply(Change c, long directiveId) {
    switch (c.kind()) {
      case CONTENT ->
          jdbc.sql("update bcd_directive set task = ? where id = ?")
              .params(c.newValue(), directiveId)
              .update();
      case REASSIGN -> {
        jdbc.sql("update bcd_directive set lead_agency = ? where id = ?")
            .params(c.newValue(), directiveId)
            .update();
        // The new lead no longer supports itself.
        jdbc.sql("delete from bcd_directive_supporting where directive_id = ? and agency_id = ?")
            .params(directiveId, c.newValue())
            .update();
      }
      case ADD_SUPPORTING ->
          jdbc.sql(
                  """
              insert into bcd_directive_supporting (directive_id, position, agency_id)
              select ?, coalesce(max(position), 0) + 1, ? from bcd_directive_supporting where directive_id = ?""")
              .params(directiveId, c.newValue(), directiveId)
              .update();
      case CANCEL ->
          jdbc.sql("update bcd_directive set done_at = ? where id = ?")
              .params(now(), directiveId)
              .update();
    }
    jdbc.sql("update bcd_directive set status = ? where id = ?")
        .params(c.kind().statusAfter().name(), directiveId)
        .update();
  }

  private static final String CHANGE_COLUMNS =
      """
      select id, kind, old_value, new_value, reason, proposed_by, proposed_at, decision, decided_by, decided_at,
        decision_note
      from bcd_directive_change""";

  private static Change change(ResultSet rs, int i) throws SQLException {
    Timestamp decided = rs.getTimestamp("decided_at");
    return new Change(
        rs.getLong("id"),
        AdjustmentKind.valueOf(rs.getString("kind")),
        rs.getString("old_value"),
        rs.getString("new_value"),
        rs.getString("reason"),
        rs.getString("proposed_by"),
        rs.getTimestamp("proposed_at").toInstant(),
        ChangeDecision.valueOf(rs.getString("decision")),
        rs.getString("decided_by"),
        decided == null ? null : decided.toInstant(),
        rs.getString("decision_note"));
  }

  private void clearRequest(long directiveId) {
    jdbc.sql(
            """
        update bcd_directive set requested_deadline = null, request_reason = null, requested_by = null,
          requested_at = null where id = ?""")
        .param(directiveId)
        .update();
  }

  /** Now, to the microsecond the database keeps: the counts see the instant the row holds. */
  private Timestamp now() {
    return Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
  }

  private record Row(
      long id,
      long conclusionId,
      long caseId,
      int ordinal,
      String leadAgency,
      String task,
      LocalDate originalDeadline,
      LocalDate deadline,
      DirectiveStatus status,
      String result) {}

  private static Row row(ResultSet rs, int i) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getLong("conclusion_id"),
        rs.getLong("case_id"),
        rs.getInt("ordinal"),
        rs.getString("lead_agency"),
        rs.getString("task"),
        rs.getDate("original_deadline").toLocalDate(),
        rs.getDate("deadline").toLocalDate(),
        DirectiveStatus.valueOf(rs.getString("status")),
        rs.getString("result"));
  }

  /** The rows with their supporting agencies, read in one query. */
  private List<Directive> withSupport(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> support = new LinkedHashMap<>();
    rows.forEach(r -> support.put(r.id(), new ArrayList<>()));
    jdbc.sql(
            "select directive_id, agency_id from bcd_directive_supporting where directive_id in (:ids)"
                + " order by directive_id, position")
        .param("ids", List.copyOf(support.keySet()))
        .query(
            rs -> {
              support.get(rs.getLong(1)).add(rs.getString(2));
            });
    return rows.stream()
        .map(
            r ->
                new Directive(
                    r.id(),
                    r.conclusionId(),
                    r.caseId(),
                    r.ordinal(),
                    r.leadAgency(),
                    List.copyOf(support.get(r.id())),
                    r.task(),
                    r.originalDeadline(),
                    r.deadline(),
                    r.status(),
                    r.result()))
        .toList();
  }
}
