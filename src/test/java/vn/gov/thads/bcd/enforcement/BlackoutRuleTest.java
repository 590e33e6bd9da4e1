package vn.gov.thads.bcd.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import vn.gov.thads.bcd.calendar.CalendarScheduleProperties;
import vn.gov.thads.bcd.calendar.PublicHolidays;
import vn.gov.thads.bcd.calendar.WorkingDays;

/**
 * The blackout rule of coercion as a table, with the holiday schedules and blackout values shipped
 * in application.yaml (bound without a Spring context): weekdays and weekends, every public holiday
 * and day off of 2026 and 2027, both ends of the Tết windows, the night hours, 27/7 with and
 * without the dossier's policy flag. Each refusal's Vietnamese wording is asserted. No database.
 */
class BlackoutRuleTest {

  private static final String BASIS =
      ", không được tổ chức cưỡng chế (Điều 46 Luật Thi hành án dân sự; Điều 13 Nghị định"
          + " 62/2015/NĐ-CP).";

  private static final Binder SHIPPED = shipped();
  private static final CalendarScheduleProperties SCHEDULE =
      SHIPPED.bind("bcd.calendar", CalendarScheduleProperties.class).get();
  private static final BlackoutProperties VALUES =
      SHIPPED.bind("bcd.enforcement.blackout", BlackoutProperties.class).get();

  private final PublicHolidays holidays = new PublicHolidays(SCHEDULE);
  private final BlackoutRule rule =
      new BlackoutRule(new WorkingDays(holidays, SCHEDULE), holidays, VALUES);

  private static Binder shipped() {
    try {
      return new Binder(
          ConfigurationPropertySources.from(
              new YamlPropertySourceLoader()
                  .load("application.yaml", new ClassPathResource("application.yaml"))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Optional<String> at(String date, String time, boolean policyBeneficiary) {
    return rule.violation(
        LocalDateTime.of(LocalDate.parse(date), LocalTime.parse(time)), policyBeneficiary);
  }

  private Optional<String> at(String date) {
    return at(date, "08:00", false);
  }

  @Test
  void theShippedValuesAreTheLaw() {
    assertThat(VALUES).isEqualTo(BlackoutProperties.defaults());
    assertThat(VALUES.tetWindow(2026)).isEqualTo(new BlackoutProperties.TetWindow(15, 15));
  }

  @Test
  void everyWeekdayOfJune2026IsAllowedEveryWeekendDayRefused() {
    for (LocalDate day = LocalDate.of(2026, 6, 1);
        day.getMonthValue() == 6;
        day = day.plusDays(1)) {
      Optional<String> refusal = rule.violation(day.atTime(8, 0), true);
      switch (day.getDayOfWeek()) {
        case SATURDAY ->
            assertThat(refusal)
                .as(day.toString())
                .hasValue(
                    "Ngày cưỡng chế %02d/06/2026 là thứ Bảy, ngày nghỉ hằng tuần"
                            .formatted(day.getDayOfMonth())
                        + BASIS);
        case SUNDAY ->
            assertThat(refusal)
                .as(day.toString())
                .hasValue(
                    "Ngày cưỡng chế %02d/06/2026 là Chủ nhật, ngày nghỉ hằng tuần"
                            .formatted(day.getDayOfMonth())
                        + BASIS);
        default -> assertThat(refusal).as(day.toString()).isEmpty();
      }
    }
  }

  @Test
  void theWeekendOfTheIssueIsRefused() {
    assertThat(at("2026-05-09"))
        .hasValue("Ngày cưỡng chế 09/05/2026 là thứ Bảy, ngày nghỉ hằng tuần" + BASIS);
    assertThat(at("2026-05-10"))
        .hasValue("Ngày cưỡng chế 10/05/2026 là Chủ nhật, ngày nghỉ hằng tuần" + BASIS);
    assertThat(at("2026-05-11")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2026-01-01 | Ngày cưỡng chế 01/01/2026 là ngày nghỉ lễ Tết Dương lịch
          2026-01-02 | Ngày cưỡng chế 02/01/2026 là ngày nghỉ bù, hoán đổi theo lịch nghỉ lễ, Tết năm 2026
          2026-02-16 | Ngày cưỡng chế 16/02/2026 nằm trong 15 ngày trước Tết Nguyên đán (17/02/2026)
          2026-02-17 | Ngày cưỡng chế 17/02/2026 là ngày Tết Nguyên đán
          2026-02-18 | Ngày cưỡng chế 18/02/2026 nằm trong 15 ngày sau Tết Nguyên đán (17/02/2026)
          2026-02-19 | Ngày cưỡng chế 19/02/2026 nằm trong 15 ngày sau Tết Nguyên đán (17/02/2026)
          2026-02-20 | Ngày cưỡng chế 20/02/2026 nằm trong 15 ngày sau Tết Nguyên đán (17/02/2026)
          2026-04-26 | Ngày cưỡng chế 26/04/2026 là ngày nghỉ lễ Giỗ Tổ Hùng Vương (10/3 âm lịch)
          2026-04-27 | Ngày cưỡng chế 27/04/2026 là ngày nghỉ bù, hoán đổi theo lịch nghỉ lễ, Tết năm 2026
          2026-04-30 | Ngày cưỡng chế 30/04/2026 là ngày nghỉ lễ Ngày Chiến thắng (30/4)
          2026-05-01 | Ngày cưỡng chế 01/05/2026 là ngày nghỉ lễ Ngày Quốc tế Lao động (01/5)
          2026-09-01 | Ngày cưỡng chế 01/09/2026 là ngày nghỉ lễ Quốc khánh
          2026-09-02 | Ngày cưỡng chế 02/09/2026 là ngày nghỉ lễ Quốc khánh
          2027-01-01 | Ngày cưỡng chế 01/01/2027 là ngày nghỉ lễ Tết Dương lịch
          2027-02-05 | Ngày cưỡng chế 05/02/2027 nằm trong 15 ngày trước Tết Nguyên đán (06/02/2027)
          2027-02-06 | Ngày cưỡng chế 06/02/2027 là ngày Tết Nguyên đán
          2027-02-07 | Ngày cưỡng chế 07/02/2027 nằm trong 15 ngày sau Tết Nguyên đán (06/02/2027)
          2027-02-08 | Ngày cưỡng chế 08/02/2027 nằm trong 15 ngày sau Tết Nguyên đán (06/02/2027)
          2027-02-09 | Ngày cưỡng chế 09/02/2027 nằm trong 15 ngày sau Tết Nguyên đán (06/02/2027)
          2027-02-10 | Ngày cưỡng chế 10/02/2027 nằm trong 15 ngày sau Tết Nguyên đán (06/02/2027)
          2027-02-11 | Ngày cưỡng chế 11/02/2027 nằm trong 15 ngày sau Tết Nguyên đán (06/02/2027)
          2027-04-16 | Ngày cưỡng chế 16/04/2027 là ngày nghỉ lễ Giỗ Tổ Hùng Vương (10/3 âm lịch)
          2027-04-30 | Ngày cưỡng chế 30/04/2027 là ngày nghỉ lễ Ngày Chiến thắng (30/4)
          2027-05-01 | Ngày cưỡng chế 01/05/2027 là ngày nghỉ lễ Ngày Quốc tế Lao động (01/5)
          2027-05-03 | Ngày cưỡng chế 03/05/2027 là ngày nghỉ bù, hoán đổi theo lịch nghỉ lễ, Tết năm 2027
          2027-09-01 | Ngày cưỡng chế 01/09/2027 là ngày nghỉ lễ Quốc khánh
          2027-09-02 | Ngày cưỡng chế 02/09/2027 là ngày nghỉ lễ Quốc khánh
          """)
  void everyShippedHolidayOf2026And2027IsRefused(String date, String reason) {
    assertThat(at(date)).hasValue(reason + BASIS);
  }

  @Test
  void theTableCoversEveryShippedHoliday() {
    assertThat(holidays.of(2026))
        .containsExactlyInAnyOrder(
            days(
                "2026-01-01",
                "2026-01-02",
                "2026-02-16",
                "2026-02-17",
                "2026-02-18",
                "2026-02-19",
                "2026-02-20",
                "2026-04-26",
                "2026-04-27",
                "2026-04-30",
                "2026-05-01",
                "2026-09-01",
                "2026-09-02"));
    assertThat(holidays.of(2027))
        .containsExactlyInAnyOrder(
            days(
                "2027-01-01",
                "2027-02-05",
                "2027-02-06",
                "2027-02-07",
                "2027-02-08",
                "2027-02-09",
                "2027-02-10",
                "2027-02-11",
                "2027-04-16",
                "2027-04-30",
                "2027-05-01",
                "2027-05-03",
                "2027-09-01",
                "2027-09-02"));
  }

  private static LocalDate[] days(String... dates) {
    return java.util.Arrays.stream(dates).map(LocalDate::parse).toArray(LocalDate[]::new);
  }

  @Test
  void aSaturdayWorkedInExchangeIsAWorkingDay() {
    // Friday 02/01/2026 was swapped with Saturday 10/01/2026 (Văn bản 12729/VPCP-KGVX).
    assertThat(LocalDate.parse("2026-01-10").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(at("2026-01-10")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2026-01-30 |
          2026-02-02 | Ngày cưỡng chế 02/02/2026 nằm trong 15 ngày trước Tết Nguyên đán (17/02/2026)
          2026-03-04 | Ngày cưỡng chế 04/03/2026 nằm trong 15 ngày sau Tết Nguyên đán (17/02/2026)
          2026-03-05 |
          2027-01-21 |
          2027-01-22 | Ngày cưỡng chế 22/01/2027 nằm trong 15 ngày trước Tết Nguyên đán (06/02/2027)
          2027-02-21 | Ngày cưỡng chế 21/02/2027 nằm trong 15 ngày sau Tết Nguyên đán (06/02/2027)
          2027-02-22 |
          """)
  void bothEndsOfTheTetWindowsOf2026And2027(String date, String reason) {
    if (reason == null) {
      assertThat(at(date)).isEmpty();
    } else {
      assertThat(at(date)).hasValue(reason + BASIS);
    }
  }

  @Test
  void aYearsTetWindowCanBeLongerAndReachBackIntoTheYearBefore() {
    BlackoutProperties longer =
        new BlackoutProperties(
            null,
            null,
            null,
            null,
            Map.of(
                2027,
                new BlackoutProperties.TetWindow(20, 20),
                2028,
                new BlackoutProperties.TetWindow(40, 15)),
            null);
    BlackoutRule directive =
        new BlackoutRule(new WorkingDays(holidays, SCHEDULE), holidays, longer);
    assertThat(directive.violation(LocalDateTime.of(2027, 1, 18, 8, 0), false))
        .hasValue(
            "Ngày cưỡng chế 18/01/2027 nằm trong 20 ngày trước Tết Nguyên đán (06/02/2027)"
                + BASIS);
    assertThat(directive.violation(LocalDateTime.of(2027, 2, 26, 8, 0), false))
        .hasValue(
            "Ngày cưỡng chế 26/02/2027 nằm trong 20 ngày sau Tết Nguyên đán (06/02/2027)" + BASIS);
    assertThat(directive.violation(LocalDateTime.of(2027, 3, 1, 8, 0), false)).isEmpty();
    // Tết 2028 is on 26/01/2028: 40 days before reaches back to 17/12/2027.
    assertThat(directive.violation(LocalDateTime.of(2027, 12, 17, 8, 0), false))
        .hasValue(
            "Ngày cưỡng chế 17/12/2027 nằm trong 40 ngày trước Tết Nguyên đán (26/01/2028)"
                + BASIS);
    assertThat(directive.violation(LocalDateTime.of(2027, 12, 16, 8, 0), false)).isEmpty();
    assertThat(rule.violation(LocalDateTime.of(2027, 12, 17, 8, 0), false)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          21:59 |
          22:00 | Giờ cưỡng chế 22:00 nằm trong khoảng từ 22:00 đến 06:00 sáng hôm sau
          23:30 | Giờ cưỡng chế 23:30 nằm trong khoảng từ 22:00 đến 06:00 sáng hôm sau
          00:00 | Giờ cưỡng chế 00:00 nằm trong khoảng từ 22:00 đến 06:00 sáng hôm sau
          05:59 | Giờ cưỡng chế 05:59 nằm trong khoảng từ 22:00 đến 06:00 sáng hôm sau
          06:00 |
          """)
  void nightHoursAreRefusedFrom2200To0559(String time, String reason) {
    if (reason == null) {
      assertThat(at("2026-03-23", time, false)).isEmpty();
    } else {
      assertThat(at("2026-03-23", time, false)).hasValue(reason + BASIS);
    }
  }

  @Test
  void the27thOfJulyIsRefusedOnlyWhenTheDebtorIsAPolicyBeneficiary() {
    assertThat(at("2026-07-27", "08:00", false)).isEmpty();
    assertThat(at("2026-07-27", "08:00", true))
        .hasValue(
            "Ngày cưỡng chế 27/07/2026 là Ngày Thương binh – Liệt sĩ (27/7), ngày truyền thống"
                + " của đối tượng chính sách, mà người phải thi hành án là người có công, thuộc"
                + " diện chính sách"
                + BASIS);
    assertThat(at("2027-07-27", "08:00", false)).isEmpty();
    assertThat(at("2027-07-27", "08:00", true)).get().asString().contains("27/07/2027 là Ngày");
    assertThat(at("2026-07-28", "08:00", true)).isEmpty();
  }

  @Test
  void anyYearIsJudgedWithItsComputedTetAndHolidays() {
    // 2040: Tết on 12/02 by the Vietnamese calendar, never configured anywhere.
    assertThat(at("2040-02-26"))
        .hasValue(
            "Ngày cưỡng chế 26/02/2040 nằm trong 15 ngày sau Tết Nguyên đán (12/02/2040)" + BASIS);
    assertThat(at("2040-02-28")).isEmpty();
    assertThat(at("2040-06-05")).isEmpty();
    assertThat(at("2040-09-01"))
        .hasValue("Ngày cưỡng chế 01/09/2040 là ngày nghỉ lễ Quốc khánh" + BASIS);
  }
}
