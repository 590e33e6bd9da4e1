package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.enforcement.EnforcementVariables.COURT_NAME;
import static vn.gov.thads.bcd.enforcement.EnforcementVariables.COURT_RULING;
import static vn.gov.thads.bcd.enforcement.EnforcementVariables.COURT_RULING_DATE;
import static vn.gov.thads.bcd.enforcement.EnforcementVariables.COURT_RULING_NO;
import static vn.gov.thads.bcd.enforcement.EnforcementVariables.COURT_RULING_NOTE;
import static vn.gov.thads.bcd.enforcement.EnforcementVariables.DISPOSAL_PROCESS_KEY;
import static vn.gov.thads.bcd.enforcement.EnforcementVariables.MESSAGE_COURT_RULED;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.organisation.RoleGroup;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.process.InvalidCaseDataException;
import vn.gov.thads.bcd.restapi.ApiException;
import vn.gov.thads.bcd.restapi.BcdApi;

/**
 * The court (its system, or an officer's) reports that the suit over a seized, disputed property was decided:
 * {@code POST /api/cases/{caseNumber}/court-ruling} with {@code {ruling, rulingNo, rulingDate, court, note}}.
 * Message_CourtRuled goes to the one PropertyDisposalProcess of that case that waits for the court (found by the
 * case's business key and checked against its case id); the ruling is checked and recorded by the model's
 * {@code courtRulingListener}, as when an officer records it on the court follow-up form.
 *
 * <p>Who may report: the court's agency ({@code bcd.enforcement.court-agency}) and the agency that submitted the
 * case. That is the application's rule, not an engine grant: delivering a message needs the right to update the
 * process instance, which no agency has, so the delivery itself runs without the engine's check.
 */
@RestController
@BcdApi
@RequestMapping("${bcd.api.path:/api}/cases/{caseNumber}/court-ruling")
public class CourtRulingController {

  /** Body fields and the process variables they become. */
  private static final Map<String, String> FIELDS = Map.of("ruling", COURT_RULING, "rulingNo", COURT_RULING_NO,
      "rulingDate", COURT_RULING_DATE, "court", COURT_NAME, "note", COURT_RULING_NOTE);

  private final CaseRepository cases;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final EnforcementAgencies agencies;

  public CourtRulingController(CaseRepository cases, RuntimeService runtimeService, IdentityService identityService,
      ProcessEngineConfigurationImpl engineConfiguration, EnforcementAgencies agencies) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.engineConfiguration = engineConfiguration;
    this.agencies = agencies;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> report(@PathVariable String caseNumber, @RequestBody JsonNode body) {
    Map<String, Object> variables = variables(body);
    CaseRepository.CaseRow row = cases.findByNumber(caseNumber.strip()).orElseThrow(() -> ApiException.notFound(
        "Không tìm thấy vụ việc số '" + caseNumber + "'."));
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (!groups.contains(row.submittingAgency()) && !groups.contains(agencies.getCourt())
        && !groups.contains(RoleGroup.ADMINS.id())) {
      throw ApiException.forbidden("Tài khoản '" + caller.getUserId() + "' không có quyền báo kết quả giải quyết của "
          + "Tòa án cho vụ việc " + row.caseNumber() + ": chỉ Tòa án và cơ quan THADS đề nghị vụ việc được báo.");
    }
    String waiting = waitingDisposal(row);
    String caseNumberFound = row.caseNumber();
    try {
      engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
        commandContext.disableAuthorizationCheck();
        return runtimeService.createMessageCorrelation(MESSAGE_COURT_RULED).processInstanceId(waiting)
            .setVariables(variables).correlateWithResult();
      });
    } catch (MismatchingMessageCorrelationException e) {
      // Another report was delivered in the meantime.
      throw notWaiting(caseNumberFound);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseNumber", caseNumberFound);
    answer.put("processInstanceId", waiting);
    answer.put("ruling", variables.get(COURT_RULING));
    answer.put("message", "Đã ghi nhận kết quả giải quyết của Tòa án cho vụ việc " + caseNumberFound + ".");
    return answer;
  }

  /** The case's property disposal waiting for the court: by business key, then checked against the case id. */
  private String waitingDisposal(CaseRepository.CaseRow row) {
    List<String> waiting = engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
      commandContext.disableAuthorizationCheck();
      List<String> ids = new ArrayList<>();
      for (Execution e : runtimeService.createExecutionQuery().processDefinitionKey(DISPOSAL_PROCESS_KEY)
          .processInstanceBusinessKey(row.caseNumber()).messageEventSubscriptionName(MESSAGE_COURT_RULED).list()) {
        Object caseId = runtimeService.getVariable(e.getProcessInstanceId(), CaseVariables.CASE_ID);
        if (caseId instanceof Number n && n.longValue() == row.id() && !ids.contains(e.getProcessInstanceId())) {
          ids.add(e.getProcessInstanceId());
        }
      }
      return ids;
    });
    if (waiting.isEmpty()) {
      throw notWaiting(row.caseNumber());
    }
    if (waiting.size() > 1) {
      throw ApiException.conflict("Vụ việc " + row.caseNumber() + " có " + waiting.size() + " tài sản đang chờ Tòa án "
          + "giải quyết; đề nghị cán bộ ghi nhận kết quả trên việc \"Đôn đốc Tòa án giải quyết vụ kiện\" của tài sản "
          + "tương ứng trong Tasklist.");
    }
    return waiting.get(0);
  }

  private static ApiException notWaiting(String caseNumber) {
    return ApiException.conflict("Vụ việc " + caseNumber + " hiện không có tài sản nào đang chờ Tòa án giải quyết, "
        + "nên không ghi nhận được kết quả giải quyết của Tòa án.");
  }

  /** The body's fields as the process variables the model's check reads; unknown fields are refused. */
  private static Map<String, Object> variables(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidCaseDataException("Nội dung yêu cầu phải là một đối tượng JSON: "
          + "{ruling, rulingNo, rulingDate, court, note}.");
    }
    Map<String, Object> variables = new HashMap<>();
    List<String> problems = new ArrayList<>();
    body.fields().forEachRemaining(field -> {
      String variable = FIELDS.get(field.getKey());
      if (variable == null) {
        problems.add("Trường '" + field.getKey() + "' không thuộc kết quả giải quyết của Tòa án.");
      } else if (field.getValue().isTextual()) {
        variables.put(variable, field.getValue().textValue());
      } else if (!field.getValue().isNull()) {
        problems.add("Trường '" + field.getKey() + "' phải là chuỗi ký tự.");
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException(String.join(" ", problems)
          + " Các trường nhận: ruling (property-released hoặc property-excluded), rulingNo, rulingDate (yyyy-MM-dd), "
          + "court, note.");
    }
    return variables;
  }
}
