package vn.gov.thads.bcd.testsupport;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.gov.thads.bcd.reminders.ReminderPlan;

/** Drives one case through the engine's Java API, acting as the users who hold each task. */
public final class CaseScenario {

  private final ProcessEngine engine;
  public final ProcessInstance main;
  public final String caseNumber;

  private CaseScenario(ProcessEngine engine, ProcessInstance main) {
    this.engine = engine;
    this.main = main;
    this.caseNumber = main.getBusinessKey();
  }

  /** A regional officer starts a case with the given dossier. */
  public static CaseScenario start(
      ProcessEngine engine, String officer, Map<String, Object> dossier) {
    return new CaseScenario(
        engine,
        as(
            engine,
            officer,
            () ->
                engine
                    .getRuntimeService()
                    .startProcessInstanceByKey("DifficultCaseProcess", dossier)));
  }

  private static final AtomicInteger DECISIONS = new AtomicInteger(800_000);

  /**
   * An enforcement decision number no other case of this JVM has (an open case per decision is the
   * rule; numbers written in tests stay below 800000).
   */
  public static String uniqueDecisionNo() {
    return DECISIONS.incrementAndGet() + "/QĐ-THADS";
  }

  /** A valid dossier with a decision number of its own, for tests that do not care which. */
  public static Map<String, Object> dossier() {
    return dossier(uniqueDecisionNo());
  }

  /**
   * A valid dossier; tweak the returned map to vary the case. The decision number must not be an
   * open case's.
   */
  public static Map<String, Object> dossier(String decisionNo) {
    Map<String, Object> v = new HashMap<>();
    v.put("enforcementDecisionNo", decisionNo);
    v.put("enforcementDecisionDate", "2025-09-15");
    v.put("judgmentNo", "08/2025/KDTM-PT");
    v.put("debtorName", "Công ty cổ phần Nông sản Tân Hiệp");
    v.put("creditorName", "Ngân hàng TMCP Công Thương – Chi nhánh Kiên Giang");
    v.put("amountVnd", 4_200_000_000L);
    v.put("caseCategory", "tin-dung-ngan-hang");
    v.put("propertyDisputed", false);
    v.put("securityRisk", false);
    v.put("obstacle", "Tài sản bảo đảm đã bị chuyển nhượng cho người thứ ba.");
    v.put("proposal", "Đề nghị Ngân hàng Nhà nước chỉ đạo phối hợp cung cấp hồ sơ tín dụng.");
    return v;
  }

  /** The open tasks of this case, whichever (sub-)process holds them. */
  public List<Task> tasks(String taskKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskKey)
        .list();
  }

  public Task task(String taskKey) {
    List<Task> tasks = tasks(taskKey);
    if (tasks.size() != 1) {
      throw new AssertionError(
          "Expected one open task "
              + taskKey
              + " in "
              + caseNumber
              + ", found "
              + tasks.size()
              + "; open: "
              + engine
                  .getTaskService()
                  .createTaskQuery()
                  .processInstanceBusinessKey(caseNumber)
                  .list()
                  .stream()
                  .map(Task::getTaskDefinitionKey)
                  .toList());
    }
    return tasks.get(0);
  }

  /** Completes a task as a user, with that user's groups, so that authorizations apply. */
  public void complete(String user, Task task, Map<String, Object> variables) {
    as(
        engine,
        user,
        () -> {
          engine.getFormService().submitTaskForm(task.getId(), variables);
          return null;
        });
  }

  public void complete(String user, String taskKey, Map<String, Object> variables) {
    complete(user, task(taskKey), variables);
  }

  public ProcessInstance opinionRequest() {
    return subProcess("OpinionRequestProcess");
  }

  /**
   * The running called process of this case with the given key (one level below the main process).
   */
  public ProcessInstance subProcess(String key) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .superProcessInstanceId(main.getId())
        .processDefinitionKey(key)
        .singleResult();
  }

  /** The jobs of the models (timers, asynchronous steps) of every running process of this case. */
  public List<Job> jobs() {
    return processInstanceIds().stream()
        .flatMap(
            id ->
                engine
                    .getManagementService()
                    .createJobQuery()
                    .processInstanceId(id)
                    .list()
                    .stream())
        .toList();
  }

  /** The next reminder of each open task of this case. */
  public List<ReminderPlan.Row> plannedReminders() {
    return Reminders.planned(engine, this);
  }

  /** Every running process of this case (the main one and those it called). */
  public List<String> processInstanceIds() {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .list()
        .stream()
        .map(ProcessInstance::getId)
        .toList();
  }

  /** Executes the case's due asynchronous steps (the job executor is off in tests). */
  public void runJobs() {
    for (int round = 0; round < 10; round++) {
      Date now = ClockUtil.getCurrentTime();
      List<Job> due =
          jobs().stream()
              .filter(j -> j.getDuedate() == null || !j.getDuedate().after(now))
              .toList();
      if (due.isEmpty()) {
        return;
      }
      for (Job j : due) {
        // An earlier job of this round may have ended its process (a terminate end event removes
        // a mail still waiting on another branch): only jobs still there are run.
        if (engine.getManagementService().createJobQuery().jobId(j.getId()).count() > 0) {
          engine.getManagementService().executeJob(j.getId());
        }
      }
    }
  }

  public boolean mainEnded() {
    return engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(main.getId())
            .singleResult()
            .getEndTime()
        != null;
  }

  public static <T> T as(ProcessEngine engine, String user, Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
