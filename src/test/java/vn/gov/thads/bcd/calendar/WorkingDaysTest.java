package vn.gov.thads.bcd.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  private static WorkingDays workingDays(
      Map<Integer, CalendarScheduleProperties.YearSchedule> years) {
    CalendarScheduleProperties schedule = new CalendarScheduleProperties(years);
    return new WorkingDays(new PublicHolidays(schedule), schedule);
  }

  private final WorkingDays computed = workingDays(Map.of());

  @Test
  void tetIsFiveDaysFromTheLastDayOfTheLunarYear() {
    PublicHolidays holidays = new PublicHolidays(new CalendarScheduleProperties(Map.of()));
    // Tết Bính Ngọ: 17/02/2026, so 16/02 (last day of Ất Tỵ) to 20/02.
    assertThat(holidays.of(2026))
        .contains(
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 2, 17),
            LocalDate.of(2026, 2, 20),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 26),
            LocalDate.of(2026, 4, 30),
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 9, 2))
        .doesNotContain(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 21));
  }

  @Test
  void countingSkipsWeekendsAndHolidays() {
    // Friday 13/02/2026 + 1 working day: Tết week off, then the weekend → Monday 23/02.
    assertThat(computed.plus(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
    // Friday 24/01/2025 + 3: Monday 27/01 works, Tết 28/01–01/02, then 03/02 and 04/02.
    assertThat(computed.plus(LocalDate.of(2025, 1, 24), 3)).isEqualTo(LocalDate.of(2025, 2, 4));
    // Wednesday 29/04/2026 + 1: 30/04 and 01/05 off, weekend → Monday 04/05.
    assertThat(computed.plus(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(computed.previous(LocalDate.of(2026, 2, 23))).isEqualTo(LocalDate.of(2026, 2, 13));
  }

  @Test
  void theYearsOfficialScheduleOverridesTheComputedDefault() {
    WorkingDays official =
        workingDays(
            Map.of(
                2026,
                new CalendarScheduleProperties.YearSchedule(
                    List.of(
                        LocalDate.of(
                            2026, 4, 27)), // Giỗ Tổ falls on a Sunday: Monday off in exchange
                    List.of(
                        LocalDate.of(2026, 2, 7))))); // a Saturday worked in exchange for a Tết day
    assertThat(official.isWorkingDay(LocalDate.of(2026, 2, 7))).isTrue();
    assertThat(computed.isWorkingDay(LocalDate.of(2026, 2, 7))).isFalse();
    assertThat(official.plus(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
    assertThat(computed.plus(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 27));
  }

  @Test
  void engineCalendarUnderstandsWorkingDayPeriodsAndLeavesTheRestToCamunda() {
    WorkingDayBusinessCalendar calendar =
        new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), computed);
    Date monday = Date.from(OffsetDateTime.parse("2026-03-02T08:00:00+07:00").toInstant());
    assertThat(calendar.resolveDuedate("P5WD", monday))
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-03-09T17:00:00+07:00").toInstant()));
    assertThat(calendar.resolveDuedate("P5D", monday))
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-03-07T08:00:00+07:00").toInstant()));
  }
}
