package vn.gov.thads.bcd.testsupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application ({@link IntegrationTest}) and one headless Chromium for all tests of the
 * class; screenshots go to {@code target/screenshots/<class>/}, and what the browser showed when a
 * test failed is kept beside them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest extends IntegrationTest {

  @LocalServerPort protected int port;

  protected Browser browser;

  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure =
      context ->
          context
              .getExecutionException()
              .filter(e -> browser != null)
              .ifPresent(
                  e -> browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName()));

  @BeforeAll
  void startBrowser() {
    browser = Browser.start(port, getClass(), recordsNetwork());
  }

  /** Whether the browser records the requests the pages send ({@link Browser#sentRequests}). */
  protected boolean recordsNetwork() {
    return false;
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
