package vn.gov.thads.bcd.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import vn.gov.thads.bcd.demo.DemoClock;
import vn.gov.thads.bcd.demo.DemoClockController;
import vn.gov.thads.bcd.mail.MailSink;
import vn.gov.thads.bcd.testsupport.FreePort;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;
import vn.gov.thads.bcd.testsupport.TestApplication;

/**
 * The production profile takes everything from its environment variables and has no demo content.
 */
class ProductionProfileIT {

  @Test
  void refusesToStartNamingEveryMissingVariable() {
    assertThatThrownBy(() -> TestApplication.start(null, Map.of(), ProductionSettingsCheck.PROFILE))
        .isInstanceOf(MissingProductionSettingsException.class)
        .hasMessageContaining("BCD_DB_URL")
        .hasMessageContaining("BCD_DB_USER")
        .hasMessageContaining("BCD_DB_PASSWORD")
        .hasMessageContaining("BCD_SMTP_HOST")
        .hasMessageContaining("BCD_SMTP_PORT")
        .hasMessageContaining("BCD_MAIL_FROM")
        .hasMessageContaining("BCD_PUBLIC_BASE_URL")
        .hasMessageContaining("BCD_ADMIN_PASSWORD")
        .hasMessageContaining("BCD_ORGANISATION_FILE");
  }

  @Test
  void namesOnlyTheVariablesThatAreMissing() {
    Map<String, String> almost = variables(PostgresTestDatabase.fresh("bcd_test_prod_partial"), 25);
    almost.remove("BCD_ADMIN_PASSWORD");
    almost.put("BCD_SMTP_HOST", "  ");
    assertThatThrownBy(() -> TestApplication.start(null, almost, ProductionSettingsCheck.PROFILE))
        .isInstanceOf(MissingProductionSettingsException.class)
        .hasMessageContaining("BCD_ADMIN_PASSWORD")
        .hasMessageContaining("BCD_SMTP_HOST")
        .hasMessageNotContaining("BCD_DB_URL")
        .hasMessageNotContaining("BCD_ORGANISATION_FILE");
  }

  @Test
  void refusesTheDemoPasswords() {
    Map<String, String> vars = variables(PostgresTestDatabase.fresh("bcd_test_prod_unsafe"), 25);
    vars.put("BCD_ADMIN_PASSWORD", "demo");
    vars.put("bcd.organisation.demo-password", "123456");
    vars.put("bcd.demo-clock.enabled", "true");
    assertThatThrownBy(() -> TestApplication.start(null, vars, ProductionSettingsCheck.PROFILE))
        .isInstanceOf(MissingProductionSettingsException.class)
        .hasMessageContaining("không được dùng giá trị của chế độ chạy thử")
        .hasMessageContaining("BCD_ADMIN_PASSWORD là mật khẩu chạy thử 'demo'")
        .hasMessageContaining("bcd.organisation.demo-password phải để trống")
        .hasMessageContaining(
            "bcd.demo-clock.enabled phải là false (đồng hồ giả lập chỉ dùng khi chạy thử)")
        .hasMessageNotContaining("thiếu biến môi trường");
  }

  @Test
  void startsFromItsVariablesWithoutDemoPasswordsOrMailSink() {
    int smtpPort = FreePort.find();
    GreenMail smtp =
        new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try (ConfigurableApplicationContext app =
        TestApplication.start(
            null,
            variables(PostgresTestDatabase.fresh("bcd_test_prod"), smtpPort),
            ProductionSettingsCheck.PROFILE)) {
      // First, while no wrong password has delayed the admin's next login (see below).
      productionHardening(app);

      IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.createUserQuery().userId("chv.kv01").count()).isEqualTo(1);
      assertThat(identity.checkPassword("chv.kv01", "demo")).isFalse();
      // The right password first: a failed check delays the account's next login by a few seconds.
      assertThat(identity.checkPassword("admin", "Mật-khẩu-vận-hành-2026")).isTrue();
      assertThat(identity.checkPassword("admin", "demo")).isFalse();
      assertThat(app.getBeansOfType(MailSink.class)).isEmpty();
      assertThat(app.getBean(JdbcClient.class).sql("show jit").query(String.class).single())
          .as("PostgreSQL's JIT off for the application's connections")
          .isEqualTo("off");
      // No demo clock: neither the bean nor its endpoint.
      assertThat(app.getBeansOfType(DemoClock.class)).isEmpty();
      assertThat(app.getBeansOfType(DemoClockController.class)).isEmpty();

      SimpleMailMessage mail = new SimpleMailMessage();
      mail.setFrom("bcd@thads.angiang.example");
      mail.setTo("kv01@thads.angiang.example");
      mail.setSubject("Thử gửi thư");
      mail.setText("Nội dung");
      app.getBean(JavaMailSender.class).send(mail);
      assertThat(smtp.getReceivedMessages()).hasSize(1);
    } finally {
      smtp.stop();
    }
  }

  /**
   * Behind HTTPS: cookies Secure, HSTS on every response; the actuator only on its own port (not
   * published by the reverse proxy), with the database and mail components.
   */
  private static void productionHardening(ConfigurableApplicationContext app) {
    int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    int managementPort =
        Integer.parseInt(app.getEnvironment().getRequiredProperty("local.management.port"));
    assertThat(managementPort).isNotEqualTo(port);
    // No cookie handler: a Java client (rightly) keeps Secure cookies to HTTPS; here they are
    // echoed by hand, as the
    // browser does behind the HTTPS proxy.
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> page =
        send(client, HttpRequest.newBuilder(uri(port, "/camunda/app/admin/")).GET());
    assertThat(page.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
    // TestApplication names each run's engine: engine-rest reaches it by name.
    String engineName = app.getEnvironment().getRequiredProperty("camunda.bpm.process-engine-name");
    HttpResponse<String> rest =
        send(
            client,
            HttpRequest.newBuilder(uri(port, "/engine-rest/engine/" + engineName + "/task")).GET());
    assertThat(rest.statusCode()).isEqualTo(401);
    assertThat(rest.headers().firstValue("Strict-Transport-Security"))
        .hasValue("max-age=31536000; includeSubDomains");
    // The first page (a redirect) opens the session and hands out the CSRF token, as in
    // Http.loginToWebapp.
    List<String> cookies = new ArrayList<>(page.headers().allValues("Set-Cookie"));
    Map<String, String> values = new HashMap<>();
    cookies.forEach(
        c ->
            values.put(
                c.substring(0, c.indexOf('=')), c.substring(c.indexOf('=') + 1, c.indexOf(';'))));
    HttpResponse<String> login =
        send(
            client,
            HttpRequest.newBuilder(
                    uri(port, "/camunda/api/admin/auth/user/" + engineName + "/login/admin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                    "Cookie",
                    "BCD_SESSION="
                        + values.get("BCD_SESSION")
                        + "; XSRF-TOKEN="
                        + values.get("XSRF-TOKEN"))
                .header("X-XSRF-TOKEN", values.get("XSRF-TOKEN"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=admin&password="
                            + URLEncoder.encode(
                                "Mật-khẩu-vận-hành-2026", StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).as(login.body() + " " + cookies).isEqualTo(200);
    cookies.addAll(login.headers().allValues("Set-Cookie"));
    assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("BCD_SESSION="));
    assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN="));
    assertThat(cookies)
        .allSatisfy(
            c ->
                assertThat(Arrays.stream(c.split(";")).map(String::trim).toList())
                    .as(c)
                    .contains("Secure", "SameSite=Lax"));

    assertThat(
            send(client, HttpRequest.newBuilder(uri(port, "/actuator/health")).GET()).statusCode())
        .isEqualTo(404);
    // The demo clock's endpoint does not exist, even for a logged-in administrator.
    String session =
        "BCD_SESSION="
            + cookieValue(cookies, "BCD_SESSION")
            + "; XSRF-TOKEN="
            + cookieValue(cookies, "XSRF-TOKEN");
    assertThat(
            send(
                    client,
                    HttpRequest.newBuilder(uri(port, "/demo/dong-ho"))
                        .header("Cookie", session)
                        .GET())
                .statusCode())
        .isEqualTo(404);
    assertThat(
            send(
                    client,
                    HttpRequest.newBuilder(uri(port, "/demo/dong-ho/tien?ngay=5"))
                        .header("Cookie", session)
                        .header("X-XSRF-TOKEN", cookieValue(cookies, "XSRF-TOKEN"))
                        .POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> health =
        send(client, HttpRequest.newBuilder(uri(managementPort, "/actuator/health")).GET());
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(health.body()).contains("\"db\"", "\"mail\"");
    HttpResponse<String> prometheus =
        send(client, HttpRequest.newBuilder(uri(managementPort, "/actuator/prometheus")).GET());
    assertThat(prometheus.body()).contains("bcd_engine_incidents_open");
  }

  /** The last value a Set-Cookie of that name gave. */
  private static String cookieValue(List<String> setCookies, String name) {
    String value = null;
    for (String c : setCookies) {
      if (c.startsWith(name + "=")) {
        value = c.substring(name.length() + 1, c.indexOf(';'));
      }
    }
    return value;
  }

  private static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> variables(PostgresTestDatabase.Database db, int smtpPort) {
    Map<String, String> vars = new HashMap<>();
    vars.put("BCD_DB_URL", db.url());
    vars.put("BCD_DB_USER", db.user());
    vars.put("BCD_DB_PASSWORD", db.password().isEmpty() ? "khong-dung" : db.password());
    vars.put("BCD_SMTP_HOST", "127.0.0.1");
    vars.put("BCD_SMTP_PORT", String.valueOf(smtpPort));
    vars.put("BCD_MAIL_FROM", "bcd@thads.angiang.example");
    vars.put("BCD_PUBLIC_BASE_URL", "https://bcd.angiang.example");
    vars.put("BCD_ADMIN_PASSWORD", "Mật-khẩu-vận-hành-2026");
    vars.put("BCD_ORGANISATION_FILE", "classpath:organisation/an-giang.yml");
    vars.put("BCD_MANAGEMENT_PORT", String.valueOf(FreePort.find()));
    return vars;
  }
}
