package vn.gov.thads.bcd.documents;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.platform.UserTaskListeners;

/**
 * A step whose paper is required ({@code bcd.documents.step-papers}, {@code required: true}) is not
 * completed without it: on completion, however it comes (Tasklist's form, engine-rest's complete or
 * submit-form), the case must have a document of that kind uploaded on this task (or, sent without
 * naming a task, by the same person since the task was created). Otherwise the completion is
 * refused with a Vietnamese 400 and rolled back: nothing changes.
 */
@Component
public class RequiredStepPaperCheck extends AbstractProcessEnginePlugin {

  private final StepPapers stepPapers;
  private final CaseDocuments documents;

  public RequiredStepPaperCheck(StepPapers stepPapers, @Lazy CaseDocuments documents) {
    this.stepPapers = stepPapers;
    this.documents = documents;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskListeners.addToEveryUserTask(
        configuration, this::check, TaskListener.EVENTNAME_COMPLETE);
  }

  void check(DelegateTask task) {
    stepPapers
        .of(task.getTaskDefinitionKey())
        .filter(StepPapers.StepPaper::required)
        .ifPresent(
            paper -> {
              String caseNumber = task.getExecution().getProcessBusinessKey();
              if (caseNumber == null) {
                return; // not a case's step: nothing to attach the paper to
              }
              String user =
                  Context.getCommandContext() == null
                      ? null
                      : Context.getCommandContext().getAuthenticatedUserId();
              if (documents
                  .givenOnTask(
                      caseNumber,
                      task.getId(),
                      task.getCreateTime(),
                      paper.kind(),
                      user == null ? task.getAssignee() : user)
                  .isEmpty()) {
                throw new InvalidCaseDataException(
                    "Bước «"
                        + task.getName()
                        + "» cần "
                        + paper.kind().label()
                        + ": hãy tải tệp lên ở thẻ «Tài liệu» bên cạnh biểu mẫu (loại «"
                        + paper.kind().label()
                        + "») rồi bấm Hoàn thành lại. Việc chưa được hoàn thành.");
              }
            });
  }
}
