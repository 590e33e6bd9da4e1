package vn.gov.thads.bcd.security;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.RoleGroup;
import vn.gov.thads.bcd.platform.UserTaskListeners;

/**
 * Only the agency a task is given to completes it. The secretariat may move a task's due date and
 * hand it to another person (both need Camunda's UPDATE permission on tasks, which would also let
 * it complete them): this rule keeps it from doing the agencies' work. Administrators
 * (camunda-admin) and the engine itself (no user) are not checked.
 */
@Component
public class TaskWorkGuard extends AbstractProcessEnginePlugin {

  /** Completing a task given to another agency. engine-rest answers 403 with this message. */
  public static class NotYourTaskException extends RuntimeException {
    public NotYourTaskException(String message) {
      super(message);
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskListeners.addToEveryUserTask(
        configuration, TaskWorkGuard::check, TaskListener.EVENTNAME_COMPLETE);
  }

  static void check(DelegateTask task) {
    Authentication auth =
        Context.getCommandContext() == null
            ? null
            : Context.getCommandContext().getAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return;
    }
    List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    if (groups.contains(RoleGroup.ADMINS.id())) {
      return;
    }
    boolean hasCandidates = false;
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      hasCandidates = true;
      if (auth.getUserId().equals(link.getUserId())
          || link.getGroupId() != null && groups.contains(link.getGroupId())) {
        return;
      }
    }
    if (!hasCandidates && auth.getUserId().equals(task.getAssignee())) {
      return;
    }
    throw new NotYourTaskException(
        "Việc \""
            + task.getName()
            + "\" được giao cho đơn vị khác; chỉ đơn vị được giao "
            + "mới hoàn thành được. Tổ Thư ký có thể đổi hạn hoặc giao lại người xử lý, không làm thay.");
  }
}
