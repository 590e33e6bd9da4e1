package vn.gov.thads.bcd.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.EngineClock.vn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.gov.thads.bcd.calendar.CalendarScheduleProperties;
import vn.gov.thads.bcd.calendar.PublicHolidays;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.platform.VietnamTime;

class ReminderScheduleTest {

  private static final ReminderPolicy DEFAULTS = new ReminderPolicy(true, 2, true, 2, 3, 10);

  private final CalendarScheduleProperties calendar = new CalendarScheduleProperties(Map.of());
  private final ReminderSchedule schedule =
      new ReminderSchedule(
          new WorkingDays(new PublicHolidays(calendar), calendar), LocalTime.of(8, 0));

  private static List<String> keysAndTimes(List<ReminderEvent> events) {
    return events.stream()
        .map(e -> e.key() + " " + e.at().atZone(VietnamTime.ZONE).toLocalDateTime())
        .toList();
  }

  @Test
  void beforeOnAndAfterTheDueDateEveryOtherWorkingDayWithTwoEscalations() {
    // An opinion requested on Friday 13/02/2026 is due Friday 27/02 17:00 (Tết 16–20/02 is not
    // counted).
    Instant due = vn("2026-02-27T17:00:00");
    List<ReminderEvent> events =
        schedule.upTo(due, vn("2026-02-13T10:00:00"), DEFAULTS, vn("2026-03-16T09:00:00"));
    assertThat(keysAndTimes(events))
        .containsExactly(
            "BEFORE_DUE 2026-02-25T08:00",
            "ON_DUE 2026-02-27T08:00",
            "OVERDUE-1 2026-03-02T08:00",
            "OVERDUE-3 2026-03-04T08:00",
            "ESCALATION_HEAD 2026-03-04T08:00",
            "OVERDUE-5 2026-03-06T08:00",
            "OVERDUE-7 2026-03-10T08:00",
            "OVERDUE-9 2026-03-12T08:00",
            "ESCALATION_CHAIR 2026-03-13T08:00",
            "OVERDUE-11 2026-03-16T08:00");
    assertThat(
            schedule.firstAfter(
                due, vn("2026-02-13T10:00:00"), DEFAULTS, vn("2026-03-04T08:00:00")))
        .map(ReminderEvent::key)
        .contains("OVERDUE-5");
    assertThat(schedule.daysOverdue(due, vn("2026-03-13T08:00:00"))).isEqualTo(10);
  }

  @Test
  void tetAndHolidaysAreSkipped() {
    // Due Friday 13/02/2026, the last working day before Tết: first overdue day is Monday 23/02.
    List<ReminderEvent> tet =
        schedule.upTo(
            vn("2026-02-13T17:00:00"),
            vn("2026-02-01T00:00:00"),
            DEFAULTS,
            vn("2026-02-23T08:00:00"));
    assertThat(keysAndTimes(tet))
        .containsExactly(
            "BEFORE_DUE 2026-02-11T08:00", "ON_DUE 2026-02-13T08:00", "OVERDUE-1 2026-02-23T08:00");
    // Due Monday 04/05/2026: two working days before skips 01/05, 30/04 and the weekend → Tuesday
    // 28/04.
    assertThat(
            schedule
                .firstAfter(
                    vn("2026-05-04T17:00:00"),
                    vn("2026-04-01T00:00:00"),
                    DEFAULTS,
                    vn("2026-04-01T00:00:00"))
                .map(e -> e.at()))
        .contains(vn("2026-04-28T08:00:00"));
  }

  @Test
  void aDueDateOnASundayIsRemindedOnTheFridayBefore() {
    List<ReminderEvent> events =
        schedule.upTo(
            vn("2026-03-01T14:00:00"),
            vn("2026-02-01T00:00:00"),
            DEFAULTS,
            vn("2026-03-02T12:00:00"));
    assertThat(keysAndTimes(events))
        .containsExactly(
            "BEFORE_DUE 2026-02-25T08:00", "ON_DUE 2026-02-27T08:00", "OVERDUE-1 2026-03-02T08:00");
  }

  @Test
  void nothingBeforeTheTaskExistedAndNothingWhenSwitchedOff() {
    Instant due = vn("2026-02-27T17:00:00");
    // Given the task on Thursday 26/02: no "two days before" about it.
    assertThat(
            keysAndTimes(
                schedule.upTo(due, vn("2026-02-26T09:30:00"), DEFAULTS, vn("2026-03-02T08:00:00"))))
        .containsExactly("ON_DUE 2026-02-27T08:00", "OVERDUE-1 2026-03-02T08:00");
    assertThat(
            schedule.upTo(
                due,
                vn("2026-02-01T00:00:00"),
                new ReminderPolicy(false, 2, true, 2, 3, 10),
                vn("2026-04-01T00:00:00")))
        .isEmpty();
    // No repetition and no escalation: the schedule ends.
    ReminderPolicy once = new ReminderPolicy(true, 0, true, 0, 0, 0);
    assertThat(
            keysAndTimes(
                schedule.upTo(due, vn("2026-02-01T00:00:00"), once, vn("2026-12-01T00:00:00"))))
        .containsExactly("ON_DUE 2026-02-27T08:00");
    assertThat(schedule.firstAfter(due, vn("2026-02-01T00:00:00"), once, vn("2026-02-27T08:00:00")))
        .isEmpty();
  }

  @Test
  void afterAnOutageOnlyTheNewestReminderAndEscalationAreSent() {
    Instant due = vn("2026-02-27T17:00:00");
    List<ReminderEvent> due5 =
        schedule.upTo(due, vn("2026-02-13T10:00:00"), DEFAULTS, vn("2026-03-06T09:00:00"));
    assertThat(ReminderService.pending(due5, Set.of("BEFORE_DUE")).stream().map(ReminderEvent::key))
        .containsExactly("OVERDUE-5", "ESCALATION_HEAD");
    assertThat(ReminderService.pending(due5, Set.of("OVERDUE-5", "ESCALATION_HEAD"))).isEmpty();
  }

  @Test
  void policiesOfOneKindOfTaskOverrideTheDefaultsAndBadValuesAreRefused() {
    ReminderProperties properties =
        new ReminderProperties(
            LocalTime.of(8, 0),
            DEFAULTS,
            Map.of("Task_FollowUpCourt", new ReminderPolicy(null, 5, null, 5, 10, 30)),
            "PT1M",
            "R/P1D",
            Duration.ofSeconds(15),
            8,
            Duration.ofSeconds(45));
    assertThat(properties.policyFor("Task_FollowUpCourt"))
        .isEqualTo(new ReminderPolicy(true, 5, true, 5, 10, 30));
    assertThat(properties.policyFor("Task_GiveOpinion")).isEqualTo(DEFAULTS);
    Assertions.assertThatThrownBy(
            () ->
                new ReminderProperties(
                    LocalTime.of(8, 0),
                    DEFAULTS,
                    Map.of("Task_GiveOpinion", new ReminderPolicy(null, -1, null, null, 10, 5)),
                    "PT1M",
                    "R/P1D",
                    Duration.ofSeconds(15),
                    8,
                    Duration.ofSeconds(45)))
        .hasMessageContaining("bcd.reminders.tasks.Task_GiveOpinion: days-before = -1 không hợp lệ")
        .hasMessageContaining("escalate-to-chair-after (5) phải lớn hơn escalate-after (10)");
  }
}
