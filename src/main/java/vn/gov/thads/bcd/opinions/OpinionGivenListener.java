package vn.gov.thads.bcd.opinions;

import vn.gov.thads.bcd.process.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.process.InvalidCaseDataException;

/**
 * Records an agency's written opinion when its task is completed, after checking it. The opinion's fields
 * are then removed from the process: the table keeps them, and the next agency starts with an empty form.
 */
@Component("opinionGivenListener")
public class OpinionGivenListener implements TaskListener {

  static final Set<String> POSITIONS = Set.of("agree", "disagree", "other");

  private final OpinionRepository opinions;

  public OpinionGivenListener(OpinionRepository opinions) {
    this.opinions = opinions;
  }

  @Override
  public void notify(DelegateTask task) {
    Object position = task.getVariable(CaseVariables.OPINION_POSITION);
    Object content = task.getVariable(CaseVariables.OPINION_CONTENT);
    Object documentNo = task.getVariable(CaseVariables.OPINION_DOCUMENT_NO);
    List<String> problems = new ArrayList<>();
    if (!(position instanceof String p) || !POSITIONS.contains(p)) {
      problems.add("Chưa chọn quan điểm (thống nhất, không thống nhất hoặc ý kiến khác).");
    }
    if (!(content instanceof String c) || c.isBlank()) {
      problems.add("Thiếu nội dung ý kiến.");
    } else if (c.strip().length() > 4000) {
      problems.add("Nội dung ý kiến dài quá 4000 ký tự.");
    }
    if (documentNo != null && !(documentNo instanceof String d && d.strip().length() <= 100)) {
      problems.add("Số văn bản không hợp lệ.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Ý kiến chưa hợp lệ: " + String.join(" ", problems));
    }
    String agency = (String) task.getVariable(CaseVariables.CONSULTED_AGENCY);
        opinions.recordReceived(((Number) task.getVariable(CaseVariables.CASE_ID)).longValue(), agency,
        (String) position, documentNo == null || ((String) documentNo).isBlank() ? null : ((String) documentNo).strip(),
        ((String) content).strip(), CurrentUser.idOr(task.getAssignee()), task.getDueDate());
    for (String name : List.of(CaseVariables.OPINION_POSITION, CaseVariables.OPINION_CONTENT,
        CaseVariables.OPINION_DOCUMENT_NO)) {
      task.removeVariable(name);
    }
  }
}
