package vn.gov.thads.bcd.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;

/** Each role reaches the webapps it needs and no other; login goes through the CSRF protection. */
class WebappLoginIT extends IntegrationTest {

  @LocalServerPort int port;

  @Test
  void regionalOfficerLogsIntoTasklistOnly() {
    Http.Response tasklist = Http.browser(port).loginToWebapp("tasklist", "chv.kv01", "demo");
    assertThat(tasklist.status()).isEqualTo(200);
    assertThat(tasklist.json().get("userId").asText()).isEqualTo("chv.kv01");
    assertThat(tasklist.json().get("authorizedApps").toString())
        .contains("tasklist")
        .doesNotContain("cockpit");

    assertThat(Http.browser(port).loginToWebapp("cockpit", "chv.kv01", "demo").status())
        .isEqualTo(403);
    assertThat(Http.browser(port).loginToWebapp("admin", "chv.kv01", "demo").status())
        .isEqualTo(403);
  }

  @Test
  void supervisorsUseCockpitButDoNotAdminister() {
    assertThat(Http.browser(port).loginToWebapp("cockpit", "thuky", "demo").status())
        .isEqualTo(200);
    assertThat(Http.browser(port).loginToWebapp("cockpit", "truongban", "demo").status())
        .isEqualTo(200);
    assertThat(Http.browser(port).loginToWebapp("admin", "thuky", "demo").status()).isEqualTo(403);
  }

  @Test
  void onlyAdministratorsAdminister() {
    assertThat(Http.browser(port).loginToWebapp("admin", "admin", "demo").status()).isEqualTo(200);
    assertThat(Http.browser(port).loginToWebapp("admin", "admin.bcd", "demo").status())
        .isEqualTo(200);
  }

  @Test
  void wrongPasswordIsRefused() {
    // A user of its own: a failed attempt locks the account for a few seconds (the engine's login
    // delay).
    assertThat(Http.browser(port).loginToWebapp("tasklist", "chv.kv14", "sai").status())
        .isEqualTo(401);
  }

  @Test
  void loginWithoutCsrfTokenIsRefused() {
    Http.Response response =
        Http.rest(port, null, null)
            .postFormWithoutCsrf(
                "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=chv.kv01&password=demo");
    assertThat(response.status()).isEqualTo(403);
  }
}
