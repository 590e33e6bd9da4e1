package vn.gov.thads.bcd.organisation;

import java.util.List;

/** An agency of the province as declared in the organisation file; its id is also its Camunda group id. */
public record Agency(String id, String name, AgencyRole role, List<String> reminderEmails, String headEmail) {

  public Agency {
    reminderEmails = reminderEmails == null ? List.of() : List.copyOf(reminderEmails);
  }
}
