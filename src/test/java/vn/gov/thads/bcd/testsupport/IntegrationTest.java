package vn.gov.thads.bcd.testsupport;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real port, in default mode but on PostgreSQL (database {@code
 * bcd_test_<pid>}, created afresh for each test JVM; those of ended JVMs are dropped by the next
 * run). Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProcessEngineCoverageConfiguration.class)
@ActiveProfiles("test") // not the demo profile: the periods of application.yaml apply
public abstract class IntegrationTest {

  private static PostgresTestDatabase.Database database;
  private static int mailPort;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    synchronized (IntegrationTest.class) {
      if (database == null) {
        // One database per test JVM, so that test runs side by side (two checkouts) never share
        // one.
        PostgresTestDatabase.dropLeftovers();
        database = PostgresTestDatabase.fresh("bcd_test_" + ProcessHandle.current().pid());
        mailPort = FreePort.find();
      }
    }
    registry.add("spring.datasource.url", database::url);
    registry.add("spring.datasource.username", database::user);
    registry.add("spring.datasource.password", database::password);
    registry.add("bcd.mail-sink.port", () -> mailPort);
    // Tests drive timers themselves (moving the engine's clock, executing the due jobs).
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
  }
}
