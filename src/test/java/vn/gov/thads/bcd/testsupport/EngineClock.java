package vn.gov.thads.bcd.testsupport;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Times written as the committee reads them (Vietnam, UTC+7), and the engine's clock moved to them.
 */
public final class EngineClock {

  private EngineClock() {}

  /** {@code "2026-03-06T08:00"} in Vietnam as an instant. */
  public static Instant vn(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
  }

  /**
   * Moves the engine's (and the application's) clock to that Vietnam time; tests reset it with
   * ClockUtil.reset().
   */
  public static void at(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(vn(localDateTime)));
  }
}
