package vn.gov.thads.bcd.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.thads.bcd.testsupport.IntegrationTest;

/**
 * Each way an agency user may see an open task on the overdue view — a grant on the case's root
 * instance, a grant on the task's own (called) process instance, holding the task, one of their
 * groups among the task's candidates (then every agency's row of that task) — and nothing else, for
 * the due-date sort (counts and page in two statements) and another sort (one statement). The rows
 * are written straight into the tables the view reads, in a transaction rolled back afterwards, so
 * that each route is there exactly once and no other test sees them.
 */
@Transactional
class OverdueViewVisibilityIT extends IntegrationTest {

  // A group and a user of no real case, so that only this test's rows are theirs.
  private static final String AGENCY = "nhom-thu-xem";

  private static final String USER = "nguoi-thu-xem";

  @Autowired OverdueDashboard dashboard;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void anAgencyUserSeesTheTasksOfEachRouteAndNoOther() {
    Instant now = clock.instant();
    Instant overdue = now.minus(Duration.ofDays(3));
    Instant later = now.plus(Duration.ofDays(60));
    String root = id();
    String coercion = id();
    grant(root);
    grant(coercion);

    task("t-root", "so-tai-chinh", root, id(), null, overdue);
    task("t-called", "cong-an-tinh", id(), coercion, null, overdue);
    task("t-held", "toa-an-tinh", id(), id(), USER, overdue);
    String shared = id();
    task("t-candidate", AGENCY, shared, shared, null, overdue);
    task("t-candidate", "vks-tinh", shared, shared, null, overdue);
    task("t-other", "so-tu-phap", id(), id(), null, overdue); // no route
    task("t-later", "so-tai-chinh", root, id(), null, later); // visible, but not due soon

    Viewer viewer = new Viewer(USER, List.of(AGENCY), false);
    List<String> expected =
        List.of(
            "t-called/cong-an-tinh",
            "t-candidate/nhom-thu-xem",
            "t-candidate/vks-tinh",
            "t-held/toa-an-tinh",
            "t-root/so-tai-chinh");
    for (String sort : List.of("due", "caseNumber", "agency")) {
      OverdueDashboard.Page page =
          dashboard.page(viewer, dashboard.query(null, null, sort, null, null, null));
      assertThat(
              page.rows().stream()
                  .map(r -> r.taskId() + "/" + r.agencyId())
                  .filter(t -> t.startsWith("t-"))
                  .sorted()
                  .toList())
          .as("sorted by %s", sort)
          .isEqualTo(expected);
      assertThat(page.total()).as("total, sorted by %s", sort).isEqualTo(5);
      assertThat(
              page.agencies().stream()
                  .filter(a -> a.overdue() > 0)
                  .map(OverdueDashboard.AgencyCount::id)
                  .sorted()
                  .toList())
          .isEqualTo(
              Stream.of("cong-an-tinh", AGENCY, "vks-tinh", "toa-an-tinh", "so-tai-chinh")
                  .sorted()
                  .toList());
    }

    // A supervisor sees every row due soon, the one without a route too.
    OverdueDashboard.Page all =
        dashboard.page(
            new Viewer("thuky", List.of("bcd-secretariat"), true),
            dashboard.query(null, null, null, null, "500", null));
    assertThat(
            all.rows().stream().map(OverdueDashboard.Row::taskId).filter(t -> t.startsWith("t-")))
        .containsExactlyInAnyOrder(
            "t-root", "t-called", "t-held", "t-candidate", "t-candidate", "t-other");
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  private void grant(String processInstanceId) {
    jdbc.sql(
            """
        insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)
        values (?, 1, 1, ?, 8, ?, 2)""")
        .params(id(), AGENCY, processInstanceId)
        .update();
  }

  private void task(
      String taskId,
      String agency,
      String root,
      String processInstance,
      String assignee,
      Instant due) {
    jdbc.sql(
            """
        insert into bcd_open_task (task_id, agency, task_name, process_instance_id, root_instance_id,
          case_number, assignee, due_at, reminders, escalation)
        values (:task, :agency, 'Việc thử', :pi, :root, 'BCĐ-2099-0001', :assignee, :due, 0, 0)""")
        .params(
            Map.of(
                "task", taskId,
                "agency", agency,
                "pi", processInstance,
                "root", root,
                "due", Timestamp.from(due)))
        .param("assignee", assignee)
        .update();
  }
}
