package vn.gov.thads.bcd.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

  @ParameterizedTest(name = "Tết {0} = {1}")
  @CsvSource({
    // Years where Vietnam (UTC+7) and China (UTC+8) celebrate on different days.
    "1985, 1985-01-21", // China: 1985-02-20 (a month later)
    "2007, 2007-02-17", // China: 2007-02-18
    // Known years
    "2020, 2020-01-25",
    "2023, 2023-01-22",
    "2024, 2024-02-10",
    "2025, 2025-01-29",
    "2026, 2026-02-17",
    "2027, 2027-02-06",
    // The new moon falls at 23:07 on 2 February 2030 in Vietnam, 00:07 on the 3rd in China.
    "2030, 2030-02-02"
  })
  void tet(int year, LocalDate expected) {
    assertThat(VietnameseLunarCalendar.tet(year)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} = {1}")
  @CsvSource({"2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
  void hungKingsCommemoration(int year, LocalDate expected) {
    assertThat(VietnameseLunarCalendar.lunarDate(year, 3, 10)).isEqualTo(expected);
  }
}
