package vn.gov.thads.bcd.tasklist;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.UserTaskListeners;
import vn.gov.thads.bcd.variables.CaseVariables;
import vn.gov.thads.bcd.variables.TaskCardVariables;

/**
 * Gives every task the local variables its Tasklist card shows: the names of the agencies it is
 * given to (cards show variables, not candidate groups), and the case's number and debtor. These
 * are copied onto the task because a card reads variables with the viewer's rights on the process
 * instance: an agency may work a task of a called process (an opinion, a directive) without reading
 * that instance, and its cards showed no case at all.
 */
@Component
public class TaskAgencyLabel extends AbstractProcessEnginePlugin {

  private final Organisation organisation;
  private final CaseRepository cases;

  public TaskAgencyLabel(Organisation organisation, @Lazy CaseRepository cases) {
    this.organisation = organisation;
    this.cases = cases;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskListeners.addToEveryUserTask(configuration, this::label, TaskListener.EVENTNAME_CREATE);
  }

  /** Copies of the organisation's and the case's records: no history (platform.CopiedVariables). */
  void label(DelegateTask task) {
    List<String> groups =
        task.getCandidates().stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .toList();
    List<Agency> agencies = organisation.responsibleAgencies(groups, task.getAssignee());
    if (!agencies.isEmpty()) {
      task.setVariableLocal(
          TaskCardVariables.AGENCY_NAME,
          agencies.stream().map(Agency::name).collect(Collectors.joining("; ")));
    }
    // Every process of a case carries its id (the digest process has no user tasks); registered in
    // this transaction.
    if (task.getVariable(CaseVariables.CASE_ID) instanceof Number caseId) {
      cases
          .findById(caseId.longValue())
          .ifPresent(
              c -> {
                // A case being started has its provisional number until just before the
                // commit, when CaseNumbering writes the real one over it here too.
                task.setVariableLocal(TaskCardVariables.CASE_NUMBER, c.caseNumber());
                task.setVariableLocal(TaskCardVariables.DEBTOR_NAME, c.debtorName());
              });
    }
  }
}
