package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.ROUTE_COURT;
import static vn.gov.thads.bcd.variables.EnforcementVariables.ROUTE_PEOPLE_COMMITTEE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.AgencyKind;
import vn.gov.thads.bcd.organisation.Organisation;

/**
 * The bodies that may settle a dispute over seized property (Art. 75): courts, and the People's
 * Committees competent for land. The one place that says which agencies of the organisation file
 * they are: those of kind {@code court} and {@code people-committee}.
 */
@Component("disputeBodies")
public class DisputeBodies {

  private final Organisation organisation;

  public DisputeBodies(Organisation organisation) {
    this.organisation = organisation;
  }

  /** Courts first, then People's Committees, each in the file's order. */
  public List<Agency> bodies() {
    return Stream.concat(
            organisation.agenciesOfKind(AgencyKind.COURT).stream(),
            organisation.agenciesOfKind(AgencyKind.PEOPLES_COMMITTEE).stream())
        .toList();
  }

  public boolean isBody(String id) {
    return route(id).isPresent();
  }

  /** court or people-committee for a body; empty for any other agency. */
  public Optional<String> route(String id) {
    return id == null
        ? Optional.empty()
        : organisation
            .agency(id)
            .map(
                a ->
                    switch (a.kind()) {
                      case COURT -> ROUTE_COURT;
                      case PEOPLES_COMMITTEE -> ROUTE_PEOPLE_COMMITTEE;
                      default -> null;
                    });
  }

  public String name(String id) {
    return organisation.agency(id).map(Agency::name).orElse(id);
  }

  /** The bodies as a form's select options ({label, value}). */
  public List<Map<String, String>> options() {
    return Organisation.options(bodies());
  }
}
