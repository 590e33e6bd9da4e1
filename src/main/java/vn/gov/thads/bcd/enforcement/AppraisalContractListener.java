package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;

/** Checks and records the contract with the appraiser of the seized property. */
@Component("appraisalContractListener")
class AppraisalContractListener implements TaskListener {

  private final StepRecorder steps;
  private final Clock clock;

  AppraisalContractListener(StepRecorder steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String docNo = f.documentNo(APPRAISAL_CONTRACT_NO, "số hợp đồng thẩm định giá");
    LocalDate date =
        f.dateNotInFuture(
            APPRAISAL_CONTRACT_DATE, "ngày ký hợp đồng thẩm định giá", VietnamTime.today(clock));
    String appraiser = f.text(APPRAISER, "tổ chức thẩm định giá", 300);
    f.check();
    steps.record(task, docNo, date, null, appraiser);
  }
}
