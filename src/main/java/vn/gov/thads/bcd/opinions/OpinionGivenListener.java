package vn.gov.thads.bcd.opinions;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Records an agency's written opinion when its task is completed, after checking it. The opinion's
 * fields are then removed from the process: the table keeps them, and the next agency starts with
 * an empty form.
 */
@Component("opinionGivenListener")
public class OpinionGivenListener implements TaskListener {

  /** The form's choices, value → label; the operation log words "other" with them too. */
  public static final Map<String, String> POSITIONS =
      Choices.of(
          "agree",
          "Thống nhất với đề xuất",
          "disagree",
          "Không thống nhất",
          "other",
          "Ý kiến khác");

  private final OpinionRepository opinions;

  public OpinionGivenListener(OpinionRepository opinions) {
    this.opinions = opinions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String position = f.choice(CaseVariables.OPINION_POSITION, "quan điểm", POSITIONS);
    String content = f.text(CaseVariables.OPINION_CONTENT, "nội dung ý kiến", 4000);
    String documentNo = f.optionalText(CaseVariables.OPINION_DOCUMENT_NO, "Số văn bản", 100);
    f.check("Ý kiến chưa hợp lệ:");
    String agency = (String) task.getVariable(CaseVariables.CONSULTED_AGENCY);
    opinions.recordReceived(
        f.caseId(),
        FormReader.roundNumber(task),
        agency,
        position,
        documentNo,
        content,
        CurrentUser.idOr(task.getAssignee()),
        task.getDueDate());
    for (String name :
        List.of(
            CaseVariables.OPINION_POSITION,
            CaseVariables.OPINION_CONTENT,
            CaseVariables.OPINION_DOCUMENT_NO)) {
      task.removeVariable(name);
    }
  }
}
