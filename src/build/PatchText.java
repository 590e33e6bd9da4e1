import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build-time patcher of a text file (Camunda's bundled {@code deps.js}): applies a list of exact
 * find → replace pairs, in order, and fails when a find text does not occur exactly once — so that
 * an upgrade of Camunda that changes the bundle stops the build instead of silently dropping a
 * translation or a fix.
 *
 * <p>Run by Maven (exec-maven-plugin, phase process-resources) as a single-file program:
 *
 * <pre>java src/build/PatchText.java INPUT PATCHES OUTPUT</pre>
 *
 * <p>The patch file is plain UTF-8 text. Outside blocks, lines starting with {@code #} are comments
 * (say why each pair exists) and blank lines are ignored. A pair is:
 *
 * <pre>
 * &#64;&#64;&#64; find
 * exact text to find (may span lines)
 * &#64;&#64;&#64; replace
 * its replacement (may span lines, may be empty)
 * &#64;&#64;&#64; end
 * </pre>
 *
 * The newline before each marker line belongs to the marker, not to the text. Only the JDK is
 * needed (no Node, no libraries), so the build stays plain Maven.
 */
public final class PatchText {

  static final String FIND = "@@@ find";
  static final String REPLACE = "@@@ replace";
  static final String END = "@@@ end";

  /** One find → replace pair, with the line of its "@@@ find" marker and its comment. */
  record Pair(int line, String why, String find, String replace) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("Usage: java PatchText.java INPUT PATCHES OUTPUT");
      System.exit(2);
    }
    Path input = Path.of(args[0]);
    Path patches = Path.of(args[1]);
    Path output = Path.of(args[2]);
    try {
      String text = Files.readString(input, StandardCharsets.UTF_8);
      List<Pair> pairs = parse(Files.readString(patches, StandardCharsets.UTF_8), patches);
      String patched = apply(text, pairs, input.getFileName().toString(), patches);
      Files.createDirectories(output.toAbsolutePath().getParent());
      Files.writeString(output, patched, StandardCharsets.UTF_8);
      System.out.println(
          "PatchText: applied " + pairs.size() + " replacements of " + patches + " to " + output);
    } catch (PatchException e) {
      System.err.println("PatchText FAILED: " + e.getMessage());
      System.exit(1);
    }
  }

  static final class PatchException extends RuntimeException {
    PatchException(String message) {
      super(message);
    }
  }

  static List<Pair> parse(String patchFile, Path name) {
    List<Pair> pairs = new ArrayList<>();
    String[] lines = patchFile.split("\n", -1);
    StringBuilder why = new StringBuilder();
    int i = 0;
    while (i < lines.length) {
      String line = stripCr(lines[i]);
      if (line.isBlank()) {
        i++;
        continue;
      }
      if (line.startsWith("#")) {
        why.append(why.isEmpty() ? "" : " ").append(line.substring(1).trim());
        i++;
        continue;
      }
      if (!line.equals(FIND)) {
        throw new PatchException(name + ":" + (i + 1) + ": expected '" + FIND + "', found: " + line);
      }
      int start = i + 1;
      int replaceAt = indexOf(lines, REPLACE, start, name, start);
      int endAt = indexOf(lines, END, replaceAt + 1, name, start);
      String find = join(lines, start, replaceAt);
      String replace = join(lines, replaceAt + 1, endAt);
      if (find.isEmpty()) {
        throw new PatchException(name + ":" + start + ": empty find text");
      }
      if (why.isEmpty()) {
        throw new PatchException(
            name + ":" + start + ": every pair needs a comment (lines starting with #) saying why");
      }
      pairs.add(new Pair(start, why.toString(), find, replace));
      why.setLength(0);
      i = endAt + 1;
    }
    return pairs;
  }

  static String apply(String text, List<Pair> pairs, String inputName, Path patchName) {
    List<String> problems = new ArrayList<>();
    for (Pair p : pairs) {
      int count = occurrences(text, p.find());
      if (count != 1) {
        problems.add(
            patchName
                + ":"
                + p.line()
                + " ("
                + abbreviate(p.why(), 100)
                + "): the find text occurs "
                + count
                + " times in "
                + inputName
                + ", expected exactly once. Find text starts with: "
                + abbreviate(p.find(), 120));
        continue;
      }
      text = text.replace(p.find(), p.replace());
    }
    if (!problems.isEmpty()) {
      throw new PatchException(
          problems.size()
              + " of "
              + pairs.size()
              + " replacements do not match "
              + inputName
              + " (has Camunda been upgraded? Compare the new bundle and adapt "
              + patchName
              + "):\n  "
              + String.join("\n  ", problems));
    }
    return text;
  }

  static int occurrences(String text, String find) {
    int count = 0;
    for (int at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) {
      count++;
    }
    return count;
  }

  private static int indexOf(String[] lines, String marker, int from, Path name, int pairLine) {
    for (int i = from; i < lines.length; i++) {
      String line = stripCr(lines[i]);
      if (line.equals(marker)) {
        return i;
      }
      if (line.equals(FIND) || line.equals(REPLACE) || line.equals(END)) {
        throw new PatchException(
            name + ":" + (i + 1) + ": expected '" + marker + "' before '" + line + "'");
      }
    }
    throw new PatchException(name + ":" + pairLine + ": no '" + marker + "' after this pair");
  }

  private static String join(String[] lines, int from, int to) {
    List<String> part = new ArrayList<>();
    for (int i = from; i < to; i++) {
      part.add(stripCr(lines[i]));
    }
    return String.join("\n", part);
  }

  private static String stripCr(String s) {
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private static String abbreviate(String s, int max) {
    String oneLine = s.replace('\n', ' ');
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
  }
}
