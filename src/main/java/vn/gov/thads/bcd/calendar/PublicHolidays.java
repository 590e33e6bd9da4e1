package vn.gov.thads.bcd.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

  /** The name of a configured day off that is not itself a computed holiday. */
  public static final String SWAPPED_DAY_OFF = "ngày nghỉ bù, hoán đổi theo lịch nghỉ lễ, Tết năm ";

  private final CalendarScheduleProperties schedule;
  private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

  public PublicHolidays(CalendarScheduleProperties schedule) {
    this.schedule = schedule;
  }

  public boolean isHoliday(LocalDate date) {
    return named(date.getYear()).containsKey(date);
  }

  /**
   * The holiday's name in Vietnamese ("Quốc khánh", "Tết Nguyên đán", …), or for a configured day
   * off that is no computed holiday "ngày nghỉ bù, hoán đổi theo lịch nghỉ lễ, Tết năm yyyy"; empty
   * when the date is no holiday.
   */
  public Optional<String> name(LocalDate date) {
    return Optional.ofNullable(named(date.getYear()).get(date));
  }

  /** The holidays of a Gregorian year, computed once. */
  public Set<LocalDate> of(int year) {
    return named(year).keySet();
  }

  private Map<LocalDate, String> named(int year) {
    return byYear.computeIfAbsent(year, this::compute);
  }

  private Map<LocalDate, String> compute(int year) {
    Map<LocalDate, String> days = new TreeMap<>();
    days.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
    // Tết of this year, and the days of next year's Tết that fall at the end of this year (last
    // lunar day).
    for (LocalDate tet :
        new LocalDate[] {
          VietnameseLunarCalendar.tet(year), VietnameseLunarCalendar.tet(year + 1)
        }) {
      for (int d = -1; d <= 3; d++) {
        LocalDate day = tet.plusDays(d);
        if (day.getYear() == year) {
          days.put(day, "Tết Nguyên đán");
        }
      }
    }
    days.put(VietnameseLunarCalendar.lunarDate(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    days.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
    days.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (01/5)");
    days.put(LocalDate.of(year, 9, 1), "Quốc khánh");
    days.put(LocalDate.of(year, 9, 2), "Quốc khánh");
    for (LocalDate day : schedule.year(year).daysOff()) {
      days.putIfAbsent(day, SWAPPED_DAY_OFF + year);
    }
    return Map.copyOf(days);
  }
}
