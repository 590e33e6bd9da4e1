package vn.gov.thads.bcd.opinions;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Records that an agency was asked for its written opinion when its task "Cho ý kiến bằng văn bản"
 * is created ({@code bcd_opinion_request}): the committee's report counts the opinions asked for
 * from it.
 */
@Component("opinionRequestedListener")
public class OpinionRequestedListener implements TaskListener {

  private final OpinionRepository opinions;

  public OpinionRequestedListener(OpinionRepository opinions) {
    this.opinions = opinions;
  }

  @Override
  public void notify(DelegateTask task) {
    opinions.recordRequested(
        FormReader.caseId(task),
        FormReader.roundNumber(task),
        (String) task.getVariable(CaseVariables.CONSULTED_AGENCY),
        task.getId(),
        task.getDueDate());
  }
}
