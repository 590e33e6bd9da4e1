package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

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
import org.camunda.bpm.engine.runtime.Execution;
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
 * The court (its system, or an officer's) reports on the suit over a seized, disputed property:
 *
 * <ul>
 *   <li>{@code POST /api/cases/{caseNumber}/suit-filed} with {@code {acceptanceNo, acceptanceDate,
 *       court, note}}: the court (or People's Committee) accepted a suit or request
 *       (Message_SuitFiled), checked and recorded by the model's {@code suitFiledListener}; {@code
 *       court} is optional, an agency id of the organisation file;
 *   <li>{@code POST /api/cases/{caseNumber}/court-ruling} with {@code stage} and the stage's fields
 *       (Message_CourtRuled): {@code first-instance} (default) {@code {ruling, rulingNo,
 *       rulingDate, court, note}}, not final, checked by {@code courtRulingListener}; {@code
 *       effective} {@code {effectiveDate, note}}: no appeal, the first-instance ruling took legal
 *       effect; {@code appealed} {@code {appealDate, note}}: it was appealed or protested (both
 *       checked by {@code rulingLegalEffectListener}); {@code appeal} {@code {ruling, rulingNo,
 *       rulingDate, court, note}}: the appeal ruling, in legal effect when pronounced ({@code
 *       appealRulingListener}).
 * </ul>
 *
 * The message goes to the one PropertyDisposalProcess of that case that waits for that stage (found
 * by the case's business key and its current step, checked against its case id), with the same
 * checks as when an officer records it in Tasklist.
 *
 * <p>Who may report: the court of the submitting office's area and the provincial court (appeals),
 * both from the organisation file, the body the dispute went to ({@code disputeBody}) and the
 * agency that submitted the case. That is the application's rule, not an engine grant: delivering a
 * message needs the right to update the process instance, which no agency has, so the delivery
 * itself runs without the engine's check.
 */
@RestController
@BcdApi
@RequestMapping("${bcd.api.path:/api}/cases/{caseNumber}")
public class CourtReportController {

  /**
   * What the court reports: the body's fields and the process variables they become, variables the
   * stage itself sets, the message, the step that waits for it, the wording.
   */
  private record Report(
      Map<String, String> fields,
      Map<String, Object> fixed,
      String message,
      String activity,
      String waitingFor,
      String recorded,
      String accepted) {}

  private static final Report FIRST_INSTANCE =
      new Report(
          Map.of(
              "ruling",
              COURT_RULING,
              "rulingNo",
              COURT_RULING_NO,
              "rulingDate",
              COURT_RULING_DATE,
              "court",
              COURT_NAME,
              "note",
              COURT_RULING_NOTE),
          Map.of(RULING_STAGE, STAGE_FIRST_INSTANCE),
          MESSAGE_COURT_RULED,
          "Task_AwaitCourtRuling",
          "đang chờ bản án, quyết định sơ thẩm",
          "bản án, quyết định sơ thẩm",
          "stage, ruling (property-released hoặc property-excluded), rulingNo, rulingDate"
              + " (yyyy-MM-dd), court (mã cơ quan, không bắt buộc), note");
  private static final Report EFFECTIVE =
      new Report(
          Map.of("effectiveDate", RULING_EFFECTIVE_DATE, "note", APPEAL_NOTE),
          Map.of(RULING_STAGE, STAGE_EFFECTIVE, RULING_LEGAL_EFFECT, STAGE_EFFECTIVE),
          MESSAGE_COURT_RULED,
          "Task_RulingLegalEffect",
          "đang chờ bản án, quyết định sơ thẩm có hiệu lực pháp luật",
          "việc bản án, quyết định sơ thẩm có hiệu lực pháp luật",
          "stage, effectiveDate (yyyy-MM-dd), note");
  private static final Report APPEALED =
      new Report(
          Map.of("appealDate", APPEAL_DATE, "note", APPEAL_NOTE),
          Map.of(RULING_STAGE, STAGE_APPEALED, RULING_LEGAL_EFFECT, STAGE_APPEALED),
          MESSAGE_COURT_RULED,
          "Task_RulingLegalEffect",
          "đang chờ bản án, quyết định sơ thẩm có hiệu lực pháp luật",
          "việc kháng cáo, kháng nghị bản án, quyết định sơ thẩm",
          "stage, appealDate (yyyy-MM-dd), note");
  private static final Report APPEAL =
      new Report(
          Map.of(
              "ruling",
              APPEAL_RULING,
              "rulingNo",
              APPEAL_RULING_NO,
              "rulingDate",
              APPEAL_RULING_DATE,
              "court",
              APPEAL_COURT,
              "note",
              APPEAL_RULING_NOTE),
          Map.of(RULING_STAGE, STAGE_APPEAL),
          MESSAGE_COURT_RULED,
          "Task_AwaitAppealRuling",
          "đang chờ bản án, quyết định phúc thẩm",
          "bản án, quyết định phúc thẩm",
          "stage, ruling (property-released hoặc property-excluded), rulingNo, rulingDate"
              + " (yyyy-MM-dd), court (mã cơ quan), note");
  private static final Map<String, Report> RULING_STAGES =
      Map.of(
          STAGE_FIRST_INSTANCE, FIRST_INSTANCE,
          STAGE_EFFECTIVE, EFFECTIVE,
          STAGE_APPEALED, APPEALED,
          STAGE_APPEAL, APPEAL);
  private static final Report SUIT =
      new Report(
          Map.of(
              "acceptanceNo",
              SUIT_ACCEPTANCE_NO,
              "acceptanceDate",
              SUIT_ACCEPTANCE_DATE,
              "court",
              SUIT_COURT,
              "note",
              SUIT_NOTE),
          Map.of(),
          MESSAGE_SUIT_FILED,
          "Task_AwaitSuit",
          "đang chờ đương sự khởi kiện",
          "việc Tòa án thụ lý vụ án",
          "acceptanceNo, acceptanceDate (yyyy-MM-dd), court (mã cơ quan, không bắt buộc), note");

  private final CaseRepository cases;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final WithoutAuthorization withoutAuthorization;
  private final EnforcementAgencies agencies;

  public CourtReportController(
      CaseRepository cases,
      RuntimeService runtimeService,
      IdentityService identityService,
      WithoutAuthorization withoutAuthorization,
      EnforcementAgencies agencies) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.withoutAuthorization = withoutAuthorization;
    this.agencies = agencies;
  }

  @PostMapping(
      path = "/court-ruling",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> courtRuling(
      @PathVariable String caseNumber, @RequestBody JsonNode body) {
    return deliver(rulingStage(body), caseNumber, body);
  }

  @PostMapping(
      path = "/suit-filed",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> suitFiled(
      @PathVariable String caseNumber, @RequestBody JsonNode body) {
    return deliver(SUIT, caseNumber, body);
  }

  /** The stage a ruling report is about: {@code stage}, first-instance when left out. */
  private static Report rulingStage(JsonNode body) {
    JsonNode stage = body == null || !body.isObject() ? null : body.get("stage");
    if (stage == null || stage.isNull()) {
      return FIRST_INSTANCE;
    }
    Report report = stage.isTextual() ? RULING_STAGES.get(stage.textValue()) : null;
    if (report == null) {
      throw new InvalidCaseDataException(
          "Trường 'stage' phải là first-instance (bản án, quyết định sơ thẩm), effective (bản án,"
              + " quyết định sơ thẩm có hiệu lực pháp luật), appealed (bị kháng cáo, kháng nghị)"
              + " hoặc appeal (bản án, quyết định phúc thẩm).");
    }
    return report;
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
    if (!groups.contains(row.submittingAgency())
        // the office's regional court (first instance) and the provincial court (appeal)
        && !groups.contains(agencies.courtFor(row.submittingAgency()))
        && !groups.contains(agencies.getCourt())
        && !groups.contains(RoleGroup.ADMINS.id())
        && disputeBodies(row).stream().noneMatch(groups::contains)) {
      throw ApiException.forbidden(
          "Tài khoản '"
              + caller.getUserId()
              + "' không có quyền báo "
              + report.recorded()
              + " cho vụ việc "
              + row.caseNumber()
              + ": chỉ Tòa án, cơ quan giải quyết tranh chấp và cơ quan THADS đề nghị vụ việc được"
              + " báo.");
    }
    String waiting = waitingDisposal(report, row);
    String caseNumberFound = row.caseNumber();
    try {
      withoutAuthorization.run(
          () ->
              runtimeService
                  .createMessageCorrelation(report.message())
                  .processInstanceId(waiting)
                  .setVariables(variables)
                  .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      // Another report was delivered in the meantime.
      throw notWaiting(report, caseNumberFound);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseNumber", caseNumberFound);
    answer.put("processInstanceId", waiting);
    answer.put(
        "message", "Đã ghi nhận " + report.recorded() + " cho vụ việc " + caseNumberFound + ".");
    return answer;
  }

  /**
   * The case's property disposal waiting for the message: by business key, then checked against the
   * case id.
   */
  private String waitingDisposal(Report report, CaseRepository.CaseRow row) {
    List<String> waiting =
        withoutAuthorization.run(
            () -> {
              List<String> ids = new ArrayList<>();
              for (Execution e :
                  runtimeService
                      .createExecutionQuery()
                      .processDefinitionKey(DISPOSAL_PROCESS_KEY)
                      .processInstanceBusinessKey(row.caseNumber())
                      .messageEventSubscriptionName(report.message())
                      .list()) {
                Object caseId =
                    runtimeService.getVariable(e.getProcessInstanceId(), CaseVariables.CASE_ID);
                if (caseId instanceof Number n
                    && n.longValue() == row.id()
                    && !ids.contains(e.getProcessInstanceId())
                    && runtimeService
                        .getActiveActivityIds(e.getProcessInstanceId())
                        .contains(report.activity())) {
                  ids.add(e.getProcessInstanceId());
                }
              }
              return ids;
            });
    if (waiting.isEmpty()) {
      throw notWaiting(report, row.caseNumber());
    }
    if (waiting.size() > 1) {
      throw ApiException.conflict(
          "Vụ việc "
              + row.caseNumber()
              + " có "
              + waiting.size()
              + " tài sản "
              + report.waitingFor()
              + "; đề nghị cán bộ ghi nhận "
              + report.recorded()
              + " trên việc của tài sản tương ứng "
              + "trong Tasklist.");
    }
    return waiting.get(0);
  }

  /** The bodies the case's disputes went to (they may report on them). */
  private List<String> disputeBodies(CaseRepository.CaseRow row) {
    return withoutAuthorization.run(
        () -> {
          List<String> bodies = new ArrayList<>();
          for (var instance :
              runtimeService
                  .createProcessInstanceQuery()
                  .processDefinitionKey(DISPOSAL_PROCESS_KEY)
                  .processInstanceBusinessKey(row.caseNumber())
                  .list()) {
            if (runtimeService.getVariable(instance.getId(), DISPUTE_BODY) instanceof String id) {
              bodies.add(id);
            }
          }
          return bodies;
        });
  }

  private static ApiException notWaiting(Report report, String caseNumber) {
    return ApiException.conflict(
        "Vụ việc "
            + caseNumber
            + " hiện không có tài sản nào "
            + report.waitingFor()
            + ", nên không ghi nhận được "
            + report.recorded()
            + ".");
  }

  /**
   * The body's fields as the process variables the model's check reads; unknown fields are refused.
   */
  private static Map<String, Object> variables(Report report, JsonNode body) {
    String accepted = report.accepted();
    if (body == null || !body.isObject()) {
      throw new InvalidCaseDataException(
          "Nội dung yêu cầu phải là một đối tượng JSON với các trường: " + accepted + ".");
    }
    Map<String, Object> variables = new HashMap<>(report.fixed());
    List<String> problems = new ArrayList<>();
    body.fields()
        .forEachRemaining(
            field -> {
              if (report != SUIT && field.getKey().equals("stage")) {
                return;
              }
              String variable = report.fields().get(field.getKey());
              if (variable == null) {
                problems.add(
                    "Trường '" + field.getKey() + "' không thuộc " + report.recorded() + ".");
              } else if (field.getValue().isTextual()) {
                variables.put(variable, field.getValue().textValue());
              } else if (!field.getValue().isNull()) {
                problems.add("Trường '" + field.getKey() + "' phải là chuỗi ký tự.");
              }
            });
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException(
          String.join(" ", problems) + " Các trường nhận: " + accepted + ".");
    }
    return variables;
  }
}
