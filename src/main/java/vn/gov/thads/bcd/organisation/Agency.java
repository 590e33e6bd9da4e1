package vn.gov.thads.bcd.organisation;

import java.util.List;

/**
 * An agency of the province as declared in the organisation file; its id is also its Camunda group
 * id. {@code dailyDigest}: the agency receives one mail a day listing its reminders instead of a
 * mail per task. {@code jurisdiction}: for an enforcement office (regional office or THADS tỉnh),
 * its court, procuracy and police; null for every other agency.
 */
public record Agency(
    String id,
    String name,
    AgencyRole role,
    List<String> reminderEmails,
    String headEmail,
    boolean dailyDigest,
    AgencyKind kind,
    Jurisdiction jurisdiction) {

  /** Values of {@code reminders} in the organisation file. */
  public static final String REMINDERS_PER_TASK = "per-task";

  public static final String REMINDERS_DAILY_DIGEST = "daily-digest";

  public Agency {
    reminderEmails = reminderEmails == null ? List.of() : List.copyOf(reminderEmails);
    kind = kind == null ? AgencyKind.OTHER : kind;
  }
}
