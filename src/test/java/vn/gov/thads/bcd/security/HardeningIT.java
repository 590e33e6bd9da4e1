package vn.gov.thads.bcd.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;

/**
 * Security headers on every kind of response, the cookie flags of a webapp login, and the lock-out
 * after wrong passwords on the webapp login and on engine-rest, read from the real server's
 * responses.
 */
class HardeningIT extends IntegrationTest {

  @LocalServerPort int port;

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private HttpResponse<String> get(String path, String user) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (user != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return send(b.GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void assertBaseHeaders(HttpResponse<String> r) {
    assertThat(r.headers().firstValue("X-Content-Type-Options"))
        .as(r.uri() + " nosniff")
        .hasValue("nosniff");
    assertThat(r.headers().firstValue("X-Frame-Options"))
        .as(r.uri() + " frame options")
        .hasValue("DENY");
    assertThat(r.headers().firstValue("Referrer-Policy"))
        .as(r.uri() + " referrer")
        .hasValue("same-origin");
    assertThat(r.headers().allValues("Content-Security-Policy"))
        .as(r.uri() + " one CSP")
        .hasSize(1);
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
        .as(r.uri() + " CSP")
        .contains("frame-ancestors 'none'");
    // HSTS only in prod (behind HTTPS): see ProductionProfileIT.
    assertThat(r.headers().firstValue("Strict-Transport-Security"))
        .as(r.uri() + " no HSTS in the demo")
        .isEmpty();
  }

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() {
    HttpResponse<String> anonymousRest = get("/engine-rest/task", null);
    assertThat(anonymousRest.statusCode()).isEqualTo(401);
    assertBaseHeaders(anonymousRest);
    assertThat(anonymousRest.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("default-src 'self'");

    HttpResponse<String> rest = get("/engine-rest/task?maxResults=1", "thuky");
    assertThat(rest.statusCode()).isEqualTo(200);
    assertBaseHeaders(rest);

    HttpResponse<String> health = get("/actuator/health", null);
    assertBaseHeaders(health);
    assertBaseHeaders(get("/demo/thu", null));
    HttpResponse<String> pluginWithoutSession =
        get("/camunda/api/cockpit/plugin/bcd-supervision/default/overdue", null);
    assertThat(pluginWithoutSession.statusCode()).isIn(401, 403);
    assertBaseHeaders(pluginWithoutSession);

    // The webapps keep Camunda's own policy, with a fresh nonce per page for their scripts.
    HttpResponse<String> tasklist = get("/camunda/app/tasklist/", null);
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertBaseHeaders(tasklist);
    String csp = tasklist.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("'nonce-", "object-src 'none'");
    String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertThat(tasklist.body()).contains("nonce=\"" + nonce + "\"");
    assertBaseHeaders(get("/camunda/app/cockpit/", null));
    assertBaseHeaders(get("/camunda/api/engine/engine/", null));
  }

  @Test
  void webappLoginCookiesAreHttpOnlyAndSameSite() {
    HttpResponse<String> page = get("/camunda/app/tasklist/", null);
    List<String> setCookies = new ArrayList<>();
    // Across the redirects the page went through (/tasklist/ → /tasklist/default/).
    for (Optional<HttpResponse<String>> r = Optional.of(page);
        r.isPresent();
        r = r.get().previousResponse()) {
      setCookies.addAll(r.get().headers().allValues("Set-Cookie"));
    }
    String csrf = cookieValue("XSRF-TOKEN");
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + port
                            + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=chv.kv03&password=demo")));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    setCookies.addAll(login.headers().allValues("Set-Cookie"));

    List<String> session = setCookies.stream().filter(c -> c.startsWith("BCD_SESSION=")).toList();
    assertThat(session).as("session cookies set: " + setCookies).isNotEmpty();
    session.forEach(
        c -> {
          assertThat(c).as(c).containsIgnoringCase("HttpOnly");
          assertThat(attributeCount(c, "SameSite")).as(c + ": one SameSite attribute").isEqualTo(1);
          assertThat(c).as(c).containsIgnoringCase("SameSite=Lax");
          assertThat(c)
              .as(c + ": not Secure over plain HTTP in the demo")
              .doesNotContainIgnoringCase("Secure;")
              .doesNotEndWithIgnoringCase("Secure");
        });
    List<String> xsrf = setCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).toList();
    assertThat(xsrf).isNotEmpty();
    // The webapps' scripts read the CSRF cookie to echo it in X-XSRF-TOKEN: it must not be
    // HttpOnly.
    xsrf.forEach(
        c ->
            assertThat(c)
                .as(c)
                .doesNotContainIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
  }

  private static int attributeCount(String setCookie, String attribute) {
    return (int)
        Arrays.stream(setCookie.split(";"))
            .map(String::trim)
            .filter(a -> a.regionMatches(true, 0, attribute + "=", 0, attribute.length() + 1))
            .count();
  }

  private String cookieValue(String name) {
    CookieManager cookies = (CookieManager) client.cookieHandler().orElseThrow();
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name));
  }

  private static void at(long epochMillis) {
    ClockUtil.setCurrentTime(new Date(epochMillis));
  }

  private int webappLogin(String user, String password) {
    return Http.browser(port).loginToWebapp("tasklist", user, password).status();
  }

  private int restLogin(String user, String password) {
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/engine-rest/task?maxResults=1"))
            .header("Authorization", auth)
            .GET())
        .statusCode();
  }

  /**
   * Each wrong password delays the next login; the fifth wrong one in a row locks the account for
   * good.
   */
  @Test
  void wrongPasswordsLockTheWebappLoginUntilAnAdministratorUnlocks() {
    lockOut("chv.kv04", this::webappLogin, 401);
  }

  @Test
  void wrongPasswordsLockEngineRestBasicAuthToo() {
    lockOut("chv.kv05", this::restLogin, 401);
  }

  private void lockOut(String user, BiFunction<String, String, Integer> login, int refused) {
    long t = System.currentTimeMillis();
    at(t);
    assertThat(login.apply(user, "demo")).isEqualTo(200);

    // One wrong password: the right one is refused for 3 s (delay-base-seconds), then accepted
    // again.
    assertThat(login.apply(user, "sai-mat-khau")).isEqualTo(refused);
    assertThat(login.apply(user, "demo")).as("right password during the delay").isEqualTo(refused);
    at(t += 3_500);
    assertThat(login.apply(user, "demo")).as("right password after the delay").isEqualTo(200);

    // Five wrong passwords in a row (each after the previous delay: 3, 6, 12, 24 s): locked for
    // good.
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(login.apply(user, "sai-" + attempt)).isEqualTo(refused);
      at(t += 61_000);
    }
    assertThat(login.apply(user, "demo"))
        .as("right password after five wrong ones")
        .isEqualTo(refused);
    at(t += 30L * 24 * 3600 * 1000);
    assertThat(login.apply(user, "demo")).as("a month later").isEqualTo(refused);

    // The administrator unlocks the account (Admin: user → unlock; the same REST call).
    HttpResponse<String> unlock =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + port + "/engine-rest/user/" + user + "/unlock"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(unlock.statusCode()).as(unlock.body()).isEqualTo(204);
    assertThat(login.apply(user, "demo")).as("after the administrator unlocked").isEqualTo(200);
  }

  /**
   * What a locked-out user reads on the login page of each webapp (Camunda shows one message for
   * every refusal).
   */
  @Test
  void theLoginPageTellsInVietnameseThatTheAccountMayBeLocked() throws IOException {
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      String vi =
          Files.readString(
              Path.of(
                  "src/main/resources/META-INF/resources/webjars/camunda/app/"
                      + app
                      + "/locales/vi.json"),
              StandardCharsets.UTF_8);
      assertThat(vi)
          .as(app)
          .contains("\"PAGE_LOGIN_ERROR_MSG\": \"Sai thông tin đăng nhập, tài khoản bị khóa");
      // ...and the page Tasklist serves is the one that reads this file.
      assertThat(get("/camunda/app/" + app + "/locales/vi.json", null).body())
          .as(app)
          .contains("tài khoản bị khóa");
    }
  }
}
