package vn.gov.thads.bcd.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.thads.bcd.calendar.CalendarScheduleProperties;
import vn.gov.thads.bcd.calendar.PublicHolidays;

/**
 * The blackout rule of coercion on its edges: night hours, holidays, the Tết window. No database.
 */
class BlackoutRuleTest {

  private final BlackoutRule rule =
      new BlackoutRule(new PublicHolidays(new CalendarScheduleProperties(Map.of())));

  @Test
  void aNormalWorkingDayInDaytimeIsAllowed() {
    assertThat(rule.violation(LocalDateTime.of(2026, 3, 23, 8, 0))).isEmpty();
  }

  @Test
  void nightHoursAreRefusedFrom2200To0559() {
    assertThat(rule.violation(LocalDateTime.of(2026, 3, 23, 21, 59))).isEmpty();
    assertThat(rule.violation(LocalDateTime.of(2026, 3, 23, 22, 0)))
        .hasValue(
            "Giờ cưỡng chế 22:00 nằm trong khoảng từ 22:00 đến 06:00 sáng hôm sau, không được tổ chức cưỡng chế"
                + " (Điều 46 Luật Thi hành án dân sự; Điều 13 Nghị định 62/2015/NĐ-CP).");
    assertThat(rule.violation(LocalDateTime.of(2026, 3, 23, 5, 59)))
        .get()
        .asString()
        .startsWith("Giờ cưỡng chế 05:59");
    assertThat(rule.violation(LocalDateTime.of(2026, 3, 23, 0, 0))).isPresent();
    assertThat(rule.violation(LocalDateTime.of(2026, 3, 23, 6, 0))).isEmpty();
  }

  @Test
  void publicHolidaysAreRefused() {
    assertThat(rule.violation(LocalDateTime.of(2026, 4, 30, 8, 0)))
        .hasValue(
            "Ngày cưỡng chế 30/04/2026 là ngày nghỉ lễ, không được tổ chức cưỡng chế"
                + " (Điều 46 Luật Thi hành án dân sự; Điều 13 Nghị định 62/2015/NĐ-CP).");
    assertThat(rule.violation(LocalDateTime.of(2026, 9, 2, 8, 0))).isPresent();
    assertThat(rule.violation(LocalDateTime.of(2026, 4, 29, 8, 0))).isEmpty();
  }

  @Test
  void the15DaysBeforeTetAreRefusedTheSixteenthIsNot() {
    // Tết 2026: 17/02. 15 days before: 02/02 to 16/02.
    assertThat(rule.violation(LocalDateTime.of(2026, 2, 1, 8, 0))).isEmpty();
    assertThat(rule.violation(LocalDateTime.of(2026, 2, 2, 8, 0)))
        .hasValue(
            "Ngày cưỡng chế 02/02/2026 nằm trong 15 ngày trước Tết Nguyên đán (17/02/2026), không được tổ chức cưỡng chế"
                + " (Điều 46 Luật Thi hành án dân sự; Điều 13 Nghị định 62/2015/NĐ-CP).");
    assertThat(rule.violation(LocalDateTime.of(2026, 2, 16, 8, 0)))
        .get()
        .asString()
        .contains("15 ngày trước Tết");
  }

  @Test
  void tetItselfAndThe15DaysAfterAreRefusedTheSixteenthIsNot() {
    assertThat(rule.violation(LocalDateTime.of(2026, 2, 17, 8, 0)))
        .get()
        .asString()
        .contains("là ngày Tết Nguyên đán");
    assertThat(rule.violation(LocalDateTime.of(2026, 2, 18, 8, 0)))
        .get()
        .asString()
        .contains("15 ngày sau Tết");
    assertThat(rule.violation(LocalDateTime.of(2026, 2, 20, 9, 0)))
        .hasValue(
            "Ngày cưỡng chế 20/02/2026 nằm trong 15 ngày sau Tết Nguyên đán (17/02/2026), không được tổ chức cưỡng chế"
                + " (Điều 46 Luật Thi hành án dân sự; Điều 13 Nghị định 62/2015/NĐ-CP).");
    assertThat(rule.violation(LocalDateTime.of(2026, 3, 4, 8, 0)))
        .get()
        .asString()
        .contains("15 ngày sau Tết");
    assertThat(rule.violation(LocalDateTime.of(2026, 3, 5, 8, 0))).isEmpty();
  }

  @Test
  void anyYearIsJudgedWithItsComputedTetAndHolidays() {
    // 2040: Tết on 12/02 by the Vietnamese calendar, never configured anywhere.
    assertThat(rule.violation(LocalDateTime.of(2040, 2, 26, 8, 0)))
        .get()
        .asString()
        .contains("(12/02/2040)");
    assertThat(rule.violation(LocalDateTime.of(2040, 2, 28, 8, 0))).isEmpty();
    assertThat(rule.violation(LocalDateTime.of(2040, 6, 5, 8, 0))).isEmpty();
  }
}
