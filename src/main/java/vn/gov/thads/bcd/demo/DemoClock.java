package vn.gov.thads.bcd.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.platform.ProductionSettingsCheck;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.reminders.ReminderSweep;

/**
 * The demo clock: moves the engine's clock ({@link ClockUtil}, which the application's {@link
 * Clock} and so {@link VietnamTime#today(Clock)} follow) forward by working days, as an offset from
 * the real time, so that time keeps running. Timers, reminders, due dates and the coercion date
 * then arrive as they would days later; the job executor is woken at once to run the jobs now due.
 *
 * <p>The offset is kept in the engine's property table, so a restart of the demo keeps the
 * simulated date (the database holds timers and due dates computed from it). One node only: the
 * offset is per JVM.
 *
 * <p>Exists only when {@code bcd.demo-clock.enabled} is true (the demo profile) and never in the
 * production profile, which also refuses to start with the property set ({@link
 * ProductionSettingsCheck}).
 */
@Component
@Profile("!" + ProductionSettingsCheck.PROFILE)
@ConditionalOnProperty(name = DemoClock.ENABLED, havingValue = "true")
public class DemoClock {

  public static final String ENABLED = "bcd.demo-clock.enabled";

  /** The largest step the demo accepts at once. */
  public static final int MAX_WORKING_DAYS = 30;

  /** Engine property (ACT_GE_PROPERTY) holding the offset in milliseconds. */
  static final String OFFSET_PROPERTY = "bcd.demo-clock.offset-millis";

  private static final Logger LOG = LoggerFactory.getLogger(DemoClock.class);

  private static final String[] WEEKDAYS = {
    "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"
  };

  private final ProcessEngine engine;
  private final WorkingDays workingDays;
  private final Clock clock;
  private final Clock realClock;
  private final Runnable wakeReminders;

  @Autowired
  public DemoClock(
      ProcessEngine engine,
      WorkingDays workingDays,
      Clock clock,
      ObjectProvider<ReminderSweep> reminders) {
    this(
        engine,
        workingDays,
        clock,
        Clock.systemUTC(),
        () -> reminders.ifAvailable(ReminderSweep::wake));
  }

  DemoClock(
      ProcessEngine engine,
      WorkingDays workingDays,
      Clock clock,
      Clock realClock,
      Runnable wakeReminders) {
    this.engine = engine;
    this.wakeReminders = wakeReminders;
    this.workingDays = workingDays;
    this.clock = clock;
    this.realClock = realClock;
    restore();
  }

  /** What the demo clock shows. */
  public record State(LocalDate date, String label, LocalDate realDate, long offsetDays) {
    public boolean moved() {
      return !date.equals(realDate);
    }
  }

  public synchronized State state() {
    LocalDate today = VietnamTime.today(clock);
    LocalDate real = VietnamTime.today(realClock);
    return new State(
        today, label(today), real, real.until(today, java.time.temporal.ChronoUnit.DAYS));
  }

  /** "Thứ Năm, 03/12/2026". */
  public static String label(LocalDate date) {
    return WEEKDAYS[date.getDayOfWeek().getValue() - 1] + ", " + VietnamTime.format(date);
  }

  /**
   * Moves the clock to the same time of day on the n-th working day after today (the demo's today):
   * weekends and public holidays are skipped as the deadlines skip them.
   */
  public synchronized State advance(int days) {
    if (days < 1 || days > MAX_WORKING_DAYS) {
      throw new IllegalArgumentException(
          "Số ngày làm việc phải là số nguyên từ 1 đến " + MAX_WORKING_DAYS + ".");
    }
    LocalDateTime now = VietnamTime.now(clock);
    LocalDate target = workingDays.plus(now.toLocalDate(), days);
    Instant to = VietnamTime.instant(target.atTime(now.toLocalTime()));
    setOffset(Duration.between(realClock.instant(), to).toMillis());
    LOG.info(
        "Đồng hồ giả lập: tiến {} ngày làm việc, nay là {}", days, label(VietnamTime.date(to)));
    return state();
  }

  /**
   * Back to the real time, when nothing has happened under the simulated time: going back past
   * recorded steps would put the history out of order and leave due dates and timers computed from
   * the simulated days. Returns the state, or throws {@link UnsafeResetException} naming why.
   */
  public synchronized State reset() {
    Date realNow = Date.from(realClock.instant());
    long activities =
        engine
            .getHistoryService()
            .createHistoricActivityInstanceQuery()
            .startedAfter(realNow)
            .count();
    long operations =
        engine.getHistoryService().createUserOperationLogQuery().afterTimestamp(realNow).count();
    if (activities + operations > 0) {
      throw new UnsafeResetException(
          "Không thể về hôm nay: đã có "
              + (activities + operations)
              + " bước hoặc thao tác được ghi theo ngày giả lập (sau hôm nay "
              + VietnamTime.format(VietnamTime.today(realClock))
              + "). Quay ngược đồng hồ sẽ làm nhật ký sai thứ tự và các thời hạn đã tính theo ngày"
              + " giả lập không còn đúng. Muốn bắt đầu lại từ hôm nay: dừng ứng dụng, xóa thư mục"
              + " ./data rồi chạy lại.");
    }
    setOffset(0);
    return state();
  }

  private void setOffset(long millis) {
    if (millis == 0) {
      ClockUtil.reset();
    } else {
      ClockUtil.offset(millis);
    }
    engine.getManagementService().setProperty(OFFSET_PROPERTY, Long.toString(millis));
    // The acquisition thread may be sleeping (up to its maximum wait) after finding nothing due,
    // and the reminder sweep waits for its next round: wake both, so that the timers and reminders
    // now due run at once.
    JobExecutor jobExecutor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    if (jobExecutor != null && jobExecutor.isActive()) {
      jobExecutor.jobWasAdded();
    }
    wakeReminders.run();
  }

  private void restore() {
    String stored = engine.getManagementService().getProperties().get(OFFSET_PROPERTY);
    if (stored != null && !stored.isBlank() && Long.parseLong(stored) != 0) {
      ClockUtil.offset(Long.parseLong(stored));
      LOG.info("Đồng hồ giả lập: tiếp tục từ {}", label(VietnamTime.today(clock)));
    }
  }

  /** Refusal to go back to the real date. */
  public static class UnsafeResetException extends RuntimeException {
    UnsafeResetException(String message) {
      super(message);
    }
  }
}
