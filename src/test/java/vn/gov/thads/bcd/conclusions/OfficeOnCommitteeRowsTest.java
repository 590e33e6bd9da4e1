package vn.gov.thads.bcd.conclusions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.meetings.CommitteeMeetings;
import vn.gov.thads.bcd.testsupport.H2TestDatabase;

/**
 * The conclusion notices, agenda items and written consultations carry their case's office (V49),
 * which the committee's report counts by: on H2, the demo run's database (the integration tests
 * count them through the real processes on PostgreSQL). A case that does not exist gets a clear
 * error and no row.
 */
class OfficeOnCommitteeRowsTest {

  private static JdbcDataSource dataSource;
  private static ConclusionRepository conclusions;
  private static CommitteeMeetings meetings;

  @BeforeAll
  static void database() throws Exception {
    dataSource = H2TestDatabase.withOneCase("bcd-office-on-rows");
    JdbcClient jdbc = JdbcClient.create(dataSource);
    conclusions = new ConclusionRepository(jdbc, Clock.systemUTC());
    meetings = new CommitteeMeetings(jdbc, Clock.systemUTC());
  }

  @Test
  void eachRowGetsTheOfficeOfItsCase() throws Exception {
    long conclusion =
        conclusions.insertConclusion(
            1, 1, "5/TB-BCĐ", LocalDate.of(2026, 3, 2), "Kết luận", true, "truongban", null, null);
    long written = conclusions.insertWrittenConsultation(1, "Ý kiến thống nhất", "thuky");
    long meeting = meetings.create(quarterlyMeeting());
    long item =
        meetings
            .addToAgenda(
                meetings.findForUpdate(meeting).orElseThrow(), 1, LocalDate.of(2026, 3, 1), "thuky")
            .itemId();

    assertThat(H2TestDatabase.rows(dataSource, "select id, office from bcd_conclusion"))
        .containsExactly(conclusion + " thads-kv01");
    assertThat(H2TestDatabase.rows(dataSource, "select id, office from bcd_meeting order by id"))
        .containsExactlyInAnyOrder(written + " thads-kv01", item + " thads-kv01");
  }

  @Test
  void aCaseThatDoesNotExistIsRefusedAndNothingIsWritten() throws Exception {
    List<String> before = H2TestDatabase.rows(dataSource, "select count(*) from bcd_conclusion");
    assertThatThrownBy(
            () ->
                conclusions.insertConclusion(
                    999,
                    1,
                    "6/TB-BCĐ",
                    LocalDate.of(2026, 3, 2),
                    "Kết luận",
                    false,
                    null,
                    null,
                    null))
        .hasMessage("Không có vụ việc mã 999 để ghi.");
    assertThatThrownBy(() -> conclusions.insertWrittenConsultation(999, "Lý do", "thuky"))
        .hasMessage("Không có vụ việc mã 999 để ghi.");
    long meeting = meetings.create(quarterlyMeeting());
    assertThatThrownBy(
            () ->
                meetings.addToAgenda(
                    meetings.findForUpdate(meeting).orElseThrow(),
                    999,
                    LocalDate.of(2026, 3, 1),
                    "thuky"))
        .hasMessage("Không có vụ việc mã 999 để đưa vào chương trình họp.");
    assertThat(H2TestDatabase.rows(dataSource, "select count(*) from bcd_conclusion"))
        .isEqualTo(before);
    assertThat(
            H2TestDatabase.rows(dataSource, "select count(*) from bcd_meeting where case_id = 999"))
        .containsExactly("0");
  }

  private static CommitteeMeetings.NewMeeting quarterlyMeeting() {
    return new CommitteeMeetings.NewMeeting(
        "QUARTERLY",
        LocalDate.of(2026, 3, 10),
        null,
        "Hội trường",
        "Trưởng ban",
        List.of(),
        "thuky");
  }
}
