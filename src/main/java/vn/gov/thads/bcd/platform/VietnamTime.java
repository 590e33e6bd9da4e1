package vn.gov.thads.bcd.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Vietnam time, the one home of the zone and of the way dates are shown. Everything the committee
 * sees and every "today" the law counts from is in this zone, whatever the server's own zone is.
 */
public final class VietnamTime {

  /** The zone's id, for annotations that need a constant. */
  public static final String ZONE_ID = "Asia/Ho_Chi_Minh";

  public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

  /** Dates as Vietnamese write them: 02/03/2026. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A date with the time of day: 02/03/2026 14:30. */
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** A date with the time of day to the second: 02/03/2026 14:30:05. */
  public static final DateTimeFormatter DATE_TIME_SECONDS =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

  /** Times of day: 07:30. */
  public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** The last minute of a day, the moment a deadline "by that day" falls due. */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

  private VietnamTime() {}

  /** Today in Vietnam by the given clock (the application's clock follows the engine's). */
  public static LocalDate today(Clock clock) {
    return date(clock.instant());
  }

  /** Now in Vietnam, without zone, as the time of day on a form is meant. */
  public static LocalDateTime now(Clock clock) {
    return LocalDateTime.ofInstant(clock.instant(), ZONE);
  }

  /** The Vietnamese calendar day of an instant. */
  public static LocalDate date(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  /** The Vietnamese calendar day of a date as the engine keeps it. */
  public static LocalDate date(Date date) {
    return date(date.toInstant());
  }

  /** The instant of a Vietnamese date and time of day. */
  public static Instant instant(LocalDateTime dateTime) {
    return dateTime.atZone(ZONE).toInstant();
  }

  /** The start of a Vietnamese day. */
  public static Instant startOfDay(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }

  /** A deadline "by that day": 23:59 Vietnam time, as the engine's due dates take it. */
  public static Date endOfDay(LocalDate day) {
    return Date.from(instant(day.atTime(END_OF_DAY)));
  }

  /** 02/03/2026. */
  public static String format(LocalDate day) {
    return day.format(DATE);
  }

  /** 02/03/2026 14:30, Vietnam time. */
  public static String format(Instant instant) {
    return instant.atZone(ZONE).format(DATE_TIME);
  }
}
