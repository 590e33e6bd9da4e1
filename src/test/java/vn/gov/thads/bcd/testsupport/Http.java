package vn.gov.thads.bcd.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A small HTTP client for the tests: engine-rest with Basic credentials, and a webapp session with
 * cookies.
 */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String authorization;
  private final CookieManager cookies;
  private final HttpClient client;

  private Http(String base, String user, String password) {
    this.base = base;
    this.authorization =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.cookies = new CookieManager();
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  private Http(String base, Http same) {
    this.base = base;
    this.authorization = same.authorization;
    this.cookies = same.cookies;
    this.client = same.client;
  }

  /**
   * The same client (credentials, cookies, so the same webapp session) sending to another port of
   * 127.0.0.1: another node of a cluster, as a load balancer would pick it. Cookies do not depend
   * on the port (RFC 6265).
   */
  public Http onPort(int port) {
    return new Http("http://127.0.0.1:" + port, this);
  }

  /** The value of a cookie this client holds, if any. */
  public Optional<HttpCookie> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .findFirst();
  }

  /** engine-rest as {@code user}, or anonymously when user is null. */
  public static Http rest(int port, String user, String password) {
    return new Http("http://127.0.0.1:" + port, user, password);
  }

  /** A browser-like session for the webapps (cookies, CSRF token). */
  public static Http browser(int port) {
    return new Http("http://127.0.0.1:" + port, null, null);
  }

  public record Response(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + body, e);
      }
    }
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response postJson(String path, Object body) {
    try {
      return send(
          request(path)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A POST of a body as given (e.g. broken JSON), with the given content type. */
  public Response postRaw(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public Response putJson(String path, Object body) {
    try {
      return send(
          request(path)
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Posts raw bytes as JSON; {@code chunked} sends them without a declared length
   * (Transfer-Encoding: chunked), as a client streaming a body would.
   */
  public Response postBytes(String path, byte[] body, boolean chunked) {
    HttpRequest.BodyPublisher publisher =
        chunked
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
            : HttpRequest.BodyPublishers.ofByteArray(body);
    return send(request(path).header("Content-Type", "application/json").POST(publisher));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** A PUT without a body (memberships and the like). */
  public Response put(String path) {
    return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  /** A JSON POST from a logged-in webapp session, with the CSRF header as the webapps send it. */
  public Response postJsonFromWebapp(String path, Object body) {
    try {
      return send(
          request(path)
              .header("Content-Type", "application/json")
              .header("X-XSRF-TOKEN", csrfToken())
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JSON PUT from a logged-in webapp session, as Tasklist sends it (its content type and the CSRF
   * header).
   */
  public Response putJsonFromWebapp(String path, Object body) {
    try {
      return send(
          request(path)
              .header("Content-Type", "application/json;charset=UTF-8")
              .header("X-XSRF-TOKEN", csrfToken())
              .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A form POST without the CSRF header, as a forged cross-site request would send it. */
  public Response postFormWithoutCsrf(String path, String form) {
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /**
   * Logs into a Camunda webapp the way its login page does: CSRF token from a first GET, then a
   * form POST.
   */
  public Response loginToWebapp(String app, String user, String password) {
    return loginToWebapp("default", app, user, password);
  }

  /** As {@link #loginToWebapp(String, String, String)}, to the engine of the given name. */
  public Response loginToWebapp(String engine, String app, String user, String password) {
    get("/camunda/app/" + app + "/");
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(
        request("/camunda/api/admin/auth/user/" + engine + "/login/" + app)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", csrfToken())
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("The webapp set no XSRF-TOKEN cookie"));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
