package vn.gov.thads.bcd.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.documents.DocxTemplate;
import vn.gov.thads.bcd.documents.Letterhead;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.Person;
import vn.gov.thads.bcd.organisation.PersonRole;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.statistics.Line;
import vn.gov.thads.bcd.statistics.ProvinceStatistics;
import vn.gov.thads.bcd.statistics.Rates;
import vn.gov.thads.bcd.statistics.ReportingPeriod;
import vn.gov.thads.bcd.statistics.Scope;
import vn.gov.thads.bcd.statistics.Side;
import vn.gov.thads.bcd.statistics.SideFigures;

/**
 * The committee's report of a period and scope as files: an XLSX workbook (one sheet per section,
 * numbers as numeric cells, rates as numbers in a percent format) and a DOCX report in the Decree
 * 30/2020 layout from {@code templates/docx/bao-cao-ket-qua.docx}, with the province-wide THADS
 * figures, rates, targets and gaps of the same period and scope. Rights are the caller's business
 * (the REST controller, the monthly mail, later a Cockpit plugin). Layout: docs/report.md.
 */
@Component
public class ReportExports {

  /** The file formats offered. */
  public enum Format {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }

    public String extension() {
      return extension;
    }

    public String mediaType() {
      return mediaType;
    }

    /** The format named {@code xlsx} or {@code docx} (any case); empty for anything else. */
    public static Optional<Format> named(String name) {
      String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(f -> f.extension.equals(n)).findFirst();
    }
  }

  /** A file ready to download or attach. */
  public record Export(String fileName, String mediaType, byte[] content) {}

  /** Everything a file shows: the report, and the THADS figures and targets of the scope. */
  record Content(
      CommitteeReport.Report report,
      Optional<ProvinceStatistics.Figures> figures,
      Optional<ProvinceStatistics.Targets> targets,
      LocalDate written) {}

  /** The sheets of the workbook, in order. */
  static final String SHEET_COMMITTEE = "Công tác của BCĐ";

  static final String SHEET_ENFORCEMENT = "Cưỡng chế và tranh chấp";
  static final String SHEET_OUTCOMES = "Kết quả";
  static final String SHEET_STATISTICS = "Số liệu THADS toàn tỉnh";

  /** Said wherever a figure, rate or target was not entered. */
  static final String NO_DATA = "chưa có số liệu";

  static final String TEMPLATE = "bao-cao-ket-qua.docx";

  private final CommitteeReport reports;
  private final ProvinceStatistics statistics;
  private final Organisation organisation;
  private final Clock clock;
  private final Letterhead letterhead;

  public ReportExports(
      CommitteeReport reports,
      ProvinceStatistics statistics,
      Organisation organisation,
      Clock clock,
      Letterhead letterhead) {
    this.reports = reports;
    this.statistics = statistics;
    this.organisation = organisation;
    this.clock = clock;
    this.letterhead = letterhead;
  }

  /** The report of the period and scope as a file of the format. */
  public Export export(ReportingPeriod period, Scope scope, Format format) {
    Content content = content(period, scope);
    byte[] bytes = format == Format.XLSX ? xlsx(content) : docx(content);
    return new Export(fileName(content.report(), format), format.mediaType(), bytes);
  }

  /** The report as XLSX and DOCX, built once for both. */
  public List<Export> exportAll(ReportingPeriod period, Scope scope) {
    Content content = content(period, scope);
    return List.of(
        new Export(fileName(content.report(), Format.XLSX), Format.XLSX.mediaType(), xlsx(content)),
        new Export(
            fileName(content.report(), Format.DOCX), Format.DOCX.mediaType(), docx(content)));
  }

  /** Writes the file to {@code out} (not closed). */
  public void write(ReportingPeriod period, Scope scope, Format format, OutputStream out) {
    try {
      out.write(export(period, scope, format).content());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] xlsx(ReportingPeriod period, Scope scope) {
    return xlsx(content(period, scope));
  }

  public byte[] docx(ReportingPeriod period, Scope scope) {
    return docx(content(period, scope));
  }

  /** "Báo cáo BCĐ Quý I năm 2027.xlsx"; an office's report carries the office's name. */
  static String fileName(CommitteeReport.Report report, Format format) {
    String scope = Scope.PROVINCE.equals(report.scope()) ? "" : " - " + report.scopeName();
    return "Báo cáo BCĐ " + report.periodLabel().replace('/', '-') + scope + "." + format.extension;
  }

  Content content(ReportingPeriod period, Scope scope) {
    return new Content(
        reports.build(period, scope),
        statistics.figures(period, scope),
        statistics.targets(period.year(), scope),
        VietnamTime.today(clock));
  }

  // ---------------------------------------------------------------- XLSX

  byte[] xlsx(Content c) {
    CommitteeReport.Report r = c.report();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles st = new Styles(wb);
      Writer w = new Writer(wb.createSheet(SHEET_COMMITTEE), st, r);
      w.figures("I. Công tác của Ban Chỉ đạo", r.committee().figures());
      w.skip();
      w.title("Tỷ lệ nhiệm vụ hoàn thành đúng hạn theo cơ quan chủ trì");
      w.header(
          "Cơ quan chủ trì",
          "Hoàn thành đúng hạn (kể cả gia hạn)",
          "Hoàn thành đúng hạn ban đầu",
          "Hoàn thành trễ hạn",
          "Đang quá hạn",
          "Quá hạn ban đầu",
          "Tỷ lệ đúng hạn (kể cả gia hạn)",
          "Tỷ lệ đúng hạn ban đầu");
      List<CommitteeReport.DirectiveRate> rates = new ArrayList<>(r.committee().rates());
      rates.add(r.committee().allAgencies());
      for (CommitteeReport.DirectiveRate d : rates) {
        w.row(
            d.agencyName(),
            d.doneOnTime(),
            d.doneOnTimeOriginal(),
            d.doneLate(),
            d.overdue(),
            d.overdueOriginal(),
            Percent.of(d.rate()),
            Percent.of(d.rateOriginal()));
      }
      w.skip();
      w.title("Nhiệm vụ quá hạn lâu nhất");
      w.header(
          "Vụ việc",
          "Cơ quan chủ trì",
          "Nhiệm vụ",
          "Thời hạn",
          "Thời hạn ban đầu",
          "Số ngày quá hạn");
      for (CommitteeReport.OverdueDirective o : r.committee().oldestOverdue()) {
        w.row(
            o.caseNumber(),
            o.agencyName(),
            o.task(),
            VietnamTime.format(o.deadline()),
            VietnamTime.format(o.originalDeadline()),
            o.daysOverdue());
      }
      w.done();

      w = new Writer(wb.createSheet(SHEET_ENFORCEMENT), st, r);
      w.figures("II. Cưỡng chế và tranh chấp tài sản", r.enforcement().figures());
      w.skip();
      w.title("Tài sản tranh chấp đang chờ Tòa án, cơ quan có thẩm quyền");
      w.header("Vụ việc", "Đơn vị đề nghị", "Ngày thụ lý", "Số ngày chờ");
      for (CommitteeReport.PendingDispute p : r.enforcement().pendingDisputes()) {
        w.row(p.caseNumber(), p.agencyName(), VietnamTime.format(p.suitAccepted()), p.ageDays());
      }
      w.done();

      w = new Writer(wb.createSheet(SHEET_OUTCOMES), st, r);
      w.figures("III. Kết quả giải quyết vụ việc", r.outcomes().figures());
      w.skip();
      w.title("Theo loại vụ việc");
      w.header(
          "Loại vụ việc",
          "Đã kết thúc",
          "Thi hành xong",
          "Đình chỉ",
          "Chuyển kỳ sau",
          "Số tiền phải thi hành (đồng)",
          "Số tiền đã thu (đồng)");
      for (CommitteeReport.CategoryOutcome o : r.outcomes().byCategory()) {
        w.row(
            o.label(),
            o.closed(),
            o.completed(),
            o.terminated(),
            o.carriedOver(),
            o.amountDue(),
            o.amountRecovered());
      }
      w.row(
          "Tổng cộng",
          sum(r, CommitteeReport.CategoryOutcome::closed),
          sum(r, CommitteeReport.CategoryOutcome::completed),
          sum(r, CommitteeReport.CategoryOutcome::terminated),
          sum(r, CommitteeReport.CategoryOutcome::carriedOver),
          r.outcomes().amountDue(),
          r.outcomes().amountRecovered());
      w.done();

      w = new Writer(wb.createSheet(SHEET_STATISTICS), st, r);
      statisticsSheet(w, c);
      w.done();

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long sum(
      CommitteeReport.Report r,
      java.util.function.ToLongFunction<CommitteeReport.CategoryOutcome> f) {
    return r.outcomes().byCategory().stream().mapToLong(f).sum();
  }

  private static void statisticsSheet(Writer w, Content c) {
    w.title("IV. Số liệu thi hành án dân sự (Thông tư 05/2024/TT-BTP)");
    if (c.figures().isEmpty()) {
      w.row("Chưa có số liệu THADS của kỳ này.");
    } else {
      ProvinceStatistics.Figures f = c.figures().get();
      w.row(
          "Số liệu nhập lần "
              + f.revision()
              + " ngày "
              + VietnamTime.format(f.enteredAt())
              + (f.fileName() == null ? "" : " (tệp " + f.fileName() + ")"));
      w.header("Chỉ tiêu", "Về việc (việc)", "Về tiền (đồng)");
      for (Line line : Line.values()) {
        w.row(
            line.label(),
            line == Line.REDUCED_OR_EXEMPTED ? null : f.cases().value(line),
            f.money().value(line));
      }
      w.row("Chuyển kỳ sau", f.cases().carryOverNext(), f.money().carryOverNext());
    }
    w.skip();
    w.title("Tỷ lệ thi hành xong so với chỉ tiêu");
    w.header("", "Về việc", "Về tiền");
    BigDecimal casesRate = c.figures().map(f -> f.cases().rate()).orElse(null);
    BigDecimal moneyRate = c.figures().map(f -> f.money().rate()).orElse(null);
    BigDecimal casesTarget = c.targets().map(ProvinceStatistics.Targets::cases).orElse(null);
    BigDecimal moneyTarget = c.targets().map(ProvinceStatistics.Targets::money).orElse(null);
    w.row("Tỷ lệ thi hành xong", orNoData(Percent.of(casesRate)), orNoData(Percent.of(moneyRate)));
    w.row("Chỉ tiêu giao", orNoData(Percent.of(casesTarget)), orNoData(Percent.of(moneyTarget)));
    w.row(
        "Chênh lệch so với chỉ tiêu (điểm %)",
        orNoData(Points.of(Rates.gap(casesRate, casesTarget))),
        orNoData(Points.of(Rates.gap(moneyRate, moneyTarget))));
  }

  private static Object orNoData(Object value) {
    return value == null ? NO_DATA : value;
  }

  /** A rate in per cent, written as a fraction in a percent format. */
  record Percent(BigDecimal value) {
    static Percent of(BigDecimal rate) {
      return rate == null ? null : new Percent(rate);
    }
  }

  /** A gap in percentage points, written as a signed number. */
  record Points(BigDecimal value) {
    static Points of(BigDecimal gap) {
      return gap == null ? null : new Points(gap);
    }
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle points;

    Styles(XSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      title = wb.createCellStyle();
      title.setFont(bold);
      header = bordered(wb);
      header.setFont(bold);
      header.setWrapText(true);
      text = bordered(wb);
      text.setWrapText(true);
      integer = bordered(wb);
      integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      percent = bordered(wb);
      percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
      points = bordered(wb);
      points.setDataFormat(wb.createDataFormat().getFormat("+0.00;-0.00;0.00"));
    }

    private static CellStyle bordered(XSSFWorkbook wb) {
      CellStyle s = wb.createCellStyle();
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      return s;
    }
  }

  /** Writes a sheet from top to bottom: the report's heading, then tables. */
  private static final class Writer {
    private final Sheet sheet;
    private final Styles st;
    private int next;
    private int widest = 1;

    Writer(Sheet sheet, Styles st, CommitteeReport.Report r) {
      this.sheet = sheet;
      this.st = st;
      title(
          "Báo cáo kết quả công tác của Ban Chỉ đạo thi hành án dân sự tỉnh – " + r.periodLabel());
      cell(sheet.createRow(next++), 0, "Phạm vi: " + r.scopeName(), null);
      cell(
          sheet.createRow(next++),
          0,
          "Từ ngày "
              + VietnamTime.format(r.from())
              + " đến ngày "
              + VietnamTime.format(r.to())
              + "; số liệu tính đến ngày "
              + VietnamTime.format(r.asOf()),
          null);
      next++;
    }

    void title(String text) {
      cell(sheet.createRow(next++), 0, text, st.title);
    }

    void skip() {
      next++;
    }

    void header(String... labels) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < labels.length; i++) {
        cell(row, i, labels[i], st.header);
      }
      widest = Math.max(widest, labels.length);
    }

    void row(Object... values) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v == null) {
          cell(row, i, "", st.text);
        } else if (v instanceof Percent p) {
          row.createCell(i).setCellValue(p.value().movePointLeft(2).doubleValue());
        } else if (v instanceof Points p) {
          row.createCell(i).setCellValue(p.value().doubleValue());
        } else if (v instanceof Number num) {
          row.createCell(i).setCellValue(num.doubleValue());
        } else {
          cell(row, i, v.toString(), st.text);
        }
        Cell cell = row.getCell(i);
        if (v instanceof Percent) {
          cell.setCellStyle(st.percent);
        } else if (v instanceof Points) {
          cell.setCellStyle(st.points);
        } else if (v instanceof Number) {
          cell.setCellStyle(st.integer);
        }
      }
    }

    /**
     * One section's numbers: each metric with its total and the count of each agency that has one,
     * agencies as columns in the order the report gives them.
     */
    void figures(String heading, Map<String, CommitteeReport.Figure> figures) {
      title(heading);
      Map<String, String> agencies = new LinkedHashMap<>();
      for (CommitteeReport.Figure f : figures.values()) {
        f.byAgency().forEach(a -> agencies.putIfAbsent(a.agency(), a.agencyName()));
      }
      List<String> labels = new ArrayList<>(List.of("TT", "Nội dung", "Tổng số"));
      labels.addAll(agencies.values());
      header(labels.toArray(String[]::new));
      int n = 1;
      for (CommitteeReport.Figure f : figures.values()) {
        Map<String, Long> counts = new HashMap<>();
        f.byAgency().forEach(a -> counts.put(a.agency(), a.count()));
        List<Object> values = new ArrayList<>(List.of(n++, f.label(), f.total()));
        agencies.keySet().forEach(a -> values.add(counts.getOrDefault(a, 0L)));
        row(values.toArray());
      }
    }

    void done() {
      sheet.setColumnWidth(0, 45 * 256);
      for (int i = 1; i < widest; i++) {
        sheet.setColumnWidth(i, 18 * 256);
      }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
      Cell c = row.createCell(column);
      c.setCellValue(text);
      if (style != null) {
        c.setCellStyle(style);
      }
    }
  }

  // ---------------------------------------------------------------- DOCX

  byte[] docx(Content c) {
    CommitteeReport.Report r = c.report();
    Map<String, Object> v = new HashMap<>();
    letterhead.fill(v);
    v.put("ngay_thang_nam", dateInWords(c.written()));
    v.put("tinh", organisation.province());
    v.put("ky_bao_cao", lowerFirst(r.periodLabel()));
    v.put("pham_vi", r.scopeName());
    v.put("tu_ngay", VietnamTime.format(r.from()));
    v.put("den_ngay", VietnamTime.format(r.to()));
    v.put("tinh_den", VietnamTime.format(r.asOf()));
    v.put("cong_tac", numbered(r.committee().figures()));
    List<Map<String, Object>> rates = new ArrayList<>();
    List<CommitteeReport.DirectiveRate> all = new ArrayList<>(r.committee().rates());
    all.add(r.committee().allAgencies());
    for (CommitteeReport.DirectiveRate d : all) {
      rates.add(
          Map.of(
              "co_quan", d.agencyName(),
              "dung_han", Rates.number(d.doneOnTime()),
              "tre_han", Rates.number(d.doneLate()),
              "qua_han", Rates.number(d.overdue()),
              "ty_le", d.rateLabel(),
              "ty_le_ban_dau", d.rateOriginalLabel()));
    }
    v.put("ty_le", rates);
    v.put("ty_le_nhiem_vu", d(r.committee().allAgencies().rateLabel()));
    v.put("ty_le_nhiem_vu_ban_dau", d(r.committee().allAgencies().rateOriginalLabel()));
    List<Map<String, Object>> overdue = new ArrayList<>();
    int n = 1;
    for (CommitteeReport.OverdueDirective o : r.committee().oldestOverdue()) {
      overdue.add(
          Map.of(
              "tt", String.valueOf(n++),
              "vu_viec", o.caseNumber(),
              "co_quan", o.agencyName(),
              "nhiem_vu", o.task(),
              "thoi_han", VietnamTime.format(o.deadline()),
              "so_ngay", Rates.number(o.daysOverdue())));
    }
    v.put(
        "qua_han",
        orNone(
            overdue,
            "vu_viec",
            "Không có nhiệm vụ quá hạn",
            "tt",
            "co_quan",
            "nhiem_vu",
            "thoi_han",
            "so_ngay"));
    v.put("cuong_che", numbered(r.enforcement().figures()));
    List<Map<String, Object>> disputes = new ArrayList<>();
    n = 1;
    for (CommitteeReport.PendingDispute p : r.enforcement().pendingDisputes()) {
      disputes.add(
          Map.of(
              "tt", String.valueOf(n++),
              "vu_viec", p.caseNumber(),
              "co_quan", p.agencyName(),
              "ngay_thu_ly", VietnamTime.format(p.suitAccepted()),
              "so_ngay", Rates.number(p.ageDays())));
    }
    v.put(
        "tranh_chap",
        orNone(
            disputes,
            "vu_viec",
            "Không có tài sản tranh chấp đang chờ",
            "tt",
            "co_quan",
            "ngay_thu_ly",
            "so_ngay"));
    v.put("ket_qua", numbered(r.outcomes().figures()));
    List<Map<String, Object>> categories = new ArrayList<>();
    for (CommitteeReport.CategoryOutcome o : r.outcomes().byCategory()) {
      categories.add(
          Map.of(
              "loai", o.label(),
              "ket_thuc", Rates.number(o.closed()),
              "xong", Rates.number(o.completed()),
              "dinh_chi", Rates.number(o.terminated()),
              "chuyen_ky", Rates.number(o.carriedOver()),
              "phai_thi_hanh", Rates.number(o.amountDue().longValue()),
              "da_thu", Rates.number(o.amountRecovered().longValue())));
    }
    v.put("loai_vu_viec", categories);
    v.put("tong_tien_phai_thi_hanh", Rates.number(r.outcomes().amountDue().longValue()));
    v.put("tong_tien_da_thu", Rates.number(r.outcomes().amountRecovered().longValue()));
    statisticsValues(v, c);
    v.put(
        "noi_nhan",
        "- Trưởng ban, các Phó Trưởng ban;\n- Các thành viên Ban Chỉ đạo;\n- Lưu: VT, Tổ Thư ký.");
    v.put(
        "nguoi_ky",
        organisation.people().stream()
            .filter(p -> p.roles().contains(PersonRole.CHAIR))
            .map(Person::fullName)
            .findFirst()
            .orElse(""));
    return new DocxTemplate(TEMPLATE).render(v);
  }

  private static void statisticsValues(Map<String, Object> v, Content c) {
    List<Map<String, Object>> lines = new ArrayList<>();
    if (c.figures().isEmpty()) {
      v.put("so_lieu_nguon", "Chưa có số liệu thi hành án dân sự của kỳ này.");
      lines.add(Map.of("chi_tieu", "Chưa có số liệu", "viec", "—", "tien", "—"));
    } else {
      ProvinceStatistics.Figures f = c.figures().get();
      v.put(
          "so_lieu_nguon",
          "Theo số liệu thi hành án dân sự nhập lần "
              + f.revision()
              + " ngày "
              + VietnamTime.format(f.enteredAt())
              + ":");
      for (Line line : Line.values()) {
        lines.add(
            Map.of(
                "chi_tieu",
                line.label(),
                "viec",
                line == Line.REDUCED_OR_EXEMPTED ? "—" : Rates.number(f.cases().value(line)),
                "tien",
                Rates.number(f.money().value(line))));
      }
      lines.add(
          Map.of(
              "chi_tieu", "Chuyển kỳ sau",
              "viec", Rates.number(f.cases().carryOverNext()),
              "tien", Rates.number(f.money().carryOverNext())));
    }
    v.put("so_lieu", lines);
    for (Side side : Side.values()) {
      BigDecimal rate =
          c.figures()
              .map(f -> side == Side.CASES ? f.cases() : f.money())
              .map(SideFigures::rate)
              .orElse(null);
      BigDecimal target =
          c.targets().map(t -> side == Side.CASES ? t.cases() : t.money()).orElse(null);
      String suffix = side == Side.CASES ? "viec" : "tien";
      v.put("ty_le_" + suffix, rate == null ? NO_DATA : Rates.percent(rate));
      v.put("chi_tieu_" + suffix, target == null ? NO_DATA : Rates.percent(target));
      BigDecimal gap = Rates.gap(rate, target);
      v.put("chenh_lech_" + suffix, gap == null ? NO_DATA : Rates.points(gap));
    }
  }

  private static List<Map<String, Object>> numbered(Map<String, CommitteeReport.Figure> figures) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int n = 1;
    for (CommitteeReport.Figure f : figures.values()) {
      rows.add(
          Map.of(
              "tt", String.valueOf(n++),
              "noi_dung", f.label(),
              "so_luong", Rates.number(f.total())));
    }
    return rows;
  }

  /** An empty table still says so: one row with the sentence in the given column, others blank. */
  private static List<Map<String, Object>> orNone(
      List<Map<String, Object>> rows, String column, String sentence, String... others) {
    if (!rows.isEmpty()) {
      return rows;
    }
    Map<String, Object> none = new HashMap<>();
    for (String other : others) {
      none.put(other, "");
    }
    none.put(column, sentence);
    return List.of(none);
  }

  private static String d(String rateLabel) {
    return "—".equals(rateLabel) ? "không có nhiệm vụ đến hạn" : rateLabel;
  }

  private static String lowerFirst(String label) {
    return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }

  /** "ngày 05 tháng 02 năm 2026": Decree 30 writes a 0 before days under 10 and months 1 and 2. */
  static String dateInWords(LocalDate date) {
    return String.format(
        Locale.ROOT,
        "ngày %02d tháng %s năm %d",
        date.getDayOfMonth(),
        (date.getMonthValue() < 3 ? "0" : "") + date.getMonthValue(),
        date.getYear());
  }
}
