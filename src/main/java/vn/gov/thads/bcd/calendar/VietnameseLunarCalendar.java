package vn.gov.thads.bcd.calendar;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Calendar;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The Vietnamese lunisolar calendar: the Chinese calendar's rules with the astronomy computed for
 * UTC+7 rather than UTC+8, which is why Tết sometimes falls on another day than the Chinese new
 * year (1985, 2007). Built on ICU4J, which offers exactly this parameter (as it does for the Korean
 * calendar at UTC+9).
 */
public final class VietnameseLunarCalendar {

  private static final TimeZone VIETNAM = TimeZone.getTimeZone(VietnamTime.ZONE.getId());
  private static final TimeZone ASTRONOMY_ZONE = new SimpleTimeZone(7 * 3600 * 1000, "UTC+7");

  /** ICU's epoch of the Chinese cycle (2637 BC), shared by the Vietnamese calendar. */
  private static final int CYCLE_EPOCH_YEAR = -2636;

  private VietnameseLunarCalendar() {}

  /** The first day of the lunar year that begins in the given Gregorian year (mùng 1 Tết). */
  public static LocalDate tet(int gregorianYear) {
    return lunarDate(gregorianYear, 1, 1);
  }

  /**
   * The Gregorian date of a lunar date (month 1–12, not a leap month) in the lunar year that begins
   * in the given Gregorian year, e.g. Giỗ Tổ Hùng Vương = 10/3 lunar.
   */
  public static LocalDate lunarDate(int gregorianYear, int lunarMonth, int lunarDay) {
    Calendar cal = new Calendar();
    cal.clear();
    // Mid-year is always after Tết, so this is the lunar year that begins in gregorianYear.
    GregorianCalendar midYear = new GregorianCalendar(VIETNAM);
    midYear.clear();
    midYear.set(gregorianYear, Calendar.JULY, 1, 12, 0);
    cal.setTimeInMillis(midYear.getTimeInMillis());
    int era = cal.get(ChineseCalendar.ERA);
    int year = cal.get(ChineseCalendar.YEAR);
    cal.clear();
    cal.set(ChineseCalendar.ERA, era);
    cal.set(ChineseCalendar.YEAR, year);
    cal.set(ChineseCalendar.MONTH, lunarMonth - 1);
    cal.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    cal.set(ChineseCalendar.DATE, lunarDay);
    cal.set(ChineseCalendar.HOUR_OF_DAY, 12);
    GregorianCalendar g = new GregorianCalendar(VIETNAM);
    g.setTimeInMillis(cal.getTimeInMillis());
    return LocalDate.of(
        g.get(Calendar.YEAR), g.get(Calendar.MONTH) + 1, g.get(Calendar.DAY_OF_MONTH));
  }

  /**
   * ICU's Chinese calendar with its astronomy at UTC+7, through the constructor ICU provides for
   * this.
   */
  @SuppressWarnings("deprecation")
  private static final class Calendar extends ChineseCalendar {
    Calendar() {
      super(VIETNAM, ULocale.ROOT, CYCLE_EPOCH_YEAR, ASTRONOMY_ZONE);
    }
  }
}
