package vn.gov.thads.bcd.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.gov.thads.bcd.testsupport.ModelTestEngine;
import vn.gov.thads.bcd.testsupport.ProcessModelTest;

/**
 * PublishToProvinceProcess alone, with the real http-connector posting to a small HTTP server of
 * the JDK: skipped while no endpoint is configured, sent after the save point, retried as
 * configured when the province refuses.
 */
class PublishToProvinceProcessModelTest extends ProcessModelTest {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension();

  static final long PUBLICATION_ID = 5L;
  static final String PAYLOAD = "{\"type\":\"conclusion\",\"caseNumber\":\"BCĐ-2026-0001\"}";

  record Received(
      String method, String path, String contentType, String idempotencyKey, String body) {}

  HttpServer province;
  final List<Received> received = new CopyOnWriteArrayList<>();
  int answerStatus = 202;
  Publication publication;

  @BeforeEach
  void provinceAndBeans() throws IOException {
    province = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    province.createContext(
        "/",
        exchange -> {
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Content-Type"),
                  exchange.getRequestHeaders().getFirst("X-Idempotency-Key"),
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          byte[] answer = "{\"accepted\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(answerStatus, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    province.start();

    publication = bean("publication", Publication.class);
    when(publication.url())
        .thenReturn("http://127.0.0.1:" + province.getAddress().getPort() + "/bcd/publications");
    when(publication.retryCycle()).thenReturn("R5/PT5M");
    when(publication.requestConfig())
        .thenReturn(Map.of("connection-timeout", 5000, "socket-timeout", 5000));
    when(publication.headers(PUBLICATION_ID))
        .thenReturn(
            Map.of(
                "Content-Type",
                "application/json; charset=UTF-8",
                "X-Idempotency-Key",
                "BCD-2026-0001/conclusion/3"));
    when(publication.payload(PUBLICATION_ID)).thenReturn(PAYLOAD);
    deploy("PublishToProvinceProcess.bpmn");
  }

  @AfterEach
  void stopProvince() {
    province.stop(0);
  }

  ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            "PublishToProvinceProcess", "BCĐ-2026-0001", Map.of("publicationId", PUBLICATION_ID));
  }

  @Test
  void theNoticeIsPostedAfterTheSavePointAndTheAnswerAccepted() {
    when(publication.accept(eq(PUBLICATION_ID), eq(202), anyString())).thenReturn(202);

    ProcessInstance publishing = start();
    assertThat(publishing).isWaitingAt("Task_SendToProvince");
    assertThat(received).isEmpty();

    execute("Task_SendToProvince", publishing);

    assertThat(received)
        .containsExactly(
            new Received(
                "POST",
                "/bcd/publications",
                "application/json; charset=UTF-8",
                "BCD-2026-0001/conclusion/3",
                PAYLOAD));
    verify(publication).accept(PUBLICATION_ID, 202, "{\"accepted\":true}");
    assertThat(publishing).isEnded().hasPassed("EndEvent_Published");
    assertThat(publishing).variables().containsEntry("publicationHttpStatus", 202);
  }

  @Test
  void aRefusalFailsTheStepWhichIsRetriedAsConfigured() {
    answerStatus = 503;
    when(publication.accept(eq(PUBLICATION_ID), eq(503), any()))
        .thenThrow(
            new Publication.PublicationRefusedException("Hệ thống của tỉnh trả lời HTTP 503"));
    ProcessInstance publishing = start();
    Job send = job("Task_SendToProvince", publishing);

    assertThatThrownBy(() -> engine.getManagementService().executeJob(send.getId()))
        .hasMessageContaining("HTTP 503");

    assertThat(received).hasSize(1);
    Job retry = job("Task_SendToProvince", publishing);
    assertThat(retry.getRetries()).isEqualTo(4);
    assertThat(retry.getExceptionMessage()).contains("HTTP 503");
    assertThat(
            Duration.between(
                ClockUtil.getCurrentTime().toInstant(), retry.getDuedate().toInstant()))
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(publishing).isWaitingAt("Task_SendToProvince");
  }
}
