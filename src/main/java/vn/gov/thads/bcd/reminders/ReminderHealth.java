package vn.gov.thads.bcd.reminders;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * One signal for an operator when reminders cannot leave, however many are waiting: the {@code
 * reminders} component of /actuator/health is DOWN while the last attempt of a reminder found the
 * mail server out of reach, with the number due and the error (which server, what happens next);
 * and gauges on /actuator/prometheus for an alert. Read at most every few seconds.
 */
@Component("reminders")
public class ReminderHealth implements HealthIndicator, MeterBinder {

  private static final Duration FRESH = Duration.ofSeconds(5);

  private final ReminderPlan plan;
  private final Clock clock;
  private volatile ReminderPlan.Failing last;
  private volatile long readAt;

  public ReminderHealth(ReminderPlan plan, Clock clock) {
    this.plan = plan;
    this.clock = clock;
  }

  @Override
  public Health health() {
    ReminderPlan.Failing f = failing();
    Health.Builder health = f.unreachable() > 0 ? Health.down() : Health.up();
    health
        .withDetail("due", f.due())
        .withDetail("unreachable", f.unreachable())
        .withDetail("refused", f.refused());
    if (f.lastError() != null) {
      health.withDetail("error", f.lastError());
    }
    return health.build();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("bcd.reminders.unreachable", this, h -> h.failing().unreachable())
        .description("Nhắc việc gửi không được vì không kết nối được máy chủ thư")
        .register(registry);
    Gauge.builder("bcd.reminders.due", this, h -> h.failing().due())
        .description("Nhắc việc đến hạn, chưa gửi")
        .register(registry);
    Gauge.builder("bcd.reminders.refused", this, h -> h.failing().refused())
        .description("Nhắc việc máy chủ thư từ chối, đang chờ gửi lại")
        .register(registry);
  }

  private ReminderPlan.Failing failing() {
    long now = System.nanoTime();
    ReminderPlan.Failing f = last;
    if (f == null || now - readAt > FRESH.toNanos()) {
      f = plan.failing(clock.instant());
      last = f;
      readAt = now;
    }
    return f;
  }
}
