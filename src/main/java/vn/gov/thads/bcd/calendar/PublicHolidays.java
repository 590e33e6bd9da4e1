package vn.gov.thads.bcd.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Vietnam's public holidays of a year (Labour Code 2019, Art. 112), computed, plus the year's
 * configured days off: Tết Dương lịch 01/01; Tết Nguyên đán, 5 days from the last day of the lunar
 * year; Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 01/5; Quốc khánh 02/9 and the day before. A year's
 * official schedule (configuration) adds to this; the days it declares worked are removed by {@link
 * WorkingDays}.
 */
@Component
public class PublicHolidays {

  private final CalendarScheduleProperties schedule;
  private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

  public PublicHolidays(CalendarScheduleProperties schedule) {
    this.schedule = schedule;
  }

  public boolean isHoliday(LocalDate date) {
    return of(date.getYear()).contains(date);
  }

  /** The holidays of a Gregorian year, computed once. */
  public Set<LocalDate> of(int year) {
    return byYear.computeIfAbsent(year, this::compute);
  }

  private Set<LocalDate> compute(int year) {
    Set<LocalDate> days = new TreeSet<>();
    days.add(LocalDate.of(year, 1, 1));
    // Tết of this year, and the days of next year's Tết that fall at the end of this year (last
    // lunar day).
    for (LocalDate tet :
        new LocalDate[] {
          VietnameseLunarCalendar.tet(year), VietnameseLunarCalendar.tet(year + 1)
        }) {
      for (int d = -1; d <= 3; d++) {
        LocalDate day = tet.plusDays(d);
        if (day.getYear() == year) {
          days.add(day);
        }
      }
    }
    days.add(VietnameseLunarCalendar.lunarDate(year, 3, 10));
    days.add(LocalDate.of(year, 4, 30));
    days.add(LocalDate.of(year, 5, 1));
    days.add(LocalDate.of(year, 9, 1));
    days.add(LocalDate.of(year, 9, 2));
    days.addAll(schedule.year(year).daysOff());
    return Set.copyOf(days);
  }
}
