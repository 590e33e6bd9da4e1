package vn.gov.thads.bcd.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks in the import layout (docs/statistics.md). {@link #example()} is the committed example
 * {@code src/test/resources/statistics/so-lieu-thads-mau.xlsx}; {@code main} writes it again.
 */
public final class StatisticsSamples {

  static final String EXAMPLE = "/statistics/so-lieu-thads-mau.xlsx";

  static final String PROVINCE = "Toàn tỉnh";
  static final String KV01 = "Phòng Thi hành án dân sự khu vực 1";

  /** One row: the unit, then the sheet's values in the order of {@link #headers}. */
  record SampleRow(String unit, Object... values) {}

  private StatisticsSamples() {}

  /**
   * The seed's 2023 figures for the whole province (domain.md): 83.78 % and 48.72 %, as the JSON
   * body of {@code PUT /api/statistics/{year}/{period}}.
   */
  public static Map<String, Object> seed() {
    Map<String, Object> cases = new LinkedHashMap<>();
    cases.put("carriedOver", 8000);
    cases.put("newlyAccepted", 10_500);
    cases.put("totalAccepted", 18_500);
    cases.put("entrusted", 300);
    cases.put("withoutConditions", 3291);
    cases.put("completed", 12_100);
    cases.put("terminated", 391);
    Map<String, Object> money = new LinkedHashMap<>();
    money.put("carriedOver", 3_000_000_000_000L);
    money.put("newlyAccepted", 2_500_000_000_000L);
    money.put("entrusted", 50_000_000_000L);
    money.put("withoutConditions", 3_372_825_000_000L);
    money.put("withConditions", 2_077_175_000_000L);
    money.put("completed", 950_000_000_000L);
    money.put("terminated", 40_000_000_000L);
    money.put("reducedOrExempted", 22_000_000_000L);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cases", cases);
    body.put("money", money);
    return body;
  }

  static List<String> headers(Side side) {
    return side == Side.CASES
        ? List.of(
            "Đơn vị",
            "Chuyển từ kỳ trước",
            "Thụ lý mới",
            "Tổng số thụ lý",
            "Ủy thác",
            "Tổng số phải thi hành",
            "Chưa có điều kiện thi hành",
            "Có điều kiện thi hành",
            "Thi hành xong",
            "Đình chỉ thi hành",
            "Tỷ lệ (%)")
        : List.of(
            "Đơn vị",
            "Chuyển từ kỳ trước",
            "Thụ lý mới",
            "Tổng số thụ lý",
            "Ủy thác",
            "Tổng số phải thi hành",
            "Chưa có điều kiện thi hành",
            "Có điều kiện thi hành",
            "Thi hành xong",
            "Đình chỉ thi hành",
            "Giảm, miễn thi hành",
            "Tỷ lệ (%)");
  }

  /**
   * The example: the province (the seed's 2023 completion figures: 12,491 cases of 14,909 = 83.78
   * %, 1,012 billion đồng of 2,077.175 billion = 48.72 %) and two regional offices.
   */
  static List<SampleRow> exampleCases() {
    return List.of(
        new SampleRow(PROVINCE, 8000, 10500, 18500, 300, 18200, 3291, 14909, 12100, 391, 83.78),
        new SampleRow(KV01, 700, 900, 1600, 20, 1580, 280, 1300, 1050, 40, 83.85),
        new SampleRow("thads-kv02", 500, 650, 1150, 10, 1140, 240, 900, 700, 20, 80.0));
  }

  static List<SampleRow> exampleMoney() {
    return List.of(
        new SampleRow(
            PROVINCE,
            3_000_000_000_000L,
            2_500_000_000_000L,
            5_500_000_000_000L,
            50_000_000_000L,
            5_450_000_000_000L,
            3_372_825_000_000L,
            2_077_175_000_000L,
            950_000_000_000L,
            40_000_000_000L,
            22_000_000_000L,
            48.72),
        new SampleRow(
            KV01,
            250_000_000_000L,
            "180.000.000.000",
            430_000_000_000L,
            0,
            430_000_000_000L,
            230_000_000_000L,
            200_000_000_000L,
            90_000_000_000L,
            5_000_000_000L,
            1_000_000_000L,
            48.0),
        new SampleRow(
            "thads-kv02",
            150_000_000_000L,
            100_000_000_000L,
            250_000_000_000L,
            0,
            250_000_000_000L,
            150_000_000_000L,
            100_000_000_000L,
            40_000_000_000L,
            0,
            0,
            40.0));
  }

  static byte[] example() {
    return workbook(exampleCases(), exampleMoney());
  }

  /** A workbook with the two sheets, title rows, then the header on row 4. */
  static byte[] workbook(List<SampleRow> cases, List<SampleRow> money) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      sheet(wb, Side.CASES, headers(Side.CASES), cases);
      sheet(wb, Side.MONEY, headers(Side.MONEY), money);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sheet(XSSFWorkbook wb, Side side, List<String> headers, List<SampleRow> rows) {
    Sheet sheet = wb.createSheet(side.sheet());
    sheet
        .createRow(0)
        .createCell(0)
        .setCellValue(
            "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG " + (side == Side.CASES ? "VIỆC" : "TIỀN"));
    sheet.createRow(1).createCell(0).setCellValue("Kỳ báo cáo: Năm 2026 (01/10/2025 – 30/09/2026)");
    Row header = sheet.createRow(3);
    for (int c = 0; c < headers.size(); c++) {
      header.createCell(c).setCellValue(headers.get(c));
    }
    int r = 4;
    for (SampleRow row : rows) {
      Row line = sheet.createRow(r++);
      line.createCell(0).setCellValue(row.unit());
      for (int c = 0; c < row.values().length; c++) {
        Object v = row.values()[c];
        if (v instanceof Number n) {
          line.createCell(c + 1).setCellValue(n.doubleValue());
        } else if (v != null) {
          line.createCell(c + 1).setCellValue(v.toString());
        }
      }
    }
  }

  /** Writes the committed example again: {@code args[0]} is the repository's root. */
  public static void main(String[] args) throws IOException {
    Files.write(Path.of(args[0], "src/test/resources" + EXAMPLE), example());
  }
}
