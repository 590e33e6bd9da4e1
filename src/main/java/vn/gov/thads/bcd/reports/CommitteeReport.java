package vn.gov.thads.bcd.reports;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseCategory;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.statistics.ProvinceStatistics;
import vn.gov.thads.bcd.statistics.Rates;
import vn.gov.thads.bcd.statistics.ReportingPeriod;
import vn.gov.thads.bcd.statistics.Scope;

/**
 * The committee's report of a period for the province or one regional office, computed from the
 * application's tables (and, for dossiers returned, Camunda's task history). Each number is defined
 * once ({@link #count}): the items (cases, opinions, directives, meetings…) it counts, in the
 * database; the same definition lists the cases behind it ({@link #cases}). The directives issued
 * and done in the period are summed from the counts kept per month ({@code bcd_directive_tally},
 * {@link vn.gov.thads.bcd.directives.DirectiveTallies}), which give the same numbers as their
 * definitions here; so are the opinions asked for and recorded ({@code bcd_opinion_tally}, {@link
 * vn.gov.thads.bcd.opinions.OpinionTallies}) and the cases submitted, closed and carried over
 * ({@code bcd_case_tally}, {@link vn.gov.thads.bcd.caseintake.CaseTallies}). Definitions:
 * docs/report.md.
 */
@Component
public class CommitteeReport {

  /** How many overdue directives the report lists, the oldest first. */
  static final int OLDEST_OVERDUE = 10;

  private final JdbcClient jdbc;
  private final Organisation organisation;
  private final ProvinceStatistics statistics;
  private final Clock clock;
  private final ReportStatements statements;

  public CommitteeReport(
      JdbcClient jdbc,
      Organisation organisation,
      ProvinceStatistics statistics,
      Clock clock,
      ReportStatements statements) {
    this.jdbc = jdbc;
    this.organisation = organisation;
    this.statistics = statistics;
    this.clock = clock;
    this.statements = statements;
  }

  /** One number: its total and, where it belongs to agencies, the count of each. */
  public record Figure(String metric, String label, long total, List<AgencyCount> byAgency) {}

  public record AgencyCount(String agency, String agencyName, long count) {}

  /**
   * Directives of one lead agency (or all, {@code agency} null): the on-time rates with and without
   * extensions, in per cent rounded half up to 2 places; null when nothing was due.
   */
  public record DirectiveRate(
      String agency,
      String agencyName,
      long doneOnTime,
      long doneOnTimeOriginal,
      long doneLate,
      long overdue,
      long overdueOriginal,
      BigDecimal rate,
      String rateLabel,
      BigDecimal rateOriginal,
      String rateOriginalLabel) {}

  public record OverdueDirective(
      String caseNumber,
      String agency,
      String agencyName,
      String task,
      LocalDate deadline,
      LocalDate originalDeadline,
      long daysOverdue) {}

  /** The committee's work. */
  public record Committee(
      Map<String, Figure> figures,
      List<DirectiveRate> rates,
      DirectiveRate allAgencies,
      List<OverdueDirective> oldestOverdue) {}

  /** Closed cases of one category; bank credit and administrative judgments are singled out. */
  public record CategoryOutcome(
      String category,
      String label,
      long closed,
      long completed,
      long terminated,
      long carriedOver,
      BigDecimal amountDue,
      BigDecimal amountRecovered) {}

  /** The outcomes of the cases. */
  public record Outcomes(
      Map<String, Figure> figures,
      BigDecimal amountDue,
      BigDecimal amountRecovered,
      List<CategoryOutcome> byCategory) {}

  /** A disputed property waiting for the court or authority at the cut-off day. */
  public record PendingDispute(
      String caseNumber, String agency, String agencyName, LocalDate suitAccepted, long ageDays) {}

  /** Coercion and the disposal of seized property. */
  public record Enforcement(Map<String, Figure> figures, List<PendingDispute> pendingDisputes) {}

  public record Report(
      int year,
      String period,
      String periodLabel,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      String scope,
      String scopeName,
      Committee committee,
      Enforcement enforcement,
      Outcomes outcomes) {}

  /** The scope named by {@code office} (blank or {@code tinh}: the province); else 400. */
  public Scope scope(String office) {
    return statistics.scope(office);
  }

  /** The period, refused when it has not begun yet (Vietnam time). */
  public ReportingPeriod period(int year, String code) {
    ReportingPeriod p = ReportingPeriod.of(year, code);
    if (p.from().isAfter(VietnamTime.today(clock))) {
      throw ReportRefusal.invalid(
          "Kỳ báo cáo " + p.fullLabel() + " chưa bắt đầu: chưa thể có số liệu.");
    }
    return p;
  }

  /**
   * The report of the period for the scope. Its statements are independent and run side by side
   * ({@link ReportStatements}), the directives' first.
   */
  public Report build(ReportingPeriod period, Scope scope) {
    Window w = window(period, scope);
    List<Supplier<Map<Metric, Tally>>> counted = new ArrayList<>();
    counted.add(statements.start(() -> flows(w, DIRECTIVE_TALLY, DIRECTIVES_TALLIED)));
    counted.add(statements.start(() -> flows(w, OPINION_TALLY, OPINIONS_TALLIED)));
    for (List<Metric> metrics : statementsOfTallies()) {
      counted.add(statements.start(() -> tally(w, metrics)));
    }
    for (Metric m : Metric.values()) {
      Count c = count(m);
      if (c != null && c.shared()) {
        counted.add(statements.start(() -> Map.of(m, sharedTally(w, c))));
      }
    }
    Supplier<List<Pending>> pendingNow = statements.start(() -> pending(w));
    Supplier<List<OverdueDirective>> oldest = statements.start(() -> oldestOverdue(w));
    Supplier<CaseFlows> caseFlows = statements.start(() -> caseFlows(w));
    Map<Metric, Tally> tallies = new EnumMap<>(Metric.class);
    for (Supplier<Map<Metric, Tally>> r : counted) {
      tallies.putAll(r.get());
    }
    tallies.putAll(caseFlows.get().tallies());
    List<Pending> pending = pendingNow.get();
    for (Metric m : Metric.values()) {
      if (count(m) == null) {
        tallies.put(m, tally(pending));
      }
    }
    Map<String, Figure> committee = new LinkedHashMap<>();
    Map<String, Figure> enforcement = new LinkedHashMap<>();
    for (Metric m : Metric.values()) {
      switch (m.section()) {
        case COMMITTEE -> committee.put(m.key(), figure(m, tallies.get(m)));
        case ENFORCEMENT -> enforcement.put(m.key(), figure(m, tallies.get(m)));
        case OUTCOMES -> {}
      }
    }
    Committee work = new Committee(committee, rates(tallies), rate(null, tallies), oldest.get());
    return new Report(
        period.year(),
        period.code(),
        period.label(),
        period.from(),
        period.to(),
        w.asOf,
        scope.key(),
        scope.name(),
        work,
        new Enforcement(enforcement, pendingDisputes(w, pending)),
        outcomes(tallies, caseFlows.get().amounts()));
  }

  /**
   * The case numbers behind one number, sorted; only those counted for {@code agency} (blank: all)
   * and of {@code category} (a category code; blank: all).
   */
  public List<String> cases(
      ReportingPeriod period, Scope scope, Metric metric, String agency, String category) {
    Window w = window(period, scope);
    Count count = count(metric);
    if (count == null) {
      return pending(w).stream()
          .filter(p -> agency == null || agency.equals(p.agency()))
          .filter(p -> category == null || category.equals(p.category()))
          .map(Pending::caseNumber)
          .distinct()
          .sorted()
          .toList();
    }
    Map<String, Object> params = params(w);
    StringBuilder sql =
        new StringBuilder("select distinct c.case_number from ")
            .append(count.source(true))
            .append(" where ")
            .append(count.condition())
            .append(count.scopeCondition(w));
    if (agency != null) {
      sql.append(" and ").append(count.agency()).append(" = :agency");
      params.put("agency", agency);
    }
    if (category != null) {
      sql.append(" and c.category = :category");
      params.put("category", category);
    }
    return jdbc.sql(sql + " order by c.case_number").params(params).query(String.class).list();
  }

  /** The period's bounds as bound to the queries; {@code asOf} the day "now" means. */
  private record Window(
      Scope scope,
      LocalDate asOf,
      Timestamp from,
      Timestamp to,
      Date fromDate,
      Date toDate,
      Date asOfDate,
      Timestamp asOfEnd) {}

  private Window window(ReportingPeriod period, Scope scope) {
    LocalDate today = VietnamTime.today(clock);
    LocalDate asOf = today.isBefore(period.to()) ? today : period.to();
    return new Window(
        scope,
        asOf,
        Timestamp.from(VietnamTime.startOfDay(period.from())),
        Timestamp.from(VietnamTime.startOfDay(period.to().plusDays(1))),
        Date.valueOf(period.from()),
        Date.valueOf(period.to()),
        Date.valueOf(asOf),
        Timestamp.from(VietnamTime.startOfDay(asOf.plusDays(1))));
  }

  /**
   * How one number is counted: the {@code item}s of the rows of {@code from} that meet {@code
   * condition}, each counted for the agency {@code agency}. {@code toCase} joins {@code bcd_case c}
   * (null when {@code from} is that table); a statement joins it only when it needs the case (an
   * office's report where the row lacks its {@code office}, the case's columns as agency, the cases
   * behind a number). {@code office}: the column holding the case's office, on the row where the
   * row keeps it (conclusions and meetings, V49), else the case's. {@code distinct}: an item may
   * come in several rows (a case with two conclusions); otherwise each row is one item and a plain
   * count does (much cheaper). {@code shared}: one item may belong to cases of several offices (a
   * committee meeting), so the total is not the sum over agencies. The definitions: docs/report.md.
   */
  record Count(
      String from,
      String toCase,
      String office,
      String agency,
      String item,
      String condition,
      boolean distinct,
      boolean shared) {

    static Count rows(String from, String toCase, String agency, String item, String condition) {
      return new Count(from, toCase, OFFICE, agency, item, condition, false, false);
    }

    static Count distinct(
        String from, String toCase, String agency, String item, String condition) {
      return new Count(from, toCase, OFFICE, agency, item, condition, true, false);
    }

    /** What a statement reads: {@code from}, joined to the case when {@code withCase}. */
    String source(boolean withCase) {
      return toCase == null || !withCase ? from : from + " " + toCase;
    }

    /**
     * Counted per office (as OFFICE is), the office read from the row's own column {@code office}.
     */
    Count officeOnRow(String office) {
      return new Count(from, toCase, office, office, item, condition, distinct, shared);
    }

    boolean needsCase(Scope scope) {
      return agency.startsWith("c.") || !scope.province() && office.startsWith("c.");
    }

    String scopeCondition(Window w) {
      return CommitteeReport.scopeCondition(w, office);
    }
  }

  private static final String CASES = "bcd_case c";
  private static final String OFFICE = "c.submitting_agency";
  private static final String CONCLUSIONS = "bcd_conclusion k";
  private static final String CONCLUSION_CASE = "join bcd_case c on c.id = k.case_id";
  private static final String CONCLUSION_OFFICE = "k.office";
  private static final String MEETING_OFFICE = "i.office";

  /**
   * The approved reassignments of the directives, each with the instant of the same directive's
   * reassignment before it ({@code previous_at}; null for its first). The lead of a directive at an
   * instant is the agency ({@code old_value}) the first reassignment decided at or after it took
   * the directive from, else the lead now; that reassignment is the one decided at or after the
   * instant whose previous one was decided before it.
   */
  private static final String REASSIGNMENTS =
      "(select r.directive_id, r.old_value, r.decided_at, max(p.decided_at) previous_at"
          + " from bcd_directive_change r left join bcd_directive_change p"
          + " on p.directive_id = r.directive_id and p.kind = 'REASSIGN' and p.decision = 'APPROVED'"
          + " and (p.decided_at < r.decided_at or p.decided_at = r.decided_at and p.id < r.id)"
          + " where r.kind = 'REASSIGN' and r.decision = 'APPROVED'"
          + " group by r.id, r.directive_id, r.old_value, r.decided_at)";

  /**
   * Joins as {@code alias} the reassignment that took directive d from its lead at {@code instant}
   * (null: from its lead when issued), if any. A join of the few reassignments, so the directives
   * never reassigned cost a hash probe. Not a correlated subquery per directive: PostgreSQL costs
   * it for every row, even behind a guard that skips the directives never reassigned, and the
   * year's report then passed jit_above_cost (~450 ms of JIT compilation); nor a window function
   * (lag), whose result filtered on keeps the directives' statement from running in parallel.
   */
  private static String reassignedAfter(String alias, String instant) {
    String a = alias + ".";
    return " left join "
        + REASSIGNMENTS
        + " "
        + alias
        + " on "
        + a
        + "directive_id = d.id and "
        + (instant == null
            ? a + "previous_at is null"
            : a
                + "decided_at >= "
                + instant
                + " and ("
                + a
                + "previous_at is null or "
                + a
                + "previous_at < "
                + instant
                + ")");
  }

  /** The directives with the reassignment that took each from its lead at the cut-off. */
  private static final String DIRECTIVES_AT_AS_OF =
      "bcd_directive d" + reassignedAfter("la", ":asOfEnd");

  /** As above, and with the one that took it from its lead when issued. */
  private static final String DIRECTIVES = DIRECTIVES_AT_AS_OF + reassignedAfter("li", null);

  private static final String DIRECTIVE_CASE = "join bcd_case c on c.id = d.case_id";

  private static final String LEAD_ISSUED = "coalesce(li.old_value, d.lead_agency)";

  /**
   * The lead at the cut-off; for a directive done by then also the lead when done, since nothing
   * changes a directive once done (so the numbers of the directives group by two agencies only).
   */
  private static final String LEAD_AT_AS_OF = "coalesce(la.old_value, d.lead_agency)";

  private static final String UNFINISHED_AT_AS_OF =
      "d.issued_on <= :asOfDate and (d.done_at is null or d.done_at >= :asOfEnd)";

  private static final String ENFORCEMENTS = "bcd_enforcement e";
  private static final String ENFORCEMENT_CASE = "join bcd_case c on c.id = e.case_id";
  private static final String STEPS = "bcd_enforcement_step s";
  private static final String STEP_CASE = "join bcd_case c on c.id = s.case_id";
  private static final String STEP_IN_PERIOD =
      " and s.recorded_at >= :from and s.recorded_at < :to";
  private static final String TASK_CASE =
      "join bcd_case c on c.process_instance_id = t.ROOT_PROC_INST_ID_";

  /** How each number is counted; null for the disputes pending, worked out in Java. */
  static Count count(Metric metric) {
    return switch (metric) {
      case SUBMITTED ->
          Count.rows(CASES, null, OFFICE, "c.id", "c.created_at >= :from and c.created_at < :to");
      case RETURNED ->
          Count.distinct(
              "ACT_HI_TASKINST t",
              TASK_CASE,
              OFFICE,
              "t.ROOT_PROC_INST_ID_",
              "t.TASK_DEF_KEY_ = 'Task_CompleteDossier'"
                  + " and t.START_TIME_ >= :from and t.START_TIME_ < :to");
      case CONCLUDED ->
          Count.distinct(
                  CONCLUSIONS,
                  CONCLUSION_CASE,
                  OFFICE,
                  "k.case_id",
                  "k.document_date between :fromDate and :toDate")
              .officeOnRow(CONCLUSION_OFFICE);
      case CONCLUSIONS ->
          Count.rows(
                  CONCLUSIONS,
                  CONCLUSION_CASE,
                  OFFICE,
                  "k.id",
                  "k.document_date between :fromDate and :toDate")
              .officeOnRow(CONCLUSION_OFFICE);
      case MEETINGS ->
          new Count(
              "bcd_committee_meeting m join bcd_meeting i on i.committee_meeting_id = m.id",
              "join bcd_case c on c.id = i.case_id",
              MEETING_OFFICE,
              MEETING_OFFICE,
              "m.id",
              "m.meeting_date between :fromDate and :toDate and m.meeting_date <= :asOfDate",
              true,
              true);
      case WRITTEN_CONSULTATIONS ->
          Count.rows(
                  "bcd_meeting i",
                  "join bcd_case c on c.id = i.case_id",
                  OFFICE,
                  "i.id",
                  "i.meeting_type = 'WRITTEN' and i.decision = 'APPROVED'"
                      + " and i.decided_at >= :from and i.decided_at < :to")
              .officeOnRow(MEETING_OFFICE);
      case OPINIONS_REQUESTED ->
          Count.rows(
              "bcd_opinion_request q",
              "join bcd_case c on c.id = q.case_id",
              "q.agency",
              "q.id",
              "q.requested_at >= :from and q.requested_at < :to");
      case OPINIONS_ON_TIME ->
          opinions("o.status = 'RECEIVED' and (o.due_at is null or o.recorded_at <= o.due_at)");
      case OPINIONS_LATE -> opinions("o.status = 'RECEIVED' and o.recorded_at > o.due_at");
      case OPINIONS_MISSING -> opinions("o.status = 'MISSING'");
      case DIRECTIVES_ISSUED ->
          directives(LEAD_ISSUED, "d.issued_on between :fromDate and :toDate");
      case DIRECTIVES_DONE_ON_TIME ->
          directives(LEAD_AT_AS_OF, "d.status = 'DONE' and d.done_at >= :from and d.done_at < :to");
      case DIRECTIVES_DONE_LATE ->
          directives(
              LEAD_AT_AS_OF, "d.status = 'DONE_LATE' and d.done_at >= :from and d.done_at < :to");
      case DIRECTIVES_DONE_ON_TIME_ORIGINAL ->
          // Done in the period and reported by the deadline first set, whatever the extensions.
          directives(
              LEAD_AT_AS_OF,
              "d.status in ('DONE', 'DONE_LATE') and d.done_at >= :from and d.done_at < :to"
                  + " and d.reported_on <= d.original_deadline");
      case DIRECTIVES_OVERDUE -> unfinished("d.deadline < :asOfDate");
      case DIRECTIVES_OVERDUE_ORIGINAL -> unfinished("d.original_deadline < :asOfDate");
      case DIRECTIVES_EXTENDED ->
          Count.rows(
              "bcd_directive_extension e",
              "join bcd_directive d on d.id = e.directive_id " + DIRECTIVE_CASE,
              "e.lead_agency",
              "e.id",
              "e.decided_at >= :from and e.decided_at < :to");
      case DIRECTIVES_ADJUSTED -> changes("ch.kind <> 'CANCEL'");
      case DIRECTIVES_CANCELLED -> changes("ch.kind = 'CANCEL'");
      case ESCALATIONS ->
          Count.rows(
              "bcd_reminder r",
              "join bcd_case c on c.id = r.case_id",
              "coalesce(r.agency_id, '')",
              "r.id",
              "r.kind in ('ESCALATION_HEAD', 'ESCALATION_CHAIR')"
                  + " and r.status in ('SENT', 'DIGESTED')"
                  + " and coalesce(r.sent_at, r.recorded_at) >= :from"
                  + " and coalesce(r.sent_at, r.recorded_at) < :to");
      case CLOSED -> closed("1 = 1");
      case CLOSED_COMPLETED -> closed("c.outcome in ('COMPLETED', 'AGREED')");
      case CLOSED_TERMINATED -> closed("c.outcome = 'TERMINATED'");
      case CLOSED_NOT_ENFORCEABLE -> closed("c.outcome = 'SEPARATE_BOOK'");
      case CLOSED_RETURNED -> closed("c.outcome = 'RETURNED_TO_CREDITOR'");
      case CLOSED_OTHER ->
          closed(
              "(c.outcome is null or c.outcome not in ('COMPLETED', 'AGREED', 'TERMINATED',"
                  + " 'SEPARATE_BOOK', 'RETURNED_TO_CREDITOR'))");
      case CARRIED_OVER ->
          Count.rows(
              CASES,
              null,
              OFFICE,
              "c.id",
              "c.created_at < :to and (c.closed_at is null or c.closed_at >= :to)");
      case COERCIONS_ORDERED ->
          Count.rows(
                  CONCLUSIONS,
                  CONCLUSION_CASE,
                  OFFICE,
                  "k.id",
                  "k.coercion_ordered = true and k.document_date between :fromDate and :toDate")
              .officeOnRow(CONCLUSION_OFFICE);
      case COERCIONS_CARRIED_OUT ->
          Count.rows(
              ENFORCEMENTS,
              ENFORCEMENT_CASE,
              OFFICE,
              "e.id",
              "e.result in ('completed', 'seized') and e.record_date between :fromDate and :toDate");
      case COERCIONS_POSTPONED ->
          Count.rows(
              "bcd_enforcement_postponement p",
              "join bcd_case c on c.id = p.case_id",
              OFFICE,
              "p.id",
              "p.recorded_at >= :from and p.recorded_at < :to");
      case COERCIONS_STOPPED ->
          Count.rows(
              ENFORCEMENTS,
              ENFORCEMENT_CASE,
              OFFICE,
              "e.id",
              "e.chair_decision = 'stop' and e.ended_at >= :from and e.ended_at < :to");
      case DISPUTES_PENDING -> null;
      case RULINGS_RECEIVED ->
          Count.rows(
              STEPS,
              STEP_CASE,
              OFFICE,
              "s.id",
              "s.step in ('CourtRuling', 'AppealRuling')" + STEP_IN_PERIOD);
      case AUCTIONED_PROPERTIES ->
          Count.distinct(
              STEPS,
              STEP_CASE,
              OFFICE,
              "s.process_instance_id",
              "s.step = 'Auction'" + STEP_IN_PERIOD);
      case AUCTION_ROUNDS ->
          Count.rows(STEPS, STEP_CASE, OFFICE, "s.id", "s.step = 'Auction'" + STEP_IN_PERIOD);
    };
  }

  private static Count opinions(String condition) {
    return Count.rows(
        "bcd_opinion o",
        "join bcd_case c on c.id = o.case_id",
        "o.agency",
        "o.id",
        condition + " and o.recorded_at >= :from and o.recorded_at < :to");
  }

  private static Count directives(String lead, String condition) {
    return Count.rows(DIRECTIVES, DIRECTIVE_CASE, lead, "d.id", condition);
  }

  /**
   * Directives unfinished at the cut-off, for their lead then: only those still open or done after
   * it are read (the index of the day done), not every directive.
   */
  private static Count unfinished(String condition) {
    return Count.rows(
        DIRECTIVES_AT_AS_OF,
        DIRECTIVE_CASE,
        LEAD_AT_AS_OF,
        "d.id",
        UNFINISHED_AT_AS_OF + " and " + condition);
  }

  /**
   * The numbers of directives issued and done in the period, and of the chair's decisions on them
   * (extensions, adjustments, cancellations), summed from their counts per month rather than
   * counted from the directives as {@link #count} defines them (same numbers).
   */
  static final Map<Metric, String> DIRECTIVES_TALLIED =
      Map.of(
          Metric.DIRECTIVES_ISSUED, "issued",
          Metric.DIRECTIVES_DONE_ON_TIME, "done_on_time",
          Metric.DIRECTIVES_DONE_LATE, "done_late",
          Metric.DIRECTIVES_DONE_ON_TIME_ORIGINAL, "done_on_time_original",
          Metric.DIRECTIVES_EXTENDED, "extended",
          Metric.DIRECTIVES_ADJUSTED, "adjusted",
          Metric.DIRECTIVES_CANCELLED, "cancelled");

  /**
   * The numbers of cases submitted and closed in the period and carried over at its end, summed
   * from their counts per month (CaseTallies) rather than counted from the cases as {@link #count}
   * defines them (same numbers); null for the cases carried over, those submitted less those ended
   * by the end of the period.
   */
  static final Map<Metric, String> CASES_TALLIED = casesTallied();

  private static Map<Metric, String> casesTallied() {
    Map<Metric, String> m = new EnumMap<>(Metric.class);
    m.put(Metric.SUBMITTED, "submitted");
    m.put(Metric.CLOSED, "closed");
    m.put(Metric.CLOSED_COMPLETED, "closed_completed");
    m.put(Metric.CLOSED_TERMINATED, "closed_terminated");
    m.put(Metric.CLOSED_NOT_ENFORCEABLE, "closed_not_enforceable");
    m.put(Metric.CLOSED_RETURNED, "closed_returned");
    m.put(Metric.CLOSED_OTHER, "closed_other");
    m.put(Metric.CARRIED_OVER, null);
    return Collections.unmodifiableMap(m);
  }

  /**
   * The numbers of opinions asked for and recorded in the period, summed from their counts per
   * month (OpinionTallies) rather than counted from the opinions as {@link #count} defines them
   * (same numbers).
   */
  static final Map<Metric, String> OPINIONS_TALLIED =
      Map.of(
          Metric.OPINIONS_REQUESTED, "requested",
          Metric.OPINIONS_ON_TIME, "on_time",
          Metric.OPINIONS_LATE, "late",
          Metric.OPINIONS_MISSING, "missing");

  private static boolean tallied(Metric m) {
    return DIRECTIVES_TALLIED.containsKey(m)
        || OPINIONS_TALLIED.containsKey(m)
        || CASES_TALLIED.containsKey(m);
  }

  /**
   * A change counts for the lead whose directive it was when decided (kept on the row): a
   * reassignment for the agency it took the directive from (which proposed it).
   */
  private static Count changes(String condition) {
    return Count.rows(
        "bcd_directive_change ch",
        "join bcd_directive d on d.id = ch.directive_id " + DIRECTIVE_CASE,
        "ch.lead_agency",
        "ch.id",
        "ch.decision = 'APPROVED' and "
            + condition
            + " and ch.decided_at >= :from and ch.decided_at < :to");
  }

  private static Count closed(String condition) {
    return Count.rows(
        CASES,
        null,
        OFFICE,
        "c.id",
        "c.status = 'CLOSED' and " + condition + " and c.closed_at >= :from and c.closed_at < :to");
  }

  /**
   * One number's counts: in all, per agency and, for the outcomes (counted by category of case in
   * the report), per category; empty for the others.
   */
  record Tally(long total, Map<String, Long> byAgency, Map<String, Long> byCategory) {

    long of(String agency) {
      return agency == null ? total : byAgency.getOrDefault(agency, 0L);
    }
  }

  /**
   * The numbers counted together, one statement each: those read from the same tables, the
   * directives unfinished at the cut-off first. Not the numbers tallied, the shared ones nor the
   * disputes pending.
   */
  private static List<List<Metric>> statementsOfTallies() {
    Map<String, List<Metric>> together = new LinkedHashMap<>();
    together.put(count(Metric.DIRECTIVES_OVERDUE).source(true), new ArrayList<>());
    for (Metric m : Metric.values()) {
      Count c = count(m);
      if (c != null && !c.shared() && !tallied(m)) {
        together.computeIfAbsent(c.source(true), k -> new ArrayList<>()).add(m);
      }
    }
    return List.copyOf(together.values());
  }

  /**
   * Numbers of one source: grouped by each of their agencies (each number reads its own column),
   * and by category for the outcomes.
   */
  private Map<Metric, Tally> tally(Window w, List<Metric> metrics) {
    Count first = count(metrics.get(0));
    boolean byCategory = metrics.stream().anyMatch(m -> m.section() == Metric.Section.OUTCOMES);
    boolean withCase = byCategory || metrics.stream().anyMatch(m -> count(m).needsCase(w.scope()));
    List<String> agencyColumns = metrics.stream().map(m -> count(m).agency()).distinct().toList();
    int[] agencyOf =
        metrics.stream().mapToInt(m -> 1 + agencyColumns.indexOf(count(m).agency())).toArray();
    String groups = String.join(", ", agencyColumns) + (byCategory ? ", c.category" : "");
    StringBuilder sql = new StringBuilder("select ").append(groups);
    Set<String> conditions = new LinkedHashSet<>();
    for (int i = 0; i < metrics.size(); i++) {
      Count c = count(metrics.get(i));
      sql.append(c.distinct() ? ", count(distinct case when " : ", count(case when ")
          .append(c.condition())
          .append(" then ")
          .append(c.distinct() ? c.item() : "1")
          .append(" end)");
      conditions.add("(" + c.condition() + ")");
    }
    sql.append(" from ")
        .append(first.source(withCase))
        .append(" where (")
        .append(String.join(" or ", conditions))
        .append(")")
        .append(first.scopeCondition(w))
        .append(" group by ")
        .append(groups);
    List<Map<String, Long>> agencies = new ArrayList<>();
    List<Map<String, Long>> categories = new ArrayList<>();
    for (int i = 0; i < metrics.size(); i++) {
      agencies.add(new HashMap<>());
      categories.add(new HashMap<>());
    }
    jdbc.sql(sql.toString())
        .params(params(w))
        .query(
            rs -> {
              String category = byCategory ? rs.getString(agencyColumns.size() + 1) : null;
              int column = agencyColumns.size() + (byCategory ? 2 : 1);
              for (int i = 0; i < metrics.size(); i++) {
                long n = rs.getLong(column + i);
                if (n > 0) {
                  agencies.get(i).merge(rs.getString(agencyOf[i]), n, Long::sum);
                  if (byCategory) {
                    categories.get(i).merge(category, n, Long::sum);
                  }
                }
              }
            });
    return tallies(metrics, agencies, categories);
  }

  /** Each number's tally from its counts per agency (the total their sum) and per category. */
  private static Map<Metric, Tally> tallies(
      List<Metric> metrics, List<Map<String, Long>> agencies, List<Map<String, Long>> categories) {
    Map<Metric, Tally> tallies = new EnumMap<>(Metric.class);
    for (int i = 0; i < metrics.size(); i++) {
      long total = agencies.get(i).values().stream().mapToLong(Long::longValue).sum();
      tallies.put(metrics.get(i), new Tally(total, agencies.get(i), categories.get(i)));
    }
    return tallies;
  }

  /** A table of counts per month, office and agency, and its agency column. */
  private record MonthlyTally(String table, String agency) {}

  private static final MonthlyTally DIRECTIVE_TALLY =
      new MonthlyTally("bcd_directive_tally", "lead_agency");
  private static final MonthlyTally OPINION_TALLY = new MonthlyTally("bcd_opinion_tally", "agency");

  /** The numbers {@code columns} names in {@code from}: the period's months summed per agency. */
  private Map<Metric, Tally> flows(Window w, MonthlyTally from, Map<Metric, String> columns) {
    List<Metric> metrics = List.copyOf(columns.keySet());
    StringBuilder sql = new StringBuilder("select ").append(from.agency());
    for (Metric m : metrics) {
      sql.append(", sum(").append(columns.get(m)).append(")");
    }
    sql.append(" from ")
        .append(from.table())
        .append(" where month_start between :fromDate and :toDate")
        .append(w.scope().province() ? "" : " and office = :office")
        .append(" group by ")
        .append(from.agency());
    List<Map<String, Long>> agencies = new ArrayList<>();
    metrics.forEach(m -> agencies.add(new HashMap<>()));
    jdbc.sql(sql.toString())
        .params(params(w))
        .query(
            rs -> {
              for (int i = 0; i < metrics.size(); i++) {
                long n = rs.getLong(2 + i);
                if (n > 0) {
                  agencies.get(i).put(rs.getString(1), n);
                }
              }
            });
    return tallies(metrics, agencies, Collections.nCopies(metrics.size(), Map.of()));
  }

  /** The numbers {@link #CASES_TALLIED} and the amounts of the cases closed, per category. */
  record CaseFlows(Map<Metric, Tally> tallies, Map<String, BigDecimal[]> amounts) {}

  /**
   * The numbers {@link #CASES_TALLIED} per office and category, and the amounts per category: the
   * period's months summed, and every month up to its end for the cases carried over.
   */
  private CaseFlows caseFlows(Window w) {
    List<Metric> metrics = List.copyOf(CASES_TALLIED.keySet());
    StringBuilder sql = new StringBuilder("select office, category");
    for (Metric m : metrics) {
      String column = CASES_TALLIED.get(m);
      sql.append(
          column == null
              ? ", sum(submitted) - sum(ended)"
              : ", sum(case when month_start >= :fromDate then " + column + " else 0 end)");
    }
    sql.append(", sum(case when month_start >= :fromDate then amount_due else 0 end)")
        .append(", sum(case when month_start >= :fromDate then amount_recovered else 0 end)")
        .append(" from bcd_case_tally where month_start <= :toDate")
        .append(w.scope().province() ? "" : " and office = :office")
        .append(" group by office, category");
    List<Map<String, Long>> agencies = new ArrayList<>();
    List<Map<String, Long>> categories = new ArrayList<>();
    for (int i = 0; i < metrics.size(); i++) {
      agencies.add(new HashMap<>());
      categories.add(new HashMap<>());
    }
    Map<String, BigDecimal[]> amounts = new HashMap<>();
    jdbc.sql(sql.toString())
        .params(params(w))
        .query(
            rs -> {
              String category = rs.getString(2);
              for (int i = 0; i < metrics.size(); i++) {
                long n = rs.getLong(3 + i);
                if (n > 0) {
                  agencies.get(i).merge(rs.getString(1), n, Long::sum);
                  categories.get(i).merge(category, n, Long::sum);
                }
              }
              int amount = 3 + metrics.size();
              BigDecimal due = rs.getBigDecimal(amount);
              BigDecimal recovered = rs.getBigDecimal(amount + 1);
              if (due.signum() != 0 || recovered.signum() != 0) {
                amounts.merge(
                    category,
                    new BigDecimal[] {due, recovered},
                    (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])});
              }
            });
    return new CaseFlows(tallies(metrics, agencies, categories), amounts);
  }

  /**
   * The numbers counted from their rows by their definitions ({@link #count}), one statement per
   * table read, as {@link #build} did before the counts per month (what the tests compare the
   * tallied numbers with).
   */
  Map<Metric, Tally> countedByDefinition(
      ReportingPeriod period, Scope scope, List<Metric> metrics) {
    Window w = window(period, scope);
    Map<String, List<Metric>> bySource = new LinkedHashMap<>();
    metrics.forEach(
        m -> bySource.computeIfAbsent(count(m).source(true), k -> new ArrayList<>()).add(m));
    Map<Metric, Tally> tallies = new EnumMap<>(Metric.class);
    bySource.values().forEach(same -> tallies.putAll(tally(w, same)));
    return tallies;
  }

  /**
   * A number whose items belong to several cases, so that the total is not the sum over agencies:
   * each agency's items read once, counted per agency and, distinct, in all (a few rows per item).
   */
  private Tally sharedTally(Window w, Count c) {
    Map<String, Long> byAgency = new HashMap<>();
    Set<String> items = new HashSet<>();
    jdbc.sql(
            "select distinct "
                + c.agency()
                + ", "
                + c.item()
                + " from "
                + c.source(c.needsCase(w.scope()))
                + " where "
                + c.condition()
                + c.scopeCondition(w))
        .params(params(w))
        .query(
            rs -> {
              byAgency.merge(rs.getString(1), 1L, Long::sum);
              items.add(rs.getString(2));
            });
    return new Tally(items.size(), byAgency, Map.of());
  }

  private static Tally tally(List<Pending> pending) {
    Map<String, Long> byAgency = new HashMap<>();
    for (Pending p : pending) {
      byAgency.merge(p.agency(), 1L, Long::sum);
    }
    return new Tally(pending.size(), byAgency, Map.of());
  }

  /** A dispute still pending at the cut-off day, with the day the suit was accepted. */
  private record Pending(
      String caseNumber, String agency, String item, String category, LocalDate suitAccepted) {}

  /**
   * Per disposal process, the court's steps recorded by the cut-off day in order: pending from the
   * suit's acceptance until the first-instance ruling, and again from an appeal until the appeal
   * ruling.
   */
  private List<Pending> pending(Window w) {
    Map<String, Pending> suits = new LinkedHashMap<>();
    Map<String, Boolean> waiting = new HashMap<>();
    jdbc.sql(
            "select c.case_number, c.submitting_agency agency, c.category, s.process_instance_id,"
                + " s.step, s.step_date, s.recorded_at from bcd_enforcement_step s"
                + " join bcd_case c on c.id = s.case_id"
                + " where s.step in ('SuitFiled', 'CourtRuling', 'RulingAppealed', 'AppealRuling')"
                + " and s.recorded_at < :asOfEnd"
                + scopeCondition(w)
                + " order by s.process_instance_id, s.recorded_at, s.id")
        .params(params(w))
        .query(
            rs -> {
              String process = rs.getString("process_instance_id");
              String step = rs.getString("step");
              if (step.equals("SuitFiled")) {
                Date day = rs.getDate("step_date");
                suits.put(
                    process,
                    new Pending(
                        rs.getString("case_number"),
                        rs.getString("agency"),
                        process,
                        rs.getString("category"),
                        day == null
                            ? VietnamTime.date(rs.getTimestamp("recorded_at").toInstant())
                            : day.toLocalDate()));
              }
              waiting.put(process, step.equals("SuitFiled") || step.equals("RulingAppealed"));
            });
    return suits.entrySet().stream()
        .filter(e -> Boolean.TRUE.equals(waiting.get(e.getKey())))
        .map(Map.Entry::getValue)
        .toList();
  }

  private List<PendingDispute> pendingDisputes(Window w, List<Pending> pending) {
    return pending.stream()
        .sorted(Comparator.comparing(Pending::suitAccepted))
        .map(
            p ->
                new PendingDispute(
                    p.caseNumber(),
                    p.agency(),
                    agencyName(p.agency()),
                    p.suitAccepted(),
                    ChronoUnit.DAYS.between(p.suitAccepted(), w.asOf())))
        .toList();
  }

  private static String scopeCondition(Window w) {
    return scopeCondition(w, OFFICE);
  }

  /** The rows of the scope's office only, {@code office} holding it (nothing for the province). */
  private static String scopeCondition(Window w, String office) {
    return w.scope().province() ? "" : " and " + office + " = :office";
  }

  private static Map<String, Object> params(Window w) {
    Map<String, Object> p = new HashMap<>();
    p.put("from", w.from());
    p.put("to", w.to());
    p.put("fromDate", w.fromDate());
    p.put("toDate", w.toDate());
    p.put("asOfDate", w.asOfDate());
    p.put("asOfEnd", w.asOfEnd());
    if (!w.scope().province()) {
      p.put("office", w.scope().key());
    }
    return p;
  }

  private Figure figure(Metric m, Tally tally) {
    List<AgencyCount> counts = new ArrayList<>();
    for (String agency : ordered(tally.byAgency().keySet())) {
      counts.add(new AgencyCount(agency, agencyName(agency), tally.byAgency().get(agency)));
    }
    return new Figure(m.key(), m.label(), tally.total(), counts);
  }

  /** Agencies in the order of the organisation file; others after, by id. */
  private List<String> ordered(Set<String> agencies) {
    List<String> ids = organisation.agencies().stream().map(Agency::id).toList();
    return agencies.stream()
        .sorted(
            Comparator.comparingInt((String a) -> ids.contains(a) ? ids.indexOf(a) : ids.size())
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private String agencyName(String agency) {
    return organisation.agency(agency).map(Agency::name).orElse(agency);
  }

  private static final List<Metric> RATE_METRICS =
      List.of(
          Metric.DIRECTIVES_DONE_ON_TIME,
          Metric.DIRECTIVES_DONE_ON_TIME_ORIGINAL,
          Metric.DIRECTIVES_DONE_LATE,
          Metric.DIRECTIVES_OVERDUE,
          Metric.DIRECTIVES_OVERDUE_ORIGINAL);

  private List<DirectiveRate> rates(Map<Metric, Tally> tallies) {
    Set<String> agencies = new LinkedHashSet<>();
    for (Metric m : RATE_METRICS) {
      agencies.addAll(tallies.get(m).byAgency().keySet());
    }
    return ordered(agencies).stream().map(a -> rate(a, tallies)).toList();
  }

  /**
   * On time with extensions: done on time / (done on time + done late + overdue now); without:
   * reported by the first deadline / (done + unfinished past the first deadline).
   */
  private DirectiveRate rate(String agency, Map<Metric, Tally> tallies) {
    long onTime = tallies.get(Metric.DIRECTIVES_DONE_ON_TIME).of(agency);
    long onTimeOriginal = tallies.get(Metric.DIRECTIVES_DONE_ON_TIME_ORIGINAL).of(agency);
    long late = tallies.get(Metric.DIRECTIVES_DONE_LATE).of(agency);
    long overdue = tallies.get(Metric.DIRECTIVES_OVERDUE).of(agency);
    long overdueOriginal = tallies.get(Metric.DIRECTIVES_OVERDUE_ORIGINAL).of(agency);
    BigDecimal rate = Rates.completionRate(onTime, onTime + late + overdue);
    BigDecimal rateOriginal = Rates.completionRate(onTimeOriginal, onTime + late + overdueOriginal);
    return new DirectiveRate(
        agency,
        agency == null ? "Tất cả cơ quan" : agencyName(agency),
        onTime,
        onTimeOriginal,
        late,
        overdue,
        overdueOriginal,
        rate,
        Rates.percent(rate),
        rateOriginal,
        Rates.percent(rateOriginal));
  }

  /**
   * The oldest overdue directives: the first ten of those still open (an index of the open
   * directives by deadline) and the first ten of those done after the cut-off (few, by the index on
   * the day done), whichever come first; the lead agency looked up for those ten only.
   */
  private List<OverdueDirective> oldestOverdue(Window w) {
    String overdue =
        " from bcd_directive d "
            + (w.scope().province() ? "" : DIRECTIVE_CASE)
            + " where d.deadline < :asOfDate and d.issued_on <= :asOfDate"
            + scopeCondition(w)
            + " and ";
    String oldest = " order by d.deadline, d.id fetch first " + OLDEST_OVERDUE + " rows only";
    return jdbc.sql(
            "select c.case_number, "
                + LEAD_AT_AS_OF
                + " lead_agency, d.task, d.deadline, d.original_deadline from ((select d.id"
                + overdue
                + "d.done_at is null"
                + oldest
                + ") union all (select d.id"
                + overdue
                + "d.done_at >= :asOfEnd"
                + oldest
                + ")) o join bcd_directive d on d.id = o.id"
                + reassignedAfter("la", ":asOfEnd")
                + " "
                + DIRECTIVE_CASE
                + oldest)
        .params(params(w))
        .query(
            (rs, i) -> {
              LocalDate deadline = rs.getDate("deadline").toLocalDate();
              String agency = rs.getString("lead_agency");
              return new OverdueDirective(
                  rs.getString("case_number"),
                  agency,
                  agencyName(agency),
                  rs.getString("task"),
                  deadline,
                  rs.getDate("original_deadline").toLocalDate(),
                  ChronoUnit.DAYS.between(deadline, w.asOf()));
            })
        .list();
  }

  private Outcomes outcomes(Map<Metric, Tally> tallies, Map<String, BigDecimal[]> amounts) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    for (Metric m : Metric.values()) {
      if (m.section() == Metric.Section.OUTCOMES) {
        figures.put(m.key(), figure(m, tallies.get(m)));
      }
    }
    BigDecimal due = BigDecimal.ZERO;
    BigDecimal recovered = BigDecimal.ZERO;
    List<CategoryOutcome> byCategory = new ArrayList<>();
    for (CaseCategory category : CaseCategory.values()) {
      BigDecimal[] a =
          amounts.getOrDefault(
              category.code(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      due = due.add(a[0]);
      recovered = recovered.add(a[1]);
      byCategory.add(
          new CategoryOutcome(
              category.code(),
              category.label(),
              tallies.get(Metric.CLOSED).byCategory().getOrDefault(category.code(), 0L),
              tallies.get(Metric.CLOSED_COMPLETED).byCategory().getOrDefault(category.code(), 0L),
              tallies.get(Metric.CLOSED_TERMINATED).byCategory().getOrDefault(category.code(), 0L),
              tallies.get(Metric.CARRIED_OVER).byCategory().getOrDefault(category.code(), 0L),
              a[0],
              a[1]));
    }
    return new Outcomes(figures, due, recovered, byCategory);
  }
}
