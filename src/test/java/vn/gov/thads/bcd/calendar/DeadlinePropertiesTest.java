package vn.gov.thads.bcd.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DeadlinePropertiesTest {

  static final DeadlineProperties LAW_CHANGES =
      new DeadlineProperties(
          Map.of("enforcement-plan", "P2WD", "opinion", "P5WD"),
          List.of(
              new DeadlineProperties.Change(
                  LocalDate.of(2027, 1, 1), Map.of("enforcement-plan", "P4WD")),
              new DeadlineProperties.Change(
                  LocalDate.of(2026, 7, 1), Map.of("enforcement-plan", "P3WD"))));

  @Test
  void aStepUsesThePeriodsInForceOnTheDayItStarts() {
    assertThat(LAW_CHANGES.periodsOn(LocalDate.of(2026, 6, 30)))
        .containsEntry("enforcement-plan", "P2WD")
        .containsEntry("opinion", "P5WD");
    assertThat(LAW_CHANGES.periodsOn(LocalDate.of(2026, 7, 1)))
        .containsEntry("enforcement-plan", "P3WD")
        .containsEntry("opinion", "P5WD");
    // Changes apply in the order of their dates, whatever their order in the file.
    assertThat(LAW_CHANGES.periodsOn(LocalDate.of(2027, 3, 1)))
        .containsEntry("enforcement-plan", "P4WD");
  }

  @Test
  void changesAreReadFromTheConfigurationAsAnOperatorWritesThem() {
    MapConfigurationPropertySource yaml =
        new MapConfigurationPropertySource(
            Map.of(
                "bcd.deadlines.periods.enforcement-plan", "P2WD",
                "bcd.deadlines.changes[0].from", "2026-07-01",
                "bcd.deadlines.changes[0].periods.enforcement-plan", "P3WD"));
    DeadlineProperties bound =
        new Binder(yaml).bind("bcd.deadlines", DeadlineProperties.class).get();
    assertThat(bound.periodsOn(LocalDate.of(2026, 6, 30)))
        .containsEntry("enforcement-plan", "P2WD");
    assertThat(bound.periodsOn(LocalDate.of(2026, 7, 1))).containsEntry("enforcement-plan", "P3WD");
  }

  @Test
  void aChangeOfAnUnknownPeriodIsRefusedAtStartUp() {
    assertThatThrownBy(
            () ->
                new DeadlineProperties(
                    Map.of("opinion", "P5WD"),
                    List.of(
                        new DeadlineProperties.Change(
                            LocalDate.of(2026, 7, 1), Map.of("enforcment-plan", "P3WD")))))
        .hasMessage(
            "Cấu hình bcd.deadlines.changes không hợp lệ: thời hạn 'enforcment-plan' thay đổi từ"
                + " 2026-07-01 chưa có trong periods.");
  }
}
