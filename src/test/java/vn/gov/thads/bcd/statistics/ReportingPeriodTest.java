package vn.gov.thads.bcd.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The reporting year runs from 01/10 to 30/09; its halves, quarters and months. */
class ReportingPeriodTest {

  @Test
  void theReportingYearRunsFromOctoberToSeptember() {
    ReportingPeriod y = ReportingPeriod.of(2026, "Y");
    assertThat(y.from()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(y.to()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(y.fullLabel()).isEqualTo("Năm 2026 (01/10/2025 – 30/09/2026)");
  }

  @Test
  void quartersHalvesAndMonthsFallInsideIt() {
    assertThat(ReportingPeriod.of(2026, "q1").fullLabel())
        .isEqualTo("Quý I năm 2026 (01/10/2025 – 31/12/2025)");
    assertThat(ReportingPeriod.of(2026, "Q4").from()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(ReportingPeriod.of(2026, "H1").fullLabel())
        .isEqualTo("6 tháng đầu năm 2026 (01/10/2025 – 31/03/2026)");
    assertThat(ReportingPeriod.of(2026, "H2").to()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(ReportingPeriod.of(2026, "M10").fullLabel())
        .isEqualTo("Tháng 10/2025 (01/10/2025 – 31/10/2025)");
    assertThat(ReportingPeriod.of(2024, "M2").to()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(ReportingPeriod.of(2026, "M9").code()).isEqualTo("M09");
  }

  @Test
  void unknownPeriodsAndYearsAreRefusedInVietnamese() {
    assertThatThrownBy(() -> ReportingPeriod.of(2026, "Q5"))
        .isInstanceOf(StatisticsRefusal.class)
        .hasMessageContaining("Kỳ báo cáo 'Q5' không hợp lệ");
    assertThatThrownBy(() -> ReportingPeriod.of(2026, "M13"))
        .hasMessageContaining("Kỳ báo cáo 'M13' không hợp lệ");
    assertThatThrownBy(() -> ReportingPeriod.of(1999, "Y"))
        .hasMessageContaining("Năm báo cáo '1999' không hợp lệ");
  }
}
