package vn.gov.thads.bcd.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Public holidays as configured under {@code bcd.calendar}: the first day of Tết Nguyên đán of each year
 * (ISO dates) and the fixed solar holidays ({@code dd/MM}). Configuration until the lunar calendar is computed;
 * a wrong entry stops the application at start-up rather than letting a date be judged wrongly.
 */
@ConfigurationProperties("bcd.calendar")
public record PublicHolidayProperties(List<String> tetFirstDays, List<String> fixedHolidays) {

  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

  public PublicHolidayProperties {
    tetFirstDays = tetFirstDays == null ? List.of() : List.copyOf(tetFirstDays);
    fixedHolidays = fixedHolidays == null ? List.of() : List.copyOf(fixedHolidays);
    tetDays(tetFirstDays);
    fixed(fixedHolidays);
  }

  /** The first day of Tết Nguyên đán in that year, if configured. */
  public Optional<LocalDate> tetFirstDay(int year) {
    return tetDays(tetFirstDays).stream().filter(d -> d.getYear() == year).findFirst();
  }

  public boolean isFixedHoliday(LocalDate date) {
    return fixed(fixedHolidays).contains(MonthDay.from(date));
  }

  private static List<LocalDate> tetDays(List<String> values) {
    try {
      return values.stream().map(String::strip).map(LocalDate::parse).toList();
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("bcd.calendar.tet-first-days: ngày không hợp lệ (yyyy-MM-dd): " + e.getParsedString());
    }
  }

  private static List<MonthDay> fixed(List<String> values) {
    try {
      return values.stream().map(String::strip).map(v -> MonthDay.parse(v, DAY_MONTH)).toList();
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("bcd.calendar.fixed-holidays: ngày không hợp lệ (dd/MM): " + e.getParsedString());
    }
  }
}
