package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway V20_1: every meeting recorded before meetings became records of their own (V20) becomes a
 * meeting with a one-case agenda, its comma-separated participants rows in their order. Written
 * consultations (type WRITTEN) have no meeting and stay as they are. Java because splitting the
 * participants is not portable SQL (PostgreSQL here, H2 for the demo).
 */
public class V20_1__CommitteeMeetingData extends BaseJavaMigration {

  private record OldMeeting(
      long id,
      String type,
      Date date,
      Time time,
      String place,
      String participants,
      Timestamp at) {}

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    List<OldMeeting> old = new ArrayList<>();
    try (Statement query = connection.createStatement();
        ResultSet rs =
            query.executeQuery(
                "select id, meeting_type, meeting_date, meeting_time, place, participants, created_at"
                    + " from bcd_meeting where meeting_type <> 'WRITTEN' and meeting_date is not null"
                    + " order by id")) {
      while (rs.next()) {
        old.add(
            new OldMeeting(
                rs.getLong(1),
                rs.getString(2),
                rs.getDate(3),
                rs.getTime(4),
                rs.getString(5),
                rs.getString(6),
                rs.getTimestamp(7)));
      }
    }
    try (PreparedStatement meeting =
            connection.prepareStatement(
                "insert into bcd_committee_meeting (meeting_type, meeting_date, meeting_time, place,"
                    + " created_at) values (?, ?, ?, ?, ?)",
                new String[] {"id"});
        PreparedStatement participant =
            connection.prepareStatement(
                "insert into bcd_committee_meeting_participant (meeting_id, ordinal, agency_id)"
                    + " values (?, ?, ?)");
        PreparedStatement agenda =
            connection.prepareStatement(
                "update bcd_meeting set committee_meeting_id = ?, agenda_no = 1,"
                    + " minutes_recorded_at = case when minutes is null then null else created_at end"
                    + " where id = ?")) {
      for (OldMeeting m : old) {
        meeting.setString(1, m.type());
        meeting.setDate(2, m.date());
        meeting.setTime(3, m.time());
        meeting.setString(4, m.place());
        meeting.setTimestamp(5, m.at());
        meeting.executeUpdate();
        long id;
        try (ResultSet key = meeting.getGeneratedKeys()) {
          key.next();
          id = key.getLong(1);
        }
        int ordinal = 0;
        for (String agency : String.valueOf(m.participants()).split(",")) {
          if (!agency.isBlank() && !"null".equals(agency)) {
            participant.setLong(1, id);
            participant.setInt(2, ++ordinal);
            participant.setString(3, agency.strip());
            participant.executeUpdate();
          }
        }
        agenda.setLong(1, id);
        agenda.setLong(2, m.id());
        agenda.executeUpdate();
      }
    }
  }
}
