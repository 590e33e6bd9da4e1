package vn.gov.thads.bcd.casecourse;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.restapi.ApiException;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * The step of a Tasklist start form that hands its report to the case, in the same transaction:
 * when the case refuses it, the start fails with the case's Vietnamese message and nothing is kept.
 * The report's own instance takes the case number as business key, so it shows with the case.
 */
abstract class DeliverReportDelegate implements JavaDelegate {

  private final CaseCourse course;
  private final CaseCourse.Report report;

  DeliverReportDelegate(CaseCourse course, CaseCourse.Report report) {
    this.course = course;
    this.report = report;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    report.variables().forEach(name -> variables.put(name, execution.getVariable(name)));
    String number;
    try {
      number =
          course.deliver(
              report,
              (String) execution.getVariable(CaseVariables.REPORTED_CASE_NUMBER),
              variables);
    } catch (ApiException e) {
      throw new InvalidCaseDataException(e.getMessage());
    }
    execution.setProcessBusinessKey(number);
  }
}
