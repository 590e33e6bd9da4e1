package vn.gov.thads.bcd.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Smtp;

/**
 * Actuator health with its database and mail components against a real SMTP server that goes away
 * and comes back, and the engine's figures on /actuator/prometheus following what happens in the
 * engine.
 */
@AutoConfigureObservability(
    tracing = false) // Spring Boot's tests leave the Prometheus endpoint out otherwise
class MonitoringIT extends IntegrationTest {

  static final Smtp SMTP = new Smtp();

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("bcd.mail-sink.enabled", () -> "false");
    registry.add("spring.mail.port", () -> SMTP.port);
    // Counted afresh at every scrape, so that the test sees each change at once.
    registry.add("bcd.monitoring.cache-seconds", () -> "0");
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.close();
  }

  @Test
  void healthShowsTheDatabaseAndTheMailServer() {
    Http http = Http.rest(port, null, null);
    Http.Response up = http.get("/actuator/health");
    assertThat(up.status()).as(up.body()).isEqualTo(200);
    JsonNode components = up.json().get("components");
    assertThat(up.json().get("status").asText()).isEqualTo("UP");
    assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("db").get("details").get("database").asText())
        .isEqualTo("PostgreSQL");
    assertThat(components.get("mail").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("mail").get("details").get("location").asText())
        .endsWith(":" + SMTP.port);

    SMTP.stop();
    try {
      Http.Response down = http.get("/actuator/health");
      assertThat(down.status()).isEqualTo(503);
      assertThat(down.json().get("status").asText()).isEqualTo("DOWN");
      assertThat(down.json().get("components").get("mail").get("status").asText())
          .isEqualTo("DOWN");
      assertThat(down.json().get("components").get("db").get("status").asText()).isEqualTo("UP");
      // The load balancer's probe keeps the node in service: reminders wait for the mail server.
      Http.Response readiness = http.get("/actuator/health/readiness");
      assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
      assertThat(readiness.json().get("components").fieldNames())
          .toIterable()
          .containsExactlyInAnyOrder("db", "readinessState");
    } finally {
      SMTP.start();
    }
    Http.Response again = http.get("/actuator/health");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("components").get("mail").get("status").asText()).isEqualTo("UP");
  }

  private double metric(String name) {
    Http.Response r = Http.rest(port, null, null).get("/actuator/prometheus");
    assertThat(r.status()).isEqualTo(200);
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*\\} ([0-9.eE+-]+)$")
            .matcher(r.body());
    assertThat(m.find())
        .as(name + " in\n" + r.body().lines().filter(l -> l.startsWith("bcd_")).toList())
        .isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void prometheusFiguresFollowTheEngine() {
    double started = metric("bcd_engine_activity_instance_start_total");
    double rootStarts = metric("bcd_engine_root_process_instance_start_total");
    double open = metric("bcd_engine_user_tasks_open");
    double overdue = metric("bcd_engine_user_tasks_overdue");
    double incidents = metric("bcd_engine_incidents_open");
    double noRetries = metric("bcd_engine_jobs_failed_no_retries");

    CaseScenario c = CaseScenario.start(engine, "chv.kv06", CaseScenario.dossier("610/QĐ-THADS"));
    // The counters before the engine writes its meters to the database (in memory) and after: the
    // engine's own sum.
    double rootStartsNow = metric("bcd_engine_root_process_instance_start_total");
    double startedNow = metric("bcd_engine_activity_instance_start_total");
    assertThat(rootStartsNow).isGreaterThan(rootStarts);
    assertThat(startedNow).isGreaterThan(started);
    ProcessEngineConfigurationImpl config =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    config.getDbMetricsReporter().reportNow();
    assertThat(
            engine
                .getManagementService()
                .createMetricsQuery()
                .name("root-process-instance-start")
                .sum())
        .isEqualTo((long) rootStartsNow);
    assertThat(
            engine
                .getManagementService()
                .createMetricsQuery()
                .name("activity-instance-start")
                .sum())
        .isEqualTo((long) startedNow);
    assertThat(metric("bcd_engine_root_process_instance_start_total"))
        .as("not counted twice")
        .isEqualTo(rootStartsNow);
    assertThat(metric("bcd_engine_activity_instance_start_total")).isEqualTo(startedNow);
    assertThat(metric("bcd_engine_user_tasks_open")).isEqualTo(open + 1);
    assertThat(metric("bcd_engine_user_tasks_overdue")).isEqualTo(overdue);

    // Past the approval's due date: the task counts as overdue.
    Date due = c.task("Task_ApproveRequest").getDueDate();
    ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
    assertThat(metric("bcd_engine_user_tasks_overdue")).isEqualTo(overdue + 1);
    ClockUtil.reset();

    // A job whose retries are used up becomes an incident (as after a mail server down for hours
    // under the daily digest's timer).
    Job digest =
        engine
            .getManagementService()
            .createJobQuery()
            .processDefinitionKey("ReminderDigestProcess")
            .timers()
            .singleResult();
    engine.getManagementService().setJobRetries(digest.getId(), 0);
    assertThat(metric("bcd_engine_incidents_open")).isEqualTo(incidents + 1);
    assertThat(metric("bcd_engine_jobs_failed_no_retries")).isEqualTo(noRetries + 1);

    engine.getManagementService().setJobRetries(digest.getId(), 1);
    assertThat(metric("bcd_engine_incidents_open")).isEqualTo(incidents);
    assertThat(metric("bcd_engine_jobs_failed_no_retries")).isEqualTo(noRetries);

    // A job executed by the engine counts as a successful one (the digest's timer, run ahead of
    // time).
    double successful = metric("bcd_engine_job_successful_total");
    engine.getManagementService().executeJob(digest.getId());
    assertThat(metric("bcd_engine_job_successful_total")).isEqualTo(successful + 1);

    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    assertThat(metric("bcd_engine_user_tasks_open"))
        .as("the secretariat's review replaces the approval")
        .isEqualTo(open + 1);
  }
}
