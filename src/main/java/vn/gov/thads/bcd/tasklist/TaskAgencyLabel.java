package vn.gov.thads.bcd.tasklist;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.process.UserTaskListeners;

/**
 * Gives every task a local variable {@link #VARIABLE} with the names of the agencies it is given to, so that the
 * shared filters' cards show which agency a task is for (Tasklist cards show variables, not candidate groups).
 */
@Component
public class TaskAgencyLabel extends AbstractProcessEnginePlugin {

  /** Task-local variable: the responsible agencies' names. */
  public static final String VARIABLE = "agencyName";

  private final Organisation organisation;

  public TaskAgencyLabel(Organisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskListeners.addToEveryUserTask(configuration, this::label, TaskListener.EVENTNAME_CREATE);
  }

  void label(DelegateTask task) {
    List<String> groups = task.getCandidates().stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    List<Agency> agencies = organisation.responsibleAgencies(groups, task.getAssignee());
    if (!agencies.isEmpty()) {
      task.setVariableLocal(VARIABLE, agencies.stream().map(Agency::name).collect(Collectors.joining("; ")));
    }
  }
}
