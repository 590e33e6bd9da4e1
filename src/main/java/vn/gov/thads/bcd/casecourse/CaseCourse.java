package vn.gov.thads.bcd.casecourse;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.organisation.RoleGroup;
import vn.gov.thads.bcd.restapi.ApiException;
import vn.gov.thads.bcd.security.WithoutAuthorization;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Delivers a change of course to a concluded case as a message to its DifficultCaseProcess, where
 * the model's step checks it (a refused report changes nothing). One rule for both ways in: {@link
 * CaseCourseController} over {@code /api} and the Tasklist start forms (EarlyClosureReportProcess,
 * NewRoundRequestProcess). Who may report is the application's rule: delivering a message needs an
 * update right on the instance that no agency has, so the delivery itself runs without the engine's
 * check.
 */
@Service
public class CaseCourse {

  /** What is reported: the variables it carries, its message, who may send it, its wording. */
  public enum Report {
    EARLY_CLOSURE(
        List.of(
            CaseVariables.CLOSURE_KIND,
            CaseVariables.CLOSURE_DOCUMENT_NO,
            CaseVariables.CLOSURE_DOCUMENT_DATE,
            CaseVariables.CLOSURE_NOTE),
        CaseVariables.MESSAGE_CASE_CLOSED_EARLY,
        null,
        "báo kết thúc vụ việc",
        "Đã ghi nhận vụ việc kết thúc; các nhiệm vụ còn lại đã dừng, Tổ Thư ký báo cáo kết quả"
            + " cho Ban Chỉ đạo."),
    NEW_ROUND(
        List.of(CaseVariables.NEW_ROUND_REASON),
        CaseVariables.MESSAGE_BACK_TO_COMMITTEE,
        RoleGroup.SECRETARIAT,
        "đưa vụ việc ra Ban Chỉ đạo lần tiếp theo",
        "Đã đưa vụ việc ra Ban Chỉ đạo xin ý kiến lần tiếp theo.");

    private final List<String> variables;
    private final String message;
    private final RoleGroup reporter;
    private final String what;
    private final String done;

    Report(List<String> variables, String message, RoleGroup reporter, String what, String done) {
      this.variables = variables;
      this.message = message;
      this.reporter = reporter;
      this.what = what;
      this.done = done;
    }

    /** The process variables the report carries (absent ones are named by the model's check). */
    public List<String> variables() {
      return variables;
    }

    /** What the reporter is told once the case took the report. */
    public String done() {
      return done;
    }
  }

  private final CaseRepository cases;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final WithoutAuthorization withoutAuthorization;

  public CaseCourse(
      CaseRepository cases,
      RuntimeService runtimeService,
      IdentityService identityService,
      WithoutAuthorization withoutAuthorization) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.withoutAuthorization = withoutAuthorization;
  }

  /**
   * Delivers the report to the case as the current user; returns the case number as recorded.
   *
   * @throws ApiException unknown case (404), a reporter who may not (403), a case not being carried
   *     out or followed up (409)
   */
  public String deliver(Report report, String caseNumber, Map<String, Object> variables) {
    String number = caseNumber == null ? "" : caseNumber.strip();
    CaseRepository.CaseRow row =
        cases
            .findByNumber(number)
            .orElseThrow(
                () -> ApiException.notFound("Không tìm thấy vụ việc số '" + number + "'."));
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups =
        caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    String reporter = report.reporter == null ? row.submittingAgency() : report.reporter.id();
    if (!groups.contains(reporter) && !groups.contains(RoleGroup.ADMINS.id())) {
      throw ApiException.forbidden(
          "Tài khoản '"
              + (caller == null ? "" : caller.getUserId())
              + "' không có quyền "
              + report.what
              + " "
              + row.caseNumber()
              + ": chỉ "
              + (report.reporter == null
                  ? "cơ quan thi hành án dân sự đã đề nghị vụ việc"
                  : report.reporter.displayName())
              + " được làm việc này.");
    }
    try {
      withoutAuthorization.run(
          () ->
              runtimeService
                  .createMessageCorrelation(report.message)
                  .processInstanceId(row.processInstanceId())
                  .setVariables(variables)
                  .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiException.conflict(
          "Vụ việc "
              + row.caseNumber()
              + " hiện không ở giai đoạn thực hiện kết luận hoặc theo dõi (chưa có kết luận, đang"
              + " xin ý kiến lần tiếp theo hoặc đã kết thúc), nên không "
              + report.what
              + " được.");
    }
    return row.caseNumber();
  }
}
