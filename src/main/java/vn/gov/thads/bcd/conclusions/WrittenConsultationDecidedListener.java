package vn.gov.thads.bcd.conclusions;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * The chair (or the standing deputy) decides on the secretariat's proposal of written consultation:
 * approved, the case goes straight to the conclusion on the members' written opinions; rejected
 * (with a note for the secretariat), the secretariat schedules a meeting. The decision is kept with
 * the proposal: approved or rejected, the note, who and when.
 */
@Component("writtenConsultationDecidedListener")
public class WrittenConsultationDecidedListener implements TaskListener {

  static final Map<String, String> DECISIONS =
      Choices.of(
          CaseVariables.WRITTEN_APPROVE,
          "Đồng ý, kết luận không họp",
          CaseVariables.WRITTEN_REJECT,
          "Không đồng ý, tổ chức họp");

  private final ConclusionRepository repository;

  public WrittenConsultationDecidedListener(ConclusionRepository repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String decision =
        f.choice(
            CaseVariables.WRITTEN_CONSULTATION_DECISION,
            "ý kiến về đề xuất cho ý kiến bằng văn bản",
            DECISIONS);
    boolean approved = CaseVariables.WRITTEN_APPROVE.equals(decision);
    String note =
        CaseVariables.WRITTEN_REJECT.equals(decision)
            ? f.text(CaseVariables.WRITTEN_CONSULTATION_NOTE, "Ý kiến của Trưởng ban", 2000)
            : f.optionalText(
                CaseVariables.WRITTEN_CONSULTATION_NOTE, "Ý kiến của Trưởng ban", 2000);
    // As for the conclusion itself: the standing deputy decides only on the chair's authorisation.
    String authorisation =
        Signatory.of(
                f,
                () ->
                    "Phó Trưởng ban thường trực chỉ quyết định thay Trưởng ban khi được Trưởng ban ủy"
                        + " quyền bằng văn bản: hãy ghi số văn bản ủy quyền.",
                "Chỉ Trưởng ban, hoặc Phó Trưởng ban thường trực được Trưởng ban ủy quyền, được quyết"
                    + " định việc kết luận không họp.")
            .authorisationRef();
    Object meetingId = task.getVariable(CaseVariables.MEETING_ID);
    f.check("Ý kiến về đề xuất cho ý kiến bằng văn bản chưa hợp lệ:");
    if (!(meetingId instanceof Number id)
        || !repository.decideWrittenConsultation(
            id.longValue(), approved, note, CurrentUser.idOr(task.getAssignee()))) {
      f.problem("Không có đề xuất cho ý kiến bằng văn bản nào đang chờ Trưởng ban quyết định.");
      f.check("Ý kiến về đề xuất cho ý kiến bằng văn bản chưa hợp lệ:");
    }
    if (authorisation != null) {
      repository.recordDecisionAuthorisation(((Number) meetingId).longValue(), authorisation);
    }
    task.setVariable(CaseVariables.WRITTEN_CONSULTATION_NOTE, note);
    if (!approved) {
      // The secretariat's task opens on a meeting, with the chair's note.
      task.setVariable(CaseVariables.CONSULTATION_MODE, CaseVariables.CONSULTATION_MEETING);
      task.removeVariable(CaseVariables.MEETING_ID);
    }
  }
}
