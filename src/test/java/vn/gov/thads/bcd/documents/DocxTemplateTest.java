package vn.gov.thads.bcd.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/**
 * The placeholders of a DOCX template as a province leaves them after editing in Word: split over
 * runs of different formats, multi-line values, repeated table rows, a misspelt name. The template
 * {@code src/test/resources/templates/docx/test-template.docx} has "Số: {{so_" / bold "ky_" /
 * "hieu}} ngày {{ngay}}." as three runs.
 */
class DocxTemplateTest {

  private static final Map<String, Object> VALUES =
      Map.of(
          "so_ky_hieu", "215/TB-BCĐ",
          "ngay", "15/12/2026",
          "noi_nhan", "- Sở Tư pháp;\n- Lưu: VT.",
          "nv",
              List.of(
                  Map.of("tt", "1", "noi_dung", "Xác minh tài sản"),
                  Map.of("tt", "2", "noi_dung", "Thẩm định giá")));

  @Test
  void aPlaceholderSplitOverRunsIsReplacedInTheRunWhereItBegins() throws Exception {
    try (XWPFDocument d = render()) {
      XWPFParagraph first = d.getParagraphs().get(0);
      assertThat(first.getText()).isEqualTo("Số: 215/TB-BCĐ ngày 15/12/2026.");
      assertThat(first.getRuns().get(0).text()).isEqualTo("Số: 215/TB-BCĐ");
      assertThat(first.getRuns().get(1).text()).isEmpty();
    }
  }

  @Test
  void aValueOfSeveralLinesBecomesLineBreaksAndAnUnknownNameStaysVisible() throws Exception {
    try (XWPFDocument d = render()) {
      XWPFParagraph recipients = d.getParagraphs().get(1);
      assertThat(recipients.getText()).isEqualTo("- Sở Tư pháp;\n- Lưu: VT.");
      assertThat(recipients.getRuns().get(0).getCTR().sizeOfBrArray()).isEqualTo(1);
      assertThat(d.getParagraphs().get(2).getText()).isEqualTo("Giữ nguyên: {{chua_co}}");
    }
  }

  @Test
  void aRowNamingAListsFieldIsRepeatedOncePerItemBetweenTheRowsAroundIt() throws Exception {
    try (XWPFDocument d = render()) {
      List<List<String>> rows =
          d.getTables().get(0).getRows().stream()
              .map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList())
              .toList();
      assertThat(rows)
          .containsExactly(
              List.of("TT", "Nhiệm vụ"),
              List.of("1", "Xác minh tài sản (215/TB-BCĐ)"),
              List.of("2", "Thẩm định giá (215/TB-BCĐ)"),
              List.of("Cuối", "15/12/2026"));
    }
  }

  @Test
  void theRepositorysNoticeTemplateHasNoPlaceholderTheApplicationLeavesUnfilled() throws Exception {
    Map<String, Object> values = new java.util.HashMap<>();
    for (String name :
        List.of(
            "co_quan_chu_quan",
            "co_quan_ban_hanh",
            "so_ky_hieu",
            "dia_danh",
            "ngay_thang_nam",
            "nguoi_ket_luan",
            "so_vu_viec",
            "don_vi_de_nghi",
            "nguoi_phai_thi_hanh_an",
            "ban_an",
            "quyet_dinh_thi_hanh_an",
            "can_cu",
            "noi_dung_ket_luan",
            "noi_nhan",
            "quyen_han_ky",
            "chuc_vu_nguoi_ky",
            "nguoi_ky")) {
      values.put(name, "x");
    }
    values.put(
        "nhiem_vu",
        List.of(
            Map.of("tt", "1", "noi_dung", "x", "chu_tri", "x", "phoi_hop", "x", "thoi_han", "x")));
    byte[] docx = new DocxTemplate("thong-bao-ket-luan.docx").render(values);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
        var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
      assertThat(text.getText())
          .doesNotContain("{{")
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }
  }

  @Test
  void theRepositorysInvitationTemplateHasNoPlaceholderTheApplicationLeavesUnfilled()
      throws Exception {
    Map<String, Object> values = new java.util.HashMap<>();
    for (String name :
        List.of(
            "co_quan_chu_quan",
            "co_quan_ban_hanh",
            "dia_danh",
            "ngay_thang_nam",
            "loai_cuoc_hop",
            "kinh_gui",
            "thoi_gian",
            "dia_diem",
            "chu_tri",
            "noi_nhan")) {
      values.put(name, "x");
    }
    values.put(
        "vu_viec",
        List.of(
            Map.of("tt", "1", "so", "x", "nguoi_phai_thi_hanh_an", "x", "don_vi_de_nghi", "x")));
    byte[] docx = new DocxTemplate("giay-moi-hop.docx").render(values);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
        var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
      assertThat(text.getText()).doesNotContain("{{").contains("GIẤY MỜI");
    }
  }

  @Test
  void theRepositorysSummaryTemplateHasNoPlaceholderTheApplicationLeavesUnfilled()
      throws Exception {
    Map<String, Object> values = new java.util.HashMap<>();
    for (String name :
        List.of(
            "co_quan_ban_hanh",
            "so_vu_viec",
            "ngay_hop",
            "don_vi_de_nghi",
            "ban_an",
            "quyet_dinh_thi_hanh_an",
            "nguoi_phai_thi_hanh_an",
            "nguoi_duoc_thi_hanh_an",
            "so_tien",
            "vuong_mac",
            "de_xuat")) {
      values.put(name, "x");
    }
    values.put(
        "y_kien", List.of(Map.of("tt", "1", "co_quan", "x", "quan_diem", "x", "noi_dung", "x")));
    byte[] docx = new DocxTemplate("tom-tat-vu-viec.docx").render(values);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
        var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
      assertThat(text.getText()).doesNotContain("{{").contains("TÓM TẮT VỤ VIỆC");
    }
  }

  private static XWPFDocument render() throws Exception {
    return new XWPFDocument(
        new ByteArrayInputStream(new DocxTemplate("test-template.docx").render(VALUES)));
  }
}
