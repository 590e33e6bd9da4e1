package vn.gov.thads.bcd.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small files of every kind a clerk might upload, good and bad, made in memory for the tests. */
final class DocumentSamples {

  private DocumentSamples() {}

  static byte[] pdf() {
    return pdf("Quyết định thi hành án");
  }

  /** A minimal one-page PDF; {@code text} makes each sample's bytes (and SHA-256) its own. */
  static byte[] pdf(String text) {
    String body =
        "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
            + "% "
            + text
            + "\ntrailer <</Root 1 0 R>>\n%%EOF\n";
    return body.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] png() {
    return image("png");
  }

  static byte[] jpeg() {
    return image("jpg");
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0xc00000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] docx() {
    return zip(
        Map.of(
            "[Content_Types].xml",
            contentTypes(
                "/word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            "_rels/.rels",
            "<Relationships/>",
            "word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"),
        null);
  }

  /** A Word document with macros (docm) dressed as docx. */
  static byte[] docm() {
    return zip(
        Map.of(
            "[Content_Types].xml",
            contentTypes(
                "/word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"),
            "word/document.xml",
            "<w:document/>",
            "word/vbaProject.bin",
            "macro"),
        null);
  }

  static byte[] xlsx() {
    return zip(
        Map.of(
            "[Content_Types].xml",
            contentTypes(
                "/xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            "xl/workbook.xml",
            "<workbook/>"),
        null);
  }

  static byte[] odt() {
    return zip(
        Map.of("content.xml", "<office:document-content/>"),
        "application/vnd.oasis.opendocument.text");
  }

  static byte[] plainZip() {
    return zip(Map.of("readme.txt", "xin chào"), null);
  }

  private static String contentTypes(String part, String type) {
    return "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Override PartName=\""
        + part
        + "\" ContentType=\""
        + type
        + "\"/></Types>";
  }

  /** A ZIP; an OpenDocument's {@code mimetype} entry comes first, stored uncompressed. */
  private static byte[] zip(Map<String, String> entries, String odfMimetype) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      if (odfMimetype != null) {
        byte[] bytes = odfMimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
      }
      if (entries.containsKey("[Content_Types].xml")) {
        put(zip, "[Content_Types].xml", entries.get("[Content_Types].xml"));
      }
      for (Map.Entry<String, String> e : entries.entrySet()) {
        if (!e.getKey().equals("[Content_Types].xml")) {
          put(zip, e.getKey(), e.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  static byte[] doc() {
    return ole2("WordDocument");
  }

  static byte[] xls() {
    return ole2("Workbook");
  }

  /**
   * An OLE2 compound file (version 3, 512-byte sectors) whose directory holds the root entry and
   * one stream named {@code stream}: the layout of a Word 97-2003 document or an Excel workbook.
   */
  private static byte[] ole2(String stream) {
    ByteBuffer file = ByteBuffer.allocate(512 * 3).order(ByteOrder.LITTLE_ENDIAN);
    file.put(
        new byte[] {
          (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
        });
    file.putShort(0x18, (short) 0x3e);
    file.putShort(0x1a, (short) 3);
    file.putShort(0x1c, (short) 0xfffe);
    file.putShort(0x1e, (short) 9);
    file.putShort(0x20, (short) 6);
    file.putInt(0x2c, 1); // FAT sectors
    file.putInt(0x30, 1); // first directory sector
    file.putInt(0x38, 4096);
    file.putInt(0x3c, -2);
    file.putInt(0x44, -2);
    file.putInt(0x4c, 0); // FAT in sector 0
    for (int i = 1; i < 109; i++) {
      file.putInt(0x4c + 4 * i, -1);
    }
    int fat = 512;
    file.putInt(fat, -3); // sector 0: FAT
    file.putInt(fat + 4, -2); // sector 1: directory, end of chain
    for (int i = 2; i < 128; i++) {
      file.putInt(fat + 4 * i, -1);
    }
    int directory = 1024;
    entry(file, directory, "Root Entry", 5);
    entry(file, directory + 128, stream, 2);
    return file.array();
  }

  private static void entry(ByteBuffer file, int at, String name, int type) {
    byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
    file.put(at, utf16);
    file.putShort(at + 64, (short) (utf16.length + 2));
    file.put(at + 66, (byte) type);
    file.putInt(at + 68, -1);
    file.putInt(at + 72, -1);
    file.putInt(at + 76, type == 5 ? 1 : -1);
  }

  /** A Windows program: "MZ", the DOS stub and a PE header. */
  static byte[] exe() {
    ByteBuffer file = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
    file.put(0, (byte) 'M').put(1, (byte) 'Z');
    file.putInt(0x3c, 0x80);
    file.put(0x4e, "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII));
    file.put(0x80, new byte[] {'P', 'E', 0, 0});
    return file.array();
  }

  static byte[] html() {
    return "<!DOCTYPE html>\n<html><head><title>Quyết định</title></head><body><script>fetch('/camunda/api/admin')</script></body></html>\n"
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] svg() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(document.cookie)</script></svg>\n"
        .getBytes(StandardCharsets.UTF_8);
  }
}
