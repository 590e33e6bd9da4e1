package vn.gov.thads.bcd.enforcement;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The values of the coercion blackout rule ({@link BlackoutRule}), configured under {@code
 * bcd.enforcement.blackout} (Law on Civil Judgment Enforcement, Art. 46).
 *
 * @param nightStarts no coercion from this time (default 22:00) ...
 * @param dayStarts ... until this time of the next day (default 06:00)
 * @param tetDaysBefore days before the first day of Tết Nguyên đán without coercion (default 15)
 * @param tetDaysAfter days after the first day of Tết without coercion (default 15)
 * @param tetWindows per Gregorian year of Tết, a longer window the Ministry's yearly directive sets
 * @param policyDays days of tradition of policy beneficiaries: no coercion when the debtor is one
 */
@ConfigurationProperties("bcd.enforcement.blackout")
public record BlackoutProperties(
    LocalTime nightStarts,
    LocalTime dayStarts,
    Integer tetDaysBefore,
    Integer tetDaysAfter,
    Map<Integer, TetWindow> tetWindows,
    List<PolicyDay> policyDays) {

  public BlackoutProperties {
    nightStarts = nightStarts == null ? LocalTime.of(22, 0) : nightStarts;
    dayStarts = dayStarts == null ? LocalTime.of(6, 0) : dayStarts;
    tetDaysBefore = tetDaysBefore == null ? 15 : tetDaysBefore;
    tetDaysAfter = tetDaysAfter == null ? 15 : tetDaysAfter;
    tetWindows = tetWindows == null ? Map.of() : Map.copyOf(tetWindows);
    policyDays =
        policyDays == null
            ? List.of(new PolicyDay(7, 27, "Ngày Thương binh – Liệt sĩ (27/7)"))
            : List.copyOf(policyDays);
  }

  /** The defaults: 22:00–06:00, 15 days either side of Tết, 27/7. */
  public static BlackoutProperties defaults() {
    return new BlackoutProperties(null, null, null, null, null, null);
  }

  /** The Tết window of the Tết that falls in the given Gregorian year. */
  public TetWindow tetWindow(int year) {
    return tetWindows.getOrDefault(year, new TetWindow(tetDaysBefore, tetDaysAfter));
  }

  /** Days before and after the first day of Tết Nguyên đán without coercion. */
  public record TetWindow(int daysBefore, int daysAfter) {}

  /** A day of tradition (day and month every year) and its name as refusals show it. */
  public record PolicyDay(int month, int day, String name) {}
}
