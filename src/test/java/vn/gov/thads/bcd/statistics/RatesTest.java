package vn.gov.thads.bcd.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The formulas of Circular 05/2024/TT-BTP against published figures. */
class RatesTest {

  @Test
  void theNational9Month2017FiguresGive63Point75() {
    // 369,372 / 579,413 = 63.7493…: rounded half up to 2 decimals.
    assertThat(Rates.completionRate(369_372, 579_413)).isEqualByComparingTo("63.75");
    assertThat(Rates.completionRate(369_372, 579_413).scale()).isEqualTo(2);
  }

  @Test
  void theSeedsCompletedCasesGive83Point78() {
    // domain.md: 12,491 cases completed = 83.78 % (Kiên Giang, 2023). The published report does
    // not give the enforceable cases; 14,909 is the whole number that yields 83.78 % (12,491 /
    // 83.78 % = 14,909.3), and the figures below add up to it line by line.
    SideFigures seed = new SideFigures(Side.CASES, 8000, 10_500, 300, 3291, 12_100, 391, 0);
    assertThat(seed.totalAccepted()).isEqualTo(18_500);
    assertThat(seed.toEnforce()).isEqualTo(18_200);
    assertThat(seed.withConditions()).isEqualTo(14_909);
    assertThat(seed.resolved()).isEqualTo(12_491);
    assertThat(seed.rate()).isEqualByComparingTo("83.78");
    assertThat(seed.carryOverNext()).isEqualTo(18_200 - 12_491);
    assertThat(seed.carryOverNextWithConditions()).isEqualTo(14_909 - 12_491);
    // Against the 2024 target of 83.35 %: 0.43 percentage points above.
    assertThat(Rates.gap(seed.rate(), new BigDecimal("83.35"))).isEqualByComparingTo("0.43");
    assertThat(Rates.points(Rates.gap(seed.rate(), new BigDecimal("83.35"))))
        .isEqualTo("+0,43 điểm %");
  }

  @Test
  void moneyCountsReducedAndExemptedAmountsAsCompleted() {
    // The seed: 1,012 billion đồng = 48.72 %, of which 22 billion reduced or exempted here.
    SideFigures money =
        new SideFigures(
            Side.MONEY,
            3_000_000_000_000L,
            2_500_000_000_000L,
            50_000_000_000L,
            3_372_825_000_000L,
            950_000_000_000L,
            40_000_000_000L,
            22_000_000_000L);
    assertThat(money.withConditions()).isEqualTo(2_077_175_000_000L);
    assertThat(money.resolved()).isEqualTo(1_012_000_000_000L);
    assertThat(money.rate()).isEqualByComparingTo("48.72");
    assertThat(Rates.gap(money.rate(), new BigDecimal("46.65"))).isEqualByComparingTo("2.07");
    // Without the reduced amounts the rate would be lower: they are counted.
    assertThat(Rates.completionRate(990_000_000_000L, 2_077_175_000_000L))
        .isEqualByComparingTo("47.66");
  }

  @Test
  void aRateBelowTheTargetHasANegativeGap() {
    BigDecimal gap = Rates.gap(new BigDecimal("63.75"), new BigDecimal("83.35"));
    assertThat(gap).isEqualByComparingTo("-19.60");
    assertThat(Rates.points(gap)).isEqualTo("−19,60 điểm %");
    assertThat(Rates.percent(new BigDecimal("63.75"))).isEqualTo("63,75 %");
  }

  @Test
  void halfAPointRoundsUpAndNothingEnforceableHasNoRate() {
    // Rounded once, from the exact quotient, to 2 decimals, half up.
    assertThat(Rates.completionRate(1, 8)).isEqualByComparingTo("12.50");
    assertThat(Rates.completionRate(1, 600)).isEqualByComparingTo("0.17"); // 0.1666…
    assertThat(Rates.completionRate(1, 200_000)).isEqualByComparingTo("0.00"); // 0.0005
    assertThat(Rates.completionRate(1, 160)).isEqualByComparingTo("0.63"); // 0.625: half up
    assertThat(Rates.completionRate(0, 0)).isNull();
    assertThat(Rates.percent(null)).isEqualTo("—");
  }

  @Test
  void numbersAreWrittenTheVietnameseWay() {
    assertThat(Rates.number(1_012_000_000_000L)).isEqualTo("1.012.000.000.000");
    assertThat(Rates.number(12_491)).isEqualTo("12.491");
  }
}
