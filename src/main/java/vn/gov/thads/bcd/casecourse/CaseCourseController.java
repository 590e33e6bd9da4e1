package vn.gov.thads.bcd.casecourse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.organisation.RoleGroup;
import vn.gov.thads.bcd.restapi.ApiException;
import vn.gov.thads.bcd.restapi.BcdApi;
import vn.gov.thads.bcd.security.WithoutAuthorization;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Changes of course of a concluded case, each delivered as a message to its DifficultCaseProcess
 * and checked there by the model's step (a refused report changes nothing):
 *
 * <ul>
 *   <li>{@code POST /api/cases/{caseNumber}/early-closure} with {@code {kind (paid, agreed,
 *       terminated), documentNo, documentDate (yyyy-MM-dd), note}}: the enforcement office that
 *       submitted the case reports that it ended;
 *   <li>{@code POST /api/cases/{caseNumber}/new-round} with {@code {reason}}: the secretariat puts
 *       the case before the committee again.
 * </ul>
 *
 * Both are possible only while the conclusion is being carried out or followed up. Who may report
 * is the application's rule (delivering a message needs an update right on the instance that no
 * agency has, so the delivery itself runs without the engine's check).
 */
@RestController
@BcdApi
@RequestMapping("${bcd.api.path:/api}/cases/{caseNumber}")
public class CaseCourseController {

  private record Report(
      Map<String, String> fields,
      String message,
      RoleGroup reporter,
      String what,
      String done,
      String accepted) {}

  private static final Report EARLY_CLOSURE =
      new Report(
          Map.of(
              "kind", CaseVariables.CLOSURE_KIND,
              "documentNo", CaseVariables.CLOSURE_DOCUMENT_NO,
              "documentDate", CaseVariables.CLOSURE_DOCUMENT_DATE,
              "note", CaseVariables.CLOSURE_NOTE),
          CaseVariables.MESSAGE_CASE_CLOSED_EARLY,
          null,
          "báo kết thúc vụ việc",
          "Đã ghi nhận vụ việc kết thúc; các nhiệm vụ còn lại đã dừng, Tổ Thư ký báo cáo kết quả"
              + " cho Ban Chỉ đạo.",
          "kind (paid, agreed hoặc terminated), documentNo, documentDate (yyyy-MM-dd), note");
  private static final Report NEW_ROUND =
      new Report(
          Map.of("reason", CaseVariables.NEW_ROUND_REASON),
          CaseVariables.MESSAGE_BACK_TO_COMMITTEE,
          RoleGroup.SECRETARIAT,
          "đưa vụ việc ra Ban Chỉ đạo lần tiếp theo",
          "Đã đưa vụ việc ra Ban Chỉ đạo xin ý kiến lần tiếp theo.",
          "reason");

  private final CaseRepository cases;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final WithoutAuthorization withoutAuthorization;

  public CaseCourseController(
      CaseRepository cases,
      RuntimeService runtimeService,
      IdentityService identityService,
      WithoutAuthorization withoutAuthorization) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.withoutAuthorization = withoutAuthorization;
  }

  @PostMapping(
      path = "/early-closure",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> earlyClosure(
      @PathVariable String caseNumber, @RequestBody JsonNode body) {
    return deliver(EARLY_CLOSURE, caseNumber, body);
  }

  @PostMapping(
      path = "/new-round",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> newRound(@PathVariable String caseNumber, @RequestBody JsonNode body) {
    return deliver(NEW_ROUND, caseNumber, body);
  }

  private Map<String, Object> deliver(Report report, String caseNumber, JsonNode body) {
    Map<String, Object> variables = variables(report, body);
    CaseRepository.CaseRow row =
        cases
            .findByNumber(caseNumber.strip())
            .orElseThrow(
                () -> ApiException.notFound("Không tìm thấy vụ việc số '" + caseNumber + "'."));
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    String reporter = report.reporter() == null ? row.submittingAgency() : report.reporter().id();
    if (!groups.contains(reporter) && !groups.contains(RoleGroup.ADMINS.id())) {
      throw ApiException.forbidden(
          "Tài khoản '"
              + caller.getUserId()
              + "' không có quyền "
              + report.what()
              + " "
              + row.caseNumber()
              + ": chỉ "
              + (report.reporter() == null
                  ? "cơ quan thi hành án dân sự đã đề nghị vụ việc"
                  : report.reporter().displayName())
              + " được làm việc này.");
    }
    try {
      withoutAuthorization.run(
          () ->
              runtimeService
                  .createMessageCorrelation(report.message())
                  .processInstanceId(row.processInstanceId())
                  .setVariables(variables)
                  .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiException.conflict(
          "Vụ việc "
              + row.caseNumber()
              + " hiện không ở giai đoạn thực hiện kết luận hoặc theo dõi (chưa có kết luận, đang"
              + " xin ý kiến lần tiếp theo hoặc đã kết thúc), nên không "
              + report.what()
              + " được.");
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseNumber", row.caseNumber());
    answer.put("message", report.done());
    return answer;
  }

  /** The body's fields as the variables the model's step checks; unknown fields are refused. */
  private static Map<String, Object> variables(Report report, JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidCaseDataException(
          "Nội dung yêu cầu phải là một đối tượng JSON với các trường: " + report.accepted() + ".");
    }
    Map<String, Object> variables = new HashMap<>();
    List<String> problems = new ArrayList<>();
    body.fields()
        .forEachRemaining(
            field -> {
              String variable = report.fields().get(field.getKey());
              if (variable == null) {
                problems.add("Trường '" + field.getKey() + "' không được nhận ở đây.");
              } else if (field.getValue().isTextual()) {
                variables.put(variable, field.getValue().textValue());
              } else if (!field.getValue().isNull()) {
                problems.add("Trường '" + field.getKey() + "' phải là chuỗi ký tự.");
              }
            });
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException(
          String.join(" ", problems) + " Các trường nhận: " + report.accepted() + ".");
    }
    // Left out: the model's check names each missing field.
    report.fields().values().forEach(v -> variables.putIfAbsent(v, null));
    return variables;
  }
}
