package vn.gov.thads.bcd.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.gov.thads.bcd.testsupport.ModelTestEngine;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * The dates a not-enforceable decision sets, with the periods of the shipped application.yaml:
 * re-verification and the separate tracking book counted from the decision's date, and the law that
 * applies switched on the configured effective date of the 2025 Law.
 */
class NotEnforceableScheduleTest {

  final ReverificationSchedule schedule = new ReverificationSchedule(ModelTestEngine.deadlines());

  @Test
  void reverificationAndSeparateBookRunFromTheDecisionDate() {
    LocalDate decision = LocalDate.of(2026, 3, 10);
    assertThat(schedule.firstReverification(decision, FollowUpVariables.DEBTOR_NORMAL))
        .isEqualTo(LocalDate.of(2026, 9, 10));
    assertThat(schedule.firstReverification(decision, FollowUpVariables.DEBTOR_IMPRISONED))
        .isEqualTo(LocalDate.of(2027, 3, 10));
    assertThat(schedule.firstReverification(decision, FollowUpVariables.DEBTOR_ADDRESS_UNKNOWN))
        .isEqualTo(LocalDate.of(2027, 3, 10));
    assertThat(schedule.separateBook(decision)).isEqualTo(LocalDate.of(2028, 3, 10));
  }

  @Test
  void theNextReverificationKeepsTheRhythmOfTheDecisionUnlessMoreThanAPeriodLate() {
    LocalDate lastDue = LocalDate.of(2026, 9, 10);
    // Recorded a week late: still 6 months after the last due day.
    assertThat(
            schedule.nextReverification(
                lastDue, FollowUpVariables.DEBTOR_NORMAL, LocalDate.of(2026, 9, 17)))
        .isEqualTo(LocalDate.of(2027, 3, 10));
    // Now imprisoned: a year after the last due day.
    assertThat(
            schedule.nextReverification(
                lastDue, FollowUpVariables.DEBTOR_IMPRISONED, LocalDate.of(2026, 9, 17)))
        .isEqualTo(LocalDate.of(2027, 9, 10));
    // More than a period late: counted from today, so that it does not fall due at once.
    assertThat(
            schedule.nextReverification(
                lastDue, FollowUpVariables.DEBTOR_NORMAL, LocalDate.of(2027, 4, 1)))
        .isEqualTo(LocalDate.of(2027, 10, 1));
  }

  @Test
  void monthsAreCountedOnTheVietnameseCalendar() {
    // The start of 01/10 in Vietnam is still 30/09 in UTC: six months must not end on 30/03.
    assertThat(
            schedule.firstReverification(
                LocalDate.of(2026, 10, 1), FollowUpVariables.DEBTOR_NORMAL))
        .isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(schedule.separateBook(LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2028, 7, 1));
    // The end of a month: 31/08 + 6 months = 28/02.
    assertThat(
            schedule.firstReverification(
                LocalDate.of(2026, 8, 31), FollowUpVariables.DEBTOR_NORMAL))
        .isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void timersFireAtTheStartOfTheDayInVietnam() {
    assertThat(ReverificationSchedule.timerDate(LocalDate.of(2026, 9, 10)).toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-09-10T00:00+07:00").toInstant());
  }

  @Test
  void theDecisionDateDecidesTheLawAtTheConfiguredSwitch() throws Exception {
    String configured =
        new ObjectMapper(new YAMLFactory())
            .readTree(Path.of("src/main/resources/application.yaml").toFile())
            .path("bcd")
            .path("followup")
            .path("law-2025-from")
            .asText();
    assertThat(configured).isEqualTo("2026-07-01");
    FollowUpProperties shipped = new FollowUpProperties(LocalDate.parse(configured));

    assertThat(shipped.lawFor(LocalDate.of(2026, 6, 30))).isEqualTo(FollowUpVariables.LAW_2008);
    assertThat(shipped.lawFor(LocalDate.of(2026, 7, 1))).isEqualTo(FollowUpVariables.LAW_2025);
    assertThat(shipped.lawFor(LocalDate.of(2027, 1, 15))).isEqualTo(FollowUpVariables.LAW_2025);
    // Not configured: the Law's own effective date.
    assertThat(new FollowUpProperties(null).law2025From()).isEqualTo(LocalDate.of(2026, 7, 1));
    // Moved in configuration (e.g. a transitional provision): the switch moves with it.
    FollowUpProperties moved = new FollowUpProperties(LocalDate.of(2026, 9, 1));
    assertThat(moved.lawFor(LocalDate.of(2026, 8, 31))).isEqualTo(FollowUpVariables.LAW_2008);
    assertThat(moved.lawFor(LocalDate.of(2026, 9, 1))).isEqualTo(FollowUpVariables.LAW_2025);
  }
}
