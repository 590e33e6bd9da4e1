package vn.gov.thads.bcd.opentasks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.EngineClock.at;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.testsupport.Reminders;

/**
 * {@code bcd_open_task} against the engine's own tables, on PostgreSQL: after every kind of change
 * a supervisor or the engine makes to a case's tasks (new tasks in the main and a called process,
 * due date moved, candidate groups added and removed, claimed, completed, reminders mailed, the
 * instance deleted in Cockpit with "skip custom listeners"), its rows are exactly the open tasks
 * joined with their candidate groups, and its reminder figures those of the reminder log.
 */
class OpenTasksIT extends IntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** One open task and candidate group, as either side sees it. */
  record OpenTask(
      String taskId,
      String agency,
      String name,
      String processInstanceId,
      String rootInstanceId,
      String assignee,
      Instant due) {}

  @Test
  void theTableFollowsEveryChangeOfTheCasesTasks() {
    at("2026-05-04T09:00:00"); // Monday
    CaseScenario c = CaseScenario.start(engine, "chv.kv01", CaseScenario.dossier());
    assertThat(projection(c)).hasSize(1).isEqualTo(engine(c));

    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    assertThat(projection(c)).isEqualTo(engine(c));
    c.complete(
        "thuky",
        "Task_ConfirmAgencies",
        Map.of("consultedAgencies", Lifecycle.json(List.of("so-tu-phap", "so-tai-chinh"))));
    // The opinions are tasks of a called process: their rows carry the case's main instance.
    List<OpenTask> opinions = projection(c);
    assertThat(opinions).isEqualTo(engine(c));
    assertThat(opinions)
        .extracting(OpenTask::agency)
        .contains("so-tu-phap", "so-tai-chinh")
        .doesNotContainNull();
    assertThat(caseNumbers(c)).containsOnly(c.caseNumber);
    assertThat(opinions)
        .allSatisfy(t -> assertThat(t.rootInstanceId()).isEqualTo(c.main.getId()))
        .anySatisfy(t -> assertThat(t.processInstanceId()).isNotEqualTo(c.main.getId()));

    Task opinion =
        c.tasks("Task_GiveOpinion").stream()
            .filter(t -> candidateGroups(t).contains("so-tu-phap"))
            .findFirst()
            .orElseThrow();
    TaskService tasks = engine.getTaskService();

    // The due date moved (as Tasklist does it), a group added, the first one removed.
    opinion.setDueDate(Date.from(Instant.parse("2026-06-30T10:00:00Z")));
    tasks.saveTask(opinion);
    assertThat(projection(c)).isEqualTo(engine(c));
    assertThat(rowsOf(opinion))
        .extracting(OpenTask::due)
        .containsOnly(Instant.parse("2026-06-30T10:00:00Z"));
    tasks.addCandidateGroup(opinion.getId(), "cong-an-tinh");
    assertThat(rowsOf(opinion))
        .extracting(OpenTask::agency)
        .containsExactlyInAnyOrder("so-tu-phap", "cong-an-tinh");
    assertThat(projection(c)).isEqualTo(engine(c));
    tasks.deleteCandidateGroup(opinion.getId(), "so-tu-phap");
    tasks.deleteCandidateGroup(opinion.getId(), "cong-an-tinh");
    // No group left: one row without an agency, as the dashboard's left join showed it.
    assertThat(rowsOf(opinion)).singleElement().extracting(OpenTask::agency).isNull();
    assertThat(projection(c)).isEqualTo(engine(c));
    tasks.addCandidateGroup(opinion.getId(), "so-tu-phap");
    assertThat(rowsOf(opinion)).extracting(OpenTask::agency).containsExactly("so-tu-phap");
    assertThat(caseNumbers(c)).containsOnly(c.caseNumber);

    tasks.claim(opinion.getId(), "cv.sotuphap");
    assertThat(rowsOf(opinion)).extracting(OpenTask::assignee).containsOnly("cv.sotuphap");
    assertThat(projection(c)).isEqualTo(engine(c));

    // Reminders mailed: the table counts what the reminder log recorded as sent.
    at("2026-05-25T09:00:00");
    assertThat(Reminders.sendDue(engine, c)).isPositive();
    Task other =
        c.tasks("Task_GiveOpinion").stream()
            .filter(t -> !t.getId().equals(opinion.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(reminders(other)).isEqualTo(sentReminders(other)).isPositive();
    assertThat(escalation(other)).isEqualTo(sentEscalation(other));
    assertThat(reminders(opinion)).isEqualTo(sentReminders(opinion));

    // Completed: its rows go.
    Lifecycle.giveOpinion(engine, c, "cv.sotuphap", "so-tu-phap", "agree");
    assertThat(rowsOf(opinion)).isEmpty();
    assertThat(projection(c)).isEqualTo(engine(c));

    // Deleted from Cockpit, skipping custom listeners: the history events still clear its rows.
    engine
        .getRuntimeService()
        .deleteProcessInstance(c.main.getId(), "Xóa thử", true, true, false, false);
    assertThat(projection(c)).isEmpty();
  }

  private List<OpenTask> projection(CaseScenario c) {
    return jdbc.sql(
            """
            select task_id, agency, task_name, process_instance_id, root_instance_id, assignee, due_at
            from bcd_open_task where root_instance_id = ? order by task_id, agency""")
        .param(c.main.getId())
        .query(OpenTasksIT::openTask)
        .list();
  }

  /** What the dashboard read before the table: the engine's open tasks and candidate groups. */
  private List<OpenTask> engine(CaseScenario c) {
    return jdbc.sql(
            """
            select t.ID_, il.GROUP_ID_, t.NAME_, t.PROC_INST_ID_, e.ROOT_PROC_INST_ID_, t.ASSIGNEE_, t.DUE_DATE_
            from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
            left join ACT_RU_IDENTITYLINK il on il.TASK_ID_ = t.ID_ and il.TYPE_ = 'candidate'
              and il.GROUP_ID_ is not null
            where e.ROOT_PROC_INST_ID_ = ? order by t.ID_, il.GROUP_ID_""")
        .param(c.main.getId())
        .query(OpenTasksIT::openTask)
        .list();
  }

  /** The case number on the case's rows (the dashboard sorts by it). */
  private List<String> caseNumbers(CaseScenario c) {
    return jdbc.sql("select case_number from bcd_open_task where root_instance_id = ?")
        .param(c.main.getId())
        .query(String.class)
        .list();
  }

  private List<OpenTask> rowsOf(Task task) {
    return jdbc.sql(
            """
            select task_id, agency, task_name, process_instance_id, root_instance_id, assignee, due_at
            from bcd_open_task where task_id = ? order by agency""")
        .param(task.getId())
        .query(OpenTasksIT::openTask)
        .list();
  }

  private static OpenTask openTask(ResultSet rs, int row) throws SQLException {
    return new OpenTask(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant());
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
        .map(l -> l.getGroupId())
        .toList();
  }

  private Map<String, Integer> figures(Task task) {
    Map<String, Integer> figures = new HashMap<>();
    jdbc.sql("select reminders, escalation from bcd_open_task where task_id = ?")
        .param(task.getId())
        .query(
            rs -> {
              figures.put("reminders", rs.getInt(1));
              figures.put("escalation", rs.getInt(2));
            });
    return figures;
  }

  private int reminders(Task task) {
    return figures(task).get("reminders");
  }

  private int escalation(Task task) {
    return figures(task).get("escalation");
  }

  private int sentReminders(Task task) {
    return jdbc.sql(
            "select count(*) from bcd_reminder where task_id = ? and status in ('SENT', 'DIGESTED')")
        .param(task.getId())
        .query(Integer.class)
        .single();
  }

  private int sentEscalation(Task task) {
    return jdbc.sql(
            """
            select coalesce(max(case when kind = 'ESCALATION_CHAIR' then 2 else 1 end), 0) from bcd_reminder
            where task_id = ? and kind in ('ESCALATION_HEAD', 'ESCALATION_CHAIR') and status in ('SENT', 'DIGESTED')""")
        .param(task.getId())
        .query(Integer.class)
        .single();
  }
}
