package vn.gov.thads.bcd.cockpit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.AgencyRole;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.reports.CommitteeReport;
import vn.gov.thads.bcd.reports.ReportExports;
import vn.gov.thads.bcd.reports.ReportRefusal;
import vn.gov.thads.bcd.reports.ReportRequests;
import vn.gov.thads.bcd.statistics.Line;
import vn.gov.thads.bcd.statistics.ProvinceStatistics;
import vn.gov.thads.bcd.statistics.Rates;
import vn.gov.thads.bcd.statistics.ReportingPeriod;
import vn.gov.thads.bcd.statistics.Scope;
import vn.gov.thads.bcd.statistics.Side;
import vn.gov.thads.bcd.statistics.SideFigures;
import vn.gov.thads.bcd.statistics.StatisticsRefusal;

/**
 * The Cockpit page "Báo cáo của Ban Chỉ đạo": the committee's report ({@link CommitteeReport}, the
 * same computation as {@code /api/reports/committee}) with the province's THADS figures of the
 * period when entered, and the cases behind each number. Readers as for the REST report: the
 * secretariat, the chair and the standing deputy (the supervisors' group); others 403.
 */
@Component
public class ReportPage {

  private final CommitteeReport reports;
  private final ProvinceStatistics statistics;
  private final Organisation organisation;
  private final Clock clock;
  private final ObjectMapper json;
  private final ReportExports exports;
  private final ReportRequests requests;

  public ReportPage(
      CommitteeReport reports,
      ReportExports exports,
      ReportRequests requests,
      ProvinceStatistics statistics,
      Organisation organisation,
      Clock clock,
      ObjectMapper json) {
    this.json = json;
    this.reports = reports;
    this.exports = exports;
    this.requests = requests;
    this.statistics = statistics;
    this.organisation = organisation;
    this.clock = clock;
  }

  public record Choice(String value, String label) {}

  /** The picker's choices and the default: the current quarter of the current reporting year. */
  public record Choices(
      int year, String period, List<Integer> years, List<Choice> periods, List<Choice> offices) {}

  /** One line of the province's THADS figures. */
  public record FigureLine(String key, String label, long value) {}

  /** One side (cases or money) of the THADS figures with its rate, target and gap. */
  public record StatisticsSide(
      String label,
      String unit,
      List<FigureLine> lines,
      String rateLabel,
      String targetLabel,
      String gapLabel) {}

  /** The THADS figures of the period and scope; {@code entered} false when none were entered. */
  public record Statistics(
      boolean entered, int revision, StatisticsSide cases, StatisticsSide money) {}

  /**
   * What the page shows. The report is written by the application's JSON mapper, as {@code
   * /api/reports/committee} answers it (Cockpit's own mapper knows no {@code LocalDate}).
   */
  public record Page(JsonNode report, Statistics statistics) {}

  public Choices choices(Authentication user) {
    refusing(
        () -> {
          requests.checkReader(user);
          return null;
        });
    LocalDate today = VietnamTime.today(clock);
    int year = today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear();
    int quarter = ((today.getMonthValue() + 2) % 12) / 3 + 1;
    List<Integer> years = new ArrayList<>();
    for (int y = year; y >= year - 5; y--) {
      years.add(y);
    }
    List<Choice> periods = new ArrayList<>();
    periods.add(new Choice("Y", "Cả năm"));
    periods.add(new Choice("H1", "6 tháng đầu năm (01/10 – 31/03)"));
    periods.add(new Choice("H2", "6 tháng cuối năm (01/04 – 30/09)"));
    String[] roman = {"I", "II", "III", "IV"};
    String[] quarterMonths = {"10–12", "01–03", "04–06", "07–09"};
    for (int q = 1; q <= 4; q++) {
      periods.add(
          new Choice("Q" + q, "Quý " + roman[q - 1] + " (tháng " + quarterMonths[q - 1] + ")"));
    }
    for (int m : new int[] {10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9}) {
      periods.add(new Choice(String.format("M%02d", m), String.format("Tháng %02d", m)));
    }
    List<Choice> offices = new ArrayList<>();
    offices.add(new Choice(Scope.PROVINCE, "Toàn tỉnh"));
    organisation.agencies().stream()
        .filter(a -> a.role() == AgencyRole.THADS_REGIONAL)
        .forEach(a -> offices.add(new Choice(a.id(), a.name())));
    return new Choices(year, "Q" + quarter, years, periods, offices);
  }

  public Page page(Authentication user, String year, String period, String office) {
    return refusing(
        () -> {
          requests.checkReader(user);
          ReportingPeriod p = requests.period(year, period);
          Scope scope = requests.scope(office);
          return new Page(json.valueToTree(reports.build(p, scope)), statistics(p, scope));
        });
  }

  /** The report as a file (the page's "Tải XLSX" and "Tải DOCX"), the same as the REST export. */
  public ReportExports.Export export(
      Authentication user, String year, String period, String office, String format) {
    return refusing(
        () -> {
          requests.checkReader(user);
          ReportExports.Format f = requests.format(format);
          return exports.export(requests.period(year, period), requests.scope(office), f);
        });
  }

  public ReportRequests.CaseList cases(
      Authentication user,
      String year,
      String period,
      String office,
      String metric,
      String agency,
      String category) {
    return refusing(
        () -> {
          requests.checkReader(user);
          return requests.cases(
              requests.period(year, period), requests.scope(office), metric, agency, category);
        });
  }

  private Statistics statistics(ReportingPeriod p, Scope scope) {
    Optional<ProvinceStatistics.Figures> figures = statistics.figures(p, scope);
    if (figures.isEmpty()) {
      return new Statistics(false, 0, null, null);
    }
    ProvinceStatistics.Figures f = figures.get();
    Optional<ProvinceStatistics.Targets> targets = statistics.targets(p.year(), scope);
    return new Statistics(
        true,
        f.revision(),
        side(Side.CASES, f.cases(), targets.map(ProvinceStatistics.Targets::cases).orElse(null)),
        side(Side.MONEY, f.money(), targets.map(ProvinceStatistics.Targets::money).orElse(null)));
  }

  private static StatisticsSide side(Side side, SideFigures s, BigDecimal target) {
    List<FigureLine> lines = new ArrayList<>();
    for (Line line : Line.of(side)) {
      lines.add(new FigureLine(line.key(), line.label(), s.value(line)));
    }
    BigDecimal gap = Rates.gap(s.rate(), target);
    return new StatisticsSide(
        "Kết quả " + side.label(),
        side.unit(),
        lines,
        Rates.percent(s.rate()),
        target == null ? "Chưa giao" : Rates.percent(target),
        Rates.points(gap));
  }

  /**
   * The report's and the statistics' refusals (bad year, period, office) as the views read them.
   */
  private static <T> T refusing(Supplier<T> action) {
    try {
      return action.get();
    } catch (ReportRefusal e) {
      throw new SupervisionRefusal(Response.Status.fromStatusCode(e.status()), e.getMessage());
    } catch (StatisticsRefusal e) {
      throw new SupervisionRefusal(Response.Status.fromStatusCode(e.status()), e.getMessage());
    }
  }
}
