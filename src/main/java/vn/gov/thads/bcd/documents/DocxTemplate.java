package vn.gov.thads.bcd.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.springframework.core.io.ClassPathResource;

/**
 * Fills a DOCX template (under {@code src/main/resources/templates/docx/}) edited in Word or
 * LibreOffice: {@code {{name}}} is replaced by the value of {@code name}, keeping the formatting of
 * the run where the placeholder begins (Word often splits a typed placeholder into several runs;
 * they are joined here); a line break in a value becomes a line break in the paragraph. A table row
 * containing {@code {{list.field}}} is repeated once per item of {@code list}, each copy filled
 * with that item's fields. A placeholder without a value is left as it is, so a misspelt name shows
 * in the document instead of disappearing.
 */
public final class DocxTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\p{L}0-9_.]+)\\s*}}");
  private static final Pattern LIST_FIELD =
      Pattern.compile("\\{\\{\\s*([\\p{L}0-9_]+)\\.[\\p{L}0-9_]+\\s*}}");

  private final String path;

  /** The template at {@code templates/docx/<name>} on the class path. */
  public DocxTemplate(String name) {
    this.path = "templates/docx/" + name;
  }

  /**
   * The filled document. {@code values}: a text for each scalar placeholder, a list of maps (field
   * → text) for each repeated row.
   */
  public byte[] render(Map<String, ?> values) {
    try (InputStream in = new ClassPathResource(path).getInputStream();
        XWPFDocument document = new XWPFDocument(in)) {
      fill(document, values);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được mẫu văn bản " + path, e);
    }
  }

  private static void fill(IBody body, Map<String, ?> values) {
    for (XWPFParagraph p : List.copyOf(body.getParagraphs())) {
      replace(p, values);
    }
    for (XWPFTable table : List.copyOf(body.getTables())) {
      repeatRows(table, values);
      for (XWPFTableRow row : table.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          fill(cell, values);
        }
      }
    }
  }

  /** Repeats each row that names a list's field, once per item, then drops the template row. */
  private static void repeatRows(XWPFTable table, Map<String, ?> values) {
    for (int i = 0; i < table.getRows().size(); i++) {
      XWPFTableRow row = table.getRow(i);
      Matcher m = LIST_FIELD.matcher(text(row));
      if (!m.find() || !(values.get(m.group(1)) instanceof List<?> items)) {
        continue;
      }
      String list = m.group(1);
      CTRow template = (CTRow) row.getCtRow().copy();
      table.removeRow(i);
      int at = i;
      for (Object item : items) {
        XWPFTableRow copy = new XWPFTableRow((CTRow) template.copy(), table);
        Map<String, Object> scoped = new java.util.HashMap<>(values);
        if (item instanceof Map<?, ?> fields) {
          fields.forEach((k, v) -> scoped.put(list + "." + k, v));
        }
        for (XWPFTableCell cell : copy.getTableCells()) {
          fill(cell, scoped);
        }
        table.addRow(copy, at++);
      }
      i = at - 1;
    }
  }

  private static String text(XWPFTableRow row) {
    StringBuilder s = new StringBuilder();
    for (XWPFTableCell cell : row.getTableCells()) {
      s.append(cell.getText());
    }
    return s.toString();
  }

  /**
   * Replaces the paragraph's placeholders, from the last to the first so that earlier positions
   * hold: the placeholder's runs are joined into the run where it begins.
   */
  private static void replace(XWPFParagraph p, Map<String, ?> values) {
    List<XWPFRun> runs = p.getRuns();
    List<String> texts = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (XWPFRun run : runs) {
      String t = runText(run);
      texts.add(t);
      all.append(t);
    }
    if (all.indexOf("{{") < 0) {
      return;
    }
    List<int[]> found = new ArrayList<>();
    List<String> replacement = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(all);
    while (m.find()) {
      Object value = values.get(m.group(1));
      if (value != null && !(value instanceof List)) {
        found.add(new int[] {m.start(), m.end()});
        replacement.add(value.toString());
      }
    }
    for (int k = found.size() - 1; k >= 0; k--) {
      int start = found.get(k)[0];
      int end = found.get(k)[1];
      int offset = 0;
      int first = -1;
      for (int r = 0; r < runs.size(); r++) {
        int runStart = offset;
        int runEnd = offset + texts.get(r).length();
        offset = runEnd;
        if (runEnd <= start && !(runStart == start && runEnd == start)) {
          continue;
        }
        if (runStart >= end) {
          break;
        }
        String t = texts.get(r);
        int from = Math.max(start - runStart, 0);
        int to = Math.min(end - runStart, t.length());
        if (first < 0) {
          first = r;
          t = t.substring(0, from) + replacement.get(k) + t.substring(to);
        } else {
          t = t.substring(to);
        }
        texts.set(r, t);
      }
    }
    for (int r = 0; r < runs.size(); r++) {
      if (!texts.get(r).equals(runText(runs.get(r)))) {
        write(runs.get(r), texts.get(r));
      }
    }
  }

  private static String runText(XWPFRun run) {
    String t = run.text();
    return t == null ? "" : t;
  }

  /** Sets a run's text, a line break for each newline. */
  private static void write(XWPFRun run, String text) {
    while (run.getCTR().sizeOfTArray() > 0) {
      run.getCTR().removeT(0);
    }
    while (run.getCTR().sizeOfBrArray() > 0) {
      run.getCTR().removeBr(0);
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
  }
}
