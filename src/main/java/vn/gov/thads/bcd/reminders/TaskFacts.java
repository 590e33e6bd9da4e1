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

  /**
   * The task as a reminder describes it, with its case and directive as planned; the directive's
   * text is read only for a directive's task.
   */
  public static TaskFacts of(DelegateTask task, Long caseId, Long directiveId) {
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
    Object directive = directiveId == null ? null : task.getVariable(CaseVariables.DIRECTIVE_TASK);
    return new TaskFacts(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        task.getProcessInstanceId(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        task.getAssignee(),
        List.copyOf(groups),
        List.copyOf(users),
        caseId,
        directive instanceof String s && !s.isBlank() ? s : null,
        directiveId);
  }

  /** A variable holding an id, as a Long (or null). */
  static Long number(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }
}
