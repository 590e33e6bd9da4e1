package vn.gov.thads.bcd.casecourse;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.administrative.AdministrativeJudgmentRepository;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.conclusions.ConclusionRepository;
import vn.gov.thads.bcd.directives.DirectiveRepository;
import vn.gov.thads.bcd.directives.DirectiveStatus;
import vn.gov.thads.bcd.followup.FollowUpRepository;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.CaseVariables;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * Task_RecordEarlyClosure: checks the office's report that the case ended (why, the document's
 * number and date: not in the future, not before the conclusion), ends the directives still
 * unfinished and records it all; sets the outcome the final report shows. The message that brought
 * the report ran this in its own transaction: a refused report leaves the case as it was.
 */
@Component("earlyClosureDelegate")
public class EarlyClosureDelegate implements JavaDelegate {

  private final CaseCourseRepository course;
  private final CaseRepository cases;
  private final ConclusionRepository conclusions;
  private final DirectiveRepository directives;
  private final FollowUpRepository followUp;
  private final AdministrativeJudgmentRepository administrative;
  private final Clock clock;

  public EarlyClosureDelegate(
      CaseCourseRepository course,
      CaseRepository cases,
      ConclusionRepository conclusions,
      DirectiveRepository directives,
      FollowUpRepository followUp,
      AdministrativeJudgmentRepository administrative,
      Clock clock) {
    this.course = course;
    this.cases = cases;
    this.conclusions = conclusions;
    this.directives = directives;
    this.followUp = followUp;
    this.administrative = administrative;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormReader f = FormReader.of(execution);
    long caseId = f.caseId();
    String kindValue =
        f.choice(CaseVariables.CLOSURE_KIND, "lý do kết thúc vụ việc", EarlyClosureKind.choices());
    String documentNo = f.documentNo(CaseVariables.CLOSURE_DOCUMENT_NO, "Số văn bản");
    LocalDate date =
        f.dateNotInFuture(
            CaseVariables.CLOSURE_DOCUMENT_DATE, "ngày văn bản", VietnamTime.today(clock));
    LocalDate concluded =
        conclusions
            .conclusion(((Number) execution.getVariable(CaseVariables.CONCLUSION_ID)).longValue())
            .documentDate();
    if (date != null && date.isBefore(concluded)) {
      f.problem(
          "Ngày văn bản không được trước ngày Thông báo kết luận ("
              + VietnamTime.format(concluded)
              + ").");
    }
    String note = f.optionalText(CaseVariables.CLOSURE_NOTE, "ghi chú", 2000);
    f.check("Báo cáo kết thúc vụ việc chưa hợp lệ:");

    EarlyClosureKind kind = EarlyClosureKind.of(kindValue).orElseThrow();
    List<Long> unfinished = directives.unfinishedOfCase(caseId, null);
    int ended = directives.endUnfinished(unfinished, DirectiveStatus.ENDED_WITH_CASE);
    course.recordEarlyClosure(caseId, kind, documentNo, date, note, ended, CurrentUser.idOr(null));
    administrative.endedWithCase(caseId);
    // Paid in full: the whole amount is recovered; otherwise the amount last reported stands.
    BigDecimal recovered =
        kind == EarlyClosureKind.PAID
            ? cases.findById(caseId).orElseThrow().amountVnd()
            : followUp.closing(caseId).amountRecoveredVnd();
    execution.setVariable(FollowUpVariables.CASE_OUTCOME, kind.outcome().name());
    execution.setVariable(
        FollowUpVariables.CASE_OUTCOME_LABEL,
        kind.outcome().label()
            + " (văn bản số "
            + documentNo
            + " ngày "
            + VietnamTime.format(date)
            + ")");
    execution.setVariable(
        FollowUpVariables.AMOUNT_RECOVERED, recovered == null ? 0L : recovered.longValueExact());
  }
}
