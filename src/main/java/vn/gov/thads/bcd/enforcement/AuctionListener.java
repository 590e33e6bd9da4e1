package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Checks and records an auction round: sold (with the price, not below the round's starting price)
 * or failed (a price reduction follows).
 */
@Component("auctionListener")
class AuctionListener implements TaskListener {

  /** The choices of the form, value → label. */
  static final Map<String, String> RESULTS =
      Choices.of(
          AUCTION_SOLD,
          "Bán được tài sản",
          AUCTION_UNSOLD,
          "Đấu giá không thành (giảm giá, đấu giá lại)");

  private final StepRecorder steps;
  private final Clock clock;

  AuctionListener(StepRecorder steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    LocalDate date =
        f.dateNotInFuture(AUCTION_DATE, "ngày tổ chức đấu giá", VietnamTime.today(clock));
    String result = f.choice(AUCTION_RESULT, "kết quả đấu giá", RESULTS);
    BigDecimal price =
        AUCTION_SOLD.equals(result)
            ? f.positiveAmount(SALE_PRICE_VND, "giá bán (đồng)")
            : f.optionalPositiveAmount(SALE_PRICE_VND, "giá bán (đồng)");
    int round = task.getVariable(AUCTION_ROUND) instanceof Number n ? n.intValue() : 1;
    BigDecimal starting =
        task.getVariable(STARTING_PRICE_VND) instanceof Number n
            ? new BigDecimal(n.toString())
            : null;
    if (AUCTION_SOLD.equals(result)
        && price != null
        && starting != null
        && price.compareTo(starting) < 0) {
      f.problem(
          "Giá bán ("
              + FormReader.vnd(price)
              + " đồng) không được thấp hơn giá khởi điểm của lần đấu giá thứ "
              + round
              + " ("
              + FormReader.vnd(starting)
              + " đồng).");
    }
    f.check();
    steps.record(
        task,
        null,
        date,
        AUCTION_SOLD.equals(result) ? price : null,
        "Lần đấu giá thứ "
            + round
            + (starting == null ? "" : ", giá khởi điểm " + FormReader.vnd(starting) + " đồng")
            + ": "
            + (AUCTION_SOLD.equals(result) ? "bán được" : "đấu giá không thành")
            + ".");
  }
}
