package vn.gov.thads.bcd.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.OrganisationConfiguration;
import vn.gov.thads.bcd.variables.TaskCardVariables;

/**
 * The shared Tasklist filters every agency works with, created at start-up and brought up to date
 * on each start (found by name, never duplicated). Their queries use the engine's expressions, so
 * one filter serves every user: "my agency's tasks" are the tasks of the groups of whoever is
 * logged in.
 */
@Component
@Order(OrganisationConfiguration.IMPORT_ORDER + 20)
public class TasklistFilters extends AbstractProcessEnginePlugin {

  public static final String MY_AGENCY = "Việc của đơn vị tôi";
  public static final String MINE = "Việc của tôi";
  public static final String DUE_SOON = "Sắp đến hạn";
  public static final String OVERDUE = "Quá hạn";

  /**
   * The filter the starter creates ({@code camunda.bpm.filter.create}); given the same cards and
   * put last.
   */
  public static final String ALL = "Tất cả công việc";

  private static final String USER_GROUPS = "${currentUserGroups()}";
  private static final String USER = "${currentUser()}";

  /** "Due soon" means within the next two days. */
  private static final String SOON = "${dateTime().plusDays(2).toDate()}";

  private static final String NOW = "${now()}";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    apply(engine.getFilterService(), engine.getTaskService());
  }

  public void apply(FilterService filters, TaskService tasks) {
    save(
        filters,
        MY_AGENCY,
        -10,
        "#1f6fb2",
        "Việc giao cho đơn vị của tôi, kể cả việc đã có người nhận",
        myAgency(tasks).orderByDueDate().asc());
    save(
        filters,
        MINE,
        -9,
        "#2e7d32",
        "Việc tôi đã nhận",
        tasks.createTaskQuery().taskAssigneeExpression(USER).orderByDueDate().asc());
    save(
        filters,
        DUE_SOON,
        -8,
        "#ef8f00",
        "Việc của đơn vị tôi đến hạn trong 2 ngày tới, kể cả việc đã có người nhận",
        myAgency(tasks).dueAfterExpression(NOW).dueBeforeExpression(SOON).orderByDueDate().asc());
    save(
        filters,
        OVERDUE,
        -7,
        "#c62828",
        "Việc của đơn vị tôi đã quá hạn xử lý, kể cả việc đã có người nhận",
        myAgency(tasks).dueBeforeExpression(NOW).orderByDueDate().asc());
    save(
        filters,
        ALL,
        10,
        "#555555",
        "Mọi việc tôi được xem",
        tasks.createTaskQuery().orderByDueDate().asc());
  }

  /**
   * The tasks given to one of the user's groups, claimed by anybody or not. "Due soon" and
   * "overdue" were once "mine, or my agency's not yet claimed": they hid a colleague's overdue task
   * from the rest of the agency, and the engine answers that "or" by joining every task with every
   * candidate group (about 20 ms per statement at 100,000 open tasks, issue 17). Every task of this
   * application is given to a group (no model names an assignee) and stays given to it when
   * claimed; one handed to a user outside the group shows in "Việc của tôi".
   */
  private static TaskQuery myAgency(TaskService tasks) {
    return tasks
        .createTaskQuery()
        .taskCandidateGroupInExpression(USER_GROUPS)
        .includeAssignedTasks();
  }

  private static void save(
      FilterService filters,
      String name,
      int priority,
      String color,
      String description,
      TaskQuery query) {
    List<Filter> existing =
        filters.createFilterQuery().filterName(name).filterResourceType("Task").list();
    Filter filter = existing.isEmpty() ? filters.newTaskFilter(name) : existing.get(0);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("description", description);
    properties.put("refresh", true);
    // Cards show the case number, the agency the task is for and the debtor: task-local copies
    // (TaskAgencyLabel), so
    // that an agency sees them on a task of a process instance it may not read.
    properties.put(
        "variables",
        List.of(
            Map.of("name", TaskCardVariables.CASE_NUMBER, "label", "Số vụ việc"),
            Map.of("name", TaskCardVariables.AGENCY_NAME, "label", "Đơn vị"),
            Map.of("name", TaskCardVariables.DEBTOR_NAME, "label", "Người phải thi hành án")));
    filter.setQuery(query);
    filter.setProperties(properties);
    filters.saveFilter(filter);
  }
}
