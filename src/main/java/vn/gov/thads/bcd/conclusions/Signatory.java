package vn.gov.thads.bcd.conclusions;

import java.util.List;
import java.util.function.Supplier;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.organisation.RoleGroup;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Who decides for the committee's leadership: the chair, or the standing deputy on the chair's
 * written authorisation (a conclusion, a written consultation instead of a meeting).
 */
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

  /** Who decides and, for the standing deputy, the chair's authorisation. */
  public record Decision(Signatory signatory, String authorisationRef) {}

  /**
   * The current user's role in a decision of the leadership, read from the form: the standing
   * deputy must give the chair's written authorisation ({@code authorisationRef}), anyone else but
   * the chair is refused. The problems go to the form with the given wording.
   *
   * @param deputyWithoutAuthorisation the sentence when the deputy gives none (asked only then)
   * @param neitherRole the sentence for a user who is neither chair nor standing deputy
   */
  public static Decision of(
      FormReader f, Supplier<String> deputyWithoutAuthorisation, String neitherRole) {
    String user = CurrentUser.idOr(null);
    Signatory signatory = of(user, CurrentUser.groups());
    String authorisation = null;
    if (signatory == STANDING_DEPUTY) {
      authorisation =
          f.optionalDocumentNo(
              CaseVariables.AUTHORISATION_REF, "Số văn bản ủy quyền của Trưởng ban");
      if (authorisation == null && f.isBlank(CaseVariables.AUTHORISATION_REF)) {
        f.problem(deputyWithoutAuthorisation.get());
      }
    } else if (signatory == null && user != null) {
      f.problem(neitherRole);
    }
    return new Decision(signatory, authorisation);
  }

  /** The role in which a user decides; null without a user or without either role. */
  public static Signatory of(String user, List<String> groups) {
    if (user == null) {
      return null;
    }
    if (groups.contains(RoleGroup.CHAIR.id())) {
      return CHAIR;
    }
    return groups.contains(RoleGroup.STANDING_DEPUTY.id()) ? STANDING_DEPUTY : null;
  }
}
