package vn.gov.thads.bcd.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every identity and inequality of the forms refuses with a message naming the lines. */
class FigureChecksTest {

  /** The seed's province-wide case figures, consistent. */
  private static Map<Line, Long> cases() {
    Map<Line, Long> m = new EnumMap<>(Line.class);
    m.put(Line.CARRIED_OVER, 8000L);
    m.put(Line.NEWLY_ACCEPTED, 10_500L);
    m.put(Line.ENTRUSTED, 300L);
    m.put(Line.WITHOUT_CONDITIONS, 3291L);
    m.put(Line.COMPLETED, 12_100L);
    m.put(Line.TERMINATED, 391L);
    return m;
  }

  @Test
  void consistentFiguresPassWithTheTotalsComputedOrChecked() {
    FigureChecks.Result computed = FigureChecks.check(Side.CASES, cases());
    assertThat(computed.errors()).isEmpty();
    assertThat(computed.figures().withConditions()).isEqualTo(14_909);

    Map<Line, Long> given = cases();
    given.put(Line.TOTAL_ACCEPTED, 18_500L);
    given.put(Line.TO_ENFORCE, 18_200L);
    given.put(Line.WITH_CONDITIONS, 14_909L);
    assertThat(FigureChecks.check(Side.CASES, given).errors()).isEmpty();
  }

  @Test
  void completedAboveEnforceableIsRefusedNamingBothLines() {
    Map<Line, Long> m = cases();
    m.put(Line.COMPLETED, 15_000L);
    assertThat(FigureChecks.check(Side.CASES, m).errors())
        .containsExactly(
            "Dòng «Thi hành xong» (15.000 việc) lớn hơn dòng «Có điều kiện thi hành» (14.909"
                + " việc).");
  }

  @Test
  void completedPlusTerminatedAboveEnforceableIsRefused() {
    Map<Line, Long> m = cases();
    m.put(Line.COMPLETED, 14_600L);
    m.put(Line.TERMINATED, 400L);
    assertThat(FigureChecks.check(Side.CASES, m).errors())
        .containsExactly(
            "Dòng «Thi hành xong» (14.600 việc) cộng dòng «Đình chỉ thi hành» (400 việc) = 15.000"
                + " việc, lớn hơn dòng «Có điều kiện thi hành» (14.909 việc).");
  }

  @Test
  void givenTotalsThatDoNotAddUpAreRefusedEachByName() {
    Map<Line, Long> m = cases();
    m.put(Line.TOTAL_ACCEPTED, 18_000L);
    m.put(Line.TO_ENFORCE, 18_000L);
    m.put(Line.WITH_CONDITIONS, 15_000L);
    assertThat(FigureChecks.check(Side.CASES, m).errors())
        .containsExactly(
            "Dòng «Tổng số thụ lý» (18.000 việc) khác dòng «Chuyển từ kỳ trước» (8.000 việc) cộng"
                + " dòng «Thụ lý mới» (10.500 việc) = 18.500 việc.",
            "Dòng «Tổng số phải thi hành» (18.000 việc) khác dòng «Tổng số thụ lý» (18.500 việc)"
                + " trừ dòng «Ủy thác» (300 việc) = 18.200 việc.",
            "Dòng «Có điều kiện thi hành» (15.000 việc) khác dòng «Tổng số phải thi hành» (18.200"
                + " việc) trừ dòng «Chưa có điều kiện thi hành» (3.291 việc) = 14.909 việc.");
  }

  @Test
  void negativeAndMissingLinesAreRefused() {
    Map<Line, Long> m = cases();
    m.put(Line.CARRIED_OVER, -5L);
    m.remove(Line.TERMINATED);
    assertThat(FigureChecks.check(Side.CASES, m).errors())
        .containsExactly(
            "Dòng «Chuyển từ kỳ trước» (về việc) không được là số âm (−5 việc).",
            "Thiếu dòng «Đình chỉ thi hành» (về việc).");
  }

  @Test
  void moreEntrustedOrWithoutConditionsThanThereIsIsRefused() {
    Map<Line, Long> m = cases();
    m.put(Line.ENTRUSTED, 20_000L);
    assertThat(FigureChecks.check(Side.CASES, m).errors())
        .containsExactly(
            "Dòng «Ủy thác» (20.000 việc) lớn hơn dòng «Tổng số thụ lý» (18.500 việc).");

    Map<Line, Long> w = cases();
    w.put(Line.WITHOUT_CONDITIONS, 18_201L);
    assertThat(FigureChecks.check(Side.CASES, w).errors())
        .containsExactly(
            "Dòng «Chưa có điều kiện thi hành» (18.201 việc) lớn hơn dòng «Tổng số phải thi hành»"
                + " (18.200 việc).");
  }

  @Test
  void moneyNeedsReducedOrExemptedAndCountsIt() {
    Map<Line, Long> m = new EnumMap<>(Line.class);
    m.put(Line.CARRIED_OVER, 100L);
    m.put(Line.NEWLY_ACCEPTED, 0L);
    m.put(Line.ENTRUSTED, 0L);
    m.put(Line.WITHOUT_CONDITIONS, 0L);
    m.put(Line.COMPLETED, 60L);
    m.put(Line.TERMINATED, 30L);
    assertThat(FigureChecks.check(Side.MONEY, m).errors())
        .containsExactly("Thiếu dòng «Giảm, miễn thi hành» (về tiền).");

    m.put(Line.REDUCED_OR_EXEMPTED, 20L);
    assertThat(FigureChecks.check(Side.MONEY, m).errors())
        .containsExactly(
            "Dòng «Thi hành xong» (60 đồng) cộng dòng «Đình chỉ thi hành» (30 đồng) cộng dòng"
                + " «Giảm, miễn thi hành» (20 đồng) = 110 đồng, lớn hơn dòng «Có điều kiện thi"
                + " hành» (100 đồng).");
  }

  @Test
  void carryOverIsNeverNegativeForAcceptedFigures() {
    // Everything resolved: carry-over with conditions is 0, not below.
    Map<Line, Long> m = cases();
    m.put(Line.COMPLETED, 14_509L);
    m.put(Line.TERMINATED, 400L);
    SideFigures f = FigureChecks.check(Side.CASES, m).figures();
    assertThat(f.carryOverNextWithConditions()).isZero();
    assertThat(f.carryOverNext()).isEqualTo(3291);
    assertThat(f.rate()).isEqualByComparingTo("100.00");
  }
}
