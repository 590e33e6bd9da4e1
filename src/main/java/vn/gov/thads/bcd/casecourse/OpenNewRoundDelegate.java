package vn.gov.thads.bcd.casecourse;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.CaseStatus;
import vn.gov.thads.bcd.directives.DirectiveRepository;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.CaseVariables;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * Task_OpenNewRound: checks why the secretariat puts the case before the committee again, numbers
 * the round and keeps it. The unfinished directives stay as they are until the new conclusion
 * carries them on or replaces them; the earlier round's answers do not fill the new round's forms.
 */
@Component("openNewRoundDelegate")
public class OpenNewRoundDelegate implements JavaDelegate {

  private final CaseCourseRepository course;
  private final CaseRepository cases;
  private final DirectiveRepository directives;

  public OpenNewRoundDelegate(
      CaseCourseRepository course, CaseRepository cases, DirectiveRepository directives) {
    this.course = course;
    this.cases = cases;
    this.directives = directives;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormReader f = FormReader.of(execution);
    String reason =
        f.text(CaseVariables.NEW_ROUND_REASON, "vướng mắc mới cần xin ý kiến Ban Chỉ đạo", 2000);
    f.check("Đề nghị đưa vụ việc ra Ban Chỉ đạo chưa hợp lệ:");
    long caseId = f.caseId();
    int round = FormReader.roundNumber(execution) + 1;
    course.openRound(caseId, round, reason, CurrentUser.idOr(null));
    cases.updateStatus(caseId, CaseStatus.DOSSIER_REVIEW);
    execution.setVariable(CaseVariables.ROUND_NUMBER, round);
    execution.setVariable(
        CaseVariables.PRIOR_OPEN_DIRECTIVES, directives.unfinishedOfCase(caseId, null).size());
    for (String earlier :
        new String[] {
          CaseVariables.PRIOR_DIRECTIVES,
          CaseVariables.COERCION_ORDERED,
          CaseVariables.APPROVAL_DECISION,
          CaseVariables.DOSSIER_COMPLETE,
          CaseVariables.CONCLUSION_ACTION,
          // An outcome an earlier round's path already gave (an administrative judgment's) is not
          // the new round's: the follow-up must not take it for the case's.
          FollowUpVariables.CASE_OUTCOME,
          FollowUpVariables.CASE_OUTCOME_LABEL
        }) {
      execution.removeVariable(earlier);
    }
  }
}
