package vn.gov.thads.bcd.enforcement;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Agencies that take part in coercive enforcement, as ids of the organisation file (= Camunda
 * candidate groups). Configured under {@code bcd.enforcement}: provinces name their agencies
 * differently.
 */
@ConfigurationProperties("bcd.enforcement")
public record EnforcementProperties(
    String policeAgency, String courtAgency, String procuracyAgency) {

  public EnforcementProperties {
    policeAgency = blankToDefault(policeAgency, "cong-an-tinh");
    courtAgency = blankToDefault(courtAgency, "toa-an-tinh");
    procuracyAgency = blankToDefault(procuracyAgency, "vks-tinh");
  }

  private static String blankToDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
