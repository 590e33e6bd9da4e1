package vn.gov.thads.bcd.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells a file's type by its content, never by its name or the type the sender claims: an
 * executable renamed "quyet-dinh.pdf" is an executable. Apache Tika's magic bytes tell PDF, JPEG,
 * PNG, the OLE2 container of Word 97-2003 and the ZIP container of OOXML and OpenDocument; which
 * document a container holds is read from its own entries here (tika-core alone stops at the
 * container): a Word or Excel main part in {@code [Content_Types].xml} (macro-enabled ones are not
 * accepted), the {@code mimetype} entry of OpenDocument, the {@code WordDocument} stream of OLE2.
 */
public final class ContentInspector {

  private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();
  private static final String WORD_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final String EXCEL_MAIN =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final int MAX_CONTENT_TYPES = 256 * 1024;
  private static final int OLE2_ENTRY = 128;
  private static final byte[] WORD_STREAM = utf16("WordDocument");

  private ContentInspector() {}

  /** The accepted type of the file's content, or a refusal in Vietnamese naming what it is. */
  public static DocumentType inspect(Path file, String fileName) {
    String detected = detect(file);
    Optional<DocumentType> type =
        switch (detected) {
          case "application/pdf" -> Optional.of(DocumentType.PDF);
          case "image/jpeg" -> Optional.of(DocumentType.JPEG);
          case "image/png" -> Optional.of(DocumentType.PNG);
          case "application/x-tika-msoffice", "application/msword" ->
              ole2WordDocument(file) ? Optional.of(DocumentType.DOC) : Optional.empty();
          default -> zipLike(detected) ? zipDocument(file) : Optional.empty();
        };
    return type.orElseThrow(
        () ->
            DocumentRefusal.badRequest(
                "Tệp '"
                    + fileName
                    + "' không được nhận: nội dung tệp là "
                    + describe(detected)
                    + ". Chỉ nhận tệp "
                    + DocumentType.ACCEPTED
                    + "; loại tệp được xác định theo nội dung, không theo tên tệp. Không có gì"
                    + " được lưu."));
  }

  /** The media type Tika's magic bytes give, without any hint from the name. */
  static String detect(Path file) {
    try (InputStream in = TikaInputStream.get(file)) {
      MediaType type = MAGIC.detect(in, new Metadata());
      return type.getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean zipLike(String detected) {
    return detected.equals("application/zip")
        || detected.equals("application/x-tika-ooxml")
        || detected.startsWith("application/vnd.openxmlformats-officedocument.")
        || detected.startsWith("application/vnd.oasis.opendocument.");
  }

  private static Optional<DocumentType> zipDocument(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry mimetype = zip.getEntry("mimetype");
      if (mimetype != null) {
        String declared = new String(read(zip, mimetype, 200), StandardCharsets.US_ASCII).strip();
        return DocumentType.ODT.mediaType().equals(declared)
            ? Optional.of(DocumentType.ODT)
            : Optional.empty();
      }
      ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
      if (contentTypes == null) {
        return Optional.empty();
      }
      String types = new String(read(zip, contentTypes, MAX_CONTENT_TYPES), StandardCharsets.UTF_8);
      if (types.contains(WORD_MAIN) && hasEntryUnder(zip, "word/")) {
        return Optional.of(DocumentType.DOCX);
      }
      if (types.contains(EXCEL_MAIN) && hasEntryUnder(zip, "xl/")) {
        return Optional.of(DocumentType.XLSX);
      }
      return Optional.empty();
    } catch (ZipException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasEntryUnder(ZipFile zip, String folder) {
    return zip.stream().anyMatch(e -> e.getName().startsWith(folder));
  }

  /** At most {@code limit} bytes of an entry (a forged size cannot make it read more). */
  private static byte[] read(ZipFile zip, ZipEntry entry, int limit) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readNBytes(limit);
    }
  }

  /**
   * Whether an OLE2 compound file has a stream named "WordDocument" (what makes it a Word 97-2003
   * document rather than a workbook, a presentation or a mail). Directory entries are 128 bytes
   * long and start on 128-byte boundaries of the file (sectors are 512 or 4096 bytes); an entry is
   * the name in UTF-16LE, its length in bytes at 64 and its type at 66 (2: a stream).
   */
  static boolean ole2WordDocument(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
      byte[] entry = new byte[OLE2_ENTRY];
      while (in.readNBytes(entry, 0, OLE2_ENTRY) == OLE2_ENTRY) {
        if (Arrays.equals(entry, 0, WORD_STREAM.length, WORD_STREAM, 0, WORD_STREAM.length)
            && entry[WORD_STREAM.length] == 0
            && entry[WORD_STREAM.length + 1] == 0
            && (entry[64] & 0xff) == WORD_STREAM.length + 2
            && entry[65] == 0
            && entry[66] == 2) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf16(String s) {
    return s.getBytes(StandardCharsets.UTF_16LE);
  }

  /** What a refused file is, in words a clerk understands. */
  static String describe(String detected) {
    return switch (detected) {
      case "application/x-dosexec",
          "application/x-msdownload",
          "application/x-executable",
          "application/x-elf",
          "application/x-sharedlib",
          "application/x-mach-o-executable" ->
          "một chương trình chạy được";
      case "text/html", "application/xhtml+xml" -> "một trang HTML";
      case "image/svg+xml" -> "một ảnh SVG (có thể chứa mã chạy trong trình duyệt)";
      case "application/zip" -> "một tệp nén ZIP";
      case "application/x-tika-msoffice" -> "một tệp Office 97-2003 không phải văn bản Word";
      case "application/vnd.ms-excel" -> "một bảng tính Excel 97-2003 (XLS)";
      case "application/x-tika-ooxml" ->
          "một tệp Office không phải văn bản Word hay bảng tính Excel thông thường (ví dụ có macro)";
      case "text/plain" -> "văn bản thuần";
      case "application/octet-stream" -> "không xác định được";
      default -> "'" + detected + "'";
    };
  }
}
