package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/** Checks and records the contract with the auctioneer. */
@Component("auctionContractListener")
class AuctionContractListener implements TaskListener {

  private final StepRecorder steps;
  private final Clock clock;

  AuctionContractListener(StepRecorder steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String docNo = f.documentNo(AUCTION_CONTRACT_NO, "số hợp đồng dịch vụ đấu giá");
    LocalDate date =
        f.dateNotInFuture(
            AUCTION_CONTRACT_DATE, "ngày ký hợp đồng đấu giá", VietnamTime.today(clock));
    String auctioneer = f.text(AUCTIONEER, "tổ chức đấu giá tài sản", 300);
    f.check();
    steps.record(task, docNo, date, null, auctioneer);
  }
}
