package vn.gov.thads.bcd.enforcement;

import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.AgencyRole;
import vn.gov.thads.bcd.organisation.Jurisdiction;
import vn.gov.thads.bcd.organisation.Organisation;

/**
 * The police, court and procuracy a case's coercion and disputes go to, as the models read them:
 * {@code camunda:candidateGroups="${enforcementAgencies.policeFor(submittingAgency)}"}. Each
 * enforcement office's are declared in the organisation file ({@code jurisdiction}); the
 * no-argument getters name those of THADS tỉnh, the province level.
 */
@Component("enforcementAgencies")
public class EnforcementAgencies {

  private final Organisation organisation;

  public EnforcementAgencies(Organisation organisation) {
    this.organisation = organisation;
  }

  public String policeFor(String office) {
    return jurisdiction(office).police();
  }

  public String courtFor(String office) {
    return jurisdiction(office).court();
  }

  public String procuracyFor(String office) {
    return jurisdiction(office).procuracy();
  }

  public String getPolice() {
    return provincial().police();
  }

  public String getCourt() {
    return provincial().court();
  }

  public String getProcuracy() {
    return provincial().procuracy();
  }

  private Jurisdiction jurisdiction(String office) {
    // The organisation file is checked at start-up: every enforcement office has a jurisdiction.
    return organisation
        .jurisdictionOf(office)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Đơn vị '"
                        + office
                        + "' không phải cơ quan thi hành án có khai báo địa bàn trong tệp tổ chức"));
  }

  private Jurisdiction provincial() {
    return organisation.agencies().stream()
        .filter(a -> a.role() == AgencyRole.STANDING_DEPUTY)
        .map(Agency::jurisdiction)
        .findFirst()
        .orElseThrow();
  }
}
