package vn.gov.thads.bcd.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * A headless Chromium driving the Camunda webapps as a user would: Debian's {@code chromium}
 * through Debian's {@code chromium-driver}, both at fixed paths so that Selenium Manager never
 * looks for (or downloads) anything. The browser prefers Vietnamese and runs in Vietnam's time
 * zone, like the staff's.
 *
 * <p>Every action waits for its element explicitly (no fixed sleeps) and retries while Tasklist
 * re-renders the form under it. Screenshots go to {@code target/screenshots/<test
 * class>/<nn>-<name>.png} and stay there as test artifacts.
 *
 * <p>Camunda Forms (form-js 1.8) name their inputs {@code <form id>-Field_<key>}; a date field's
 * input ends with {@code Field_<key>-date}, a select's visible part with {@code
 * Field_<key>-display}. The fields are addressed by key, the choices (select, radio, checklist) by
 * their visible label.
 */
public final class Browser implements AutoCloseable {

  /** Overridable for machines where the packages put them elsewhere. */
  public static final Path CHROMIUM =
      Path.of(System.getProperty("bcd.browser.chromium", "/usr/bin/chromium"));

  public static final Path CHROMEDRIVER =
      Path.of(System.getProperty("bcd.browser.chromedriver", "/usr/bin/chromedriver"));

  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final Duration POLLING = Duration.ofMillis(100);

  /**
   * form-js shows and reads dates as dd/mm/yyyy whatever the browser's locale (patched deps.js, see
   * docs/webapps.md).
   */
  public static final DateTimeFormatter FORM_JS_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;
  private final Path userDataDir;
  private final Path screenshots;
  private int screenshotCount;

  private Browser(ChromeDriver driver, String baseUrl, Path userDataDir, Path screenshots) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.userDataDir = userDataDir;
    this.screenshots = screenshots;
    this.wait = new WebDriverWait(driver, TIMEOUT, POLLING);
    wait.ignoring(StaleElementReferenceException.class);
  }

  // ----------------------------------------------------------------------------------------------
  // lifecycle

  /**
   * Starts headless Chromium against the application on {@code localhost:port}; screenshots under
   * the test class.
   */
  public static Browser start(int port, Class<?> testClass) {
    return start(port, testClass, false);
  }

  /**
   * As {@link #start(int, Class)}; with {@code networkLog} Chromium also records the requests the
   * page sends (its performance log: DevTools network events), read by {@link #sentRequests}.
   */
  public static Browser start(int port, Class<?> testClass, boolean networkLog) {
    requireInstalled();
    Path userDataDir;
    Path screenshots =
        Path.of(
            System.getProperty("basedir", "."), "target", "screenshots", testClass.getSimpleName());
    try {
      userDataDir = Files.createTempDirectory("bcd-chromium-");
      deleteRecursively(screenshots); // the files of this run only, numbered from 01
      Files.createDirectories(screenshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-default-apps",
        "--user-data-dir=" + userDataDir,
        "--window-size=1400,1000",
        "--lang=vi");
    // --lang sets the UI language; the languages the pages see (navigator.languages) come from this
    // preference.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,vi-VN"));
    if (networkLog) {
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.PERFORMANCE, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(Map.of("TZ", VietnamTime.ZONE.getId()))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    return new Browser(driver, "http://localhost:" + port, userDataDir, screenshots);
  }

  private static void requireInstalled() {
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException(
            "Browser tests need Debian's Chromium and ChromeDriver, but "
                + p
                + " is missing. Install them: apt-get install -y chromium chromium-driver (CI's .ci/run installs them;"
                + " other paths: -Dbcd.browser.chromium=… -Dbcd.browser.chromedriver=…).");
      }
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteRecursively(userDataDir);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** What a link gave when fetched from the page: status, the headers that matter, the bytes. */
  public record Download(
      int status, String type, String disposition, String nosniff, byte[] body) {}

  /**
   * Fetches {@code href} from the open page with its session, as its download link would be
   * (Chromium keeps a downloaded file out of the test's reach; this reads the same answer).
   */
  @SuppressWarnings("unchecked")
  public Download download(String href) {
    Map<String, Object> r =
        (Map<String, Object>)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {"
                        + " const bytes = new Uint8Array(await r.arrayBuffer()); let s = '';"
                        + " for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);"
                        + " done({status: r.status, type: r.headers.get('Content-Type'),"
                        + " disposition: r.headers.get('Content-Disposition'),"
                        + " nosniff: r.headers.get('X-Content-Type-Options'), body: btoa(s)}); });",
                    href);
    return new Download(
        ((Number) r.get("status")).intValue(),
        (String) r.get("type"),
        (String) r.get("disposition"),
        (String) r.get("nosniff"),
        java.util.Base64.getDecoder().decode((String) r.get("body")));
  }

  /** A request the page sent, as Chromium's network events show it. */
  public record SentRequest(String method, String url, String body, Map<String, String> headers) {}

  /**
   * The requests sent since the last call whose method ({@code null}: any) and address match (a
   * part of the address), bodies and headers included; needs a browser started with the network
   * log.
   */
  public List<SentRequest> sentRequests(String method, String urlContaining) {
    List<SentRequest> sent = new java.util.ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = NETWORK_JSON.readTree(entry.getMessage()).path("message");
        if (!"Network.requestWillBeSent".equals(message.path("method").asText())) {
          continue;
        }
        JsonNode request = message.path("params").path("request");
        String sentMethod = request.path("method").asText();
        if ((method == null || method.equals(sentMethod))
            && request.path("url").asText().contains(urlContaining)) {
          Map<String, String> headers = new java.util.LinkedHashMap<>();
          request
              .path("headers")
              .fields()
              .forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
          sent.add(
              new SentRequest(
                  sentMethod,
                  request.path("url").asText(),
                  request.path("postData").asText(null),
                  headers));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sent;
  }

  private static final ObjectMapper NETWORK_JSON = new ObjectMapper();

  // ----------------------------------------------------------------------------------------------
  // login

  /**
   * Logs into a Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin}) on its own login
   * page, after dropping any earlier session; waits until the app shows the signed-in user's menu.
   */
  public void login(String app, String user, String passwordValue) {
    submitLogin(app, user, passwordValue);
    if (!loggedInOrRefused()) {
      // Seen once in CI, never reproduced: a first login on a fresh page refused although the
      // password is right (likely the session and CSRF cookies of parallel first requests
      // crossing). A person would try again; so does the test, once, after the engine's lock-out
      // delay for one failed attempt, and says so. A second refusal fails the test.
      System.out.println(
          "Browser: login of "
              + user
              + " into "
              + app
              + " refused once, trying again: "
              + visibleText().replace('\n', ' '));
      try {
        Thread.sleep(4_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      submitLogin(app, user, passwordValue);
    }
    try {
      wait.until(
          d ->
              d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty()
                  && !d.findElements(
                          By.cssSelector(".navbar .glyphicon-user, .cam-nav .glyphicon-user"))
                      .isEmpty());
    } catch (TimeoutException e) {
      throw new AssertionError(
          "Login of "
              + user
              + " into "
              + app
              + " did not succeed; the page shows: "
              + visibleText(),
          e);
    }
  }

  /** Waits until the login either went through (true) or was refused (false). */
  private boolean loggedInOrRefused() {
    try {
      // A String, not a Boolean: WebDriverWait keeps waiting on false.
      return "in"
          .equals(
              wait.until(
                  d -> {
                    if (shownNotifications().stream()
                        .anyMatch(
                            n -> notificationText(n).contains("Đăng nhập không thành công"))) {
                      return "refused";
                    }
                    return d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty()
                            && !d.findElements(
                                    By.cssSelector(
                                        ".navbar .glyphicon-user, .cam-nav .glyphicon-user"))
                                .isEmpty()
                        ? "in"
                        : null;
                  }));
    } catch (TimeoutException e) {
      return true; // neither: the assertion below reports what the page shows
    }
  }

  /**
   * Tries to log into a webapp the user may not open (or with a wrong password): waits for the
   * app's refusal and returns it; the login form stays.
   */
  public String loginRefused(String app, String user, String passwordValue) {
    submitLogin(app, user, passwordValue);
    String refusal = waitForNotification("Đăng nhập không thành công");
    if (driver.findElements(By.cssSelector("input[ng-model='username']")).isEmpty()) {
      throw new AssertionError(
          "The login form went away after a refused login of " + user + " into " + app);
    }
    return refusal;
  }

  private void submitLogin(String app, String user, String passwordValue) {
    driver.manage().deleteAllCookies();
    driver.get(
        "about:blank"); // a full page load: the single-page apps keep the last user in memory
    // otherwise
    String loginPage = baseUrl + "/camunda/app/" + app + "/default/#/login";
    driver.get(loginPage);
    By username = By.cssSelector("input[ng-model='username']");
    By password = By.cssSelector("input[ng-model='password']");
    try {
      visible(username);
    } catch (TimeoutException e) {
      // Seen once in CI right after a refresh of a Tasklist page: the login page did not render in
      // 20 s. A person would reload; so does the test, once, and says what the page showed.
      System.out.println(
          "Browser: the login page of " + app + " did not render, reloading: " + pageText());
      driver.get("about:blank");
      driver.get(loginPage);
      visible(username);
    }
    // The login page focuses the user name field once it has rendered, which may be while typing
    // the password:
    // type again until both fields hold what was typed.
    retrying(
        d -> {
          typeInto(d.findElement(username), user);
          typeInto(d.findElement(password), passwordValue);
          return user.equals(d.findElement(username).getDomProperty("value"))
              && passwordValue.equals(d.findElement(password).getDomProperty("value"));
        },
        "the login form to hold the user name and password");
    click(By.cssSelector("form button[type='submit']"));
  }

  public void loginToTasklist(String user, String password) {
    login("tasklist", user, password);
    waitForTaskList();
  }

  /**
   * Opens Tasklist in the current session (for instance coming from a link in Cockpit or a mail).
   */
  public void openTasklist() {
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/");
    waitForTaskList();
  }

  private String pageText() {
    try {
      return driver.getCurrentUrl() + " " + visibleText().replace('\n', ' ');
    } catch (RuntimeException e) {
      return e.toString();
    }
  }

  /** The whole visible text of the page. */
  public String visibleText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  // ----------------------------------------------------------------------------------------------
  // Tasklist

  /**
   * Opens the start dialog ("Khởi tạo quy trình"), picks the process by its name and waits for its
   * start form.
   */
  public void openStartForm(String processName) {
    click(By.xpath("//a[@ng-click='open()' and normalize-space(.)='Khởi tạo quy trình']"));
    click(
        By.xpath(
            "//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space(.)="
                + xpathLiteral(processName)
                + "]"));
    visible(By.cssSelector(".modal .fjs-container"));
  }

  /** Presses the start dialog's "Khởi tạo" button. */
  public void submitStartForm() {
    click(
        By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Khởi tạo']"));
  }

  /** Whether a dialog (start form, filter…) is open. */
  public boolean dialogOpen() {
    return !driver.findElements(By.cssSelector(".modal.in")).isEmpty();
  }

  /** Waits until the dialog has closed (for instance after a process started). */
  public void waitForDialogClosed() {
    wait.until(d -> d.findElements(By.cssSelector(".modal")).isEmpty());
  }

  /** Clicks a filter in the filter list by its name. */
  public void selectFilter(String name) {
    click(
        By.xpath(
            "//*[contains(@class,'task-filter')]//a[normalize-space(text())="
                + xpathLiteral(name)
                + "]"));
    waitForTaskList();
  }

  private void waitForTaskList() {
    visible(By.cssSelector(".tasks-list"));
    // The filters arrive by their own requests after the page; a page read before them shows "Đang
    // tải…".
    visible(By.cssSelector(".task-filter"));
  }

  /** The names of the tasks the current list shows. */
  public List<String> taskNamesInList() {
    return driver.findElements(By.cssSelector(".tasks-list li.task h4.task a")).stream()
        .map(WebElement::getText)
        .map(String::trim)
        .toList();
  }

  /**
   * Opens a task by clicking its card in the task list (the card's link carries the task id, so
   * that tasks of the same name in other cases are not confused) and waits for its form.
   */
  public void openTask(String taskId, String expectedName) {
    By link = By.cssSelector(".tasks-list li.task h4.task a[href='#/?task=" + taskId + "']");
    try {
      wait.until(ExpectedConditions.presenceOfElementLocated(link));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "Task "
              + expectedName
              + " ("
              + taskId
              + ") is not in the list; the list shows "
              + taskNamesInList(),
          e);
    }
    // The list may re-render between finding the card and reading it (after a completion).
    String shown = wait.until(d -> d.findElement(link).getText().trim());
    if (!shown.equals(expectedName)) {
      throw new AssertionError("Task card shows '" + shown + "', expected '" + expectedName + "'");
    }
    click(link);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".task-details .names h2.task"), expectedName));
    visible(By.cssSelector(".task-details .fjs-container"));
  }

  /**
   * Claims the open task ("Nhận việc") when it is not the user's yet; waits until the form is
   * editable.
   */
  public void claimIfNeeded() {
    By claim = By.cssSelector(".task-details button[ng-click='claim()']");
    if (driver.findElements(claim).stream().noneMatch(WebElement::isDisplayed)) {
      return;
    }
    click(claim);
    wait.until(d -> d.findElements(claim).stream().noneMatch(WebElement::isDisplayed));
    // Tasklist renders the form again once the task is the user's.
    visible(By.cssSelector(".task-details .fjs-container"));
    wait.until(ExpectedConditions.elementToBeClickable(completeButton()));
  }

  /** Presses "Hoàn thành" of the open task. */
  public void submitTaskForm() {
    click(completeButton());
  }

  /** Presses "Hoàn thành" and waits until the task has left the list and the task view. */
  public void completeTask(String taskId) {
    submitTaskForm();
    try {
      wait.until(
          ExpectedConditions.invisibilityOfElementLocated(
              By.cssSelector(".tasks-list a[href='#/?task=" + taskId + "']")));
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .no-task")));
    } catch (TimeoutException e) {
      throw new AssertionError("The task was not completed; notifications: " + notifications(), e);
    }
  }

  private By completeButton() {
    return By.xpath("//section[contains(@class,'task-details')]//button[@ng-click='complete()']");
  }

  // ----------------------------------------------------------------------------------------------
  // form-js fields

  /**
   * Types into a text field, number field or text area (after clearing it), then leaves the field.
   */
  public void fill(String key, String text) {
    By field = By.cssSelector("input[id$='Field_" + key + "'], textarea[id$='Field_" + key + "']");
    retrying(
        d -> {
          WebElement input = visibleIn(field);
          scrollIntoView(input);
          if (!input.getDomProperty("value").isEmpty()) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
          }
          // Leaving the field (Tab) flushes form-js's debounced input, so a following click sees
          // the value.
          input.sendKeys(text, Keys.TAB);
          String shown = input.getDomProperty("value");
          // A number field shows a whole number with Vietnamese thousands separators once left.
          return shown.equals(text)
              || (isNumberField(input) && shown.replace(".", "").equals(text.replace(".", "")));
        },
        "field " + key + " to hold '" + text + "'");
  }

  private static boolean isNumberField(WebElement input) {
    return !input
        .findElements(By.xpath("./ancestor::div[contains(@class,'fjs-form-field-number')]"))
        .isEmpty();
  }

  /** Types a date into a date field, as dd/mm/yyyy, and checks that the field shows it. */
  public void fillDate(String key, LocalDate date) {
    String text = date.format(FORM_JS_DATE);
    typeDate(key, text);
    String shown = dateText(key);
    if (!shown.equals(text)) {
      throw new AssertionError("Date field " + key + " shows '" + shown + "' after typing " + text);
    }
  }

  /**
   * Types any text into a date field as a user would (after clearing it), then leaves the field.
   */
  public void typeDate(String key, String text) {
    By field = dateInput(key);
    retrying(
        d -> {
          WebElement input = visibleIn(field);
          scrollIntoView(input);
          if (!input.getDomProperty("value").isEmpty()) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
          }
          input.sendKeys(text, Keys.TAB);
          return true;
        },
        "date field " + key);
  }

  /** The text a date field shows. */
  public String dateText(String key) {
    return visible(dateInput(key)).getDomProperty("value");
  }

  /** The placeholder of a date field. */
  public String datePlaceholder(String key) {
    return visible(dateInput(key)).getDomAttribute("placeholder");
  }

  private static By dateInput(String key) {
    return By.cssSelector("input[id$='Field_" + key + "-date']");
  }

  /**
   * Types a text into a text or number field as a user would (after clearing it), leaves the field
   * and returns what the field then shows; unlike {@link #fill} it accepts whatever results.
   */
  public String type(String key, String text) {
    By field = By.cssSelector("input[id$='Field_" + key + "'], textarea[id$='Field_" + key + "']");
    WebElement input = visible(field);
    scrollIntoView(input);
    if (!input.getDomProperty("value").isEmpty()) {
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    }
    input.sendKeys(text, Keys.TAB);
    return driver.findElement(field).getDomProperty("value");
  }

  /** The error messages form-js shows under a field (none: an empty list). */
  public List<String> fieldErrors(String key) {
    WebElement input =
        visible(
            By.cssSelector(
                "input[id$='Field_"
                    + key
                    + "'], textarea[id$='Field_"
                    + key
                    + "'], input[id$='Field_"
                    + key
                    + "-date'], [id$='Field_"
                    + key
                    + "-display']"));
    WebElement container =
        input.findElement(
            By.xpath("./ancestor::div[contains(concat(' ',@class,' '),' fjs-form-field ')][1]"));
    return container.findElements(By.cssSelector(".fjs-form-field-error li")).stream()
        .map(WebElement::getText)
        .map(String::trim)
        .toList();
  }

  /** Waits until form-js shows exactly this error under a field. */
  public void waitForFieldError(String key, String error) {
    try {
      wait.until(d -> fieldErrors(key).equals(List.of(error)));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "Field " + key + " shows errors " + fieldErrors(key) + ", expected [" + error + "]", e);
    }
  }

  /** Waits until form-js shows no error under a field. */
  public void waitForNoFieldError(String key) {
    try {
      wait.until(d -> fieldErrors(key).isEmpty());
    } catch (TimeoutException e) {
      throw new AssertionError("Field " + key + " still shows errors " + fieldErrors(key), e);
    }
  }

  /** Whether the start dialog's "Khởi tạo" button can be pressed. */
  public boolean startButtonEnabled() {
    return visible(
            By.xpath(
                "//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Khởi tạo']"))
        .isEnabled();
  }

  /** Whether the open task's "Hoàn thành" button can be pressed. */
  public boolean completeButtonEnabled() {
    return visible(completeButton()).isEnabled();
  }

  /** The text a select field shows (its placeholder while nothing is chosen). */
  public String selectText(String key) {
    return visible(By.cssSelector("[id$='Field_" + key + "-display']")).getText().trim();
  }

  /** Picks an option of a select field by its visible label. */
  public void select(String key, String label) {
    By display = By.cssSelector("[id$='Field_" + key + "-display']");
    String field =
        "//div[contains(@class,'fjs-form-field')][.//*[contains(@id,'Field_" + key + "-display')]]";
    By list = By.xpath(field + "//div[contains(@class,'fjs-dropdownlist')]");
    // Tabbing out of the field before focuses the select, which opens its list already.
    if (driver.findElements(list).stream().noneMatch(WebElement::isDisplayed)) {
      click(display);
    }
    click(
        By.xpath(
            field
                + "//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)="
                + xpathLiteral(label)
                + "]"));
    wait.until(ExpectedConditions.textToBe(display, label));
  }

  /**
   * Picks an option of a searchable select field: types part of the label into its search box, as a
   * user would in a long list, then clicks the option.
   */
  public void search(String key, String typed, String label) {
    String field =
        "//div[contains(@class,'fjs-form-field-select')][.//input[contains(@id,'Field_"
            + key
            + "')]]";
    WebElement input = visible(By.xpath(field + "//input[contains(@id,'Field_" + key + "')]"));
    scrollIntoView(input);
    input.click();
    input.sendKeys(typed);
    click(
        By.xpath(
            field
                + "//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)="
                + xpathLiteral(label)
                + "]"));
    wait.until(d -> label.equals(input.getAttribute("value")));
  }

  /** Picks a radio option by its visible label. */
  public void choose(String key, String label) {
    By option = optionLabel(key, label);
    retrying(
        d -> {
          WebElement l = visibleIn(option);
          scrollIntoView(l);
          if (!l.findElement(By.tagName("input")).isSelected()) {
            l.click();
          }
          return d.findElement(option).findElement(By.tagName("input")).isSelected();
        },
        "option '" + label + "' of " + key + " to be chosen");
  }

  /** Ticks or clears a checkbox field. */
  public void check(String key, boolean checked) {
    By box = By.cssSelector("input[type='checkbox'][id$='Field_" + key + "']");
    setChecked(box, checked, key);
  }

  /** Ticks or clears one option of a checklist field, by its visible label. */
  public void checkOption(String key, String label, boolean checked) {
    By option = optionLabel(key, label);
    retrying(
        d -> {
          WebElement l = visibleIn(option);
          scrollIntoView(l);
          if (l.findElement(By.tagName("input")).isSelected() != checked) {
            l.click();
          }
          return d.findElement(option).findElement(By.tagName("input")).isSelected() == checked;
        },
        "option '" + label + "' of " + key + " to be " + (checked ? "ticked" : "cleared"));
  }

  /** Whether an option of a radio or checklist field is selected. */
  public boolean optionSelected(String key, String label) {
    return visible(optionLabel(key, label)).findElement(By.tagName("input")).isSelected();
  }

  /** The value shown by a form field (read-only fields included). */
  public String fieldValue(String key) {
    return visible(
            By.cssSelector("input[id$='Field_" + key + "'], textarea[id$='Field_" + key + "']"))
        .getDomProperty("value");
  }

  private By optionLabel(String key, String label) {
    return By.xpath(
        "//label[.//input[contains(@id,'Field_"
            + key
            + "-')] and normalize-space(.)="
            + xpathLiteral(label)
            + "]");
  }

  private void setChecked(By box, boolean checked, String what) {
    retrying(
        d -> {
          WebElement input = d.findElement(box);
          scrollIntoView(input);
          if (input.isSelected() != checked) {
            input.click();
          }
          return d.findElement(box).isSelected() == checked;
        },
        what + " to be " + (checked ? "ticked" : "cleared"));
  }

  // ----------------------------------------------------------------------------------------------
  // notifications

  /**
   * The texts of the notifications now shown (page, dialog, task form), status and message
   * together.
   */
  public List<String> notifications() {
    return shownNotifications().stream().map(Browser::notificationText).toList();
  }

  /**
   * Waits for a notification containing the given text, scrolls it into view (a dialog's
   * notifications sit at the top of the dialog) and returns its whole text.
   */
  public String waitForNotification(String containing) {
    try {
      WebElement shown =
          wait.until(
              d ->
                  shownNotifications().stream()
                      .filter(n -> notificationText(n).contains(containing))
                      .findFirst()
                      .orElse(null));
      scrollIntoView(shown);
      return notificationText(shown);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "No notification containing '" + containing + "'; shown: " + notifications(), e);
    }
  }

  private List<WebElement> shownNotifications() {
    // The notification panels of the page and of dialogs, and the error box of a task form.
    return driver
        .findElements(By.cssSelector("[notifications-panel] .alert, .task-details .alert-danger"))
        .stream()
        .filter(WebElement::isDisplayed)
        .filter(a -> !notificationText(a).isEmpty())
        .toList();
  }

  private static String notificationText(WebElement alert) {
    return alert.getText().replace("×", "").replaceAll("\\s+", " ").trim();
  }

  // ----------------------------------------------------------------------------------------------
  // Cockpit

  /** Logs into Cockpit and waits for its dashboard. */
  public void loginToCockpit(String user, String password) {
    login("cockpit", user, password);
    openCockpitDashboard();
  }

  /** Opens the Cockpit dashboard and waits until its sections are there. */
  public void openCockpitDashboard() {
    driver.get(baseUrl + "/camunda/app/cockpit/default/#/dashboard");
    visible(By.cssSelector(".dashboard section h1.section-title"));
  }

  /**
   * The titles of the dashboard's sections (Camunda's own and those of plugins on {@code
   * cockpit.dashboard}).
   */
  public List<String> cockpitDashboardSections() {
    visible(By.cssSelector(".dashboard section h1.section-title"));
    return driver.findElements(By.cssSelector(".dashboard section h1.section-title")).stream()
        .map(WebElement::getText)
        .map(String::trim)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** A dashboard section by its title, waiting for it (a plugin's section may render late). */
  public WebElement cockpitDashboardSection(String title) {
    try {
      return visible(
          By.xpath(
              "//div[contains(@class,'dashboard')]//section[.//h1[contains(@class,'section-title')"
                  + " and normalize-space(.)="
                  + xpathLiteral(title)
                  + "]]"));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "No dashboard section '" + title + "'; the dashboard has " + cockpitDashboardSections(),
          e);
    }
  }

  /**
   * Follows a link inside a dashboard section, found by a part of its visible text (so that a link
   * to a case or a task can be found by the case number) or of its address, and waits for the
   * page's address to change.
   */
  public void followLinkInDashboardSection(String sectionTitle, String linkTextOrHref) {
    WebElement section = cockpitDashboardSection(sectionTitle);
    String before = driver.getCurrentUrl();
    String part = xpathLiteral(linkTextOrHref);
    WebElement link =
        section.findElement(
            By.xpath(
                ".//a[contains(normalize-space(.)," + part + ") or contains(@href," + part + ")]"));
    scrollIntoView(link);
    link.click();
    wait.until(d -> !d.getCurrentUrl().equals(before));
  }

  /**
   * Opens a tab of a Cockpit page (a process instance's "Biến", "Kết luận và nhiệm vụ"…) by its
   * label.
   */
  public void openCockpitTab(String label) {
    click(
        By.xpath(
            "//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)="
                + xpathLiteral(label)
                + "]"));
    wait.until(
        d ->
            !d.findElements(
                    By.xpath(
                        "//ul[contains(@class,'nav-tabs')]//li[contains(@class,'active')]"
                            + "/a[normalize-space(.)="
                            + xpathLiteral(label)
                            + "]"))
                .isEmpty());
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Waits until the page shows the given text somewhere. */
  public void waitForText(String text) {
    try {
      wait.until(d -> visibleText().contains(text));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "The page does not show '" + text + "'; it shows: " + visibleText(), e);
    }
  }

  // ----------------------------------------------------------------------------------------------
  // screenshots

  /**
   * Saves a screenshot as {@code target/screenshots/<test class>/<nn>-<name>.png} and returns its
   * path.
   */
  public Path screenshot(String name) {
    Path file = screenshots.resolve(String.format("%02d-%s.png", ++screenshotCount, name));
    try {
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  // ----------------------------------------------------------------------------------------------
  // plumbing

  private WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private WebElement visibleIn(By by) {
    return driver.findElements(by).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("No visible " + by));
  }

  /**
   * Clicks once the element is visible, scrolled to the middle (the webapps' footer covers the
   * bottom edge).
   */
  private void click(By by) {
    retrying(
        d -> {
          WebElement e = visibleIn(by);
          if (!e.isEnabled()) {
            return false;
          }
          scrollIntoView(e);
          e.click();
          return true;
        },
        "click on " + by);
  }

  private static void typeInto(WebElement input, String text) {
    if (!input.getDomProperty("value").isEmpty()) {
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    }
    input.sendKeys(text);
  }

  private void scrollIntoView(WebElement e) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
  }

  /** Repeats an action until it reports success, while the page is still re-rendering under it. */
  private void retrying(Function<WebDriver, Boolean> action, String what) {
    try {
      new WebDriverWait(driver, TIMEOUT, POLLING)
          .ignoring(StaleElementReferenceException.class)
          .ignoring(NoSuchElementException.class)
          .ignoring(ElementClickInterceptedException.class)
          .ignoring(ElementNotInteractableException.class)
          .until(action::apply);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "Timed out waiting for " + what + "; notifications: " + notifications(), e);
    }
  }

  private static String xpathLiteral(String s) {
    if (!s.contains("'")) {
      return "'" + s + "'";
    }
    return "concat('" + s.replace("'", "', \"'\", '") + "')";
  }

  private static void deleteRecursively(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
