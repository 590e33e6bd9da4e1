package vn.gov.thads.bcd.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names are kept without path parts or control characters, at most 255 characters. */
class FileNamesTest {

  @Test
  void pathPartsAreStripped() {
    assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
    assertThat(FileNames.clean("C:\\Users\\chv\\Desktop\\Quyết định 12.pdf"))
        .isEqualTo("Quyết định 12.pdf");
    assertThat(FileNames.clean("..")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.clean("../")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.clean(null)).isEqualTo(FileNames.FALLBACK);
  }

  @Test
  void controlAndDirectionCharactersAreRemoved() {
    assertThat(FileNames.clean("bien\u0000ban\r\n\t.pdf")).isEqualTo("bienban.pdf");
    // U+202E would show "hoso\u202Efdp.exe" as "hosoexe.pdf".
    assertThat(FileNames.clean("hoso\u202Efdp.exe")).isEqualTo("hosofdp.exe");
    assertThat(FileNames.clean("a<b>c:d\"e|f?g*h.pdf")).isEqualTo("a_b_c_d_e_f_g_h.pdf");
    assertThat(FileNames.clean(".bashrc")).isEqualTo("bashrc");
  }

  @Test
  void decomposedVietnameseIsKeptComposed() {
    String decomposed =
        java.text.Normalizer.normalize("Biên bản.pdf", java.text.Normalizer.Form.NFD);

    assertThat(FileNames.clean(decomposed)).isEqualTo("Biên bản.pdf");
  }

  @Test
  void longNamesAreCutTo255KeepingTheExtension() {
    String name = "b".repeat(300) + ".pdf";

    String cleaned = FileNames.clean(name);

    assertThat(cleaned).hasSize(255).endsWith("b.pdf");
    String vietnamese = "đ".repeat(300);
    assertThat(FileNames.clean(vietnamese).codePointCount(0, 255)).isEqualTo(255);
  }

  @Test
  void downloadsAreAttachmentsNamedInAsciiAndUtf8() {
    assertThat(FileNames.attachment("Quyết định số 12 \"gốc\".pdf"))
        .isEqualTo(
            "attachment; filename=\"Quyet dinh so 12 _goc_.pdf\";"
                + " filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20s%E1%BB%91%2012%20_g%E1%BB%91c_.pdf");
  }
}
