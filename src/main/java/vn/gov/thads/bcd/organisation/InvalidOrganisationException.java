package vn.gov.thads.bcd.organisation;

import java.util.List;

/** The organisation file cannot be applied. The message lists every faulty entry, in Vietnamese. */
public class InvalidOrganisationException extends RuntimeException {

  private final transient List<String> problems;

  public InvalidOrganisationException(String source, List<String> problems) {
    super("Tệp tổ chức " + source + " không hợp lệ:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
