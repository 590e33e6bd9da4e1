package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/** Checks and records the appraiser's valuation of the seized property. */
@Component("valuationListener")
class ValuationListener implements TaskListener {

  private final StepRecorder steps;
  private final Clock clock;

  ValuationListener(StepRecorder steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    LocalDate date =
        f.dateNotInFuture(
            VALUATION_DATE, "ngày có chứng thư thẩm định giá", VietnamTime.today(clock));
    BigDecimal value = f.positiveAmount(VALUATION_VND, "giá trị tài sản theo chứng thư (đồng)");
    f.check();
    // The valuation is the starting price of the first auction (Art. 101); each failed round may
    // lower it (priceReductionListener).
    task.setVariable(AUCTION_ROUND, 1);
    task.setVariable(STARTING_PRICE_VND, value.longValueExact());
    steps.record(task, null, date, value, null);
  }
}
