package vn.gov.thads.bcd.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.testsupport.BrowserTest;
import vn.gov.thads.bcd.testsupport.CaseScenario;

/**
 * The demo clock's control in Tasklist's header, in Chromium: the secretariat sees the demo date
 * and moves it by five working days, an officer sees the moved date without the buttons, and back
 * to today. Screenshots: {@code target/screenshots/DemoClockBrowserIT/}.
 */
class DemoClockBrowserIT extends BrowserTest {

  @DynamicPropertySource
  static void demoClock(DynamicPropertyRegistry registry) {
    registry.add(DemoClock.ENABLED, () -> "true");
  }

  @Autowired ProcessEngine engine;
  @Autowired WorkingDays workingDays;
  @Autowired Clock clock;

  @AfterAll
  void realTimeAgain() {
    ClockUtil.reset();
    engine.getManagementService().deleteProperty(DemoClock.OFFSET_PROPERTY);
  }

  @Test
  void theSecretariatMovesTheDemoDateFromTasklistsHeader() {
    ClockUtil.reset();
    LocalDate today = VietnamTime.today(clock);
    LocalDate later = workingDays.plus(today, 5);
    // A step to see in the list (created before the move: going back stays allowed).
    CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier("951/QĐ-THADS"));

    browser.loginToTasklist("thuky", "demo");
    WebElement control = clockControl("Ngày giả lập: " + DemoClock.label(today));
    assertThat(buttons(control))
        .containsExactly("+1 ngày làm việc", "+5 ngày làm việc", "Về hôm nay");
    browser.screenshot("demo-clock-today");

    control.findElement(By.xpath(".//button[normalize-space(.)='+5 ngày làm việc']")).click();
    // The control shows the new date (after Tasklist reloads its lists).
    clockControl("Ngày giả lập: " + DemoClock.label(later));
    assertThat(VietnamTime.today(clock)).isEqualTo(later);
    browser.screenshot("demo-clock-plus-5-working-days");

    // An officer sees that the date is simulated, but cannot move it.
    browser.loginToTasklist("chv.kv01", "demo");
    WebElement officers = clockControl("Ngày giả lập: " + DemoClock.label(later));
    assertThat(buttons(officers)).isEmpty();
    browser.screenshot("demo-clock-officer");

    browser.loginToTasklist("thuky", "demo");
    clockControl("Ngày giả lập: " + DemoClock.label(later))
        .findElement(By.xpath(".//button[normalize-space(.)='Về hôm nay']"))
        .click();
    clockControl("Ngày giả lập: " + DemoClock.label(today));
    assertThat(VietnamTime.today(clock)).isEqualTo(today);
    browser.screenshot("demo-clock-back-to-today");
  }

  /** Waits until the header's clock control shows the text, and returns it. */
  private WebElement clockControl(String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".bcd-demo-clock .bcd-demo-clock-date"), text));
    return browser.driver().findElement(By.cssSelector(".bcd-demo-clock"));
  }

  private static List<String> buttons(WebElement control) {
    return control.findElements(By.tagName("button")).stream()
        .map(WebElement::getText)
        .map(String::trim)
        .toList();
  }
}
