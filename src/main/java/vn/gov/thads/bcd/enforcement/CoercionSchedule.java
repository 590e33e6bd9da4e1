package vn.gov.thads.bcd.enforcement;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.Deadlines;
import vn.gov.thads.bcd.calendar.WorkingDayBusinessCalendar;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The lead times and due dates that hang on the coercion date, from the periods of {@code
 * bcd.deadlines.periods} counted on the working-day calendar: the latest day of the seizure notice
 * of real property and of the police's protection plan, and the due dates of the comment meeting,
 * the protection plan and the record of the coercion day.
 */
@Component
public class CoercionSchedule {

  /** Kind of deadline: the comment meeting, counted from the plan. */
  static final String COMMENT_MEETING = "comment-meeting";

  /** Kind of deadline: the protection plan, counted from the police's receipt of the plan. */
  static final String PROTECTION_PLAN = "protection-plan";

  /** Lead time (calendar days) of the comment meeting before the coercion. */
  static final String COMMENT_MEETING_LEAD = "comment-meeting-lead";

  /** Lead time (working days) of the seizure notice of real property before the coercion. */
  static final String SEIZURE_NOTICE_LEAD = "seizure-notice-lead";

  /** Lead time (working days) of the protection plan's arrival before the coercion. */
  static final String PROTECTION_PLAN_LEAD = "protection-plan-lead";

  /** The record of the coercion day, counted from the coercion date. */
  static final String ENFORCEMENT_RECORD = "enforcement-record";

  /** Due dates are at the end of the working day, as the P&lt;n&gt;WD periods resolve. */
  private static final int END_OF_WORKING_DAY = 17;

  private final Deadlines deadlines;
  private final WorkingDays workingDays;

  public CoercionSchedule(Deadlines deadlines, WorkingDays workingDays) {
    this.deadlines = deadlines;
    this.workingDays = workingDays;
  }

  /** How many working days a lead period (P&lt;n&gt;WD) names. */
  public int leadWorkingDays(String kind) {
    String period = deadlines.period(kind);
    Matcher m = WorkingDayBusinessCalendar.WORKING_DAYS.matcher(period.strip());
    if (!m.matches()) {
      throw new IllegalStateException(
          "Thời hạn 'bcd.deadlines.periods." + kind + "' phải tính bằng ngày làm việc (PnWD).");
    }
    return Integer.parseInt(m.group(1));
  }

  /** How many days the comment meeting comes at least before the coercion (P&lt;n&gt;D). */
  public int commentMeetingLeadDays() {
    String period = deadlines.period(COMMENT_MEETING_LEAD);
    try {
      Period p = Period.parse(period.strip());
      if (p.getYears() == 0 && p.getMonths() == 0 && p.getDays() > 0) {
        return p.getDays();
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new IllegalStateException(
        "Thời hạn 'bcd.deadlines.periods."
            + COMMENT_MEETING_LEAD
            + "' phải tính bằng ngày (PnD), ví dụ P10D.");
  }

  /** The latest day the seizure of real property may be notified before the coercion date. */
  public LocalDate latestSeizureNotice(LocalDate coercion) {
    return workingDays.minus(coercion, leadWorkingDays(SEIZURE_NOTICE_LEAD));
  }

  /** The latest day the police's protection plan may reach the office before the coercion. */
  public LocalDate latestProtectionPlan(LocalDate coercion) {
    return workingDays.minus(coercion, leadWorkingDays(PROTECTION_PLAN_LEAD));
  }

  /**
   * The comment meeting's due date for a plan issued now: the configured period, but never after
   * the last day that leaves the configured lead before the coercion.
   */
  public Date commentMeetingDue(LocalDate coercion) {
    return earlier(
        deadlines.due(COMMENT_MEETING),
        endOfWorkingDay(coercion.minusDays(commentMeetingLeadDays())));
  }

  /**
   * The protection plan's due date for a plan the police receive now: 03 working days (configured)
   * after, but never after the latest day it may reach the office.
   */
  public Date protectionPlanDue(LocalDate coercion) {
    return earlier(deadlines.due(PROTECTION_PLAN), endOfWorkingDay(latestProtectionPlan(coercion)));
  }

  /** When the record of the coercion day is due: the configured period after the coercion date. */
  public Date recordDue(LocalDate coercion) {
    return endOfWorkingDay(deadlines.dueFrom(ENFORCEMENT_RECORD, coercion));
  }

  private static Date endOfWorkingDay(LocalDate day) {
    return Date.from(VietnamTime.instant(day.atTime(END_OF_WORKING_DAY, 0)));
  }

  private static Date earlier(Date a, Date b) {
    return a.before(b) ? a : b;
  }
}
