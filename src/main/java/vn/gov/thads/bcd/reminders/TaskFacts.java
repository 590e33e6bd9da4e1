package vn.gov.thads.bcd.reminders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.gov.thads.bcd.variables.CaseVariables;

/** What a reminder says about a task, read once from the task and its process. */
public record TaskFacts(
    String taskId,
    String taskKey,
    String taskName,
    String processInstanceId,
    Instant due,
    String assignee,
    List<String> candidateGroups,
    List<String> candidateUsers,
    Long caseId,
    String directive,
    Long directiveId) {

  public static TaskFacts of(DelegateTask task) {
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        } else if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
      }
    }
    Object caseId = task.getVariable(CaseVariables.CASE_ID);
    Object directive = task.getVariable(CaseVariables.DIRECTIVE_TASK);
    Object directiveId = task.getVariable(CaseVariables.DIRECTIVE_ID);
    return new TaskFacts(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        task.getProcessInstanceId(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        task.getAssignee(),
        List.copyOf(groups),
        List.copyOf(users),
        caseId instanceof Number n ? n.longValue() : null,
        directive instanceof String s && !s.isBlank() ? s : null,
        directiveId instanceof Number n ? n.longValue() : null);
  }
}
