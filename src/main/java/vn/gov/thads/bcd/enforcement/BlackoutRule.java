package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.platform.VietnamTime.DATE;
import static vn.gov.thads.bcd.platform.VietnamTime.TIME;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.PublicHolidays;
import vn.gov.thads.bcd.calendar.VietnameseLunarCalendar;
import vn.gov.thads.bcd.calendar.WorkingDays;

/**
 * When coercion may not take place (Law on Civil Judgment Enforcement, Art. 46; Decree 62/2015,
 * Art. 13): between 22:00 and 06:00; on days off (Saturdays, Sundays, swapped days off) and public
 * holidays; in the 15 days before and the 15 days after the first day of Tết Nguyên đán (the
 * Ministry's directive can set a longer window for a year); and on the days of tradition of policy
 * beneficiaries (e.g. 27/7) when the debtor is one. Times are Vietnam local time. Days off and
 * holidays come from the working-day calendar ({@link WorkingDays}, {@link PublicHolidays}: the
 * computed holidays with the year's official schedule, {@code bcd.calendar.years}), Tết from the
 * Vietnamese lunar calendar, the rest from {@link BlackoutProperties}.
 */
@Component
public class BlackoutRule {

  static final String LEGAL_BASIS =
      "(Điều 46 Luật Thi hành án dân sự; Điều 13 Nghị định 62/2015/NĐ-CP)";

  private final WorkingDays workingDays;
  private final PublicHolidays holidays;
  private final BlackoutProperties properties;

  public BlackoutRule(
      WorkingDays workingDays, PublicHolidays holidays, BlackoutProperties properties) {
    this.workingDays = workingDays;
    this.holidays = holidays;
    this.properties = properties;
  }

  /**
   * Why coercion may not start at that moment, in Vietnamese; empty when it may.
   *
   * @param debtorPolicyBeneficiary whether the debtor is a policy beneficiary (người có công, thuộc
   *     diện chính sách): then the days of tradition are refused too
   */
  public Optional<String> violation(LocalDateTime at, boolean debtorPolicyBeneficiary) {
    LocalDate date = at.toLocalDate();
    LocalTime time = at.toLocalTime();
    String day = "Ngày cưỡng chế " + DATE.format(date);
    if (!time.isBefore(properties.nightStarts()) || time.isBefore(properties.dayStarts())) {
      return refused(
          "Giờ cưỡng chế "
              + TIME.format(time)
              + " nằm trong khoảng từ "
              + TIME.format(properties.nightStarts())
              + " đến "
              + TIME.format(properties.dayStarts())
              + " sáng hôm sau");
    }
    // The window of this year's Tết, or of next year's when it reaches back into this year.
    for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
      LocalDate tet = VietnameseLunarCalendar.tet(year);
      BlackoutProperties.TetWindow window = properties.tetWindow(year);
      long fromTet = ChronoUnit.DAYS.between(tet, date);
      if (fromTet == 0) {
        return refused(day + " là ngày Tết Nguyên đán");
      }
      if (fromTet < 0 && -fromTet <= window.daysBefore()) {
        return refused(
            day
                + " nằm trong "
                + window.daysBefore()
                + " ngày trước Tết Nguyên đán ("
                + DATE.format(tet)
                + ")");
      }
      if (fromTet > 0 && fromTet <= window.daysAfter()) {
        return refused(
            day
                + " nằm trong "
                + window.daysAfter()
                + " ngày sau Tết Nguyên đán ("
                + DATE.format(tet)
                + ")");
      }
    }
    if (!workingDays.isWorkingDay(date)) {
      Optional<String> holiday = holidays.name(date);
      if (holiday.isPresent()) {
        String name = holiday.get();
        return refused(
            day
                + (name.startsWith(PublicHolidays.SWAPPED_DAY_OFF) ? " là " : " là ngày nghỉ lễ ")
                + name);
      }
      return refused(
          day
              + " là "
              + (date.getDayOfWeek() == DayOfWeek.SATURDAY ? "thứ Bảy" : "Chủ nhật")
              + ", ngày nghỉ hằng tuần");
    }
    if (debtorPolicyBeneficiary) {
      for (BlackoutProperties.PolicyDay policyDay : properties.policyDays()) {
        if (date.getMonthValue() == policyDay.month() && date.getDayOfMonth() == policyDay.day()) {
          return refused(
              day
                  + " là "
                  + policyDay.name()
                  + ", ngày truyền thống của đối tượng chính sách, mà người phải thi hành án là"
                  + " người có công, thuộc diện chính sách");
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> refused(String reason) {
    return Optional.of(reason + ", không được tổ chức cưỡng chế " + LEGAL_BASIS + ".");
  }
}
