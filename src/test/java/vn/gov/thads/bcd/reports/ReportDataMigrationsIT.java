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
 * V40 gives each directive the day of its conclusion notice.
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
