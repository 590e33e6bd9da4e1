package vn.gov.thads.bcd.directives;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.forms.JsonList;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CaseAccess;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Opens the execution of one directive, and reloads it after an approved adjustment: gives the
 * process what its tasks and timers need (the current lead agency, content, deadline, and the
 * agencies a proposal may name), and lets the lead and supporting agencies read the case they now
 * take part in.
 */
@Component("loadDirectiveDelegate")
public class LoadDirectiveDelegate implements JavaDelegate {

  private final DirectiveRepository repository;
  private final CaseRepository cases;
  private final Organisation organisation;
  private final CaseAccess caseAccess;

  public LoadDirectiveDelegate(
      DirectiveRepository repository,
      CaseRepository cases,
      Organisation organisation,
      CaseAccess caseAccess) {
    this.repository = repository;
    this.cases = cases;
    this.organisation = organisation;
    this.caseAccess = caseAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DirectiveRepository.Directive d = repository.directive(Directives.id(execution));
    execution.setVariable(CaseVariables.LEAD_AGENCY, d.leadAgency());
    execution.setVariable(
        CaseVariables.LEAD_AGENCY_NAME,
        organisation.agency(d.leadAgency()).map(Agency::name).orElse(d.leadAgency()));
    execution.setVariable(CaseVariables.DIRECTIVE_TASK, d.task());
    execution.setVariable(CaseVariables.DIRECTIVE_DEADLINE, VietnamTime.endOfDay(d.deadline()));
    execution.setVariable(CaseVariables.DIRECTIVE_DEADLINE_TEXT, VietnamTime.format(d.deadline()));
    execution.setVariable(
        CaseVariables.SUPPORTING_AGENCY_NAMES,
        d.supportingAgencies().isEmpty()
            ? "Không có"
            : d.supportingAgencies().stream()
                .map(id -> organisation.agency(id).map(Agency::name).orElse(id))
                .collect(Collectors.joining("; ")));
    execution.setVariable(
        CaseVariables.ALL_AGENCY_OPTIONS, JsonList.of(organisation.agencyOptions()));
    cases
        .findById(d.caseId())
        .map(CaseRepository.CaseRow::processInstanceId)
        .ifPresent(
            caseInstance -> {
              caseAccess.grantRead(caseInstance, d.leadAgency());
              d.supportingAgencies().forEach(agency -> caseAccess.grantRead(caseInstance, agency));
            });
  }
}
