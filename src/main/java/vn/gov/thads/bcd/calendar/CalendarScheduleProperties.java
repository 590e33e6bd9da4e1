package vn.gov.thads.bcd.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Each year's official schedule as the government publishes it (configuration, {@code
 * bcd.calendar.years}): extra days off (e.g. the days of Tết chosen that year, nghỉ bù) and
 * Saturdays worked in exchange (làm bù). They override the computed default of {@link
 * PublicHolidays}.
 */
@ConfigurationProperties("bcd.calendar")
public record CalendarScheduleProperties(Map<Integer, YearSchedule> years) {

  public CalendarScheduleProperties {
    years = years == null ? Map.of() : Map.copyOf(years);
  }

  /**
   * @param daysOff days off in addition to the computed public holidays
   * @param workingDays days worked although they are weekend days or computed holidays
   */
  public record YearSchedule(List<LocalDate> daysOff, List<LocalDate> workingDays) {
    public YearSchedule {
      daysOff = daysOff == null ? List.of() : List.copyOf(daysOff);
      workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
    }
  }

  public YearSchedule year(int year) {
    return years.getOrDefault(year, new YearSchedule(List.of(), List.of()));
  }
}
