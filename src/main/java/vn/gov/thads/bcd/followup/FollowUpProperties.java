package vn.gov.thads.bcd.followup;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * Configuration of the follow-up ({@code bcd.followup}).
 *
 * @param law2025From the day the Law on Civil Judgment Enforcement 2025 takes effect (01/07/2026):
 *     a not-enforceable decision dated on or after it follows that law (the request is returned to
 *     the creditor); one dated before follows the 2008 Law (re-verification, separate tracking
 *     book).
 */
@ConfigurationProperties("bcd.followup")
public record FollowUpProperties(LocalDate law2025From) {

  /** Effective date of the 2025 Law as enacted; configuration may move it. */
  public static final LocalDate LAW_2025_DEFAULT = LocalDate.of(2026, 7, 1);

  public FollowUpProperties {
    law2025From = law2025From == null ? LAW_2025_DEFAULT : law2025From;
  }

  /**
   * The law a not-enforceable outcome follows, by the date of its decision. The decision's date
   * rather than the day a task was opened or completed: the decision is the legal act whose
   * consequences the law in force on its date governs, and it is a recorded fact that does not move
   * when an officer is late at the keyboard.
   */
  public String lawFor(LocalDate decisionDate) {
    return decisionDate.isBefore(law2025From)
        ? FollowUpVariables.LAW_2008
        : FollowUpVariables.LAW_2025;
  }
}
