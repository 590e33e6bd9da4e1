package vn.gov.thads.bcd.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A file's type comes from its content: the name it was sent with changes nothing. */
class ContentInspectorTest {

  @TempDir Path dir;

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("PDF", (Supplier<byte[]>) DocumentSamples::pdf, DocumentType.PDF),
        Arguments.of("DOCX", (Supplier<byte[]>) DocumentSamples::docx, DocumentType.DOCX),
        Arguments.of("DOC", (Supplier<byte[]>) DocumentSamples::doc, DocumentType.DOC),
        Arguments.of("XLSX", (Supplier<byte[]>) DocumentSamples::xlsx, DocumentType.XLSX),
        Arguments.of("ODT", (Supplier<byte[]>) DocumentSamples::odt, DocumentType.ODT),
        Arguments.of("JPEG", (Supplier<byte[]>) DocumentSamples::jpeg, DocumentType.JPEG),
        Arguments.of("PNG", (Supplier<byte[]>) DocumentSamples::png, DocumentType.PNG));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void acceptedTypesAreKnownByContentWhateverTheirName(
      String label, Supplier<byte[]> sample, DocumentType expected) throws IOException {
    Path file = Files.write(dir.resolve("tai-lieu.bin"), sample.get());

    assertThat(ContentInspector.inspect(file, "anh-chup.txt")).isEqualTo(expected);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of(
            "quyet-dinh.pdf", (Supplier<byte[]>) DocumentSamples::exe, "chương trình chạy được"),
        Arguments.of("ban-an.pdf", (Supplier<byte[]>) DocumentSamples::html, "trang HTML"),
        Arguments.of("so-do.pdf", (Supplier<byte[]>) DocumentSamples::svg, "ảnh SVG"),
        Arguments.of("bang-tinh.doc", (Supplier<byte[]>) DocumentSamples::xls, "Excel 97-2003"),
        Arguments.of("co-macro.docx", (Supplier<byte[]>) DocumentSamples::docm, "macro"),
        Arguments.of("ho-so.docx", (Supplier<byte[]>) DocumentSamples::plainZip, "ZIP"),
        Arguments.of(
            "ghi-chu.pdf",
            (Supplier<byte[]>)
                () -> "Chỉ là văn bản".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "văn bản thuần"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void otherContentIsRefusedInVietnameseWhateverItsName(
      String name, Supplier<byte[]> sample, String what) throws IOException {
    Path file = Files.write(dir.resolve(name), sample.get());

    assertThatThrownBy(() -> ContentInspector.inspect(file, name))
        .isInstanceOf(DocumentRefusal.class)
        .hasMessageContaining("Tệp '" + name + "' không được nhận")
        .hasMessageContaining(what)
        .hasMessageContaining("PDF, DOCX, DOC, XLSX, ODT, JPEG, PNG")
        .satisfies(e -> assertThat(((DocumentRefusal) e).status()).isEqualTo(400));
  }
}
