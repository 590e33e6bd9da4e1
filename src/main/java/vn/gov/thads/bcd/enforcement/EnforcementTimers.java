package vn.gov.thads.bcd.enforcement;

import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.Deadlines;

/**
 * Timer cycles built from the configured periods: {@code
 * ${enforcementTimers.cycle('court-follow-up')}} is {@code R/P30D} when the period is {@code P30D},
 * so that a follow-up repeats until the process moves on.
 */
@Component("enforcementTimers")
public class EnforcementTimers {

  private final Deadlines deadlines;

  public EnforcementTimers(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  public String cycle(String kind) {
    return "R/" + deadlines.period(kind);
  }
}
