package vn.gov.thads.bcd.enforcement;

import org.springframework.stereotype.Component;

/**
 * The configured agencies as the models read them: {@code
 * camunda:candidateGroups="${enforcementAgencies.police}"}.
 */
@Component("enforcementAgencies")
public class EnforcementAgencies {

  private final EnforcementProperties properties;

  public EnforcementAgencies(EnforcementProperties properties) {
    this.properties = properties;
  }

  public String getPolice() {
    return properties.policeAgency();
  }

  public String getCourt() {
    return properties.courtAgency();
  }

  public String getProcuracy() {
    return properties.procuracyAgency();
  }
}
