package vn.gov.thads.bcd.followup;

import java.math.BigDecimal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.Deadlines;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * The debtor has had no ability to pay for the configured time (2 years) with nothing new: the case
 * moves to the separate tracking book (sổ theo dõi riêng), which is how the follow-up ends for it.
 */
@Component("moveToSeparateBookDelegate")
public class MoveToSeparateBookDelegate implements JavaDelegate {

  /** Period key in {@code bcd.deadlines.periods}. */
  public static final String SEPARATE_BOOK_AFTER = "separate-book-after";

  private final FollowUpRepository followUp;
  private final Deadlines deadlines;

  public MoveToSeparateBookDelegate(FollowUpRepository followUp, Deadlines deadlines) {
    this.followUp = followUp;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object amount = execution.getVariable(FollowUpVariables.AMOUNT_RECOVERED);
    followUp.record(
        FormReader.caseId(execution),
        new FollowUpRepository.Entry(
            FollowUpRepository.Kind.SEPARATE_BOOK,
            FollowUpOutcome.SEPARATE_BOOK.name(),
            amount instanceof Number n ? new BigDecimal(n.toString()) : null,
            null,
            "Chưa có điều kiện thi hành, không có thông tin mới sau thời hạn "
                + deadlines.period(SEPARATE_BOOK_AFTER)
                + ": chuyển sổ theo dõi riêng.",
            null,
            null,
            (Date) null));
    ReportStatusListener.outcome(execution, FollowUpOutcome.SEPARATE_BOOK);
  }
}
