package vn.gov.thads.bcd.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Working days (ngày làm việc): Monday to Friday, minus public holidays, plus the Saturdays worked
 * in exchange.
 */
@Component
public class WorkingDays {

  private final PublicHolidays holidays;
  private final CalendarScheduleProperties schedule;

  public WorkingDays(PublicHolidays holidays, CalendarScheduleProperties schedule) {
    this.holidays = holidays;
    this.schedule = schedule;
  }

  public boolean isWorkingDay(LocalDate date) {
    if (schedule.year(date.getYear()).workingDays().contains(date)) {
      return true;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
  }

  /** The n-th working day after the given date (the date itself does not count). */
  public LocalDate plus(LocalDate from, int n) {
    return count(from, n, 1);
  }

  /** The n-th working day before the given date (the date itself does not count). */
  public LocalDate minus(LocalDate from, int n) {
    return count(from, n, -1);
  }

  private LocalDate count(LocalDate from, int n, int direction) {
    LocalDate day = from;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(direction);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * How many working days lie after {@code from} up to and including {@code to} (0 when to is not
   * after from).
   */
  public int between(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /** The last working day before the given date. */
  public LocalDate previous(LocalDate date) {
    LocalDate day = date.minusDays(1);
    while (!isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }
}
