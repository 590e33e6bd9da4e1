package vn.gov.thads.bcd.caseintake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.restapi.BcdApi;
import vn.gov.thads.bcd.security.WithoutAuthorization;
import vn.gov.thads.bcd.variables.CaseVariables;
import vn.gov.thads.bcd.variables.ProcessKeys;

/**
 * Opens a case for another system (the enforcement case-management system) from a plain JSON
 * dossier: {@code POST /api/cases}. The caller is a Camunda user (HTTP Basic, see {@code
 * security.RestAuthenticationConfiguration}) and starts DifficultCaseProcess as itself, so the
 * engine's authorizations and the start's own checks ({@link RegisterCaseDelegate}, {@link
 * Dossier}) apply exactly as for Tasklist's start form: nothing here repeats a rule of the dossier,
 * only the JSON's shape is checked.
 */
@RestController
@BcdApi
@RequestMapping("${bcd.api.path:/api}/cases")
public class CaseIntakeController {

  /**
   * The body's field naming the THADS agency the case is for (optional; see {@link
   * CaseVariables#REQUESTED_AGENCY}).
   */
  static final String AGENCY_FIELD = "agency";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final WithoutAuthorization withoutAuthorization;
  private final String baseUrl;

  public CaseIntakeController(
      RuntimeService runtimeService,
      TaskService taskService,
      WithoutAuthorization withoutAuthorization,
      @Value("${bcd.public-base-url}") String baseUrl) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.withoutAuthorization = withoutAuthorization;
    this.baseUrl = baseUrl;
  }

  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> open(@RequestBody JsonNode body) {
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(ProcessKeys.DIFFICULT_CASE, variables(body));
    String caseNumber = instance.getBusinessKey();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseNumber", caseNumber);
    answer.put("processInstanceId", instance.getId());
    firstTask(caseNumber)
        .ifPresent(
            task -> {
              answer.put("taskName", task.getName());
              answer.put(
                  "tasklistUrl", baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId());
            });
    answer.put(
        "cockpitUrl",
        baseUrl
            + "/camunda/app/cockpit/default/#/process-instance/"
            + instance.getId()
            + "/runtime");
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  /**
   * The dossier's fields as process variables, with JSON's types mapped to those Tasklist's forms
   * send.
   */
  static Map<String, Object> variables(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidCaseDataException(
          "Nội dung yêu cầu phải là một đối tượng JSON chứa hồ sơ vụ việc.");
    }
    Map<String, Object> variables = new HashMap<>();
    List<String> problems = new ArrayList<>();
    body.fields()
        .forEachRemaining(
            field -> {
              String name = field.getKey();
              JsonNode value = field.getValue();
              String variable =
                  AGENCY_FIELD.equals(name)
                      ? CaseVariables.REQUESTED_AGENCY
                      : DossierField.variables().contains(name) ? name : null;
              if (variable == null) {
                problems.add("Trường '" + name + "' không thuộc hồ sơ vụ việc.");
              } else if (value.isContainerNode()) {
                problems.add("Trường '" + name + "' phải là chữ, số hoặc true/false.");
              } else if (value.isTextual()) {
                variables.put(variable, value.textValue());
              } else if (value.isBoolean()) {
                variables.put(variable, value.booleanValue());
              } else if (value.isIntegralNumber() && value.canConvertToLong()) {
                variables.put(variable, value.longValue());
              } else if (value.isNumber()) {
                variables.put(variable, value.decimalValue().toPlainString());
              }
              // null: as if the field were absent
            });
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException(
          "Hồ sơ chưa hợp lệ: "
              + String.join(" ", problems)
              + " Các trường nhận: "
              + String.join(", ", DossierField.variables())
              + ", "
              + AGENCY_FIELD
              + ".");
    }
    return variables;
  }

  /**
   * The case's first task (the head's approval), for the link in the answer. Looked up past the
   * caller's authorizations: a system that opened a case need not see the head's tasks, but may be
   * told where it waits.
   */
  private Optional<Task> firstTask(String caseNumber) {
    return withoutAuthorization.run(
        () ->
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .findFirst());
  }
}
