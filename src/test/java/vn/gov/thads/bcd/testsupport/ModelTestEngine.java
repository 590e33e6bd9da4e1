package vn.gov.thads.bcd.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.connect.plugin.impl.ConnectProcessEnginePlugin;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import vn.gov.thads.bcd.calendar.CalendarScheduleProperties;
import vn.gov.thads.bcd.calendar.DeadlineProperties;
import vn.gov.thads.bcd.calendar.Deadlines;
import vn.gov.thads.bcd.calendar.PublicHolidays;
import vn.gov.thads.bcd.calendar.WorkingDayCalendarPlugin;
import vn.gov.thads.bcd.calendar.WorkingDays;

/**
 * The engine of the model tests ({@code *ModelTest}, Surefire): one in-memory H2 engine per JVM,
 * without Spring, with what the models need from the application's engine and nothing else:
 *
 * <ul>
 *   <li>beans resolved from {@link org.camunda.bpm.engine.test.mock.Mocks} (each test registers
 *       mocks by bean name);
 *   <li>the application's working-day business calendar ({@code P5WD} in due dates and timers),
 *       plain Java;
 *   <li>Spin with JSON as default serialization (lists in variables, as {@code application.yaml}
 *       sets it) and Connect (the http-connector of PublishToProvinceProcess);
 *   <li>the flow-node and sequence-flow recorder of camunda-process-test-coverage.
 * </ul>
 *
 * Coverage reports go to {@value #REPORT_DIRECTORY}, not to {@code target/process-test-coverage}:
 * that folder is what {@code coverage.CoverageGate} sums for the scenario ITs, and model tests must
 * not count there. The job executor is off: tests execute timer and asynchronous jobs themselves.
 */
public final class ModelTestEngine {

  public static final String REPORT_DIRECTORY = "target/model-test-coverage";

  private static final SharedConfiguration CONFIGURATION = new SharedConfiguration();
  private static Deadlines deadlines;

  private ModelTestEngine() {}

  /**
   * The JUnit extension of a model test class: deploys nothing by itself, hands the shared engine
   * to the test, records coverage and fails the class unless every flow node and sequence flow of
   * the models it ran was passed. Called processes replaced by stubs are excluded by their keys.
   */
  public static ProcessEngineCoverageExtension extension(String... stubbedProcessKeys) {
    return ProcessEngineCoverageExtension.builder(CONFIGURATION)
        .reportDirectory(REPORT_DIRECTORY)
        .excludeProcessDefinitionKeys(stubbedProcessKeys)
        .assertClassCoverageAtLeast(1.0)
        .build();
  }

  /** The engine every model test class shares (built on first use). */
  public static ProcessEngine engine() {
    return CONFIGURATION.buildProcessEngine();
  }

  /**
   * The application's {@code deadlines} bean, real: periods of {@code
   * src/main/resources/application.yaml} ({@code bcd.deadlines.periods}) resolved by the engine's
   * working-day calendar. So a model naming a kind of deadline that is not configured fails here as
   * it would in the application.
   */
  public static synchronized Deadlines deadlines() {
    if (deadlines == null) {
      deadlines =
          new Deadlines(
              new DeadlineProperties(configuredPeriods(), List.of()),
              engine().getProcessEngineConfiguration());
    }
    return deadlines;
  }

  static Map<String, String> configuredPeriods() {
    try {
      JsonNode periods =
          new ObjectMapper(new YAMLFactory())
              .readTree(Path.of("src/main/resources/application.yaml").toFile())
              .path("bcd")
              .path("deadlines")
              .path("periods");
      Map<String, String> result = new LinkedHashMap<>();
      periods.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
      if (result.isEmpty()) {
        throw new IllegalStateException("No bcd.deadlines.periods in application.yaml");
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds its engine once: every extension asks its configuration for an engine, and all of them
   * get this one, so that the whole set of model tests pays for one engine start.
   */
  static final class SharedConfiguration extends StandaloneInMemProcessEngineConfiguration {

    private ProcessEngine engine;

    SharedConfiguration() {
      setProcessEngineName("bcd-model-tests");
      setJdbcUrl("jdbc:h2:mem:bcd-model-tests;DB_CLOSE_DELAY=-1");
      setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
      setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      setJobExecutorActivate(false);
      setDbMetricsReporterActivate(false);
      setMetricsEnabled(false);
      setExpressionManager(new MockExpressionManager());
      setDefaultSerializationFormat("application/json");
      CalendarScheduleProperties noSchedule = new CalendarScheduleProperties(Map.of());
      List<ProcessEnginePlugin> plugins =
          List.of(
              new SpinProcessEnginePlugin(),
              new ConnectProcessEnginePlugin(),
              new WorkingDayCalendarPlugin(
                  new WorkingDays(new PublicHolidays(noSchedule), noSchedule)));
      setProcessEnginePlugins(new ArrayList<>(plugins));
      ProcessCoverageConfigurator.initializeProcessCoverageExtensions(this);
    }

    @Override
    public synchronized ProcessEngine buildProcessEngine() {
      if (engine == null) {
        engine = super.buildProcessEngine();
      }
      return engine;
    }
  }
}
