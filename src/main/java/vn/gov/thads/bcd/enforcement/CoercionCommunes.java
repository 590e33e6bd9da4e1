package vn.gov.thads.bcd.enforcement;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.AgencyKind;
import vn.gov.thads.bcd.organisation.AgencyRole;
import vn.gov.thads.bcd.organisation.Organisation;

/**
 * The People's Committee and the police of the commune (xã, phường) where a coercion takes place:
 * they receive the plan and take part. The one place that says which agencies of the organisation
 * file they are: those of role {@code commune} and kind {@code people-committee} or {@code police}.
 */
@Component
public class CoercionCommunes {

  private final Organisation organisation;

  public CoercionCommunes(Organisation organisation) {
    this.organisation = organisation;
  }

  public List<Agency> committees() {
    return of(AgencyKind.PEOPLES_COMMITTEE);
  }

  public List<Agency> police() {
    return of(AgencyKind.POLICE);
  }

  public boolean isCommittee(String id) {
    return committees().stream().anyMatch(a -> a.id().equals(id));
  }

  public boolean isPolice(String id) {
    return police().stream().anyMatch(a -> a.id().equals(id));
  }

  public String name(String id) {
    return organisation.agency(id).map(Agency::name).orElse(id);
  }

  private List<Agency> of(AgencyKind kind) {
    return organisation.agenciesOfKind(kind).stream()
        .filter(a -> a.role() == AgencyRole.COMMUNE)
        .toList();
  }
}
