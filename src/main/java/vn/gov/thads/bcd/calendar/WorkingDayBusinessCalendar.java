package vn.gov.thads.bcd.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Adds working-day periods to one of the engine's business calendars. Syntax: {@code P<n>WD}, e.g.
 * {@code P5WD} = the end (17:00, Vietnam time) of the 5th working day after today, the way the law
 * counts "trong 05 ngày làm việc". Anything else (ISO-8601 periods, dates) goes to the engine's own
 * calendar unchanged.
 */
public class WorkingDayBusinessCalendar implements BusinessCalendar {

  public static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,3})WD");
  static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

  private final BusinessCalendar standard;
  private final WorkingDays workingDays;

  public WorkingDayBusinessCalendar(BusinessCalendar standard, WorkingDays workingDays) {
    this.standard = standard;
    this.workingDays = workingDays;
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    Matcher m = description == null ? null : WORKING_DAYS.matcher(description.strip());
    if (m == null || !m.matches()) {
      return startDate == null
          ? standard.resolveDuedate(description)
          : standard.resolveDuedate(description, startDate);
    }
    Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
    LocalDate day = workingDays.plus(VietnamTime.date(start), Integer.parseInt(m.group(1)));
    return Date.from(VietnamTime.instant(day.atTime(END_OF_WORKING_DAY)));
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    return resolveDuedate(description, task == null ? null : task.getCreateTime());
  }
}
