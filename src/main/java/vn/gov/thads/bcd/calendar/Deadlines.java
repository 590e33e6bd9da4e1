package vn.gov.thads.bcd.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Computes deadlines from the configured periods through the engine's business calendar, so that
 * the calendar used by due dates and timers (working days, holidays) is the one every deadline
 * uses. Used from the models as {@code ${deadlines.due('opinion')}}.
 */
@Component("deadlines")
public class Deadlines {

  /** Kinds of deadline known to the models; each needs a period in configuration. */
  public static final String OPINION = "opinion";

  private final DeadlineProperties properties;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  public Deadlines(DeadlineProperties properties, ProcessEngineConfiguration engineConfiguration) {
    this.properties = properties;
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engineConfiguration;
  }

  /** The deadline of a step of this kind that starts now. */
  public Date due(String kind) {
    return engineConfiguration
        .getBusinessCalendarManager()
        .getBusinessCalendar(DueDateBusinessCalendar.NAME)
        .resolveDuedate(period(kind));
  }

  /**
   * The deadline of a step of this kind that started on {@code start}, as a day: a period counted
   * from a past event, e.g. from the day the obliged body received an administrative judgment.
   * Days, months and years are added on the Vietnamese calendar (01/10 + 6 months = 01/04), not to
   * an instant in the server's zone, where the start of a Vietnamese day is still the day before
   * (which would give 31/03); working-day periods ({@code P5WD}) go through the business calendar.
   */
  public LocalDate dueFrom(String kind, LocalDate start) {
    String period = period(kind);
    if (!WorkingDayBusinessCalendar.WORKING_DAYS.matcher(period).matches()) {
      try {
        return start.plus(Period.parse(period));
      } catch (DateTimeParseException e) {
        // Not a date period (e.g. PT48H): the engine's calendar below.
      }
    }
    Date resolved =
        engineConfiguration
            .getBusinessCalendarManager()
            .getBusinessCalendar(DueDateBusinessCalendar.NAME)
            .resolveDuedate(period, Date.from(VietnamTime.startOfDay(start)));
    return VietnamTime.date(resolved);
  }

  /**
   * The end of the working day (17:00, Vietnam time) of a date kept as {@code yyyy-MM-dd}, e.g. the
   * day of a meeting whose minutes are due that day. A bare ISO date as {@code camunda:dueDate}
   * would mean midnight in the server's time zone, before the meeting has begun.
   */
  public Date endOfDay(String isoDate) {
    return Date.from(
        VietnamTime.instant(
            LocalDate.parse(isoDate).atTime(WorkingDayBusinessCalendar.END_OF_WORKING_DAY)));
  }

  /** The period of a kind of step that starts today (the engine's clock, Vietnam time). */
  public String period(String kind) {
    return period(kind, VietnamTime.date(ClockUtil.getCurrentTime()));
  }

  /** The period of a kind of step that starts on {@code day}: a change of the law may apply. */
  public String period(String kind, LocalDate day) {
    String period = properties.periodsOn(day).get(kind);
    if (period == null || period.isBlank()) {
      throw new IllegalStateException(
          "Chưa cấu hình thời hạn 'bcd.deadlines.periods." + kind + "'");
    }
    return period;
  }
}
