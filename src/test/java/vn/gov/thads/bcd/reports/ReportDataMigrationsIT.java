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
 * month, office and lead agency; V49 gives each conclusion and meeting item its case's office.
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

  /**
   * V45 counts the cases already recorded: each submitted in the month (Vietnam time) it was
   * created, and each with a closing time ended in that month; those whose status is closed are
   * counted closed there by outcome (agreed with completed; an unknown or missing outcome as other)
   * with their amounts due and recovered (none recorded: nothing), per office and category.
   */
  @Test
  void casesAlreadyRecordedAreCountedPerMonthOfficeAndCategory() throws SQLException {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_migration_v45");
    db.flyway("44").migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      // 1: created 01/02 01:00 Vietnam time (31/01 18:00 UTC), open. 2: completed, closed 01/04
      // 00:30 Vietnam time. 3: agreed, same month. 4: bank credit, returned to the creditor with
      // nothing recovered recorded. 5: closed without an outcome. 6: another office, a closing
      // time but not the closed status.
      st.execute(
          """
          insert into bcd_case (id, case_number, submitting_agency, initiator, enforcement_decision_no,
            enforcement_decision_date, judgment_no, debtor_name, creditor_name, amount_vnd, category, obstacle,
            proposal, status, outcome, amount_recovered_vnd, created_at, updated_at, closed_at)
          values
            (1, 'BCĐ-2026-0001', 'thads-kv01', 'chv.kv01', '1/QĐ', date '2026-01-05', '1/DS', 'A', 'B', 1000,
              'dan-su-khac', 'x', 'y', 'EXECUTION', null, null, timestamptz '2026-01-31 18:00:00+00', now(), null),
            (2, 'BCĐ-2026-0002', 'thads-kv01', 'chv.kv01', '2/QĐ', date '2026-01-05', '2/DS', 'A', 'B', 1000,
              'dan-su-khac', 'x', 'y', 'CLOSED', 'COMPLETED', 600, timestamptz '2026-01-05 09:00+07', now(),
              timestamptz '2026-03-31 17:30:00+00'),
            (3, 'BCĐ-2026-0003', 'thads-kv01', 'chv.kv01', '3/QĐ', date '2026-01-05', '3/DS', 'A', 'B', 500,
              'dan-su-khac', 'x', 'y', 'CLOSED', 'AGREED', 500, timestamptz '2026-01-20 09:00+07', now(),
              timestamptz '2026-04-02 10:00+07'),
            (4, 'BCĐ-2026-0004', 'thads-kv01', 'chv.kv01', '4/QĐ', date '2026-01-05', '4/DS', 'A', 'B', 2000,
              'tin-dung-ngan-hang', 'x', 'y', 'CLOSED', 'RETURNED_TO_CREDITOR', null,
              timestamptz '2026-01-10 09:00+07', now(), timestamptz '2026-03-10 09:00+07'),
            (5, 'BCĐ-2026-0005', 'thads-kv01', 'chv.kv01', '5/QĐ', date '2026-01-05', '5/DS', 'A', 'B', 700,
              'tin-dung-ngan-hang', 'x', 'y', 'CLOSED', null, 100, timestamptz '2026-01-11 09:00+07', now(),
              timestamptz '2026-03-11 09:00+07'),
            (6, 'BCĐ-2026-0006', 'thads-kv02', 'chv.kv02', '6/QĐ', date '2026-01-05', '6/DS', 'A', 'B', 900,
              'dan-su-khac', 'x', 'y', 'EXECUTION', null, null, timestamptz '2026-01-12 09:00+07', now(),
              timestamptz '2026-03-12 09:00+07')""");
    }

    db.flyway("latest").migrate();

    // month office category: submitted ended closed completed terminated not-enforceable returned
    // other, amount due, amount recovered
    assertThat(
            db.rows(
                "select month_start, office, category, submitted, ended, closed, closed_completed,"
                    + " closed_terminated, closed_not_enforceable, closed_returned, closed_other,"
                    + " amount_due, amount_recovered from bcd_case_tally"
                    + " order by month_start, office, category"))
        .containsExactly(
            "2026-01-01 thads-kv01 dan-su-khac 2 0 0 0 0 0 0 0 0 0",
            "2026-01-01 thads-kv01 tin-dung-ngan-hang 2 0 0 0 0 0 0 0 0 0",
            "2026-01-01 thads-kv02 dan-su-khac 1 0 0 0 0 0 0 0 0 0",
            "2026-02-01 thads-kv01 dan-su-khac 1 0 0 0 0 0 0 0 0 0",
            "2026-03-01 thads-kv01 tin-dung-ngan-hang 0 2 2 0 0 0 1 1 2700 100",
            "2026-03-01 thads-kv02 dan-su-khac 0 1 0 0 0 0 0 0 0 0",
            "2026-04-01 thads-kv01 dan-su-khac 0 2 2 2 0 0 0 0 1500 1100");
  }

  /**
   * V48: the chair's decisions already recorded count in the month (Vietnam time) they were
   * decided, for the office of the directive's case and the lead agency kept on the decision:
   * extensions; approved adjustments (any kind but a cancellation) and cancellations apart;
   * rejected ones not. They add to the directive counts of the same row (V44).
   */
  @Test
  void decisionsOnDirectivesAlreadyRecordedAreCountedPerMonthOfficeAndLeadAgency()
      throws SQLException {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_migration_v48");
    db.flyway("47").migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      PostgresTestDatabase.Database.insertOneCase(st);
      PostgresTestDatabase.Database.insertOneConclusion(st);
      st.execute(
          """
          insert into bcd_directive (id, conclusion_id, case_id, issued_on, ordinal, lead_agency, task,
            original_deadline, deadline, status)
          values (1, 1, 1, date '2026-02-01', 1, 'so-tu-phap', 'Nhiệm vụ 1', date '2026-03-20',
                    date '2026-04-20', 'OPEN'),
                 (2, 1, 1, date '2026-02-01', 2, 'cong-an-tinh', 'Nhiệm vụ 2', date '2026-03-01',
                    date '2026-03-01', 'CANCELLED')""");
      st.execute(
          "insert into bcd_directive_tally (month_start, office, lead_agency, issued)"
              + " values (date '2026-02-01', 'thads-kv01', 'so-tu-phap', 1),"
              + " (date '2026-02-01', 'thads-kv01', 'cong-an-tinh', 1)");
      // Extended on 01/03 00:30 Vietnam time (28/02 17:30 UTC): March's.
      st.execute(
          """
          insert into bcd_directive_extension (directive_id, lead_agency, old_deadline, new_deadline,
            reason, decided_by, decided_at)
          values (1, 'so-tu-phap', date '2026-03-20', date '2026-04-20', 'Chờ tòa', 'truongban',
                  timestamptz '2026-02-28 17:30:00+00')""");
      // 1: reassigned from so-tai-chinh in February; 2: content adjusted, rejected; 3: cancelled.
      st.execute(
          """
          insert into bcd_directive_change (id, directive_id, kind, old_value, new_value, reason,
            proposed_at, decision, decided_at, lead_agency)
          values (1, 1, 'REASSIGN', 'so-tai-chinh', 'so-tu-phap', 'Đúng chức năng',
                    timestamptz '2026-02-09 08:00+07', 'APPROVED', timestamptz '2026-02-10 08:00+07',
                    'so-tai-chinh'),
                 (2, 1, 'CONTENT', 'Nhiệm vụ 1', 'Nhiệm vụ 1a', 'Rõ hơn',
                    timestamptz '2026-02-11 08:00+07', 'REJECTED', timestamptz '2026-02-12 08:00+07',
                    'so-tu-phap'),
                 (3, 2, 'CANCEL', null, null, 'Không còn cần', timestamptz '2026-03-04 08:00+07',
                    'APPROVED', timestamptz '2026-03-05 10:00+07', 'cong-an-tinh')""");
    }

    db.flyway("latest").migrate();

    // month office lead: issued extended adjusted cancelled
    assertThat(
            db.rows(
                "select month_start, office, lead_agency, issued, extended, adjusted, cancelled"
                    + " from bcd_directive_tally order by month_start, office, lead_agency"))
        .containsExactly(
            "2026-02-01 thads-kv01 cong-an-tinh 1 0 0 0",
            "2026-02-01 thads-kv01 so-tai-chinh 0 0 1 0",
            "2026-02-01 thads-kv01 so-tu-phap 1 0 0 0",
            "2026-03-01 thads-kv01 cong-an-tinh 0 0 0 1",
            "2026-03-01 thads-kv01 so-tu-phap 0 1 0 0");
  }

  /**
   * V47: each opinion asked for is counted in the month (Vietnam time) it was asked for, each
   * opinion received in the month it was recorded, on time when by its due time or without one,
   * late otherwise, and each missing one likewise, per office of its case and agency.
   */
  @Test
  void opinionsAlreadyRecordedAreCountedPerMonthOfficeAndAgency() throws SQLException {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_migration_v47");
    db.flyway("46").migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute(
          """
          insert into bcd_case (id, case_number, submitting_agency, initiator, enforcement_decision_no,
            enforcement_decision_date, judgment_no, debtor_name, creditor_name, amount_vnd, category, obstacle,
            proposal, status, created_at, updated_at)
          values
            (1, 'BCĐ-2026-0001', 'thads-kv01', 'chv.kv01', '1/QĐ', date '2026-01-05', '1/DS', 'A', 'B', 1000,
              'dan-su-khac', 'x', 'y', 'OPINIONS', timestamptz '2026-01-05 09:00+07', now()),
            (2, 'BCĐ-2026-0002', 'thads-kv02', 'chv.kv02', '2/QĐ', date '2026-01-05', '2/DS', 'A', 'B', 1000,
              'dan-su-khac', 'x', 'y', 'OPINIONS', timestamptz '2026-01-05 09:00+07', now())""");
      // Asked for on 01/02 at 01:00 Vietnam time (31/01 18:00 UTC): February.
      st.execute(
          """
          insert into bcd_opinion_request (case_id, round_no, agency, task_id, requested_at, due_at)
          values (1, 1, 'so-tu-phap', 't-1', timestamptz '2026-01-31 18:00:00+00', null),
                 (1, 1, 'so-tai-chinh', 't-2', timestamptz '2026-01-31 18:00:00+00', null),
                 (1, 1, 'nhnn-chi-nhanh', 't-3', timestamptz '2026-01-31 18:00:00+00', null),
                 (2, 1, 'so-tu-phap', 't-4', timestamptz '2026-01-20 09:00+07', null)""");
      // On time exactly at its due time; late by a second; received without a due time (on time);
      // missing; the other office's, received on time in January.
      st.execute(
          """
          insert into bcd_opinion (case_id, round_no, agency, status, due_at, recorded_at)
          values (1, 1, 'so-tu-phap', 'RECEIVED', timestamptz '2026-02-10 17:00+07',
                    timestamptz '2026-02-10 17:00+07'),
                 (1, 1, 'nhnn-chi-nhanh', 'RECEIVED', timestamptz '2026-02-28 23:59:59+07',
                    timestamptz '2026-03-01 00:00:00+07'),
                 (1, 2, 'so-tu-phap', 'RECEIVED', null, timestamptz '2026-03-05 09:00+07'),
                 (1, 1, 'so-tai-chinh', 'MISSING', timestamptz '2026-02-10 17:00+07',
                    timestamptz '2026-02-11 08:00+07'),
                 (2, 1, 'so-tu-phap', 'RECEIVED', timestamptz '2026-01-30 17:00+07',
                    timestamptz '2026-01-25 09:00+07')""");
    }

    db.flyway("latest").migrate();

    // month office agency: requested on-time late missing
    assertThat(
            db.rows(
                "select month_start, office, agency, requested, on_time, late, missing"
                    + " from bcd_opinion_tally order by month_start, office, agency"))
        .containsExactly(
            "2026-01-01 thads-kv02 so-tu-phap 1 1 0 0",
            "2026-02-01 thads-kv01 nhnn-chi-nhanh 1 0 0 0",
            "2026-02-01 thads-kv01 so-tai-chinh 1 0 0 1",
            "2026-02-01 thads-kv01 so-tu-phap 1 1 0 0",
            "2026-03-01 thads-kv01 nhnn-chi-nhanh 0 0 1 0",
            "2026-03-01 thads-kv01 so-tu-phap 0 1 0 0");
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

  /**
   * V49 copies each case's office onto its conclusions, agenda items and written consultations
   * already recorded, so that the report counts them per office without the case.
   */
  @Test
  void conclusionsAndMeetingItemsGetTheOfficeOfTheirCase() throws SQLException {
    PostgresTestDatabase.Database db = PostgresTestDatabase.fresh("bcd_test_migration_v49");
    db.flyway("48").migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      PostgresTestDatabase.Database.insertOneCase(st);
      PostgresTestDatabase.Database.insertOneConclusion(st);
      PostgresTestDatabase.Database.insertCase(st, 2, "thads-kv07");
      st.execute(
          """
          insert into bcd_conclusion (id, case_id, document_no, document_date, summary,
            coercion_ordered, created_at)
          values (2, 2, '6/TB-BCĐ', date '2026-02-03', 'Kết luận', true, now())""");
      st.execute(
          """
          insert into bcd_committee_meeting (id, meeting_type, meeting_date, created_at)
          values (1, 'QUARTERLY', date '2026-01-20', now())""");
      st.execute(
          """
          insert into bcd_meeting (id, case_id, meeting_type, committee_meeting_id, agenda_no,
            created_at)
          values (1, 1, 'QUARTERLY', 1, 1, now()), (2, 2, 'QUARTERLY', 1, 2, now())""");
      st.execute(
          """
          insert into bcd_meeting (id, case_id, meeting_type, proposal_reason, proposed_by,
            proposed_at, decision, decided_at, created_at)
          values (3, 2, 'WRITTEN', 'Ý kiến thống nhất', 'thuky', now(), 'APPROVED', now(), now())""");
    }

    db.flyway("latest").migrate();

    assertThat(db.rows("select id, office from bcd_conclusion order by id"))
        .containsExactly("1 thads-kv01", "2 thads-kv07");
    assertThat(db.rows("select id, office from bcd_meeting order by id"))
        .containsExactly("1 thads-kv01", "2 thads-kv07", "3 thads-kv07");
  }
}
