package vn.gov.thads.bcd.publication;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how conclusion notices and case status changes are sent ({@code bcd.publication}).
 *
 * @param url the province's document-management or data-sharing endpoint (POST, JSON); empty = not
 *     configured, nothing is sent (publications are recorded as skipped, no process starts)
 * @param username HTTP Basic user (with {@code password}); empty = no Basic authentication
 * @param password HTTP Basic password
 * @param bearerToken sent as {@code Authorization: Bearer …} instead of Basic; empty = none
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout how long to wait for the answer (socket timeout); slower answers count as a
 *     failure
 * @param retryCycle Camunda retry cycle of the sending step, {@code R5/PT5M} or a list of waits
 *     {@code PT1M,PT5M,PT15M}; after the last attempt the step becomes an incident in Cockpit
 */
@ConfigurationProperties("bcd.publication")
public record PublicationProperties(
    @DefaultValue("") String url,
    @DefaultValue("") String username,
    @DefaultValue("") String password,
    @DefaultValue("") String bearerToken,
    @DefaultValue("10s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout,
    @DefaultValue("R5/PT5M") String retryCycle) {

  private static final Pattern REPEAT = Pattern.compile("R(\\d+)/(P\\S+)");

  public PublicationProperties {
    url = url == null ? "" : url.trim();
    username = username == null ? "" : username;
    password = password == null ? "" : password;
    bearerToken = bearerToken == null ? "" : bearerToken.trim();
    retryCycle = retryCycle == null ? "" : retryCycle.trim();
    List<String> problems = new ArrayList<>();
    if (!url.isEmpty()) {
      try {
        URI uri = URI.create(url);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            || uri.getHost() == null) {
          problems.add(
              "bcd.publication.url phải là địa chỉ http:// hoặc https:// đầy đủ, không phải '"
                  + url
                  + "'");
        }
      } catch (IllegalArgumentException e) {
        problems.add("bcd.publication.url không phải địa chỉ hợp lệ: '" + url + "'");
      }
    }
    if (username.isEmpty() != password.isEmpty()) {
      problems.add(
          "bcd.publication.username và bcd.publication.password phải có cả hai hoặc không có cả hai");
    }
    if (!username.isEmpty() && !bearerToken.isEmpty()) {
      problems.add(
          "chỉ dùng một cách xác thực: bcd.publication.username/password hoặc bcd.publication.bearer-token");
    }
    checkTimeout("bcd.publication.connect-timeout", connectTimeout, problems);
    checkTimeout("bcd.publication.read-timeout", readTimeout, problems);
    if (!validRetryCycle(retryCycle)) {
      problems.add(
          "bcd.publication.retry-cycle phải có dạng R5/PT5M hoặc danh sách PT1M,PT5M,PT15M, không phải '"
              + retryCycle
              + "'");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Cấu hình công bố sang hệ thống của tỉnh không hợp lệ: "
              + String.join("; ", problems)
              + ".");
    }
  }

  /**
   * The endpoint without credentials written into it (user:password@), for logs and incident
   * messages.
   */
  public String displayUrl() {
    return url.replaceFirst("^(https?://)[^/@]*@", "$1");
  }

  /** Whether an endpoint is configured: otherwise publications are recorded as skipped. */
  public boolean enabled() {
    return !url.isEmpty();
  }

  private static void checkTimeout(String key, Duration value, List<String> problems) {
    if (value == null
        || value.isNegative()
        || value.isZero()
        || value.toMillis() > Integer.MAX_VALUE) {
      problems.add(key + " phải lớn hơn 0 (ví dụ 10s), không phải '" + value + "'");
    }
  }

  private static boolean validRetryCycle(String cycle) {
    if (cycle.isEmpty()) {
      return false;
    }
    var repeat = REPEAT.matcher(cycle);
    if (repeat.matches()) {
      return Integer.parseInt(repeat.group(1)) > 0 && isDuration(repeat.group(2));
    }
    for (String wait : cycle.split(",")) {
      if (!isDuration(wait.trim())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDuration(String text) {
    try {
      return !Duration.parse(text).isNegative();
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    // Never print the password or token (start-up failures and logs show this record).
    return "PublicationProperties[url="
        + displayUrl()
        + ", username="
        + username
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", retryCycle="
        + retryCycle
        + "]";
  }
}
