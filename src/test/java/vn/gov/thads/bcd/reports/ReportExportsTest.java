package vn.gov.thads.bcd.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.gov.thads.bcd.documents.Letterhead;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.OrganisationFileReader;
import vn.gov.thads.bcd.reports.CommitteeReport.AgencyCount;
import vn.gov.thads.bcd.reports.CommitteeReport.Figure;
import vn.gov.thads.bcd.statistics.ProvinceStatistics;
import vn.gov.thads.bcd.statistics.ReportingPeriod;
import vn.gov.thads.bcd.statistics.Scope;
import vn.gov.thads.bcd.statistics.Side;
import vn.gov.thads.bcd.statistics.SideFigures;

/**
 * The XLSX and DOCX of a report of Quý I năm 2027, read back with POI: every section there, the
 * numbers numeric, rates in a percent format, the THADS figures with rates, targets and gaps, and
 * "chưa có số liệu" when none were entered.
 */
class ReportExportsTest {

  static final ReportingPeriod Q1 = ReportingPeriod.of(2027, "Q1");
  static final Scope PROVINCE = new Scope(Scope.PROVINCE, "Toàn tỉnh An Giang");

  static final Organisation ORGANISATION =
      OrganisationFileReader.read(new ClassPathResource("organisation/an-giang.yml"));

  final ReportExports exports =
      new ReportExports(
          null,
          null,
          ORGANISATION,
          Clock.systemUTC(),
          new Letterhead(
              ORGANISATION, "ỦY BAN NHÂN DÂN TỈNH AN GIANG", "BAN CHỈ ĐẠO THI HÀNH ÁN DÂN SỰ", ""));

  static Map<String, Figure> figures(Metric.Section section, long base) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    long n = base;
    for (Metric m : Metric.values()) {
      if (m.section() == section) {
        figures.put(
            m.key(),
            new Figure(
                m.key(),
                m.label(),
                n + 1,
                List.of(
                    new AgencyCount("thads-kv01", "Phòng Thi hành án dân sự khu vực 1", n),
                    new AgencyCount("thads-kv02", "Phòng Thi hành án dân sự khu vực 2", 1))));
        n++;
      }
    }
    return figures;
  }

  static CommitteeReport.Report report() {
    CommitteeReport.DirectiveRate kv01 =
        new CommitteeReport.DirectiveRate(
            "thads-kv01",
            "Phòng Thi hành án dân sự khu vực 1",
            3,
            2,
            1,
            0,
            1,
            new BigDecimal("75.00"),
            "75,00 %",
            new BigDecimal("50.00"),
            "50,00 %");
    CommitteeReport.DirectiveRate all =
        new CommitteeReport.DirectiveRate(
            null,
            "Tất cả cơ quan",
            3,
            2,
            1,
            1,
            2,
            new BigDecimal("60.00"),
            "60,00 %",
            new BigDecimal("40.00"),
            "40,00 %");
    CommitteeReport.Committee committee =
        new CommitteeReport.Committee(
            figures(Metric.Section.COMMITTEE, 10),
            List.of(kv01),
            all,
            List.of(
                new CommitteeReport.OverdueDirective(
                    "BCĐ-2026-0007",
                    "cong-an-tinh",
                    "Công an tỉnh An Giang",
                    "Bảo vệ cưỡng chế",
                    LocalDate.of(2026, 11, 20),
                    LocalDate.of(2026, 11, 10),
                    41)));
    CommitteeReport.Enforcement enforcement =
        new CommitteeReport.Enforcement(
            figures(Metric.Section.ENFORCEMENT, 100),
            List.of(
                new CommitteeReport.PendingDispute(
                    "BCĐ-2026-0011",
                    "thads-kv01",
                    "Phòng Thi hành án dân sự khu vực 1",
                    LocalDate.of(2026, 10, 23),
                    69)));
    List<CommitteeReport.CategoryOutcome> categories = new ArrayList<>();
    categories.add(
        new CommitteeReport.CategoryOutcome(
            "BANK_CREDIT",
            "Tín dụng, ngân hàng",
            2,
            1,
            1,
            4,
            new BigDecimal("4200000000"),
            new BigDecimal("4200000000")));
    CommitteeReport.Outcomes outcomes =
        new CommitteeReport.Outcomes(
            figures(Metric.Section.OUTCOMES, 200),
            new BigDecimal("4200000000"),
            new BigDecimal("4200000000"),
            categories);
    return new CommitteeReport.Report(
        2027,
        "Q1",
        Q1.label(),
        Q1.from(),
        Q1.to(),
        Q1.to(),
        PROVINCE.key(),
        PROVINCE.name(),
        committee,
        enforcement,
        outcomes);
  }

  static ProvinceStatistics.Figures thadsFigures() {
    return new ProvinceStatistics.Figures(
        Q1,
        PROVINCE,
        2,
        "thuky",
        Instant.parse("2027-01-05T03:00:00Z"),
        ProvinceStatistics.Source.API,
        null,
        new SideFigures(Side.CASES, 1000, 500, 20, 180, 900, 30, 0),
        new SideFigures(
            Side.MONEY,
            90_000_000_000L,
            10_000_000_000L,
            0,
            30_000_000_000L,
            40_000_000_000L,
            2_000_000_000L,
            1_000_000_000L));
  }

  static ProvinceStatistics.Targets targets() {
    return new ProvinceStatistics.Targets(
        2027,
        PROVINCE,
        new BigDecimal("83.00"),
        new BigDecimal("45.00"),
        1,
        "thuky",
        Instant.EPOCH);
  }

  ReportExports.Content content(boolean withFigures) {
    return new ReportExports.Content(
        report(),
        withFigures ? Optional.of(thadsFigures()) : Optional.empty(),
        withFigures ? Optional.of(targets()) : Optional.empty(),
        LocalDate.of(2027, 1, 4));
  }

  /** The first row whose first non-empty text cell is {@code label}. */
  static Row rowOf(Sheet sheet, String label) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
          return row;
        }
      }
    }
    throw new AssertionError("No row '" + label + "' in sheet " + sheet.getSheetName());
  }

  static Cell numberAfter(Sheet sheet, String label, int offset) {
    Row row = rowOf(sheet, label);
    int at = -1;
    for (Cell cell : row) {
      if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
        at = cell.getColumnIndex();
      }
    }
    Cell cell = row.getCell(at + offset);
    assertThat(cell.getCellType()).as(label).isEqualTo(CellType.NUMERIC);
    return cell;
  }

  @Test
  void theWorkbookHasOneSheetPerSectionWithNumbersAsNumbers() throws IOException {
    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(content(true))))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(4);
      assertThat(List.of(0, 1, 2, 3).stream().map(wb::getSheetName).toList())
          .containsExactly(
              "Công tác của BCĐ", "Cưỡng chế và tranh chấp", "Kết quả", "Số liệu THADS toàn tỉnh");
      Sheet committee = wb.getSheet("Công tác của BCĐ");
      // Every metric of the section with its total, then each agency's count.
      for (Figure f : report().committee().figures().values()) {
        assertThat(numberAfter(committee, f.label(), 1).getNumericCellValue())
            .as(f.label())
            .isEqualTo(f.total());
        assertThat(numberAfter(committee, f.label(), 2).getNumericCellValue())
            .isEqualTo(f.byAgency().get(0).count());
        assertThat(numberAfter(committee, f.label(), 3).getNumericCellValue()).isEqualTo(1);
      }
      assertThat(rowOf(committee, "Nội dung").getCell(3).getStringCellValue())
          .isEqualTo("Phòng Thi hành án dân sự khu vực 1");
      Cell rate = numberAfter(committee, "Tất cả cơ quan", 6);
      assertThat(rate.getNumericCellValue()).isEqualTo(0.60);
      assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(numberAfter(committee, "Tất cả cơ quan", 7).getNumericCellValue()).isEqualTo(0.40);
      assertThat(rowOf(committee, "BCĐ-2026-0007").getCell(5).getNumericCellValue()).isEqualTo(41);

      Sheet enforcement = wb.getSheet("Cưỡng chế và tranh chấp");
      for (Figure f : report().enforcement().figures().values()) {
        assertThat(numberAfter(enforcement, f.label(), 1).getNumericCellValue())
            .isEqualTo(f.total());
      }
      assertThat(rowOf(enforcement, "BCĐ-2026-0011").getCell(3).getNumericCellValue())
          .isEqualTo(69);

      Sheet outcomes = wb.getSheet("Kết quả");
      for (Figure f : report().outcomes().figures().values()) {
        assertThat(numberAfter(outcomes, f.label(), 1).getNumericCellValue()).isEqualTo(f.total());
      }
      assertThat(numberAfter(outcomes, "Tín dụng, ngân hàng", 5).getNumericCellValue())
          .isEqualTo(4_200_000_000d);

      Sheet thads = wb.getSheet("Số liệu THADS toàn tỉnh");
      assertThat(numberAfter(thads, "Thụ lý mới", 1).getNumericCellValue()).isEqualTo(500);
      assertThat(numberAfter(thads, "Thụ lý mới", 2).getNumericCellValue())
          .isEqualTo(10_000_000_000d);
      assertThat(numberAfter(thads, "Có điều kiện thi hành", 1).getNumericCellValue())
          .isEqualTo(1300);
      // 930 / 1300 = 71.54 %; target 83 %: 11.46 points below.
      Cell casesRate = numberAfter(thads, "Tỷ lệ thi hành xong", 1);
      assertThat(casesRate.getNumericCellValue()).isEqualTo(0.7154);
      assertThat(casesRate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(numberAfter(thads, "Chỉ tiêu giao", 1).getNumericCellValue()).isEqualTo(0.83);
      assertThat(numberAfter(thads, "Chênh lệch so với chỉ tiêu (điểm %)", 1).getNumericCellValue())
          .isEqualTo(-11.46);
      // Money: 43 / 70 bn = 61.43 %, 16.43 points above 45 %.
      assertThat(numberAfter(thads, "Tỷ lệ thi hành xong", 2).getNumericCellValue())
          .isEqualTo(0.6143);
      assertThat(numberAfter(thads, "Chênh lệch so với chỉ tiêu (điểm %)", 2).getNumericCellValue())
          .isEqualTo(16.43);
    }
  }

  @Test
  void withoutThadsFiguresTheSheetSaysSo() throws IOException {
    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(content(false))))) {
      Sheet thads = wb.getSheet("Số liệu THADS toàn tỉnh");
      rowOf(thads, "Chưa có số liệu THADS của kỳ này.");
      assertThat(rowOf(thads, "Tỷ lệ thi hành xong").getCell(1).getStringCellValue())
          .isEqualTo("chưa có số liệu");
      assertThat(rowOf(thads, "Chỉ tiêu giao").getCell(2).getStringCellValue())
          .isEqualTo("chưa có số liệu");
    }
  }

  static String text(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  @Test
  void theDocxIsTheReportInTheAdministrativeLayout() throws IOException {
    String text = text(exports.docx(content(true)));
    assertThat(text)
        .doesNotContain("{{")
        .contains(
            "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
            "BAN CHỈ ĐẠO THI HÀNH ÁN DÂN SỰ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số:        /BC-BCĐ",
            "An Giang, ngày 04 tháng 01 năm 2027",
            "BÁO CÁO",
            "Kết quả công tác của Ban Chỉ đạo thi hành án dân sự tỉnh An Giang quý I năm 2027",
            "từ ngày 01/10/2026 đến ngày 31/12/2026",
            "I. CÔNG TÁC CỦA BAN CHỈ ĐẠO",
            "II. CƯỠNG CHẾ VÀ TRANH CHẤP TÀI SẢN",
            "III. KẾT QUẢ GIẢI QUYẾT VỤ VIỆC",
            "IV. SỐ LIỆU THI HÀNH ÁN DÂN SỰ",
            "Nơi nhận:",
            "TRƯỞNG BAN",
            "Nguyễn Văn Chính",
            "BCĐ-2026-0007",
            "BCĐ-2026-0011",
            "4.200.000.000",
            "Tỷ lệ nhiệm vụ hoàn thành đúng hạn (kể cả gia hạn): 60,00 %; không tính gia hạn: 40,00 %",
            "Tỷ lệ thi hành xong về việc: 71,54 %; chỉ tiêu giao: 83,00 %; chênh lệch so với chỉ tiêu:"
                + " −11,46 điểm %",
            "Tỷ lệ thi hành xong về tiền: 61,43 %; chỉ tiêu giao: 45,00 %; chênh lệch so với chỉ tiêu:"
                + " +16,43 điểm %");
    // Every number of the sections, in the table rows of its label.
    for (Metric.Section s : Metric.Section.values()) {
      Map<String, Figure> f =
          s == Metric.Section.COMMITTEE
              ? report().committee().figures()
              : s == Metric.Section.ENFORCEMENT
                  ? report().enforcement().figures()
                  : report().outcomes().figures();
      for (Figure figure : f.values()) {
        assertThat(text).contains(figure.label() + "\t" + figure.total());
      }
    }
  }

  /**
   * The administrative layout's type: Times New Roman, 12 pt unless a run says otherwise, is the
   * document's default (its styles), so the thousand runs of the filled tables need not each say
   * it; the headings keep their own size and weight.
   */
  @Test
  void theDocxTypeIsTimesNewRomanByDefault() throws Exception {
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(exports.docx(content(true))))) {
      var defaults = doc.getStyles().getDefaultRunStyle();
      assertThat(defaults.getFontSizeAsDouble()).isEqualTo(12.0);
      var fonts = doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
      assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
          .containsOnly("Times New Roman");
      XWPFRun title =
          doc.getParagraphs().stream()
              .filter(p -> p.getText().equals("BÁO CÁO"))
              .findFirst()
              .orElseThrow()
              .getRuns()
              .get(0);
      assertThat(title.isBold()).isTrue();
      assertThat(title.getFontSizeAsDouble()).isEqualTo(14.0);
    }
  }

  @Test
  void withoutThadsFiguresTheDocxSaysSo() throws IOException {
    String text = text(exports.docx(content(false)));
    assertThat(text)
        .doesNotContain("{{")
        .contains(
            "Chưa có số liệu thi hành án dân sự của kỳ này.",
            "Tỷ lệ thi hành xong về việc: chưa có số liệu; chỉ tiêu giao: chưa có số liệu;"
                + " chênh lệch so với chỉ tiêu: chưa có số liệu.");
  }

  @Test
  void fileNamesAndFormats() {
    assertThat(ReportExports.fileName(report(), ReportExports.Format.XLSX))
        .isEqualTo("Báo cáo BCĐ Quý I năm 2027.xlsx");
    assertThat(ReportExports.Format.named(" DOCX ")).contains(ReportExports.Format.DOCX);
    assertThat(ReportExports.Format.named("pdf")).isEmpty();
  }
}
