package vn.gov.thads.bcd.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;

/**
 * Flyway V20 on a database that already has meetings: each meeting recorded for one case becomes a
 * meeting of its own (kind, day, time, place) with a one-case agenda keeping the case's papers and
 * minutes, its comma-separated participants become rows in order; written consultations stay on no
 * meeting; the old columns are gone. On PostgreSQL, without the application.
 */
class CommitteeMeetingsMigrationIT {

  @Test
  void existingMeetingsBecomeMeetingsWithAOneCaseAgenda() throws SQLException {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_migration_v20");
    db.flyway("19").migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      PostgresTestDatabase.Database.insertOneCase(st);
      st.execute(
          """
          insert into bcd_meeting (id, case_id, meeting_type, meeting_date, meeting_time, place,
            papers_sent_date, participants, minutes_no, minutes, created_at)
          values (1, 1, 'QUARTERLY', date '2026-03-12', time '08:00', 'Hội trường UBND tỉnh',
            date '2026-03-02', 'ubnd-tinh, vks-tinh,', '7/BB-BCĐ', 'Thống nhất.', now())""");
      st.execute(
          """
          insert into bcd_meeting (id, case_id, meeting_type, participants, proposal_reason,
            proposed_by, proposed_at, decision, created_at)
          values (2, 1, 'WRITTEN', '', 'Các thành viên thống nhất.', 'thuky', now(), 'REJECTED',
            now())""");
    }

    db.flyway("latest").migrate();

    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      long meetingId;
      try (ResultSet rs =
          st.executeQuery(
              "select id, meeting_type, meeting_date, meeting_time, place from bcd_committee_meeting")) {
        assertThat(rs.next()).isTrue();
        meetingId = rs.getLong("id");
        assertThat(rs.getString("meeting_type")).isEqualTo("QUARTERLY");
        assertThat(rs.getDate("meeting_date").toString()).isEqualTo("2026-03-12");
        assertThat(rs.getTime("meeting_time").toString()).isEqualTo("08:00:00");
        assertThat(rs.getString("place")).isEqualTo("Hội trường UBND tỉnh");
        assertThat(rs.next()).as("one meeting: the written consultation is none").isFalse();
      }
      List<String> participants = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "select ordinal, agency_id, person_name from bcd_committee_meeting_participant"
                  + " where meeting_id = "
                  + meetingId
                  + " order by ordinal")) {
        while (rs.next()) {
          participants.add(rs.getInt(1) + "/" + rs.getString(2) + "/" + rs.getString(3));
        }
      }
      assertThat(participants).containsExactly("1/ubnd-tinh/null", "2/vks-tinh/null");
      List<String> items = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "select id, committee_meeting_id, agenda_no, papers_sent_date, minutes_no, minutes"
                  + " from bcd_meeting order by id")) {
        while (rs.next()) {
          items.add(
              rs.getLong(1)
                  + "/"
                  + (rs.getObject(2) == null ? "-" : rs.getLong(2) == meetingId ? "M" : "?")
                  + "/"
                  + rs.getObject(3)
                  + "/"
                  + rs.getDate(4)
                  + "/"
                  + rs.getString(5)
                  + "/"
                  + rs.getString(6));
        }
      }
      assertThat(items)
          .containsExactly("1/M/1/2026-03-02/7/BB-BCĐ/Thống nhất.", "2/-/null/null/null/null");
      try (ResultSet rs =
          st.executeQuery(
              "select count(*) from information_schema.columns where table_name = 'bcd_meeting'"
                  + " and column_name in ('participants', 'meeting_date', 'meeting_time', 'place')")) {
        rs.next();
        assertThat(rs.getInt(1)).as("the meeting's own columns moved to the meeting").isZero();
      }
    }
  }
}
