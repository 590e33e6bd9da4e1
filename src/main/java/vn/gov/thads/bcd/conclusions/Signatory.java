package vn.gov.thads.bcd.conclusions;

/** Who concluded on a case: the chair, or the standing deputy on the chair's authorisation. */
public enum Signatory {
  CHAIR("Trưởng ban"),
  STANDING_DEPUTY("Phó Trưởng ban thường trực (được ủy quyền)");

  private final String label;

  Signatory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
