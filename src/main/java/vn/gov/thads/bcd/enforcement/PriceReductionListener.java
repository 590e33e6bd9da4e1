package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The price-reduction decision after a failed auction (Art. 104): number, date, the new starting
 * price — lower than the previous round's, by at most the configured share of it ({@code
 * bcd.enforcement.price-reduction-max-percent}, 10 % by law) — and whether the creditor takes the
 * property at that price or it is auctioned again. Keeps the round's number and starting price
 * ({@code auctionRound}, {@code auctionStartingPriceVnd}) and records the step "ReducePrice" with
 * the new price, so the journal holds every round.
 */
@Component("priceReductionListener")
class PriceReductionListener implements TaskListener {

  /** The choices of the form, value → label. */
  static final Map<String, String> DECISIONS =
      Choices.of(
          REAUCTION,
          "Đấu giá lại với giá khởi điểm mới",
          CREDITOR_TAKES,
          "Người được thi hành án nhận tài sản theo giá đã giảm để trừ vào số tiền được thi hành án");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final StepRecorder steps;
  private final Clock clock;
  private final int maxPercent;

  PriceReductionListener(
      StepRecorder steps,
      Clock clock,
      @Value("${bcd.enforcement.price-reduction-max-percent:10}") int maxPercent) {
    this.steps = steps;
    this.clock = clock;
    this.maxPercent = maxPercent;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String docNo = f.documentNo(PRICE_REDUCTION_NO, "số quyết định giảm giá tài sản");
    LocalDate date =
        f.dateNotInFuture(
            PRICE_REDUCTION_DATE, "ngày quyết định giảm giá tài sản", VietnamTime.today(clock));
    LocalDate auctioned = f.optionalDate(AUCTION_DATE, "ngày tổ chức đấu giá");
    if (date != null && auctioned != null && date.isBefore(auctioned)) {
      f.problem(
          "Ngày quyết định giảm giá ("
              + VietnamTime.format(date)
              + ") không được trước ngày đấu giá không thành ("
              + VietnamTime.format(auctioned)
              + ").");
    }
    BigDecimal price = f.positiveAmount(NEW_STARTING_PRICE_VND, "giá khởi điểm mới (đồng)");
    String decision = f.choice(FAILED_AUCTION_DECISION, "hướng xử lý tiếp theo", DECISIONS);
    int round = task.getVariable(AUCTION_ROUND) instanceof Number n ? n.intValue() : 1;
    BigDecimal previous =
        task.getVariable(STARTING_PRICE_VND) instanceof Number n
            ? new BigDecimal(n.toString())
            : null;
    if (price != null && previous != null) {
      BigDecimal floor =
          previous
              .multiply(BigDecimal.valueOf(100L - maxPercent))
              .divide(HUNDRED, 0, RoundingMode.CEILING);
      if (price.compareTo(previous) >= 0) {
        f.problem(
            "Giá khởi điểm mới ("
                + FormReader.vnd(price)
                + " đồng) phải thấp hơn giá khởi điểm của lần đấu giá thứ "
                + round
                + " ("
                + FormReader.vnd(previous)
                + " đồng).");
      } else if (price.compareTo(floor) < 0) {
        f.problem(
            "Giá khởi điểm mới ("
                + FormReader.vnd(price)
                + " đồng) giảm quá "
                + maxPercent
                + " % so với giá khởi điểm của lần đấu giá thứ "
                + round
                + " ("
                + FormReader.vnd(previous)
                + " đồng): mỗi lần giảm giá không quá "
                + maxPercent
                + " % (Điều 104 Luật Thi hành án dân sự), tức không thấp hơn "
                + FormReader.vnd(floor)
                + " đồng.");
      }
    }
    f.check();
    task.setVariable(AUCTION_ROUND, round + 1);
    task.setVariable(STARTING_PRICE_VND, price.longValueExact());
    String detail =
        "Đấu giá lần thứ "
            + round
            + " không thành; giá khởi điểm mới "
            + FormReader.vnd(price)
            + " đồng"
            + (previous == null
                ? ""
                : " (lần thứ "
                    + round
                    + ": "
                    + FormReader.vnd(previous)
                    + " đồng, giảm "
                    + previous
                        .subtract(price)
                        .multiply(HUNDRED)
                        .divide(previous, 2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                        .replace('.', ',')
                    + " %)")
            + (CREDITOR_TAKES.equals(decision)
                ? ". Người được thi hành án nhận tài sản theo giá đã giảm."
                : ". Đấu giá lần thứ " + (round + 1) + ".");
    steps.record(task, docNo, date, price, detail);
  }
}
