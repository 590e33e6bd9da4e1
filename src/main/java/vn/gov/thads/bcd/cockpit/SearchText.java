package vn.gov.thads.bcd.cockpit;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The register's search text: lower case, without Vietnamese diacritics ("Thủy sản" → "thuy san",
 * "Đ" → "d"), so that a search typed without accents finds a name written with them. {@link #fold}
 * folds what the user types in Java; {@link #sqlFold} is the same folding as a SQL expression
 * (TRANSLATE, then LOWER for the remaining ASCII letters), which PostgreSQL and H2 both evaluate
 * the same whatever the database's locale. The generated column {@code bcd_case.search_text} (V14)
 * is built with it.
 */
public final class SearchText {

  /** Every precomposed letter with a diacritic in the Latin blocks, and what it folds to. */
  private static final String FROM;

  private static final String TO;

  /**
   * Combining marks (text typed in decomposed form): after the letters, with no counterpart, so
   * TRANSLATE drops them.
   */
  private static final String MARKS;

  static {
    StringBuilder from = new StringBuilder();
    StringBuilder to = new StringBuilder();
    for (char c = '\u00C0'; c <= '\u024F'; c++) {
      add(c, from, to);
    }
    for (char c = '\u1E00'; c <= '\u1EFF'; c++) {
      add(c, from, to);
    }
    FROM = from.toString();
    TO = to.toString();
    StringBuilder marks = new StringBuilder();
    for (char c = '\u0300'; c <= '\u036F'; c++) {
      marks.append(c);
    }
    MARKS = marks.toString();
  }

  private static void add(char c, StringBuilder from, StringBuilder to) {
    String folded = fold(String.valueOf(c));
    if (folded.length() == 1 && folded.charAt(0) < 128 && folded.charAt(0) != c) {
      from.append(c);
      to.append(folded);
    }
  }

  private SearchText() {}

  /** The folded form of {@code text}: no diacritics, đ → d, lower case. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(
          switch (c) {
            case 'đ', 'Đ', 'ð', 'Ð' -> 'd';
            case 'ł', 'Ł' -> 'l';
            case 'ø', 'Ø' -> 'o';
            default -> c;
          });
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** A SQL expression that folds the SQL expression {@code expression} as {@link #fold} does. */
  public static String sqlFold(String expression) {
    return "lower(translate(" + expression + ", '" + FROM + MARKS + "', '" + TO + "'))";
  }
}
