package vn.gov.thads.bcd.cockpit;

import java.util.List;

/**
 * Reading the plugin's query parameters: blanks as absent, page numbers within bounds with a
 * Vietnamese problem.
 */
final class QueryParameters {

  private QueryParameters() {}

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /**
   * The number in {@code value}, or {@code fallback} when absent; out of range or not a number adds
   * a problem.
   */
  static int number(
      String value, int fallback, int min, int max, String label, List<String> problems) {
    if (blankToNull(value) == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        label
            + " '"
            + value
            + "' không hợp lệ (từ "
            + min
            + (max == Integer.MAX_VALUE ? "" : " đến " + max)
            + ").");
    return fallback;
  }
}
