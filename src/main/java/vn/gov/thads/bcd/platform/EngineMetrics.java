package vn.gov.thads.bcd.platform;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine's own figures on /actuator/prometheus.
 *
 * <p>Counters: the engine's metrics (jobs, activity instances, …) of this node: what the engine has
 * written to ACT_RU_METER_LOG under this node's reporter id (every 15 minutes) plus what it has
 * counted in memory since, as the engine's own metrics query sums them. Gauges: open incidents,
 * failed jobs without retries, open and overdue user tasks, from the database for the whole engine.
 * Both are read at most once per {@code bcd.monitoring.cache-seconds}, so that frequent scrapes do
 * not load the database.
 */
@Component
public class EngineMetrics implements MeterBinder {

  /** Engine metric names exported as counters {@code bcd_engine_<name>_total}. */
  static final List<String> COUNTERS =
      List.of(
          Metrics.JOB_SUCCESSFUL,
          Metrics.JOB_FAILED,
          Metrics.JOB_ACQUISITION_ATTEMPT,
          Metrics.JOB_ACQUIRED_SUCCESS,
          Metrics.JOB_ACQUIRED_FAILURE,
          Metrics.JOB_EXECUTION_REJECTED,
          Metrics.JOB_LOCKED_EXCLUSIVE,
          Metrics.ACTIVTY_INSTANCE_START,
          Metrics.ACTIVTY_INSTANCE_END,
          Metrics.ROOT_PROCESS_INSTANCE_START,
          Metrics.EXECUTED_DECISION_INSTANCES,
          Metrics.EXECUTED_DECISION_ELEMENTS);

  /** The gauges' values, counted together. */
  record Figures(
      long openIncidents,
      long failedJobsWithoutRetries,
      long openUserTasks,
      long overdueUserTasks,
      long countedAtNanos) {}

  private final ProcessEngine engine;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration cacheFor;
  private volatile Figures figures;
  private final Map<String, Long> counterValues = new ConcurrentHashMap<>();
  private final Map<String, Long> counterReadAt = new ConcurrentHashMap<>();

  public EngineMetrics(
      ProcessEngine engine,
      JdbcClient jdbc,
      Clock clock,
      @Value("${bcd.monitoring.cache-seconds:30}") long cacheSeconds) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.clock = clock;
    this.cacheFor = Duration.ofSeconds(cacheSeconds);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String name : COUNTERS) {
      FunctionCounter.builder("bcd.engine." + name.replace('-', '.'), this, m -> m.counter(name))
          .description("Camunda engine metric '" + name + "' counted by this node")
          .register(registry);
    }
    Gauge.builder("bcd.engine.incidents.open", this, m -> m.figures().openIncidents())
        .description("Open incidents (root causes, e.g. failed jobs, shown in Cockpit)")
        .register(registry);
    Gauge.builder(
            "bcd.engine.jobs.failed.no.retries", this, m -> m.figures().failedJobsWithoutRetries())
        .description("Jobs whose retries are exhausted")
        .register(registry);
    Gauge.builder("bcd.engine.user.tasks.open", this, m -> m.figures().openUserTasks())
        .description("Open user tasks")
        .register(registry);
    Gauge.builder("bcd.engine.user.tasks.overdue", this, m -> m.figures().overdueUserTasks())
        .description("Open user tasks past their due date")
        .register(registry);
  }

  Figures figures() {
    Figures current = figures;
    if (current == null || stale(current.countedAtNanos())) {
      synchronized (this) {
        current = figures;
        if (current == null || stale(current.countedAtNanos())) {
          figures = current = count(clock.instant());
        }
      }
    }
    return current;
  }

  /** Cache age on the machine's monotonic clock: tests move the engine's clock back and forth. */
  private boolean stale(long readAtNanos) {
    return System.nanoTime() - readAtNanos >= cacheFor.toNanos();
  }

  private Figures count(Instant now) {
    return new Figures(
        // One failure, one incident: the engine repeats an incident in every calling process up to
        // the case's main
        // one (so Cockpit shows it there too); only the root causes are counted.
        jdbc.sql("select count(*) from ACT_RU_INCIDENT where ID_ = ROOT_CAUSE_INCIDENT_ID_")
            .query(Long.class)
            .single(),
        engine.getManagementService().createJobQuery().noRetriesLeft().count(),
        engine.getTaskService().createTaskQuery().count(),
        engine.getTaskService().createTaskQuery().dueBefore(Date.from(now)).count(),
        System.nanoTime());
  }

  /** Forgets the cached figures (tests, after changing what they count). */
  public void refresh() {
    figures = null;
    counterReadAt.clear();
  }

  private double counter(String name) {
    Long readAt = counterReadAt.get(name);
    if (readAt == null || stale(readAt)) {
      ProcessEngineConfigurationImpl config =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      // The engine's sum adds what it has counted in memory and not yet written (MeterLogManager).
      long total =
          config.getDbMetricsReporter() == null
              ? 0
              : engine
                  .getManagementService()
                  .createMetricsQuery()
                  .name(name)
                  .reporter(config.getDbMetricsReporter().getMetricsCollectionTask().getReporter())
                  .sum();
      // A Prometheus counter never goes down: a read racing the engine's flush could count a value
      // twice or miss it.
      counterValues.merge(name, total, Math::max);
      counterReadAt.put(name, System.nanoTime());
    }
    return counterValues.getOrDefault(name, 0L);
  }
}
