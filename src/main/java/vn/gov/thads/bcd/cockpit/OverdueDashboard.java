package vn.gov.thads.bcd.cockpit;

import static vn.gov.thads.bcd.cockpit.QueryParameters.blankToNull;
import static vn.gov.thads.bcd.cockpit.QueryParameters.number;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.caseintake.CaseCategory;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.Person;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.reminders.ReminderSchedule;
import vn.gov.thads.bcd.reminders.ReminderService;

/**
 * "Việc quá hạn": the open user tasks that are overdue or due within the next working days, across
 * all cases, one row per task and candidate group (a task given to two agencies counts for both).
 * Read from the open tasks as the engine's history events keep them ({@code bcd_open_task}, package
 * {@code opentasks}, with case number, reminders sent and escalation level): two statements, the
 * counts per agency (which also give the total for paging) and one page of rows; one for both when
 * the viewer is not a supervisor.
 */
@Service
public class OverdueDashboard {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  /**
   * Sort keys the client may ask for, and the SQL they stand for; nothing else reaches the ORDER
   * BY.
   */
  private static final Map<String, String> SORTS =
      Map.of(
          "due", "o.due_at",
          "caseNumber", "o.case_number",
          "task", "o.task_name",
          "agency", "o.agency",
          "assignee", "o.assignee",
          "reminders", "o.reminders",
          "escalation", "o.escalation");

  /** The columns of a row of the page, and the case joined for them. */
  private static final String ROW_COLUMNS =
      "o.task_id, o.task_name, o.assignee, o.due_at as due, o.process_instance_id as pi, o.agency,"
          + " c.id as case_id, o.case_number, c.category, o.reminders, o.escalation";

  private static final String CASE_JOIN =
      " left join bcd_case c on c.process_instance_id = o.root_instance_id";

  /** A validated request. */
  public record Query(
      String agency, String category, String sort, boolean descending, int limit, int offset) {}

  public record AgencyCount(String id, String name, long overdue, long dueSoon) {}

  public record Row(
      String taskId,
      String taskName,
      String processInstanceId,
      Long caseId,
      String caseNumber,
      String category,
      String categoryLabel,
      String agencyId,
      String agencyName,
      String assignee,
      String assigneeName,
      String due,
      String dueText,
      boolean overdue,
      int daysOverdue,
      long remindersSent,
      int escalationLevel) {}

  public record Page(
      String now,
      String dueSoonUntil,
      int dueSoonWorkingDays,
      long total,
      long overdue,
      long dueSoon,
      int limit,
      int offset,
      String sort,
      String order,
      List<AgencyCount> agencies,
      List<Row> rows) {}

  public record CategoryChoice(String code, String label) {}

  public record FilterOptions(
      List<AgencyNames.Choice> agencies, List<CategoryChoice> categories, List<String> sorts) {}

  private final JdbcClient jdbc;
  private final WorkingDays workingDays;
  private final ReminderSchedule schedule;
  private final AgencyNames agencyNames;
  private final Organisation organisation;
  private final Clock clock;
  private final int dueSoonWorkingDays;

  public OverdueDashboard(
      JdbcClient jdbc,
      WorkingDays workingDays,
      ReminderService reminders,
      AgencyNames agencyNames,
      Organisation organisation,
      Clock clock,
      @Value("${bcd.cockpit.due-soon-working-days:2}") int dueSoonWorkingDays) {
    this.jdbc = jdbc;
    this.workingDays = workingDays;
    this.schedule = reminders.schedule();
    this.agencyNames = agencyNames;
    this.organisation = organisation;
    this.clock = clock;
    this.dueSoonWorkingDays = dueSoonWorkingDays;
  }

  /**
   * Checks the request's parameters (all optional); a bad one is refused with a message in
   * Vietnamese.
   */
  public Query query(
      String agency, String category, String sort, String order, String limit, String offset) {
    List<String> problems = new ArrayList<>();
    String agencyId = blankToNull(agency);
    if (agencyId != null && !agencyNames.known(agencyId)) {
      problems.add("Đơn vị '" + agencyId + "' không có trong danh sách tổ chức.");
    }
    String categoryCode = blankToNull(category);
    if (categoryCode != null && CaseCategory.fromCode(categoryCode).isEmpty()) {
      problems.add("Loại vụ việc '" + categoryCode + "' không hợp lệ.");
    }
    String sortKey = blankToNull(sort) == null ? "due" : sort.trim();
    if (!SORTS.containsKey(sortKey)) {
      problems.add(
          "Không sắp xếp được theo '"
              + sortKey
              + "'; chọn một trong: "
              + String.join(", ", sortKeys())
              + ".");
    }
    String orderKey = blankToNull(order) == null ? "asc" : order.trim();
    if (!orderKey.equals("asc") && !orderKey.equals("desc")) {
      problems.add("Thứ tự sắp xếp '" + orderKey + "' không hợp lệ (asc hoặc desc).");
    }
    int lim = number(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, "Số dòng mỗi trang", problems);
    int off = number(offset, 0, 0, Integer.MAX_VALUE, "Vị trí bắt đầu", problems);
    if (!problems.isEmpty()) {
      throw new BadFilterException("Bộ lọc không hợp lệ: " + String.join(" ", problems));
    }
    return new Query(agencyId, categoryCode, sortKey, orderKey.equals("desc"), lim, off);
  }

  public FilterOptions choices() {
    return new FilterOptions(
        agencyNames.agencyChoices(),
        Arrays.stream(CaseCategory.values())
            .map(c -> new CategoryChoice(c.code(), c.label()))
            .toList(),
        sortKeys());
  }

  public Page page(Viewer viewer, Query q) {
    Instant now = clock.instant();
    LocalDate today = now.atZone(VietnamTime.ZONE).toLocalDate();
    // Due soon: due by the end of the n-th working day after today.
    LocalDate lastDueSoonDay = workingDays.plus(today, dueSoonWorkingDays);
    Instant soon = lastDueSoonDay.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();

    Map<String, Object> params = new HashMap<>();
    params.put("soon", Timestamp.from(soon));
    params.put("now", Timestamp.from(now));
    boolean needsCase = q.category() != null;
    String from = from(viewer, q, params, needsCase);
    String direction = q.descending() ? " desc" : " asc";
    String order =
        " order by "
            + SORTS.get(q.sort())
            + direction
            + (q.sort().equals("due") ? "" : ", o.due_at" + direction)
            + ", o.task_id, o.agency";
    params.put("limit", q.limit());
    params.put("offset", q.offset());

    List<AgencyCount> counts = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    if (viewer.supervisor()) {
      counts.addAll(counts(from, params));
      if (counts.stream().mapToLong(c -> c.overdue() + c.dueSoon()).sum() > q.offset()) {
        rows.addAll(rows(from, needsCase, order, params, now));
      }
    } else {
      countsAndRows(from, order, params, now, counts, rows);
    }

    List<AgencyCount> agencies = new ArrayList<>(counts);
    agencies.sort(
        Comparator.comparingLong(AgencyCount::overdue)
            .reversed()
            .thenComparing(Comparator.comparingLong(AgencyCount::dueSoon).reversed())
            .thenComparing(AgencyCount::name));
    long overdue = agencies.stream().mapToLong(AgencyCount::overdue).sum();
    long dueSoon = agencies.stream().mapToLong(AgencyCount::dueSoon).sum();
    return new Page(
        now.toString(),
        soon.toString(),
        dueSoonWorkingDays,
        overdue + dueSoon,
        overdue,
        dueSoon,
        q.limit(),
        q.offset(),
        q.sort(),
        q.descending() ? "desc" : "asc",
        agencies,
        rows);
  }

  /**
   * The counts per agency: the one statement that reads every overdue and due-soon task of the
   * view, from the due-date index of {@code bcd_open_task}, without a result cache.
   */
  private List<AgencyCount> counts(String from, Map<String, Object> params) {
    return jdbc.sql(
            "select o.agency, sum(case when o.due_at < :now then 1 else 0 end) as overdue,"
                + " count(*) as total"
                + from.replace("/*case*/", "")
                + " group by o.agency")
        .params(params)
        .query((rs, i) -> count(rs))
        .list();
  }

  /**
   * One page of rows. Unless a filter needs the case, the page is sorted and cut on the open tasks
   * alone (sorted by due date, from its index); its rows then get their case.
   */
  private List<Row> rows(
      String from, boolean needsCase, String order, Map<String, Object> params, Instant now) {
    String page = " limit :limit offset :offset";
    String sql =
        needsCase
            ? "select " + ROW_COLUMNS + from + order + page
            : "select "
                + ROW_COLUMNS
                + " from (select o.*"
                + from.replace("/*case*/", "")
                + order
                + page
                + ") o"
                + CASE_JOIN
                + order;
    return jdbc.sql(sql).params(params).query((rs, i) -> row(rs, now)).list();
  }

  /**
   * For a viewer who is not a supervisor, the counts and the page in one statement: finding what
   * they may see ({@link Viewer#visibleOpenTasks}) is most of the work, so it is done once for both
   * (by due date too: 35 instead of 54 ms p50 over HTTP at 3,334 tasks seen). The page's rows come
   * first, in their order, then one row of counts per agency.
   */
  private void countsAndRows(
      String from,
      String order,
      Map<String, Object> params,
      Instant now,
      List<AgencyCount> counts,
      List<Row> rows) {
    String sql =
        "with v as (select o.*"
            + from.replace("/*case*/", "")
            + ") select 1 as part, o.ordinal, "
            + ROW_COLUMNS
            + ", 0 as overdue, 0 as total from (select o.*, row_number() over ("
            + order
            + ") as ordinal from v o"
            + order
            + " limit :limit offset :offset) o"
            + CASE_JOIN
            + " union all select 2, 0, null, null, null, null, null, o.agency, null, null, null, 0, 0,"
            + " sum(case when o.due_at < :now then 1 else 0 end), count(*) from v o group by o.agency"
            + " order by 1, 2";
    jdbc.sql(sql)
        .params(params)
        .query(
            rs -> {
              if (rs.getInt("part") == 1) {
                rows.add(row(rs, now));
              } else {
                counts.add(count(rs));
              }
            });
  }

  private AgencyCount count(ResultSet rs) throws SQLException {
    long overdue = rs.getLong("overdue");
    return new AgencyCount(
        rs.getString("agency"),
        agencyNames.name(rs.getString("agency")),
        overdue,
        rs.getLong("total") - overdue);
  }

  /**
   * The tasks of the view under the filters. The case (through the task's root process instance) is
   * joined only when a filter needs it; otherwise the page adds it at the marker and the counts do
   * without.
   */
  private static String from(
      Viewer viewer, Query q, Map<String, Object> params, boolean needsCase) {
    StringBuilder sql =
        new StringBuilder(" from ")
            .append(
                viewer.supervisor()
                    ? "bcd_open_task o"
                    : "(" + viewer.visibleOpenTasks(params, "o.due_at < :soon") + ") o");
    if (needsCase) {
      sql.append(" left join bcd_case c on c.process_instance_id = o.root_instance_id");
    } else {
      sql.append("/*case*/");
    }
    sql.append(" where o.due_at < :soon");
    if (q.agency() != null) {
      params.put("agency", q.agency());
      sql.append(" and o.agency = :agency");
    }
    if (q.category() != null) {
      params.put("category", q.category());
      sql.append(" and c.category = :category");
    }
    return sql.toString();
  }

  private Row row(ResultSet rs, Instant now) throws SQLException {
    Instant due = rs.getTimestamp("due").toInstant();
    String agency = rs.getString("agency");
    String assignee = rs.getString("assignee");
    String category = rs.getString("category");
    boolean overdue = due.isBefore(now);
    return new Row(
        rs.getString("task_id"),
        rs.getString("task_name"),
        rs.getString("pi"),
        (Long) rs.getObject("case_id", Long.class),
        rs.getString("case_number"),
        category,
        category == null
            ? null
            : CaseCategory.fromCode(category).map(CaseCategory::label).orElse(category),
        agency,
        agencyNames.name(agency),
        assignee,
        assignee == null
            ? null
            : organisation.person(assignee).map(Person::fullName).orElse(assignee),
        due.toString(),
        due.atZone(VietnamTime.ZONE).format(VietnamTime.DATE),
        overdue,
        overdue ? schedule.daysOverdue(due, now) : 0,
        rs.getLong("reminders"),
        rs.getInt("escalation"));
  }

  private static List<String> sortKeys() {
    return List.of("due", "caseNumber", "task", "agency", "assignee", "reminders", "escalation");
  }
}
