package vn.gov.thads.bcd.caseintake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
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
  private final CommandExecutor commands;
  private final String baseUrl;

  public CaseIntakeController(
      RuntimeService runtimeService,
      ProcessEngine engine,
      @Value("${bcd.public-base-url}") String baseUrl) {
    this.runtimeService = runtimeService;
    this.commands =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequired();
    this.baseUrl = baseUrl;
  }

  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> open(@RequestBody JsonNode body) {
    Map<String, Object> variables = variables(body);
    // One engine command for the start and the look-up of the first task: the task is taken from
    // the command's own entity cache (it is not flushed yet), so there is no second transaction
    // with a task query by business key (issue 17: about a sixth of an intake's CPU).
    Started started =
        commands.execute(
            context -> {
              ProcessInstance instance =
                  runtimeService.startProcessInstanceByKey(ProcessKeys.DIFFICULT_CASE, variables);
              Optional<FirstTask> first =
                  context.getDbEntityManager().getCachedEntitiesByType(TaskEntity.class).stream()
                      .min(Comparator.comparing(TaskEntity::getCreateTime))
                      .map(task -> new FirstTask(task.getId(), task.getName()));
              return new Started(instance, first);
            });
    // Read after the command: the case gets its number just before its commit (CaseNumbering).
    String caseNumber = started.instance().getBusinessKey();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseNumber", caseNumber);
    answer.put("processInstanceId", started.instance().getId());
    started
        .firstTask()
        .ifPresent(
            task -> {
              answer.put("taskName", task.name());
              answer.put(
                  "tasklistUrl", baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.id());
            });
    answer.put(
        "cockpitUrl",
        baseUrl
            + "/camunda/app/cockpit/default/#/process-instance/"
            + started.instance().getId()
            + "/runtime");
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  /**
   * The dossier's fields as process variables, with JSON's types mapped to those Tasklist's forms
   * send. They are transient: the start's first step reads them and records the dossier in the case
   * table, which is their record from then on (with its author and time; the called process that
   * shows the dossier keeps its values in its variables' history), so they take no variable rows
   * and no history rows of their own (issue 17).
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
                variables.put(variable, Variables.stringValue(value.textValue(), true));
              } else if (value.isBoolean()) {
                variables.put(variable, Variables.booleanValue(value.booleanValue(), true));
              } else if (value.isIntegralNumber() && value.canConvertToLong()) {
                variables.put(variable, Variables.longValue(value.longValue(), true));
              } else if (value.isNumber()) {
                variables.put(
                    variable, Variables.stringValue(value.decimalValue().toPlainString(), true));
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

  /** The case's first task (the head's approval), for the link in the answer. */
  private record FirstTask(String id, String name) {}

  private record Started(ProcessInstance instance, Optional<FirstTask> firstTask) {}
}
