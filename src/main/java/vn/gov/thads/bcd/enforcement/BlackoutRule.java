package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.platform.VietnamTime.DATE;
import static vn.gov.thads.bcd.platform.VietnamTime.TIME;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.PublicHolidays;
import vn.gov.thads.bcd.calendar.VietnameseLunarCalendar;

/**
 * When coercion may not take place (Law on Civil Judgment Enforcement, Art. 46; Decree 62/2015,
 * Art. 13): between 22:00 and 06:00, on public holidays, and in the 15 days before and the 15 days
 * after the first day of Tết Nguyên đán. Times are Vietnam local time. Tết comes from the
 * Vietnamese lunar calendar, the holidays from {@link PublicHolidays} (computed, with the year's
 * official schedule).
 */
@Component
public class BlackoutRule {

  static final LocalTime NIGHT_STARTS = LocalTime.of(22, 0);
  static final LocalTime DAY_STARTS = LocalTime.of(6, 0);
  static final int TET_WINDOW_DAYS = 15;
  static final String LEGAL_BASIS =
      "(Điều 46 Luật Thi hành án dân sự; Điều 13 Nghị định 62/2015/NĐ-CP)";

  private final PublicHolidays holidays;

  public BlackoutRule(PublicHolidays holidays) {
    this.holidays = holidays;
  }

  /** Why coercion may not start at that moment, in Vietnamese; empty when it may. */
  public Optional<String> violation(LocalDateTime at) {
    LocalDate date = at.toLocalDate();
    LocalTime time = at.toLocalTime();
    if (!time.isBefore(NIGHT_STARTS) || time.isBefore(DAY_STARTS)) {
      return Optional.of(
          "Giờ cưỡng chế "
              + TIME.format(time)
              + " nằm trong khoảng từ 22:00 đến 06:00 sáng hôm sau,"
              + " không được tổ chức cưỡng chế "
              + LEGAL_BASIS
              + ".");
    }
    Optional<LocalDate> tet = Optional.of(VietnameseLunarCalendar.tet(date.getYear()));
    long fromTet = ChronoUnit.DAYS.between(tet.get(), date);
    String tetDay = DATE.format(tet.get());
    if (fromTet == 0) {
      return Optional.of(
          "Ngày cưỡng chế "
              + DATE.format(date)
              + " là ngày Tết Nguyên đán, không được tổ chức cưỡng chế "
              + LEGAL_BASIS
              + ".");
    }
    if (fromTet < 0 && -fromTet <= TET_WINDOW_DAYS) {
      return Optional.of(
          "Ngày cưỡng chế "
              + DATE.format(date)
              + " nằm trong 15 ngày trước Tết Nguyên đán ("
              + tetDay
              + "), không được tổ chức cưỡng chế "
              + LEGAL_BASIS
              + ".");
    }
    if (fromTet > 0 && fromTet <= TET_WINDOW_DAYS) {
      return Optional.of(
          "Ngày cưỡng chế "
              + DATE.format(date)
              + " nằm trong 15 ngày sau Tết Nguyên đán ("
              + tetDay
              + "), không được tổ chức cưỡng chế "
              + LEGAL_BASIS
              + ".");
    }
    if (holidays.isHoliday(date)) {
      return Optional.of(
          "Ngày cưỡng chế "
              + DATE.format(date)
              + " là ngày nghỉ lễ, không được tổ chức cưỡng chế "
              + LEGAL_BASIS
              + ".");
    }
    return Optional.empty();
  }
}
