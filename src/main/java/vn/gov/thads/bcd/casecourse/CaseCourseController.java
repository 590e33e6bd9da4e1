package vn.gov.thads.bcd.casecourse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.restapi.BcdApi;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Changes of course of a concluded case over {@code /api} (the same as the Tasklist start forms,
 * see {@link CaseCourse}):
 *
 * <ul>
 *   <li>{@code POST /api/cases/{caseNumber}/early-closure} with {@code {kind (paid, agreed,
 *       terminated), documentNo, documentDate (yyyy-MM-dd), note}}: the enforcement office that
 *       submitted the case reports that it ended;
 *   <li>{@code POST /api/cases/{caseNumber}/new-round} with {@code {reason}}: the secretariat puts
 *       the case before the committee again.
 * </ul>
 */
@RestController
@BcdApi
@RequestMapping("${bcd.api.path:/api}/cases/{caseNumber}")
public class CaseCourseController {

  /** The body's fields → the report's variables, per report. */
  private static final Map<CaseCourse.Report, Map<String, String>> FIELDS =
      Map.of(
          CaseCourse.Report.EARLY_CLOSURE,
          Map.of(
              "kind", CaseVariables.CLOSURE_KIND,
              "documentNo", CaseVariables.CLOSURE_DOCUMENT_NO,
              "documentDate", CaseVariables.CLOSURE_DOCUMENT_DATE,
              "note", CaseVariables.CLOSURE_NOTE),
          CaseCourse.Report.NEW_ROUND,
          Map.of("reason", CaseVariables.NEW_ROUND_REASON));

  private static final Map<CaseCourse.Report, String> ACCEPTED =
      Map.of(
          CaseCourse.Report.EARLY_CLOSURE,
          "kind (paid, agreed hoặc terminated), documentNo, documentDate (yyyy-MM-dd), note",
          CaseCourse.Report.NEW_ROUND,
          "reason");

  private final CaseCourse course;

  public CaseCourseController(CaseCourse course) {
    this.course = course;
  }

  @PostMapping(
      path = "/early-closure",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> earlyClosure(
      @PathVariable String caseNumber, @RequestBody JsonNode body) {
    return deliver(CaseCourse.Report.EARLY_CLOSURE, caseNumber, body);
  }

  @PostMapping(
      path = "/new-round",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> newRound(@PathVariable String caseNumber, @RequestBody JsonNode body) {
    return deliver(CaseCourse.Report.NEW_ROUND, caseNumber, body);
  }

  private Map<String, Object> deliver(CaseCourse.Report report, String caseNumber, JsonNode body) {
    String number = course.deliver(report, caseNumber, variables(report, body));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseNumber", number);
    answer.put("message", report.done());
    return answer;
  }

  /** The body's fields as the variables the model's step checks; unknown fields are refused. */
  private static Map<String, Object> variables(CaseCourse.Report report, JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidCaseDataException(
          "Nội dung yêu cầu phải là một đối tượng JSON với các trường: "
              + ACCEPTED.get(report)
              + ".");
    }
    Map<String, Object> variables = new HashMap<>();
    List<String> problems = new ArrayList<>();
    body.fields()
        .forEachRemaining(
            field -> {
              String variable = FIELDS.get(report).get(field.getKey());
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
          String.join(" ", problems) + " Các trường nhận: " + ACCEPTED.get(report) + ".");
    }
    // Left out: the model's check names each missing field.
    report.variables().forEach(v -> variables.putIfAbsent(v, null));
    return variables;
  }
}
