package vn.gov.thads.bcd.reports;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * application's tables (and, for dossiers returned and opinions requested, Camunda's task history).
 * Each number is the count of distinct items (cases, opinions, directives, meetings…) of the rows
 * of its {@link Metric}; the same rows list the cases behind it ({@link #cases}). Definitions:
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

  public CommitteeReport(
      JdbcClient jdbc, Organisation organisation, ProvinceStatistics statistics, Clock clock) {
    this.jdbc = jdbc;
    this.organisation = organisation;
    this.statistics = statistics;
    this.clock = clock;
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

  /** One row behind a number: the case, the agency it is counted for, the item counted. */
  record Row(String caseNumber, String agency, String item, String category) {}

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

  /** The report of the period for the scope. */
  public Report build(ReportingPeriod period, Scope scope) {
    Window w = window(period, scope);
    Map<String, Figure> committee = new LinkedHashMap<>();
    Map<String, Figure> enforcement = new LinkedHashMap<>();
    Map<Metric, List<Row>> rowsOf = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      List<Row> rows = rows(m, w);
      rowsOf.put(m, rows);
      switch (m.section()) {
        case COMMITTEE -> committee.put(m.key(), figure(m, rows));
        case ENFORCEMENT -> enforcement.put(m.key(), figure(m, rows));
        case OUTCOMES -> {}
      }
    }
    Committee work = new Committee(committee, rates(rowsOf), rate(null, rowsOf), oldestOverdue(w));
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
        new Enforcement(enforcement, pendingDisputes(w)),
        outcomes(w, rowsOf));
  }

  /**
   * The case numbers behind one number, sorted; only those counted for {@code agency} (blank: all)
   * and of {@code category} (a category code; blank: all).
   */
  public List<String> cases(
      ReportingPeriod period, Scope scope, Metric metric, String agency, String category) {
    Set<String> numbers = new TreeSet<>();
    for (Row r : rows(metric, window(period, scope))) {
      if ((agency == null || agency.equals(r.agency()))
          && (category == null || category.equals(r.category()))) {
        numbers.add(r.caseNumber());
      }
    }
    return List.copyOf(numbers);
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

  private static final String CASE_COLUMNS = "c.case_number, c.category";
  private static final String DIRECTIVES =
      " from bcd_directive d join bcd_case c on c.id = d.case_id"
          + " join bcd_conclusion k on k.id = d.conclusion_id where 1 = 1";
  private static final String UNFINISHED_AT_AS_OF =
      " and k.document_date <= :asOfDate and (d.done_at is null or d.done_at >= :asOfEnd)";

  /** The rows of one number: the definitions of docs/report.md. */
  List<Row> rows(Metric metric, Window w) {
    return switch (metric) {
      case SUBMITTED ->
          query(
              w,
              "select c.case_number, c.submitting_agency agency, cast(c.id as varchar(20)) item,"
                  + " c.category from bcd_case c where c.created_at >= :from and c.created_at < :to");
      case RETURNED ->
          query(
              w,
              "select c.case_number, c.submitting_agency agency, cast(c.id as varchar(20)) item,"
                  + " c.category from bcd_case c where exists (select 1 from ACT_HI_TASKINST t"
                  + " where t.ROOT_PROC_INST_ID_ = c.process_instance_id"
                  + " and t.TASK_DEF_KEY_ = 'Task_CompleteDossier'"
                  + " and t.START_TIME_ >= :from and t.START_TIME_ < :to)");
      case CONCLUDED ->
          query(
              w,
              "select c.case_number, c.submitting_agency agency, cast(c.id as varchar(20)) item,"
                  + " c.category from bcd_case c where exists (select 1 from bcd_conclusion k"
                  + " where k.case_id = c.id and k.document_date between :fromDate and :toDate)");
      case CONCLUSIONS ->
          query(
              w,
              "select c.case_number, c.submitting_agency agency, cast(k.id as varchar(20)) item,"
                  + " c.category from bcd_conclusion k join bcd_case c on c.id = k.case_id"
                  + " where k.document_date between :fromDate and :toDate");
      case MEETINGS ->
          query(
              w,
              "select c.case_number, c.submitting_agency agency, cast(m.id as varchar(20)) item,"
                  + " c.category from bcd_committee_meeting m"
                  + " join bcd_meeting i on i.committee_meeting_id = m.id"
                  + " join bcd_case c on c.id = i.case_id"
                  + " where m.meeting_date between :fromDate and :toDate"
                  + " and m.meeting_date <= :asOfDate");
      case WRITTEN_CONSULTATIONS ->
          query(
              w,
              "select c.case_number, c.submitting_agency agency, cast(i.id as varchar(20)) item,"
                  + " c.category from bcd_meeting i join bcd_case c on c.id = i.case_id"
                  + " where i.meeting_type = 'WRITTEN' and i.decision = 'APPROVED'"
                  + " and i.decided_at >= :from and i.decided_at < :to");
      case OPINIONS_REQUESTED -> opinionsRequested(w);
      case OPINIONS_ON_TIME ->
          opinions(w, "o.status = 'RECEIVED' and (o.due_at is null or o.recorded_at <= o.due_at)");
      case OPINIONS_LATE -> opinions(w, "o.status = 'RECEIVED' and o.recorded_at > o.due_at");
      case OPINIONS_MISSING -> opinions(w, "o.status = 'MISSING'");
      case DIRECTIVES_ISSUED -> directives(w, " and k.document_date between :fromDate and :toDate");
      case DIRECTIVES_DONE_ON_TIME ->
          directives(w, " and d.status = 'DONE' and d.done_at >= :from and d.done_at < :to");
      case DIRECTIVES_DONE_LATE ->
          directives(w, " and d.status = 'DONE_LATE' and d.done_at >= :from and d.done_at < :to");
      case DIRECTIVES_DONE_ON_TIME_ORIGINAL -> doneByOriginalDeadline(w);
      case DIRECTIVES_OVERDUE -> directives(w, UNFINISHED_AT_AS_OF + " and d.deadline < :asOfDate");
      case DIRECTIVES_OVERDUE_ORIGINAL ->
          directives(w, UNFINISHED_AT_AS_OF + " and d.original_deadline < :asOfDate");
      case DIRECTIVES_EXTENDED ->
          query(
              w,
              "select c.case_number, d.lead_agency agency, cast(e.id as varchar(20)) item,"
                  + " c.category from bcd_directive_extension e"
                  + " join bcd_directive d on d.id = e.directive_id"
                  + " join bcd_case c on c.id = d.case_id"
                  + " where e.decided_at >= :from and e.decided_at < :to");
      case DIRECTIVES_ADJUSTED -> changes(w, "ch.kind <> 'CANCEL'");
      case DIRECTIVES_CANCELLED -> changes(w, "ch.kind = 'CANCEL'");
      case ESCALATIONS ->
          query(
              w,
              "select c.case_number, coalesce(r.agency_id, '') agency,"
                  + " cast(r.id as varchar(20)) item, c.category from bcd_reminder r"
                  + " join bcd_case c on c.id = r.case_id"
                  + " where r.kind in ('ESCALATION_HEAD', 'ESCALATION_CHAIR')"
                  + " and r.status in ('SENT', 'DIGESTED')"
                  + " and coalesce(r.sent_at, r.recorded_at) >= :from"
                  + " and coalesce(r.sent_at, r.recorded_at) < :to");
      case CLOSED -> closed(w, "1 = 1");
      case CLOSED_COMPLETED -> closed(w, "c.outcome in ('COMPLETED', 'AGREED')");
      case CLOSED_TERMINATED -> closed(w, "c.outcome = 'TERMINATED'");
      case CLOSED_NOT_ENFORCEABLE -> closed(w, "c.outcome = 'SEPARATE_BOOK'");
      case CLOSED_RETURNED -> closed(w, "c.outcome = 'RETURNED_TO_CREDITOR'");
      case CLOSED_OTHER ->
          closed(
              w,
              "(c.outcome is null or c.outcome not in ('COMPLETED', 'AGREED', 'TERMINATED',"
                  + " 'SEPARATE_BOOK', 'RETURNED_TO_CREDITOR'))");
      case CARRIED_OVER ->
          query(
              w,
              "select c.case_number, c.submitting_agency agency, cast(c.id as varchar(20)) item,"
                  + " c.category from bcd_case c where c.created_at < :to"
                  + " and (c.closed_at is null or c.closed_at >= :to)");
      case COERCIONS_ORDERED ->
          query(
              w,
              "select c.case_number, c.submitting_agency agency, cast(k.id as varchar(20)) item,"
                  + " c.category from bcd_conclusion k join bcd_case c on c.id = k.case_id"
                  + " where k.coercion_ordered = true"
                  + " and k.document_date between :fromDate and :toDate");
      case COERCIONS_CARRIED_OUT ->
          enforcements(
              w,
              "e.result in ('completed', 'seized')"
                  + " and e.record_date between :fromDate and :toDate");
      case COERCIONS_POSTPONED ->
          query(
              w,
              "select c.case_number, c.submitting_agency agency, cast(p.id as varchar(20)) item,"
                  + " c.category from bcd_enforcement_postponement p"
                  + " join bcd_case c on c.id = p.case_id"
                  + " where p.recorded_at >= :from and p.recorded_at < :to");
      case COERCIONS_STOPPED ->
          enforcements(w, "e.chair_decision = 'stop' and e.ended_at >= :from and e.ended_at < :to");
      case DISPUTES_PENDING ->
          pending(w).stream()
              .map(p -> new Row(p.caseNumber(), p.agency(), p.item(), p.category()))
              .toList();
      case RULINGS_RECEIVED ->
          steps(w, "s.step in ('CourtRuling', 'AppealRuling')", "cast(s.id as varchar(20))");
      case AUCTIONED_PROPERTIES -> steps(w, "s.step = 'Auction'", "s.process_instance_id");
      case AUCTION_ROUNDS -> steps(w, "s.step = 'Auction'", "cast(s.id as varchar(20))");
    };
  }

  private List<Row> enforcements(Window w, String condition) {
    return query(
        w,
        "select c.case_number, c.submitting_agency agency, cast(e.id as varchar(20)) item,"
            + " c.category from bcd_enforcement e join bcd_case c on c.id = e.case_id where "
            + condition);
  }

  private List<Row> steps(Window w, String condition, String item) {
    return query(
        w,
        "select c.case_number, c.submitting_agency agency, "
            + item
            + " item, c.category from bcd_enforcement_step s join bcd_case c on c.id = s.case_id"
            + " where "
            + condition
            + " and s.recorded_at >= :from and s.recorded_at < :to");
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

  private List<PendingDispute> pendingDisputes(Window w) {
    return pending(w).stream()
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

  private List<Row> opinionsRequested(Window w) {
    List<String> agencies = organisation.agencies().stream().map(Agency::id).toList();
    Map<String, Object> extra = new HashMap<>();
    extra.put("agencies", agencies.isEmpty() ? List.of("") : agencies);
    return query(
        w,
        "select c.case_number, l.GROUP_ID_ agency, t.ID_ item, c.category"
            + " from ACT_HI_TASKINST t join ACT_HI_IDENTITYLINK l on l.TASK_ID_ = t.ID_"
            + " join bcd_case c on c.process_instance_id = t.ROOT_PROC_INST_ID_"
            + " where t.TASK_DEF_KEY_ = 'Task_GiveOpinion' and l.TYPE_ = 'candidate'"
            + " and l.OPERATION_TYPE_ = 'add' and l.GROUP_ID_ in (:agencies)"
            + " and t.START_TIME_ >= :from and t.START_TIME_ < :to",
        extra);
  }

  private List<Row> opinions(Window w, String condition) {
    return query(
        w,
        "select c.case_number, o.agency, cast(o.id as varchar(20)) item, c.category"
            + " from bcd_opinion o join bcd_case c on c.id = o.case_id where "
            + condition
            + " and o.recorded_at >= :from and o.recorded_at < :to");
  }

  private List<Row> directives(Window w, String condition) {
    return query(
        w,
        "select "
            + CASE_COLUMNS
            + ", d.lead_agency agency, cast(d.id as varchar(20)) item"
            + DIRECTIVES
            + condition);
  }

  /** Done in the period and reported by the deadline first set, whatever the extensions. */
  private List<Row> doneByOriginalDeadline(Window w) {
    Map<String, Object> params = params(w);
    return jdbc
        .sql(
            "select "
                + CASE_COLUMNS
                + ", d.lead_agency agency, cast(d.id as varchar(20)) item, d.reported_at,"
                + " d.original_deadline"
                + DIRECTIVES
                + " and d.status in ('DONE', 'DONE_LATE') and d.done_at >= :from"
                + " and d.done_at < :to"
                + scopeCondition(w))
        .params(params)
        .query(
            (rs, i) -> {
              Timestamp reported = rs.getTimestamp("reported_at");
              LocalDate original = rs.getDate("original_deadline").toLocalDate();
              boolean onTime =
                  reported != null && !VietnamTime.date(reported.toInstant()).isAfter(original);
              return onTime
                  ? new Row(
                      rs.getString("case_number"),
                      rs.getString("agency"),
                      rs.getString("item"),
                      rs.getString("category"))
                  : null;
            })
        .list()
        .stream()
        .filter(r -> r != null)
        .toList();
  }

  private List<Row> changes(Window w, String condition) {
    return query(
        w,
        "select c.case_number, d.lead_agency agency, cast(ch.id as varchar(20)) item, c.category"
            + " from bcd_directive_change ch join bcd_directive d on d.id = ch.directive_id"
            + " join bcd_case c on c.id = d.case_id where ch.decision = 'APPROVED' and "
            + condition
            + " and ch.decided_at >= :from and ch.decided_at < :to");
  }

  private List<Row> closed(Window w, String condition) {
    return query(
        w,
        "select c.case_number, c.submitting_agency agency, cast(c.id as varchar(20)) item,"
            + " c.category from bcd_case c where c.status = 'CLOSED' and "
            + condition
            + " and c.closed_at >= :from and c.closed_at < :to");
  }

  private List<Row> query(Window w, String sql) {
    return query(w, sql, Map.of());
  }

  private List<Row> query(Window w, String sql, Map<String, Object> extra) {
    Map<String, Object> params = params(w);
    params.putAll(extra);
    return jdbc.sql(sql + scopeCondition(w))
        .params(params)
        .query(
            (rs, i) ->
                new Row(
                    rs.getString("case_number"),
                    rs.getString("agency"),
                    rs.getString("item"),
                    rs.getString("category")))
        .list();
  }

  private static String scopeCondition(Window w) {
    return w.scope().province() ? "" : " and c.submitting_agency = :office";
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

  private Figure figure(Metric m, List<Row> rows) {
    Map<String, Set<String>> byAgency = new HashMap<>();
    Set<String> all = new LinkedHashSet<>();
    for (Row r : rows) {
      all.add(r.item());
      byAgency.computeIfAbsent(r.agency(), a -> new LinkedHashSet<>()).add(r.item());
    }
    List<AgencyCount> counts = new ArrayList<>();
    for (String agency : ordered(byAgency.keySet())) {
      counts.add(new AgencyCount(agency, agencyName(agency), byAgency.get(agency).size()));
    }
    return new Figure(m.key(), m.label(), all.size(), counts);
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

  private List<DirectiveRate> rates(Map<Metric, List<Row>> rowsOf) {
    Set<String> agencies = new LinkedHashSet<>();
    for (Metric m : RATE_METRICS) {
      rowsOf.get(m).forEach(r -> agencies.add(r.agency()));
    }
    return ordered(agencies).stream().map(a -> rate(a, rowsOf)).toList();
  }

  /**
   * On time with extensions: done on time / (done on time + done late + overdue now); without:
   * reported by the first deadline / (done + unfinished past the first deadline).
   */
  private DirectiveRate rate(String agency, Map<Metric, List<Row>> rowsOf) {
    long onTime = count(rowsOf.get(Metric.DIRECTIVES_DONE_ON_TIME), agency);
    long onTimeOriginal = count(rowsOf.get(Metric.DIRECTIVES_DONE_ON_TIME_ORIGINAL), agency);
    long late = count(rowsOf.get(Metric.DIRECTIVES_DONE_LATE), agency);
    long overdue = count(rowsOf.get(Metric.DIRECTIVES_OVERDUE), agency);
    long overdueOriginal = count(rowsOf.get(Metric.DIRECTIVES_OVERDUE_ORIGINAL), agency);
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

  private static long count(List<Row> rows, String agency) {
    return rows.stream()
        .filter(r -> agency == null || agency.equals(r.agency()))
        .map(Row::item)
        .distinct()
        .count();
  }

  private List<OverdueDirective> oldestOverdue(Window w) {
    return jdbc
        .sql(
            "select c.case_number, d.lead_agency, d.task, d.deadline, d.original_deadline"
                + DIRECTIVES
                + UNFINISHED_AT_AS_OF
                + " and d.deadline < :asOfDate"
                + scopeCondition(w)
                + " order by d.deadline, d.id")
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
        .list()
        .stream()
        .limit(OLDEST_OVERDUE)
        .toList();
  }

  private Outcomes outcomes(Window w, Map<Metric, List<Row>> rowsOf) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    for (Metric m : Metric.values()) {
      if (m.section() == Metric.Section.OUTCOMES) {
        figures.put(m.key(), figure(m, rowsOf.get(m)));
      }
    }
    Map<String, BigDecimal[]> amounts = new HashMap<>();
    jdbc.sql(
            "select c.category, sum(c.amount_vnd) due, sum(coalesce(c.amount_recovered_vnd, 0))"
                + " recovered from bcd_case c where c.status = 'CLOSED'"
                + " and c.closed_at >= :from and c.closed_at < :to"
                + scopeCondition(w)
                + " group by c.category")
        .params(params(w))
        .query(
            rs -> {
              amounts.put(
                  rs.getString("category"),
                  new BigDecimal[] {rs.getBigDecimal("due"), rs.getBigDecimal("recovered")});
            });
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
              countCategory(rowsOf.get(Metric.CLOSED), category),
              countCategory(rowsOf.get(Metric.CLOSED_COMPLETED), category),
              countCategory(rowsOf.get(Metric.CLOSED_TERMINATED), category),
              countCategory(rowsOf.get(Metric.CARRIED_OVER), category),
              a[0],
              a[1]));
    }
    return new Outcomes(figures, due, recovered, byCategory);
  }

  private static long countCategory(List<Row> rows, CaseCategory category) {
    return rows.stream()
        .filter(r -> category.code().equals(r.category()))
        .map(Row::item)
        .distinct()
        .count();
  }
}
