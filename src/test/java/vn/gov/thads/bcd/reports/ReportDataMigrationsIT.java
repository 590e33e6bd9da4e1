package vn.gov.thads.bcd.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;

/**
 * The data the committee's report counts in SQL, on a database that already holds the earlier kind
 * (PostgreSQL, without the application): V34 gives each reported directive the Vietnam day of its
 * report; V35 copies the opinions asked for from Camunda's task history (its own schema script);
 * V40 gives each directive the day of its conclusion notice; V42 gives each extension and
 * adjustment decided the lead agency of that moment; V44 counts the directives issued and done per
 * month, office and lead agency.
 */
class ReportDataMigrationsIT {

  @Test
  void reportedDirectivesGetTheVietnamDayOfTheirReport() throws SQLException {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_migration_v34");
    db.flyway("33").migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      PostgresTestDatabase.Database.insertOneCase(st);
      PostgresTestDatabase.Database.insertOneConclusion(st);
      // 17:30 UTC is 00:30 the next day in Vietnam; 16:30 UTC is still 23:30 the same day.
      st.execute(
          """
          insert into bcd_directive (id, conclusion_id, case_id, ordinal, lead_agency, task,
            original_deadline, deadline, status, reported_at)
          values (1, 1, 1, 1, 'so-tu-phap', 'Nhiệm vụ 1', date '2026-03-01', date '2026-03-01',
                    'REPORTED', timestamptz '2026-03-01 17:30:00+00'),
                 (2, 1, 1, 2, 'so-tu-phap', 'Nhiệm vụ 2', date '2026-03-01', date '2026-03-01',
                    'DONE', timestamptz '2026-03-01 16:30:00+00'),
                 (3, 1, 1, 3, 'thads-kv01', 'Nhiệm vụ 3', date '2026-03-01', date '2026-03-01',
                    'OPEN', null)""");
    }

    db.flyway("latest").migrate();

    assertThat(db.rows("select id, reported_on from bcd_directive order by id"))
        .containsExactly("1 2026-03-02", "2 2026-03-01", "3 null");
  }

  @Test
  void directivesGetTheDayOfTheirConclusionNotice() throws SQLException {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_migration_v40");
    db.flyway("39").migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      PostgresTestDatabase.Database.insertOneCase(st);
      PostgresTestDatabase.Database.insertOneConclusion(st);
      st.execute(
          """
          insert into bcd_conclusion (id, case_id, round_no, document_no, document_date, summary,
            coercion_ordered, created_at)
          values (2, 1, 2, '9/TB-BCĐ', date '2026-06-15', 'Kết luận vòng hai', false, now())""");
      st.execute(
          """
          insert into bcd_directive (id, conclusion_id, case_id, ordinal, lead_agency, task,
            original_deadline, deadline, status)
          values (1, 1, 1, 1, 'so-tu-phap', 'Nhiệm vụ 1', date '2026-03-01', date '2026-03-01', 'DONE'),
                 (2, 2, 1, 1, 'thads-kv01', 'Nhiệm vụ 1', date '2026-07-01', date '2026-07-01', 'OPEN')""");
    }

    db.flyway("latest").migrate();

    assertThat(db.rows("select id, issued_on from bcd_directive order by id"))
        .containsExactly("1 2026-02-01", "2 2026-06-15");
  }

  @Test
  void extensionsAndAdjustmentsDecidedBeforeKeepTheLeadAgencyOfTheirMoment() throws SQLException {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_migration_v42");
    db.flyway("41").migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      PostgresTestDatabase.Database.insertOneCase(st);
      PostgresTestDatabase.Database.insertOneConclusion(st);
      // Led by Sở Tư pháp, reassigned to Sở Tài chính on 10/03, then to Công an tỉnh on 20/03.
      st.execute(
          """
          insert into bcd_directive (id, conclusion_id, case_id, issued_on, ordinal, lead_agency, task,
            original_deadline, deadline, status)
          values (1, 1, 1, date '2026-02-01', 1, 'cong-an-tinh', 'Nhiệm vụ 1', date '2026-03-01',
                    date '2026-04-01', 'OPEN')""");
      st.execute(
          """
          insert into bcd_directive_change (id, directive_id, kind, old_value, new_value, reason,
            proposed_at, decision, decided_at)
          values (1, 1, 'CONTENT', 'Cũ', 'Mới', 'Rõ hơn', timestamptz '2026-03-01 08:00+07',
                    'APPROVED', timestamptz '2026-03-02 08:00+07'),
                 (2, 1, 'REASSIGN', 'so-tu-phap', 'so-tai-chinh', 'Đúng chức năng',
                    timestamptz '2026-03-09 08:00+07', 'APPROVED', timestamptz '2026-03-10 08:00+07'),
                 (3, 1, 'ADD_SUPPORTING', null, 'nhnn-chi-nhanh', 'Cần ngân hàng',
                    timestamptz '2026-03-11 08:00+07', 'REJECTED', timestamptz '2026-03-12 08:00+07'),
                 (4, 1, 'REASSIGN', 'so-tai-chinh', 'cong-an-tinh', 'Đúng chức năng',
                    timestamptz '2026-03-19 08:00+07', 'APPROVED', timestamptz '2026-03-20 08:00+07'),
                 (5, 1, 'CONTENT', 'Mới', 'Mới hơn', 'Rõ hơn nữa', timestamptz '2026-03-25 08:00+07',
                    'PENDING', null)""");
      st.execute(
          """
          insert into bcd_directive_extension (id, directive_id, old_deadline, new_deadline, reason,
            decided_at)
          values (1, 1, date '2026-03-01', date '2026-03-15', 'Chờ hồ sơ', timestamptz '2026-02-27 08:00+07'),
                 (2, 1, date '2026-03-15', date '2026-03-25', 'Chờ hồ sơ', timestamptz '2026-03-15 08:00+07'),
                 (3, 1, date '2026-03-25', date '2026-04-01', 'Chờ hồ sơ', timestamptz '2026-03-21 08:00+07')""");
    }

    db.flyway("latest").migrate();

    assertThat(db.rows("select id, lead_agency from bcd_directive_extension order by id"))
        .containsExactly("1 so-tu-phap", "2 so-tai-chinh", "3 cong-an-tinh");
    assertThat(db.rows("select id, lead_agency from bcd_directive_change order by id"))
        .containsExactly(
            "1 so-tu-phap", "2 so-tu-phap", "3 so-tai-chinh", "4 so-tai-chinh", "5 null");
  }

  /**
   * Each directive counts as issued in the month of its notice for the lead it was issued to (the
   * agency the first approved reassignment took it from), and once its result is accepted, as done
   * in the month (Vietnam time) it was done for its lead: on time or late, and by the first
   * deadline when reported by it. Cancelled and open ones count only as issued.
   */
  @Test
  void directivesAlreadyRecordedAreCountedPerMonthOfficeAndLeadAgency() throws SQLException {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_migration_v44");
    db.flyway("43").migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      PostgresTestDatabase.Database.insertOneCase(st);
      PostgresTestDatabase.Database.insertOneConclusion(st);
      // 1: done on 01/04 00:30 Vietnam time (31/03 17:30 UTC), reported by its first deadline.
      // 2: issued to the State Bank, reassigned to Sở Tài chính (then once more, back and forth:
      //    only the first counts for the issue), done late on 31/03 23:30 Vietnam time, reported
      //    after its first deadline. 3: open. 4: cancelled.
      st.execute(
          """
          insert into bcd_directive (id, conclusion_id, case_id, issued_on, ordinal, lead_agency, task,
            original_deadline, deadline, status, reported_at, reported_on, done_at)
          values (1, 1, 1, date '2026-02-01', 1, 'so-tu-phap', 'Nhiệm vụ 1', date '2026-03-20',
                    date '2026-03-20', 'DONE', timestamptz '2026-03-18 09:00+07', date '2026-03-18',
                    timestamptz '2026-03-31 17:30:00+00'),
                 (2, 1, 1, date '2026-02-01', 2, 'so-tai-chinh', 'Nhiệm vụ 2', date '2026-03-01',
                    date '2026-03-10', 'DONE_LATE', timestamptz '2026-03-25 09:00+07', date '2026-03-25',
                    timestamptz '2026-03-31 16:30:00+00'),
                 (3, 1, 1, date '2026-02-01', 3, 'so-tu-phap', 'Nhiệm vụ 3', date '2026-05-01',
                    date '2026-05-01', 'OPEN', null, null, null),
                 (4, 1, 1, date '2026-02-01', 4, 'so-tu-phap', 'Nhiệm vụ 4', date '2026-05-01',
                    date '2026-05-01', 'CANCELLED', null, null, timestamptz '2026-03-05 10:00+07')""");
      st.execute(
          """
          insert into bcd_directive_change (id, directive_id, kind, old_value, new_value, reason,
            proposed_at, decision, decided_at)
          values (1, 2, 'REASSIGN', 'so-tai-chinh', 'cong-an-tinh', 'Đúng chức năng',
                    timestamptz '2026-02-19 08:00+07', 'APPROVED', timestamptz '2026-02-20 08:00+07'),
                 (2, 2, 'REASSIGN', 'nhnn-chi-nhanh', 'so-tai-chinh', 'Đúng chức năng',
                    timestamptz '2026-02-09 08:00+07', 'APPROVED', timestamptz '2026-02-10 08:00+07'),
                 (3, 2, 'REASSIGN', 'cong-an-tinh', 'so-tai-chinh', 'Đúng chức năng',
                    timestamptz '2026-02-24 08:00+07', 'REJECTED', timestamptz '2026-02-25 08:00+07'),
                 (4, 4, 'CANCEL', null, null, 'Không còn cần', timestamptz '2026-03-04 08:00+07',
                    'APPROVED', timestamptz '2026-03-05 10:00+07')""");
    }

    db.flyway("latest").migrate();

    assertThat(
            db.rows(
                "select month_start, office, lead_agency, issued, done_on_time, done_late,"
                    + " done_on_time_original from bcd_directive_tally"
                    + " order by month_start, office, lead_agency"))
        .containsExactly(
            "2026-02-01 thads-kv01 nhnn-chi-nhanh 1 0 0 0",
            "2026-02-01 thads-kv01 so-tu-phap 3 0 0 0",
            "2026-03-01 thads-kv01 so-tai-chinh 0 0 1 0",
            "2026-04-01 thads-kv01 so-tu-phap 0 1 0 1");
  }

  @Test
  void opinionsAskedForBeforeTheTableAreCopiedFromTheTaskHistory() throws SQLException {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_migration_v35");
    db.flyway("34").migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      PostgresTestDatabase.Database.createCamundaTables(c, "history");
      PostgresTestDatabase.Database.insertOneCase(st);
      st.execute("update bcd_case set process_instance_id = 'pi-1' where id = 1");
      st.execute(
          """
          insert into bcd_case_round (case_id, round_no, reason, opened_by, opened_at)
          values (1, 2, 'Kết quả xác minh mới', 'thuky', timestamp '2026-05-01 09:00')""");
      // Two opinion tasks (rounds 1 and 2) and a task of another kind, each with its candidate
      // group as the engine records it; the second opinion task's group was also removed once.
      st.execute(
          """
          insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,
            ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, NAME_, START_TIME_, DUE_DATE_,
            PRIORITY_, TASK_STATE_)
          values ('t-1', 'Task_GiveOpinion', 'OpinionRequestProcess', 'x', 'pi-1', 'sub-1', 'e-1',
                    'Cho ý kiến bằng văn bản', timestamp '2026-02-02 08:00', timestamp '2026-02-12 17:00',
                    50, 'Completed'),
                 ('t-2', 'Task_GiveOpinion', 'OpinionRequestProcess', 'x', 'pi-1', 'sub-2', 'e-2',
                    'Cho ý kiến bằng văn bản', timestamp '2026-05-02 08:00', null, 50, 'Created'),
                 ('t-3', 'Task_ReviewDossier', 'OpinionRequestProcess', 'x', 'pi-1', 'sub-1', 'e-3',
                    'Xem xét hồ sơ', timestamp '2026-02-01 08:00', null, 50, 'Completed')""");
      st.execute(
          """
          insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, TASK_ID_,
            ROOT_PROC_INST_ID_, OPERATION_TYPE_)
          values ('l-1', timestamp '2026-02-02 08:00', 'candidate', 'so-tu-phap', 't-1', 'pi-1', 'add'),
                 ('l-2', timestamp '2026-05-02 08:00', 'candidate', 'toa-an-tinh', 't-2', 'pi-1', 'add'),
                 ('l-3', timestamp '2026-05-03 08:00', 'candidate', 'toa-an-tinh', 't-2', 'pi-1', 'delete'),
                 ('l-4', timestamp '2026-02-01 08:00', 'candidate', 'to-thu-ky', 't-3', 'pi-1', 'add')""");
    }

    db.flyway("latest").migrate();

    assertThat(
            db.rows(
                "select case_id, round_no, agency, task_id, requested_at = timestamp '2026-02-02"
                    + " 08:00' or requested_at = timestamp '2026-05-02 08:00', due_at is null"
                    + " from bcd_opinion_request order by task_id"))
        .containsExactly("1 1 so-tu-phap t-1 t f", "1 2 toa-an-tinh t-2 t t");
  }
}
