package vn.gov.thads.bcd.followup;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.Deadlines;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * How often the ability to pay of a debtor who cannot pay yet is re-verified: at least every 6
 * months, yearly when the debtor is imprisoned with 2 years or more left or the address is unknown.
 * Periods are configured under {@code bcd.deadlines.periods}. The dates run from the formal
 * decision that the debtor cannot pay yet (Art. 44a), not from when a task was completed.
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
    return deadlines.period(kindFor(situation));
  }

  private static String kindFor(String situation) {
    return FollowUpVariables.DEBTOR_NORMAL.equals(situation) ? REVERIFY : REVERIFY_LONG;
  }

  /** The day of the first re-verification: the period counted from the decision's date. */
  public LocalDate firstReverification(LocalDate decisionDate, String situation) {
    return from(kindFor(situation), decisionDate);
  }

  private LocalDate from(String kind, LocalDate day) {
    return deadlines.dueFrom(kind, day);
  }

  /**
   * The day of the next re-verification: the period counted from the day the last one was due, so
   * that the rhythm stays anchored on the decision (6, 12, 18 months…) however late the officer
   * recorded it; only when even that day has passed (a verification more than a period late) is it
   * counted from today, so that a fresh verification does not fall due at once.
   */
  public LocalDate nextReverification(LocalDate lastDue, String situation, LocalDate today) {
    LocalDate next = from(kindFor(situation), lastDue);
    return next.isAfter(today) ? next : from(kindFor(situation), today);
  }

  /** The day the case moves to the separate tracking book: 2 years from the decision's date. */
  public LocalDate separateBook(LocalDate decisionDate) {
    return from(MoveToSeparateBookDelegate.SEPARATE_BOOK_AFTER, decisionDate);
  }

  /** A timer's date: the start of that day in Vietnam. */
  public static Date timerDate(LocalDate day) {
    return Date.from(VietnamTime.startOfDay(day));
  }
}
