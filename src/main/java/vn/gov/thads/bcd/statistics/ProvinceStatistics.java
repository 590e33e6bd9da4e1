package vn.gov.thads.bcd.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.AgencyRole;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The province-wide THADS figures: kept per reporting period and scope, each submission checked
 * whole ({@link FigureChecks}) and stored whole or not at all, a correction as a new revision; and
 * the year's completion-rate targets. Rights are the caller's business ({@link StatisticsAccess});
 * this is the API the committee's report builds on ({@link #figures}, {@link #targets}).
 */
@Service
public class ProvinceStatistics {

  /** Where figures came from. */
  public enum Source {
    API,
    XLSX
  }

  /** One side's lines as sent: by line, a line not sent absent. */
  public record Submission(Map<Line, Long> cases, Map<Line, Long> money) {}

  /** A stored revision of the figures of a period and scope. */
  public record Figures(
      ReportingPeriod period,
      Scope scope,
      int revision,
      String enteredBy,
      Instant enteredAt,
      Source source,
      String fileName,
      SideFigures cases,
      SideFigures money) {}

  /** The targets that apply to a year and scope (the office's own, else the province's). */
  public record Targets(
      int year,
      Scope scope,
      BigDecimal cases,
      BigDecimal money,
      int revision,
      String setBy,
      Instant setAt) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Organisation organisation;
  private final Clock clock;

  public ProvinceStatistics(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      Organisation organisation,
      Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.organisation = organisation;
    this.clock = clock;
  }

  /**
   * The scope named by {@code office}: blank or {@value Scope#PROVINCE} for the province, else the
   * id of a regional office of the organisation file.
   */
  public Scope scope(String office) {
    if (office == null || office.isBlank() || Scope.PROVINCE.equals(office.trim())) {
      return province();
    }
    return organisation
        .agency(office.trim())
        .filter(a -> a.role() == AgencyRole.THADS_REGIONAL)
        .map(a -> new Scope(a.id(), a.name()))
        .orElseThrow(
            () ->
                StatisticsRefusal.invalid(
                    "Không có Phòng Thi hành án dân sự khu vực '"
                        + office.trim()
                        + "' trong tệp tổ chức (để trống hoặc '"
                        + Scope.PROVINCE
                        + "' cho toàn tỉnh)."));
  }

  public Scope province() {
    return new Scope(Scope.PROVINCE, "Toàn tỉnh " + organisation.province());
  }

  /**
   * The scope a file names in its "Đơn vị" column: "Toàn tỉnh", {@value Scope#PROVINCE} or THADS
   * tỉnh (id or name) for the province; a regional office by its id or its name. Case and Unicode
   * form do not matter.
   */
  Optional<Scope> scopeNamed(String text) {
    String wanted = normalise(text);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    if (wanted.equals(normalise(Scope.PROVINCE))
        || wanted.equals("toàn tỉnh")
        || wanted.equals(normalise(province().name()))) {
      return Optional.of(province());
    }
    for (Agency a : organisation.agencies()) {
      if (wanted.equals(normalise(a.id())) || wanted.equals(normalise(a.name()))) {
        if (a.role() == AgencyRole.STANDING_DEPUTY) {
          return Optional.of(province());
        }
        if (a.role() == AgencyRole.THADS_REGIONAL) {
          return Optional.of(new Scope(a.id(), a.name()));
        }
      }
    }
    return Optional.empty();
  }

  /** NFC, lower case, single spaces: how names from a file are compared. */
  static String normalise(String text) {
    return text == null
        ? ""
        : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
            .replace('\u00A0', ' ')
            .trim()
            .replaceAll("\\s+", " ")
            .toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The current figures of reporting year {@code year}, period {@code period} (Y, H1, Q2, M10…) and
   * {@code office} (blank for the province); a bad year, period or office is refused in Vietnamese.
   */
  public Optional<Figures> figures(int year, String period, String office) {
    return figures(ReportingPeriod.of(year, period), scope(office));
  }

  /** The current (latest) figures of a period and scope, if any were entered. */
  public Optional<Figures> figures(ReportingPeriod period, Scope scope) {
    return revisions(period, scope).stream().reduce((a, b) -> b);
  }

  /** Every revision of a period and scope, oldest first. */
  public List<Figures> revisions(ReportingPeriod period, Scope scope) {
    return jdbc.sql(
            """
            select * from bcd_statistics_figures
             where reporting_year = ? and period_kind = ? and period_no = ? and scope = ?
             order by revision""")
        .params(period.year(), period.kind().name(), period.number(), scope.key())
        .query((rs, n) -> figures(rs, period, scope))
        .list();
  }

  /** The targets of a year for a scope: its own if set, else the province's; empty if none. */
  public Optional<Targets> targets(int year, Scope scope) {
    Optional<Targets> own = ownTargets(year, scope);
    return own.isPresent() || scope.province() ? own : ownTargets(year, province());
  }

  /**
   * Checks and keeps a submission as the new revision of a period and scope; nothing is stored if
   * any line is refused.
   */
  public Figures submit(
      String userId, ReportingPeriod period, Scope scope, Submission submission, Source source) {
    return submitAll(userId, period, List.of(new Entry(scope, submission)), source, null).get(0);
  }

  /**
   * A scope's submission within a file; {@code whereCases} and {@code whereMoney} prefix the
   * refusals of each side (the file's sheet and row).
   */
  record Entry(Scope scope, Submission submission, String whereCases, String whereMoney) {
    Entry(Scope scope, Submission submission) {
      this(scope, submission, "", "");
    }
  }

  /** Checks every entry, then keeps them all in one transaction, or none. */
  List<Figures> submitAll(
      String userId, ReportingPeriod period, List<Entry> entries, Source source, String fileName) {
    checkStarted(period);
    List<String> errors = new ArrayList<>();
    List<SideFigures[]> checked = new ArrayList<>();
    for (Entry entry : entries) {
      FigureChecks.Result cases = FigureChecks.check(Side.CASES, entry.submission().cases());
      FigureChecks.Result money = FigureChecks.check(Side.MONEY, entry.submission().money());
      cases.errors().forEach(e -> errors.add(entry.whereCases() + e));
      money.errors().forEach(e -> errors.add(entry.whereMoney() + e));
      checked.add(new SideFigures[] {cases.figures(), money.figures()});
    }
    if (!errors.isEmpty()) {
      throw StatisticsRefusal.invalid(errors);
    }
    Instant now = Instant.now(clock);
    try {
      return transaction.execute(
          status -> {
            List<Figures> stored = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
              Scope scope = entries.get(i).scope();
              SideFigures c = checked.get(i)[0];
              SideFigures m = checked.get(i)[1];
              int revision = nextFiguresRevision(period, scope);
              jdbc.sql(
                      """
                      insert into bcd_statistics_figures (reporting_year, period_kind, period_no,
                        scope, revision, cases_carried_over, cases_newly_accepted, cases_entrusted,
                        cases_without_conditions, cases_completed, cases_terminated,
                        money_carried_over, money_newly_accepted, money_entrusted,
                        money_without_conditions, money_completed, money_terminated,
                        money_reduced_or_exempted, entered_by, entered_at, source, file_name)
                      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                  .params(
                      period.year(),
                      period.kind().name(),
                      period.number(),
                      scope.key(),
                      revision,
                      c.carriedOver(),
                      c.newlyAccepted(),
                      c.entrusted(),
                      c.withoutConditions(),
                      c.completed(),
                      c.terminated(),
                      m.carriedOver(),
                      m.newlyAccepted(),
                      m.entrusted(),
                      m.withoutConditions(),
                      m.completed(),
                      m.terminated(),
                      m.reducedOrExempted(),
                      userId,
                      Timestamp.from(now),
                      source.name(),
                      fileName)
                  .update();
              stored.add(new Figures(period, scope, revision, userId, now, source, fileName, c, m));
            }
            return stored;
          });
    } catch (DuplicateKeyException e) {
      throw StatisticsRefusal.conflict(
          "Số liệu của kỳ này vừa được người khác cập nhật cùng lúc; hãy xem lại và gửi lại.");
    }
  }

  /** Sets the targets of a year for a scope (per cent, 0–100, at most 2 decimals). */
  public Targets setTargets(
      String userId, int year, Scope scope, BigDecimal casesRate, BigDecimal moneyRate) {
    ReportingPeriod.of(year, "Y");
    List<String> errors = new ArrayList<>();
    checkTarget("Chỉ tiêu tỷ lệ thi hành xong về việc", casesRate, errors);
    checkTarget("Chỉ tiêu tỷ lệ thi hành xong về tiền", moneyRate, errors);
    if (!errors.isEmpty()) {
      throw StatisticsRefusal.invalid(errors);
    }
    Instant now = Instant.now(clock);
    try {
      return transaction.execute(
          status -> {
            int revision =
                jdbc.sql(
                        "select coalesce(max(revision), 0) + 1 from bcd_statistics_target"
                            + " where reporting_year = ? and scope = ?")
                    .params(year, scope.key())
                    .query(Integer.class)
                    .single();
            jdbc.sql(
                    """
                    insert into bcd_statistics_target (reporting_year, scope, revision, cases_rate,
                      money_rate, set_by, set_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                    year,
                    scope.key(),
                    revision,
                    casesRate.setScale(2),
                    moneyRate.setScale(2),
                    userId,
                    Timestamp.from(now))
                .update();
            return new Targets(
                year, scope, casesRate.setScale(2), moneyRate.setScale(2), revision, userId, now);
          });
    } catch (DuplicateKeyException e) {
      throw StatisticsRefusal.conflict(
          "Chỉ tiêu của năm này vừa được người khác cập nhật cùng lúc; hãy xem lại và gửi lại.");
    }
  }

  private static void checkTarget(String label, BigDecimal rate, List<String> errors) {
    if (rate == null) {
      errors.add("Thiếu «" + label + "» (phần trăm, ví dụ 83.35).");
    } else if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
      errors.add("«" + label + "» phải từ 0 đến 100 (%), không phải " + rate.toPlainString() + ".");
    } else if (rate.stripTrailingZeros().scale() > 2) {
      errors.add(
          "«"
              + label
              + "» có nhiều nhất 2 chữ số thập phân, không phải "
              + rate.toPlainString()
              + ".");
    }
  }

  /** Figures of a period that has not begun yet cannot exist: most likely a wrong year. */
  private void checkStarted(ReportingPeriod period) {
    if (period.from().isAfter(VietnamTime.today(clock))) {
      throw StatisticsRefusal.invalid(
          "Kỳ báo cáo " + period.fullLabel() + " chưa bắt đầu: chưa thể có số liệu.");
    }
  }

  private int nextFiguresRevision(ReportingPeriod period, Scope scope) {
    return jdbc.sql(
            """
            select coalesce(max(revision), 0) + 1 from bcd_statistics_figures
             where reporting_year = ? and period_kind = ? and period_no = ? and scope = ?""")
        .params(period.year(), period.kind().name(), period.number(), scope.key())
        .query(Integer.class)
        .single();
  }

  private Optional<Targets> ownTargets(int year, Scope scope) {
    return jdbc.sql(
            """
            select * from bcd_statistics_target where reporting_year = ? and scope = ?
             order by revision desc limit 1""")
        .params(year, scope.key())
        .query(
            (rs, n) ->
                new Targets(
                    year,
                    scope,
                    rs.getBigDecimal("cases_rate"),
                    rs.getBigDecimal("money_rate"),
                    rs.getInt("revision"),
                    rs.getString("set_by"),
                    rs.getTimestamp("set_at").toInstant()))
        .optional();
  }

  private static Figures figures(ResultSet rs, ReportingPeriod period, Scope scope)
      throws SQLException {
    SideFigures cases =
        new SideFigures(
            Side.CASES,
            rs.getLong("cases_carried_over"),
            rs.getLong("cases_newly_accepted"),
            rs.getLong("cases_entrusted"),
            rs.getLong("cases_without_conditions"),
            rs.getLong("cases_completed"),
            rs.getLong("cases_terminated"),
            0);
    SideFigures money =
        new SideFigures(
            Side.MONEY,
            rs.getLong("money_carried_over"),
            rs.getLong("money_newly_accepted"),
            rs.getLong("money_entrusted"),
            rs.getLong("money_without_conditions"),
            rs.getLong("money_completed"),
            rs.getLong("money_terminated"),
            rs.getLong("money_reduced_or_exempted"));
    return new Figures(
        period,
        scope,
        rs.getInt("revision"),
        rs.getString("entered_by"),
        rs.getTimestamp("entered_at").toInstant(),
        Source.valueOf(rs.getString("source")),
        rs.getString("file_name"),
        cases,
        money);
  }
}
