package vn.gov.thads.bcd.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.thads.bcd.Application;

/**
 * Starts the real application (on a random port) on a given database, so that tests can stop and
 * start it again the way an operator restarts it. Each run has its own engine name so that it never
 * disturbs the shared test application's engine.
 */
public final class TestApplication {

  private static final AtomicInteger RUNS = new AtomicInteger();

  private TestApplication() {}

  public static ConfigurableApplicationContext start(
      PostgresTestDatabase.Database db, Map<String, String> properties, String... profiles) {
    return start(db, properties, List.of(), profiles);
  }

  /**
   * As above, with listeners to the start-up's events (a test coordinating two nodes starting
   * together).
   */
  public static ConfigurableApplicationContext start(
      PostgresTestDatabase.Database db,
      Map<String, String> properties,
      List<ApplicationListener<?>> listeners,
      String... profiles) {
    List<String> args = new ArrayList<>();
    args.add("--camunda.bpm.process-engine-name=restart" + RUNS.incrementAndGet());
    // Defaults a caller may override (a repeated command-line option would become a list).
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("camunda.bpm.job-execution.enabled", "false");
    defaults.put("server.port", "0");
    defaults.put("bcd.mail-sink.enabled", "false");
    // A node that runs its jobs looks for due reminders every second rather than every 5.
    defaults.put("bcd.reminders.sweep-every", "PT1S");
    defaults.forEach(
        (k, v) -> {
          if (!properties.containsKey(k)) {
            args.add("--" + k + "=" + v);
          }
        });
    if (db != null) {
      args.add("--spring.datasource.url=" + db.url());
      args.add("--spring.datasource.username=" + db.user());
      args.add("--spring.datasource.password=" + db.password());
    }
    properties.forEach((k, v) -> args.add("--" + k + "=" + v));
    return new SpringApplicationBuilder(Application.class)
        .profiles(profiles)
        .listeners(listeners.toArray(ApplicationListener[]::new))
        .run(args.toArray(String[]::new));
  }
}
