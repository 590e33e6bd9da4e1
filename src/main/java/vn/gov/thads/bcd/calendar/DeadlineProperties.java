package vn.gov.thads.bcd.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Provincial deadlines by kind of step, as periods the engine's business calendar understands (for
 * example {@code P5D}). Configured under {@code bcd.deadlines.periods}; laws and provincial rules
 * change, code does not. {@code bcd.deadlines.changes}: from a date on (a new law, a new decree),
 * some periods change; a step uses the periods in force on the day it starts.
 */
@ConfigurationProperties("bcd.deadlines")
public record DeadlineProperties(Map<String, String> periods, List<Change> changes) {

  /** From {@code from} on, these periods replace those configured before. */
  public record Change(LocalDate from, Map<String, String> periods) {}

  public DeadlineProperties {
    periods = periods == null ? Map.of() : Map.copyOf(periods);
    changes =
        changes == null
            ? List.of()
            : changes.stream().sorted(Comparator.comparing(Change::from)).toList();
    List<String> problems = new ArrayList<>();
    for (Change change : changes) {
      if (change.from() == null || change.periods() == null) {
        problems.add("mỗi thay đổi cần ngày áp dụng (from) và các thời hạn (periods)");
        continue;
      }
      for (String kind : change.periods().keySet()) {
        if (!periods.containsKey(kind)) {
          problems.add(
              "thời hạn '" + kind + "' thay đổi từ " + change.from() + " chưa có trong periods");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Cấu hình bcd.deadlines.changes không hợp lệ: " + String.join("; ", problems) + ".");
    }
  }

  /** The periods in force on a day: those configured, with every change from that day or before. */
  public Map<String, String> periodsOn(LocalDate day) {
    Map<String, String> inForce = new LinkedHashMap<>(periods);
    changes.stream().filter(c -> !c.from().isAfter(day)).forEach(c -> inForce.putAll(c.periods()));
    return inForce;
  }
}
