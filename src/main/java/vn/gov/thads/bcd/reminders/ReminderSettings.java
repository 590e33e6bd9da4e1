package vn.gov.thads.bcd.reminders;

import org.springframework.stereotype.Component;

/**
 * Reminder settings the models read ({@code ${reminderSettings.digestCycle()}}). Kept apart from
 * the beans that need the engine: the digest's timer cycle is read while the engine deploys, before
 * those beans can exist.
 */
@Component("reminderSettings")
public class ReminderSettings {

  private final ReminderProperties properties;

  public ReminderSettings(ReminderProperties properties) {
    this.properties = properties;
  }

  /**
   * When the daily digests leave: an ISO-8601 repeating interval, e.g. every day at 07:30 Vietnam
   * time.
   */
  public String digestCycle() {
    return properties.digestCycle();
  }

  /** Waits between attempts when a mail cannot be sent. */
  public String retryIntervals() {
    return properties.retryIntervals();
  }
}
