package vn.gov.thads.bcd.followup;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.Deadlines;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * How often the ability to pay of a debtor who cannot pay yet is re-verified: at least every 6
 * months, yearly when the debtor is imprisoned with 2 years or more left or the address is unknown.
 * Periods are configured under {@code bcd.deadlines.periods}.
 */
@Component
public class ReverificationSchedule {

  /** Period keys in {@code bcd.deadlines.periods}. */
  public static final String REVERIFY = "reverify";

  public static final String REVERIFY_LONG = "reverify-long";

  /** Situations of the debtor and their Vietnamese labels, as on the forms. */
  static final Map<String, String> SITUATIONS =
      Choices.of(
          FollowUpVariables.DEBTOR_NORMAL, "Trường hợp thông thường",
          FollowUpVariables.DEBTOR_IMPRISONED,
              "Đang chấp hành án phạt tù, thời gian còn lại từ 02 năm trở lên",
          FollowUpVariables.DEBTOR_ADDRESS_UNKNOWN, "Không xác định được địa chỉ, nơi cư trú");

  private final Deadlines deadlines;

  public ReverificationSchedule(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** The ISO period until the next re-verification for a debtor in this situation. */
  public String periodFor(String situation) {
    return deadlines.period(
        FollowUpVariables.DEBTOR_NORMAL.equals(situation) ? REVERIFY : REVERIFY_LONG);
  }
}
