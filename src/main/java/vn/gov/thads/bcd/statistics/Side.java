package vn.gov.thads.bcd.statistics;

/** The two forms of Circular 05/2024: results counted in cases (việc) and in money (đồng). */
public enum Side {
  CASES("cases", "về việc", "việc", "Việc"),
  MONEY("money", "về tiền", "đồng", "Tiền");

  private final String key;
  private final String label;
  private final String unit;
  private final String sheet;

  Side(String key, String label, String unit, String sheet) {
    this.key = key;
    this.label = label;
    this.unit = unit;
    this.sheet = sheet;
  }

  /** The JSON member of this side. */
  public String key() {
    return key;
  }

  /** "về việc" / "về tiền". */
  public String label() {
    return label;
  }

  /** "việc" / "đồng". */
  public String unit() {
    return unit;
  }

  /** The name of this side's sheet in the import workbook. */
  public String sheet() {
    return sheet;
  }

  /**
   * The largest number accepted on a line: far above any province's figures, low enough that no sum
   * of lines can overflow a long.
   */
  long max() {
    return this == CASES ? 1_000_000_000L : 100_000_000_000_000_000L;
  }
}
