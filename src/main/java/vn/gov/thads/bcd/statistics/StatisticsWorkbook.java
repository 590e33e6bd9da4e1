package vn.gov.thads.bcd.statistics;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the figures of one period from a workbook in the layout of the statistics system's export
 * (docs/statistics.md): a sheet «Việc» and a sheet «Tiền», each with a header row whose first cell
 * is «Đơn vị» and whose other cells name the lines of Circular 05/2024's form (in any order; other
 * columns are ignored; a number in brackets after a name, the form's column number, is allowed),
 * then one row per office or the province. Every problem of every row and column is collected, in
 * Vietnamese; the figures are checked afterwards by {@link FigureChecks}. The file is held in
 * memory: it is at most the API's request size (1 MB by default; here never above {@value
 * #MAX_FILE} bytes), inflates to at most {@value #MAX_INFLATED} bytes, and at most {@value
 * #MAX_ROWS} rows a sheet are read (a province has a few dozen rows).
 */
final class StatisticsWorkbook {

  static final String UNIT_HEADER = "Đơn vị";
  static final int MAX_ROWS = 1000;
  static final int MAX_FILE = 2 * 1024 * 1024;
  static final long MAX_INFLATED = 32L * 1024 * 1024;
  private static final int HEADER_SEARCH_ROWS = 20;
  private static final Pattern FORM_NUMBER = Pattern.compile("\\s*\\(\\s*\\d+\\s*\\)\\s*$");
  private static final Pattern WHOLE = Pattern.compile("-?\\d+");
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

  /** Whole numbers beyond this lose digits in a spreadsheet's numeric cell (a double). */
  private static final double EXACT_IN_DOUBLE = 9_007_199_254_740_991d;

  private StatisticsWorkbook() {}

  /** One side's row: where it is, its scope, its lines. */
  private record SideRow(String where, Scope scope, Map<Line, Long> lines) {}

  /**
   * The entries of the workbook, or a refusal listing every problem. {@code scopes} names the "Đơn
   * vị" column's values ({@link ProvinceStatistics#scopeNamed}).
   */
  static List<ProvinceStatistics.Entry> read(
      InputStream content, Function<String, Optional<Scope>> scopes) {
    List<String> errors = new ArrayList<>();
    try (XSSFWorkbook workbook = open(content)) {
      Map<Scope, SideRow> cases = readSheet(workbook, Side.CASES, scopes, errors);
      Map<Scope, SideRow> money = readSheet(workbook, Side.MONEY, scopes, errors);
      if (cases != null && money != null) {
        for (Scope s : cases.keySet()) {
          if (!money.containsKey(s)) {
            errors.add(
                "Đơn vị «"
                    + s.name()
                    + "» có ở trang «Việc» nhưng không có ở trang «Tiền»: cần cả hai.");
          }
        }
        for (Scope s : money.keySet()) {
          if (!cases.containsKey(s)) {
            errors.add(
                "Đơn vị «"
                    + s.name()
                    + "» có ở trang «Tiền» nhưng không có ở trang «Việc»: cần cả hai.");
          }
        }
        if (cases.isEmpty() && money.isEmpty()) {
          errors.add("Tệp không có hàng số liệu nào dưới hàng tiêu đề.");
        }
      }
      if (!errors.isEmpty()) {
        throw StatisticsRefusal.invalid(errors);
      }
      List<ProvinceStatistics.Entry> entries = new ArrayList<>();
      for (Map.Entry<Scope, SideRow> c : cases.entrySet()) {
        SideRow m = money.get(c.getKey());
        entries.add(
            new ProvinceStatistics.Entry(
                c.getKey(),
                new ProvinceStatistics.Submission(c.getValue().lines(), m.lines()),
                c.getValue().where() + ": ",
                m.where() + ": "));
      }
      return entries;
    } catch (IOException e) {
      throw unreadable();
    }
  }

  private static XSSFWorkbook open(InputStream content) {
    try {
      byte[] file = content.readNBytes(MAX_FILE + 1);
      if (file.length > MAX_FILE) {
        throw StatisticsRefusal.invalid(
            "Tệp lớn hơn " + MAX_FILE / (1024 * 1024) + " MB: một bảng số liệu không lớn như vậy.");
      }
      FileMagic magic = FileMagic.valueOf(new BufferedInputStream(new ByteArrayInputStream(file)));
      if (magic == FileMagic.OLE2) {
        throw StatisticsRefusal.invalid(
            "Tệp là bảng tính Excel 97–2003 (.xls): hãy lưu lại dưới dạng .xlsx rồi gửi lại.");
      }
      if (magic != FileMagic.OOXML) {
        throw unreadable();
      }
      checkInflatedSize(file);
      return new XSSFWorkbook(new ByteArrayInputStream(file));
    } catch (IOException | RuntimeException e) {
      if (e instanceof StatisticsRefusal r) {
        throw r;
      }
      throw unreadable();
    }
  }

  /**
   * A small zip can inflate to gigabytes of XML, which POI would hold in memory: the entries are
   * counted, without keeping them, up to {@value #MAX_INFLATED} bytes in all before POI reads them.
   */
  private static void checkInflatedSize(byte[] file) throws IOException {
    long total = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      while (zip.getNextEntry() != null) {
        for (int n; (n = zip.read(buffer)) > 0; ) {
          total += n;
          if (total > MAX_INFLATED) {
            throw StatisticsRefusal.invalid(
                "Tệp giải nén ra hơn "
                    + MAX_INFLATED / (1024 * 1024)
                    + " MB: một bảng số liệu không lớn như vậy.");
          }
        }
      }
    }
  }

  private static StatisticsRefusal unreadable() {
    return StatisticsRefusal.invalid(
        "Tệp không phải bảng tính Excel (.xlsx) đọc được. Xem mẫu trong tài liệu «Số liệu thống kê"
            + " THADS».");
  }

  /** The sheet's rows by scope, or null (with the reason in {@code errors}) when unusable. */
  private static Map<Scope, SideRow> readSheet(
      XSSFWorkbook workbook,
      Side side,
      Function<String, Optional<Scope>> scopes,
      List<String> errors) {
    Sheet sheet = sheet(workbook, side);
    String page = "Trang «" + side.sheet() + "»";
    if (sheet == null) {
      errors.add(
          "Tệp không có trang «"
              + side.sheet()
              + "» (kết quả thi hành án dân sự tính bằng "
              + (side == Side.CASES ? "việc" : "tiền")
              + ").");
      return null;
    }
    Row header = null;
    for (int r = sheet.getFirstRowNum(); r >= 0 && r < HEADER_SEARCH_ROWS; r++) {
      Row row = sheet.getRow(r);
      if (row != null && UNIT_HEADER.equalsIgnoreCase(text(row.getCell(0)).trim())) {
        header = row;
        break;
      }
    }
    if (header == null) {
      errors.add(
          page
              + ": không tìm thấy hàng tiêu đề (ô đầu tiên ghi «"
              + UNIT_HEADER
              + "») trong "
              + HEADER_SEARCH_ROWS
              + " hàng đầu.");
      return null;
    }
    Map<Line, Integer> columns = new EnumMap<>(Line.class);
    for (Cell cell : header) {
      String name = ProvinceStatistics.normalise(FORM_NUMBER.matcher(text(cell)).replaceFirst(""));
      for (Line line : Line.of(side)) {
        if (name.equals(ProvinceStatistics.normalise(line.label()))) {
          if (columns.containsKey(line)) {
            errors.add(
                page
                    + ", hàng "
                    + (header.getRowNum() + 1)
                    + ": cột «"
                    + line.label()
                    + "» có hai lần.");
          }
          columns.put(line, cell.getColumnIndex());
        }
      }
    }
    boolean complete = true;
    for (Line line : Line.of(side)) {
      if (!line.derived() && !columns.containsKey(line)) {
        errors.add(
            page
                + ": hàng tiêu đề (hàng "
                + (header.getRowNum() + 1)
                + ") thiếu cột «"
                + line.label()
                + "».");
        complete = false;
      }
    }
    if (!complete) {
      return null;
    }
    Map<Scope, SideRow> rows = new LinkedHashMap<>();
    int last = Math.min(sheet.getLastRowNum(), header.getRowNum() + MAX_ROWS);
    if (sheet.getLastRowNum() > last) {
      errors.add(page + ": có hơn " + MAX_ROWS + " hàng số liệu; mỗi tệp là một kỳ của một tỉnh.");
      return null;
    }
    for (int r = header.getRowNum() + 1; r <= last; r++) {
      Row row = sheet.getRow(r);
      if (row == null || blank(row, columns)) {
        continue;
      }
      String unit = text(row.getCell(0)).trim();
      String where = page + ", hàng " + (r + 1) + (unit.isEmpty() ? "" : " («" + unit + "»)");
      Optional<Scope> scope = scopes.apply(unit);
      if (unit.isEmpty()) {
        errors.add(where + ": ô «" + UNIT_HEADER + "» để trống.");
        continue;
      }
      if (scope.isEmpty()) {
        errors.add(
            where
                + ": không có đơn vị này trong tệp tổ chức (ghi «Toàn tỉnh», hoặc mã hay tên một"
                + " Phòng Thi hành án dân sự khu vực).");
        continue;
      }
      if (rows.containsKey(scope.get())) {
        errors.add(
            where
                + ": đơn vị «"
                + scope.get().name()
                + "» đã có ở "
                + rows.get(scope.get()).where().replaceFirst("^Trang", "trang")
                + ".");
        continue;
      }
      Map<Line, Long> lines = new EnumMap<>(Line.class);
      for (Map.Entry<Line, Integer> column : columns.entrySet()) {
        Cell cell = row.getCell(column.getValue());
        String at =
            where
                + ", cột «"
                + column.getKey().label()
                + "» ("
                + CellReference.convertNumToColString(column.getValue())
                + (r + 1)
                + ")";
        try {
          Long value = number(cell);
          if (value != null) {
            lines.put(column.getKey(), value);
          }
        } catch (IllegalArgumentException e) {
          errors.add(at + ": " + e.getMessage());
        }
      }
      rows.put(scope.get(), new SideRow(where, scope.get(), lines));
    }
    return rows;
  }

  private static Sheet sheet(XSSFWorkbook workbook, Side side) {
    for (Sheet s : workbook) {
      if (ProvinceStatistics.normalise(s.getSheetName())
          .equals(ProvinceStatistics.normalise(side.sheet()))) {
        return s;
      }
    }
    return null;
  }

  private static boolean blank(Row row, Map<Line, Integer> columns) {
    if (!text(row.getCell(0)).isBlank()) {
      return false;
    }
    return columns.values().stream().allMatch(c -> text(row.getCell(c)).isBlank());
  }

  /** A cell's whole number; null when empty; refused (with the reason) otherwise. */
  static Long number(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case BLANK:
        return null;
      case NUMERIC:
        double d = cell.getNumericCellValue();
        if (d != Math.rint(d) || Double.isInfinite(d)) {
          throw new IllegalArgumentException(
              "«" + BigDecimal.valueOf(d).toPlainString() + "» không phải số nguyên.");
        }
        if (Math.abs(d) > EXACT_IN_DOUBLE) {
          throw new IllegalArgumentException(
              "số quá lớn để ô kiểu số giữ chính xác; hãy ghi ô này dạng chữ (ví dụ"
                  + " 12.500.000.000.000.000).");
        }
        return (long) d;
      case STRING:
        String s = cell.getStringCellValue().trim().replace(" ", "").replace("\u00A0", "");
        if (s.isEmpty()) {
          return null;
        }
        if (WHOLE.matcher(s).matches() || GROUPED.matcher(s).matches()) {
          try {
            return Long.parseLong(s.replace(".", ""));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("«" + s + "» quá lớn.");
          }
        }
        throw new IllegalArgumentException(
            "«"
                + cell.getStringCellValue().trim()
                + "» không phải số nguyên (ghi số, có thể dùng dấu chấm ngăn cách hàng nghìn).");
      default:
        throw new IllegalArgumentException("ô không chứa số.");
    }
  }

  /** A cell's text as shown, for names and for telling a blank cell. */
  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }
}
