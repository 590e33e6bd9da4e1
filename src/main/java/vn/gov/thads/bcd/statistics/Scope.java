package vn.gov.thads.bcd.statistics;

/**
 * Whose figures: the whole province ({@link #PROVINCE}) or one regional THADS office, by its id in
 * the organisation file. {@code name} is for people to read.
 */
public record Scope(String key, String name) {

  /** How the province is kept and named in URLs and files. */
  public static final String PROVINCE = "tinh";

  public boolean province() {
    return PROVINCE.equals(key);
  }
}
