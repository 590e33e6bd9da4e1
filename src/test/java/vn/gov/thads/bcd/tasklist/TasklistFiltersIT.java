package vn.gov.thads.bcd.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.variables.TaskCardVariables;

/**
 * The shared Tasklist filters exist once, and show each agency its own, due-soon and overdue tasks.
 */
class TasklistFiltersIT extends IntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired TasklistFilters tasklistFilters;
  @LocalServerPort int port;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void filtersAreCreatedOnceAndUpdatedInPlace() {
    tasklistFilters.apply(engine.getFilterService(), engine.getTaskService());
    for (String name :
        List.of(
            TasklistFilters.MY_AGENCY,
            TasklistFilters.MINE,
            TasklistFilters.DUE_SOON,
            TasklistFilters.OVERDUE)) {
      assertThat(engine.getFilterService().createFilterQuery().filterName(name).count())
          .as(name)
          .isEqualTo(1);
    }
  }

  @Test
  void anAgencySeesItsTasksAndThenTheOverdueOnes() {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv11", "401/QĐ-THADS");
    CaseScenario other =
        CaseScenario.start(engine, "chv.kv12", CaseScenario.dossier("402/QĐ-THADS"));
    // Both cases now wait for the secretariat; give the first one's scheduling task a due date in 1
    // day.
    Task schedule = c.task("Task_ScheduleMeeting");
    engine
        .getTaskService()
        .setDueDate(
            schedule.getId(),
            Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
    // Claimed by a colleague: still the secretariat's, in every one of its filters.
    engine.getTaskService().claim(schedule.getId(), "thuky2");

    assertThat(taskIdsIn(TasklistFilters.MY_AGENCY, "thuky")).contains(schedule.getId());
    assertThat(taskIdsIn(TasklistFilters.MY_AGENCY, "chv.kv11")).doesNotContain(schedule.getId());
    assertThat(taskIdsIn(TasklistFilters.DUE_SOON, "thuky")).contains(schedule.getId());
    assertThat(taskIdsIn(TasklistFilters.OVERDUE, "thuky")).doesNotContain(schedule.getId());

    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2))));
    assertThat(taskIdsIn(TasklistFilters.OVERDUE, "thuky")).contains(schedule.getId());
    assertThat(taskIdsIn(TasklistFilters.OVERDUE, "thuky2")).contains(schedule.getId());
    assertThat(taskIdsIn(TasklistFilters.MINE, "thuky2")).contains(schedule.getId());
    assertThat(taskIdsIn(TasklistFilters.DUE_SOON, "thuky")).doesNotContain(schedule.getId());
    assertThat(tasksIn(TasklistFilters.OVERDUE, "chv.kv12")).isEmpty();
    assertThat(other.tasks("Task_ApproveRequest")).hasSize(1);

    Filter filter =
        engine
            .getFilterService()
            .createFilterQuery()
            .filterName(TasklistFilters.OVERDUE)
            .singleResult();
    assertThat(filter.getProperties().get("variables"))
        .asString()
        .contains("cardCaseNumber", "Số vụ việc", "agencyName", "Đơn vị", "cardDebtorName");
    // The card's "Đơn vị": the agency the task is given to, by name.
    assertThat(
            engine
                .getTaskService()
                .getVariableLocal(schedule.getId(), TaskCardVariables.AGENCY_NAME))
        .isEqualTo("Tổ Thư ký Ban Chỉ đạo THADS tỉnh");
    assertThat(
            engine
                .getTaskService()
                .getVariableLocal(
                    other.task("Task_ApproveRequest").getId(), TaskCardVariables.AGENCY_NAME))
        .isEqualTo("Thi hành án dân sự tỉnh An Giang");
  }

  /**
   * A consulted agency's card shows the case number and debtor as Tasklist asks for them (a
   * filter's list as HAL with the card's variables), although the agency may not read the called
   * opinion process the task belongs to.
   */
  @Test
  void anAgencysCardShowsTheCaseItWorksOn() throws Exception {
    CaseScenario c =
        CaseScenario.start(
            engine, "chv.kv05", CaseScenario.dossier(CaseScenario.uniqueDecisionNo()));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    c.complete(
        "thuky",
        "Task_ConfirmAgencies",
        Map.of("consultedAgencies", Lifecycle.json(List.of("so-tu-phap"))));
    Task opinion = c.task("Task_GiveOpinion");
    Filter filter =
        engine
            .getFilterService()
            .createFilterQuery()
            .filterName(TasklistFilters.MY_AGENCY)
            .singleResult();

    HttpResponse<String> list =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/engine-rest/filter/"
                                + filter.getId()
                                + "/list?firstResult=0&maxResults=50"))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    "cv.sotuphap:demo".getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/hal+json")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    Map<String, String> card = new HashMap<>();
    // HAL: each task of the list carries the card's variables it could read.
    for (JsonNode task : new ObjectMapper().readTree(list.body()).path("_embedded").path("task")) {
      if (opinion.getId().equals(task.path("id").asText())) {
        task.path("_embedded")
            .path("variable")
            .forEach(v -> card.put(v.path("name").asText(), v.path("value").asText()));
      }
    }
    assertThat(card)
        .as(list.body())
        .containsEntry(TaskCardVariables.CASE_NUMBER, c.caseNumber)
        .containsEntry(
            TaskCardVariables.DEBTOR_NAME, (String) CaseScenario.dossier("x").get("debtorName"))
        .containsEntry(TaskCardVariables.AGENCY_NAME, "Sở Tư pháp tỉnh An Giang");
    // The agency does not read the opinion process itself: the copies are what makes the card.
    Http.Response instance =
        Http.rest(port, "cv.sotuphap", "demo")
            .get("/engine-rest/process-instance/" + opinion.getProcessInstanceId() + "/variables");
    assertThat(instance.status()).as(instance.body()).isIn(403, 404);
  }

  private List<String> taskIdsIn(String filterName, String user) {
    return tasksIn(filterName, user).stream().map(Task::getId).toList();
  }

  private List<Task> tasksIn(String filterName, String user) {
    Filter filter =
        engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    return CaseScenario.as(
        engine, user, () -> engine.getFilterService().<Task>list(filter.getId()));
  }
}
