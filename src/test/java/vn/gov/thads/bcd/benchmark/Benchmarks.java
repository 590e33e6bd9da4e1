package vn.gov.thads.bcd.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.thads.bcd.Application;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;

/**
 * What the HTTP benchmarks share: the application on a fresh database, signed-in clients, and a
 * request timed after a warm-up with its p50/p95/p99 printed.
 */
final class Benchmarks {

  private Benchmarks() {}

  /**
   * The application on {@code db} and a free port, with no mail, no job execution and only warnings
   * logged; {@code extra} arguments are added.
   */
  static ConfigurableApplicationContext start(PostgresTestDatabase.Database db, String... extra) {
    List<String> args = arguments(db);
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
  }

  /** The command line of {@link #start}, for a benchmark that adds its own configuration. */
  static List<String> arguments(PostgresTestDatabase.Database db) {
    return new ArrayList<>(
        List.of(
            "--spring.datasource.url=" + db.url(),
            "--spring.datasource.username=" + db.user(),
            "--spring.datasource.password=" + db.password(),
            "--server.port=0",
            "--bcd.mail-sink.enabled=false",
            "--camunda.bpm.job-execution.enabled=false",
            "--logging.level.root=warn",
            "--logging.level.org.camunda=warn"));
  }

  /** A client of the running application signed in to {@code webapp} as {@code user}. */
  static Http signedIn(ConfigurableApplicationContext app, String webapp, String user) {
    int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    Http http = Http.browser(port);
    check(http.loginToWebapp(webapp, user, "demo"));
    return http;
  }

  /** The response, if it is a success (2xx); else the benchmark stops with it. */
  static Http.Response check(Http.Response r) {
    if (r.status() / 100 != 2) {
      throw new IllegalStateException("HTTP " + r.status() + ": " + r.body());
    }
    return r;
  }

  /** Times {@code runs} requests of {@code url} after {@code warmUp} untimed ones; prints a row. */
  static void measure(String label, Http http, String url, int warmUp, int runs) {
    for (int i = 0; i < warmUp; i++) {
      check(http.get(url));
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      check(http.get(url));
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(
        "%-42s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   (n=%d)%n",
        label, percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), runs);
  }

  /** The {@code p}th percentile (nearest rank) of sorted values. */
  static double percentile(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
