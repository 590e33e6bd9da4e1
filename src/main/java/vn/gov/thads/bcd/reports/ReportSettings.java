package vn.gov.thads.bcd.reports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings MonthlyReportProcess reads ({@code ${reportSettings.monthlyCycle()}}): kept apart from
 * the beans that need the engine, since the timer's cycle is read while the engine deploys.
 */
@Component("reportSettings")
public class ReportSettings {

  private final String monthlyCycle;

  public ReportSettings(
      @Value("${bcd.reports.monthly-cycle:R/2026-01-01T08:00:00+07:00/P1D}") String monthlyCycle) {
    this.monthlyCycle = monthlyCycle;
  }

  /** When the process looks whether the monthly report is due: every day at 08:00 Vietnam time. */
  public String monthlyCycle() {
    return monthlyCycle;
  }
}
