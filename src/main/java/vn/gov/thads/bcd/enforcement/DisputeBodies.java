package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.ROUTE_COURT;
import static vn.gov.thads.bcd.variables.EnforcementVariables.ROUTE_PEOPLE_COMMITTEE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;

/**
 * The bodies that may settle a dispute over seized property (Art. 75): courts, and the People's
 * Committees competent for land. The one place that says which agencies of the organisation file
 * they are.
 *
 * <p>Until the organisation file knows the kind of an agency, courts are the agencies whose id
 * starts with {@code toa-an} and People's Committees those starting with {@code ubnd-}; when {@code
 * Organisation.agenciesOfKind(...)} exists, only {@link #bodies()} changes.
 */
@Component("disputeBodies")
public class DisputeBodies {

  private static final String COURT_PREFIX = "toa-an";
  private static final String PEOPLE_COMMITTEE_PREFIX = "ubnd-";

  private final Organisation organisation;

  public DisputeBodies(Organisation organisation) {
    this.organisation = organisation;
  }

  /** Courts first, then People's Committees, each in the file's order. */
  public List<Agency> bodies() {
    List<Agency> all = organisation.agencies();
    return java.util.stream.Stream.concat(
            all.stream().filter(a -> a.id().startsWith(COURT_PREFIX)),
            all.stream().filter(a -> a.id().startsWith(PEOPLE_COMMITTEE_PREFIX)))
        .toList();
  }

  public boolean isBody(String id) {
    return route(id).isPresent();
  }

  /** court or people-committee for a body; empty for any other agency. */
  public Optional<String> route(String id) {
    if (id == null || organisation.agency(id).isEmpty()) {
      return Optional.empty();
    }
    if (id.startsWith(COURT_PREFIX)) {
      return Optional.of(ROUTE_COURT);
    }
    return id.startsWith(PEOPLE_COMMITTEE_PREFIX)
        ? Optional.of(ROUTE_PEOPLE_COMMITTEE)
        : Optional.empty();
  }

  public String name(String id) {
    return organisation.agency(id).map(Agency::name).orElse(id);
  }

  /** The bodies as a form's select options ({label, value}). */
  public List<Map<String, String>> options() {
    return bodies().stream().map(a -> Map.of("label", a.name(), "value", a.id())).toList();
  }
}
