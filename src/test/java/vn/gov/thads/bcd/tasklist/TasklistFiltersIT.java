package vn.gov.thads.bcd.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/** The shared Tasklist filters exist once, and show each agency its own, due-soon and overdue tasks. */
class TasklistFiltersIT extends IntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired TasklistFilters tasklistFilters;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void filtersAreCreatedOnceAndUpdatedInPlace() {
    tasklistFilters.apply(engine.getFilterService(), engine.getTaskService());
    for (String name : List.of(TasklistFilters.MY_AGENCY, TasklistFilters.MINE, TasklistFilters.DUE_SOON,
        TasklistFilters.OVERDUE)) {
      assertThat(engine.getFilterService().createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
    }
  }

  @Test
  void anAgencySeesItsTasksAndThenTheOverdueOnes() {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv11", "401/QĐ-THADS");
    CaseScenario other = CaseScenario.start(engine, "chv.kv12", CaseScenario.dossier("402/QĐ-THADS"));
    // Both cases now wait for the secretariat; give the first one's scheduling task a due date in 1 day.
    Task schedule = c.task("Task_ScheduleMeeting");
    engine.getTaskService().setDueDate(schedule.getId(),
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));

    assertThat(tasksIn(TasklistFilters.MY_AGENCY, "thuky")).extracting(Task::getId).contains(schedule.getId());
    assertThat(tasksIn(TasklistFilters.MY_AGENCY, "chv.kv11")).extracting(Task::getId).doesNotContain(schedule.getId());
    assertThat(tasksIn(TasklistFilters.DUE_SOON, "thuky")).extracting(Task::getId).contains(schedule.getId());
    assertThat(tasksIn(TasklistFilters.OVERDUE, "thuky")).extracting(Task::getId).doesNotContain(schedule.getId());

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2))));
    assertThat(tasksIn(TasklistFilters.OVERDUE, "thuky")).extracting(Task::getId).contains(schedule.getId());
    assertThat(tasksIn(TasklistFilters.DUE_SOON, "thuky")).extracting(Task::getId).doesNotContain(schedule.getId());
    assertThat(tasksIn(TasklistFilters.OVERDUE, "chv.kv12")).isEmpty();
    assertThat(other.tasks("Task_ApproveRequest")).hasSize(1);

    Filter filter = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
    assertThat(filter.getProperties().get("variables")).asString()
        .contains("caseNumber", "Số vụ việc", "agencyName", "Đơn vị");
    // The card's "Đơn vị": the agency the task is given to, by name.
    assertThat(engine.getTaskService().getVariableLocal(schedule.getId(), TaskAgencyLabel.VARIABLE))
        .isEqualTo("Tổ Thư ký Ban Chỉ đạo THADS tỉnh");
    assertThat(engine.getTaskService().getVariableLocal(other.task("Task_ApproveRequest").getId(),
        TaskAgencyLabel.VARIABLE)).isEqualTo("Thi hành án dân sự tỉnh An Giang");
  }

  private List<Task> tasksIn(String filterName, String user) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    return CaseScenario.as(engine, user, () -> engine.getFilterService().<Task>list(filter.getId()));
  }
}
