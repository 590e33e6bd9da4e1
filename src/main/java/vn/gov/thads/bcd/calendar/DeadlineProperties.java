package vn.gov.thads.bcd.calendar;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Provincial deadlines by kind of step, as periods the engine's business calendar understands (for
 * example {@code P5D}). Configured under {@code bcd.deadlines.periods}; laws and provincial rules
 * change, code does not.
 */
@ConfigurationProperties("bcd.deadlines")
public record DeadlineProperties(Map<String, String> periods) {

  public DeadlineProperties {
    periods = periods == null ? Map.of() : Map.copyOf(periods);
  }
}
