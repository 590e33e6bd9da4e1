package vn.gov.thads.bcd.publication;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the model {@code PublishToProvinceProcess} reads ({@code ${publication.url()}}, …): the
 * configured endpoint and the http-connector's inputs, and the judgement of its answer. Needs no
 * engine bean: the model's expressions may be evaluated while the engine starts.
 */
@Component("publication")
public class Publication {

  private static final Logger LOG = LoggerFactory.getLogger(Publication.class);

  /** How much of a refusing answer's body goes into the incident's message. */
  private static final int ANSWER_EXCERPT = 300;

  private final PublicationProperties properties;
  private final PublicationLog log;

  public Publication(PublicationProperties properties, PublicationLog log) {
    this.properties = properties;
    this.log = log;
    if (properties.enabled()) {
      LOG.info(
          "Công bố sang hệ thống của tỉnh: gửi tới {} (thử lại theo {}).",
          properties.displayUrl(),
          properties.retryCycle());
    } else {
      LOG.info(
          "Công bố sang hệ thống của tỉnh: chưa cấu hình bcd.publication.url, các bản công bố được bỏ qua.");
    }
  }

  public String url() {
    return properties.url();
  }

  /** The sending step's {@code failedJobRetryTimeCycle}. */
  public String retryCycle() {
    return properties.retryCycle();
  }

  /** The http-connector's {@code request-config}: Apache HttpClient 4 timeouts in milliseconds. */
  public Map<String, Object> requestConfig() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("connection-timeout", (int) properties.connectTimeout().toMillis());
    config.put("connection-request-timeout", (int) properties.connectTimeout().toMillis());
    config.put("socket-timeout", (int) properties.readTimeout().toMillis());
    return config;
  }

  /**
   * JSON, the publication's idempotency key (the same on every attempt, so the receiver can
   * recognise a retry of something it already processed) and the configured credentials. Built for
   * each attempt and never stored as a process variable (connector inputs are not), so credentials
   * stay out of the history.
   */
  public Map<String, String> headers(long publicationId) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json; charset=UTF-8");
    headers.put("Accept", "application/json");
    headers.put("X-Idempotency-Key", log.find(publicationId).idempotencyKey());
    if (!properties.username().isEmpty()) {
      String pair = properties.username() + ":" + properties.password();
      headers.put(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    } else if (!properties.bearerToken().isEmpty()) {
      headers.put("Authorization", "Bearer " + properties.bearerToken());
    }
    return headers;
  }

  /** The body as it was fixed when the event happened. */
  public String payload(long publicationId) {
    return log.find(publicationId).payload();
  }

  /**
   * The connector's answer: 2xx is recorded as sent; anything else fails the step, so that the job
   * is retried and, after the last attempt, becomes an incident with this message.
   */
  public int accept(long publicationId, Integer statusCode, String response) {
    int status = statusCode == null ? 0 : statusCode;
    if (status < 200 || status > 299) {
      String key = log.find(publicationId).idempotencyKey();
      String answer =
          response == null || response.isBlank() ? "" : ": " + excerpt(response.strip());
      throw new PublicationRefusedException(
          "Hệ thống của tỉnh trả lời HTTP "
              + status
              + " cho bản công bố "
              + key
              + " ("
              + properties.displayUrl()
              + ")"
              + answer);
    }
    log.markSent(publicationId, status);
    return status;
  }

  private static String excerpt(String text) {
    return text.length() <= ANSWER_EXCERPT ? text : text.substring(0, ANSWER_EXCERPT) + "…";
  }

  /** The province's system answered, but not with 2xx. */
  public static class PublicationRefusedException extends RuntimeException {
    public PublicationRefusedException(String message) {
      super(message);
    }

    /**
     * The engine wraps expression failures with the cause's toString() as message: keep it the
     * Vietnamese text.
     */
    @Override
    public String toString() {
      return getMessage();
    }
  }
}
