package vn.gov.thads.bcd.cockpit;

import static vn.gov.thads.bcd.cockpit.QueryParameters.blankToNull;
import static vn.gov.thads.bcd.cockpit.QueryParameters.number;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.thads.bcd.caseintake.CaseCategory;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.CaseStatus;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.AgencyRole;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * "Sổ theo dõi vụ việc": every case of the application's own table {@code bcd_case}, open or
 * closed, found in one step by a search box (case number, debtor, enforcement decision or judgment
 * number; every word typed must occur, accents optional: see {@link SearchText}) and filters
 * (submitting office, category, status), sorted and paged. Supervisors see every case, agency staff
 * the cases their agency takes part in ({@link Viewer#visibleCaseCondition}). Two statements per
 * request: the count and the page; no result cache. Indexes: V14.
 */
@Service
public class CaseRegister {

  public static final int DEFAULT_LIMIT = 25;
  public static final int MAX_LIMIT = 200;
  static final int MAX_QUERY = 200;
  private static final int MAX_WORDS = 8;

  /** A whole case number as folded by {@link SearchText} (bcd-2026-0001). */
  private static final Pattern CASE_NUMBER = Pattern.compile("bcd-(\\d{4})-(\\d{4,})");

  /** Status filter value for every case not yet closed. */
  public static final String OPEN = "OPEN";

  /** Sort keys the client may ask for; nothing else reaches the ORDER BY. */
  private static final Map<String, String> SORTS = new LinkedHashMap<>();

  static {
    SORTS.put("caseNumber", "c.case_number");
    SORTS.put("debtor", "c.debtor_name");
    SORTS.put("office", "c.submitting_agency");
    SORTS.put("category", "c.category");
    SORTS.put("status", "c.status");
    SORTS.put("amount", "c.amount_vnd");
    SORTS.put("updated", "c.updated_at");
  }

  public record Query(
      String text,
      List<String> words,
      String office,
      String category,
      String status,
      String sort,
      boolean descending,
      int limit,
      int offset) {}

  public record Row(
      String caseNumber,
      String debtorName,
      String enforcementDecisionNo,
      String enforcementDecisionDate,
      String officeId,
      String officeName,
      String category,
      String categoryLabel,
      String status,
      String statusLabel,
      boolean closed,
      BigDecimal amountVnd,
      String createdAt,
      String closedAt) {}

  public record Page(
      String q,
      String office,
      String category,
      String status,
      String sort,
      String order,
      int limit,
      int offset,
      long total,
      List<Row> rows) {}

  public record Choice(String code, String label) {}

  public record Choices(
      List<Choice> offices, List<Choice> categories, List<Choice> statuses, List<String> sorts) {}

  private final JdbcClient jdbc;
  private final Organisation organisation;
  private final AgencyNames agencyNames;

  public CaseRegister(JdbcClient jdbc, Organisation organisation, AgencyNames agencyNames) {
    this.jdbc = jdbc;
    this.organisation = organisation;
    this.agencyNames = agencyNames;
  }

  /** Checks the request (every parameter optional); a bad one is refused in Vietnamese. */
  public Query query(
      String q,
      String office,
      String category,
      String status,
      String sort,
      String order,
      String limit,
      String offset) {
    List<String> problems = new ArrayList<>();
    String text = blankToNull(q);
    List<String> words = List.of();
    if (text != null) {
      if (text.length() > MAX_QUERY) {
        problems.add("Nội dung tìm kiếm dài quá " + MAX_QUERY + " ký tự.");
      } else {
        words =
            Arrays.stream(SearchText.fold(text).split("[\\s,;]+"))
                .filter(w -> !w.isBlank())
                .distinct()
                .toList();
        if (words.size() > MAX_WORDS) {
          problems.add("Nhập tối đa " + MAX_WORDS + " từ để tìm kiếm.");
        }
      }
    }
    String officeId = blankToNull(office);
    if (officeId != null && organisation.agency(officeId).isEmpty()) {
      problems.add("Đơn vị '" + officeId + "' không có trong danh sách tổ chức.");
    }
    String categoryCode = blankToNull(category);
    if (categoryCode != null && CaseCategory.fromCode(categoryCode).isEmpty()) {
      problems.add("Loại vụ việc '" + categoryCode + "' không hợp lệ.");
    }
    String statusCode = blankToNull(status);
    if (statusCode != null && !statusCode.equals(OPEN) && !isStatus(statusCode)) {
      problems.add("Trạng thái '" + statusCode + "' không hợp lệ.");
    }
    String sortKey = blankToNull(sort) == null ? "caseNumber" : sort.trim();
    if (!SORTS.containsKey(sortKey)) {
      problems.add(
          "Không sắp xếp được theo '"
              + sortKey
              + "'; chọn một trong: "
              + String.join(", ", SORTS.keySet())
              + ".");
    }
    String orderKey = blankToNull(order) == null ? "desc" : order.trim();
    if (!orderKey.equals("asc") && !orderKey.equals("desc")) {
      problems.add("Thứ tự sắp xếp '" + orderKey + "' không hợp lệ (asc hoặc desc).");
    }
    int lim = number(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, "Số dòng mỗi trang", problems);
    int off = number(offset, 0, 0, 1_000_000, "Vị trí bắt đầu", problems);
    if (!problems.isEmpty()) {
      throw new BadFilterException("Tìm kiếm không hợp lệ: " + String.join(" ", problems));
    }
    return new Query(
        text,
        words,
        officeId,
        categoryCode,
        statusCode,
        sortKey,
        orderKey.equals("desc"),
        lim,
        off);
  }

  private static boolean isStatus(String code) {
    return Arrays.stream(CaseStatus.values()).anyMatch(s -> s.name().equals(code));
  }

  public Choices choices() {
    List<Choice> offices = new ArrayList<>();
    List<Choice> others = new ArrayList<>();
    for (Agency a : organisation.agencies()) {
      (a.role() == AgencyRole.THADS_REGIONAL ? offices : others).add(new Choice(a.id(), a.name()));
    }
    offices.addAll(others);
    List<Choice> statuses = new ArrayList<>();
    statuses.add(new Choice(OPEN, "Chưa kết thúc (mọi bước)"));
    Arrays.stream(CaseStatus.values()).forEach(s -> statuses.add(new Choice(s.name(), s.label())));
    return new Choices(
        offices,
        Arrays.stream(CaseCategory.values()).map(c -> new Choice(c.code(), c.label())).toList(),
        statuses,
        List.copyOf(SORTS.keySet()));
  }

  public Page search(Viewer viewer, Query q) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(" from bcd_case c where 1 = 1");
    Matcher number = q.words().size() == 1 ? CASE_NUMBER.matcher(q.words().get(0)) : null;
    if (number != null && number.matches()) {
      // A whole case number: the unique index, not the text search.
      params.put(
          "number", CaseRepository.NUMBER_PREFIX + "-" + number.group(1) + "-" + number.group(2));
      where.append(" and c.case_number = :number");
    } else {
      for (int i = 0; i < q.words().size(); i++) {
        params.put("w" + i, "%" + likeEscaped(q.words().get(i)) + "%");
        where.append(" and c.search_text like :w").append(i).append(" escape '\\'");
      }
    }
    if (q.office() != null) {
      params.put("office", q.office());
      where.append(" and c.submitting_agency = :office");
    }
    if (q.category() != null) {
      params.put("category", q.category());
      where.append(" and c.category = :category");
    }
    if (q.status() != null) {
      if (q.status().equals(OPEN)) {
        where.append(" and c.status <> 'CLOSED'");
      } else {
        params.put("status", q.status());
        where.append(" and c.status = :status");
      }
    }
    if (!viewer.supervisor()) {
      where.append(" and ").append(viewer.visibleCaseCondition(params));
    }
    long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
    List<Row> rows = List.of();
    if (total > q.offset()) {
      String direction = q.descending() ? " desc" : " asc";
      params.put("limit", q.limit());
      params.put("offset", q.offset());
      rows =
          jdbc.sql(
                  "select c.case_number, c.debtor_name, c.enforcement_decision_no, c.enforcement_decision_date,"
                      + " c.submitting_agency, c.category, c.status, c.amount_vnd, c.created_at, c.closed_at"
                      + where
                      + " order by "
                      + SORTS.get(q.sort())
                      + direction
                      + (q.sort().equals("caseNumber") ? "" : ", c.case_number desc")
                      + " limit :limit offset :offset")
              .params(params)
              .query(this::row)
              .list();
    }
    return new Page(
        q.text(),
        q.office(),
        q.category(),
        q.status(),
        q.sort(),
        q.descending() ? "desc" : "asc",
        q.limit(),
        q.offset(),
        total,
        rows);
  }

  static String likeEscaped(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private Row row(ResultSet rs, int i) throws SQLException {
    String category = rs.getString("category");
    String status = rs.getString("status");
    Timestamp closed = rs.getTimestamp("closed_at");
    return new Row(
        rs.getString("case_number"),
        rs.getString("debtor_name"),
        rs.getString("enforcement_decision_no"),
        VietnamTime.format(rs.getDate("enforcement_decision_date").toLocalDate()),
        rs.getString("submitting_agency"),
        agencyNames.name(rs.getString("submitting_agency")),
        category,
        categoryLabel(category),
        status,
        statusLabel(status),
        CaseStatus.CLOSED.name().equals(status),
        rs.getBigDecimal("amount_vnd"),
        day(rs.getTimestamp("created_at")),
        day(closed));
  }

  static String categoryLabel(String code) {
    return code == null ? null : CaseCategory.fromCode(code).map(CaseCategory::label).orElse(code);
  }

  static String statusLabel(String code) {
    return code == null
        ? null
        : Arrays.stream(CaseStatus.values())
            .filter(s -> s.name().equals(code))
            .findFirst()
            .map(CaseStatus::label)
            .orElse(code);
  }

  static String day(Timestamp at) {
    return at == null ? null : at.toInstant().atZone(VietnamTime.ZONE).format(VietnamTime.DATE);
  }
}
