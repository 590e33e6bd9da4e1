package vn.gov.thads.bcd.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names as sent by browsers and other systems made safe to keep and to send back: no path
 * parts (a name is never a place on disk or in a store), no control or direction-changing
 * characters (which can make "exe.pdf" look like "fdp.exe"), no characters Windows refuses, at most
 * 255 characters with the extension kept.
 */
public final class FileNames {

  public static final int MAX_LENGTH = 255;
  static final String FALLBACK = "tai-lieu";
  private static final int MAX_EXTENSION = 10;

  private FileNames() {}

  public static String clean(String raw) {
    if (raw == null) {
      return FALLBACK;
    }
    String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder kept = new StringBuilder();
    name.codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              if (type == Character.CONTROL
                  || type == Character.FORMAT
                  || type == Character.LINE_SEPARATOR
                  || type == Character.PARAGRAPH_SEPARATOR
                  || type == Character.UNASSIGNED
                  || type == Character.SURROGATE
                  || type == Character.PRIVATE_USE) {
                return;
              }
              if ("<>:\"|?*".indexOf(c) >= 0) {
                kept.append('_');
              } else if (Character.isWhitespace(c)) {
                kept.append(' ');
              } else {
                kept.appendCodePoint(c);
              }
            });
    // Leading dots would hide the file on Unix; trailing dots and spaces vanish on Windows.
    name = kept.toString().strip().replaceAll("^\\.+", "").replaceAll("[. ]+$", "").strip();
    if (name.isEmpty()) {
      return FALLBACK;
    }
    return shorten(name);
  }

  /** At most {@link #MAX_LENGTH} characters (whole code points), keeping a short extension. */
  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension =
        dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
    String stem = extension.isEmpty() ? name : name.substring(0, dot);
    int room = MAX_LENGTH - extension.codePointCount(0, extension.length());
    String cut = stem.substring(0, stem.offsetByCodePoints(0, room)).strip();
    return cut + extension;
  }

  /**
   * {@code Content-Disposition} for a download: always an attachment, so that the browser saves the
   * file rather than opening it, with the name in ASCII for old clients and in UTF-8 by RFC 5987
   * ({@code filename*}) for the rest.
   */
  public static String attachment(String fileName) {
    String name = clean(fileName);
    String ascii =
        Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^\\x20-\\x7e]", "_")
            .replace('"', '_')
            .replace('\\', '_');
    String encoded =
        URLEncoder.encode(name, StandardCharsets.UTF_8)
            .replace("+", "%20")
            // RFC 5987 attr-char allows these unencoded; URLEncoder encodes some of them.
            .replace("%21", "!")
            .replace("%23", "#")
            .replace("%24", "$")
            .replace("%26", "&")
            .replace("%2B", "+")
            .replace("%5E", "^")
            .replace("%60", "`")
            .replace("%7C", "|");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /** 1,2 MB, 340 KB, 12 byte: sizes as shown on the case page. */
  public static String readableSize(long bytes) {
    Locale vi = Locale.forLanguageTag("vi-VN");
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024 * 1024) {
      return String.format(vi, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
    if (bytes >= 1024) {
      return String.format(vi, "%d KB", (bytes + 1023) / 1024);
    }
    return bytes + " byte";
  }
}
