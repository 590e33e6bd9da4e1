package vn.gov.thads.bcd.directives;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.conclusions.ConclusionRepository;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.process.FormValues;
import vn.gov.thads.bcd.security.CaseAccess;

/**
 * Opens the execution of one directive: gives the process what its tasks and timers need, and lets the lead
 * and supporting agencies read the case they now take part in.
 */
@Component("loadDirectiveDelegate")
public class LoadDirectiveDelegate implements JavaDelegate {

  private final ConclusionRepository repository;
  private final CaseRepository cases;
  private final Organisation organisation;
  private final CaseAccess caseAccess;

  public LoadDirectiveDelegate(ConclusionRepository repository, CaseRepository cases, Organisation organisation,
      CaseAccess caseAccess) {
    this.repository = repository;
    this.cases = cases;
    this.organisation = organisation;
    this.caseAccess = caseAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConclusionRepository.DirectiveRow d = repository.directive(Directives.id(execution));
    execution.setVariable(CaseVariables.LEAD_AGENCY, d.leadAgency());
    execution.setVariable(CaseVariables.DIRECTIVE_TASK, d.task());
    execution.setVariable(CaseVariables.DIRECTIVE_DEADLINE, FormValues.endOfDay(d.deadline()));
    execution.setVariable(CaseVariables.DIRECTIVE_DEADLINE_TEXT, FormValues.display(d.deadline()));
    execution.setVariable(CaseVariables.SUPPORTING_AGENCY_NAMES, d.supportingAgencies().isBlank() ? "Không có"
        : Arrays.stream(d.supportingAgencies().split(","))
            .map(id -> organisation.agency(id).map(Agency::name).orElse(id))
            .collect(Collectors.joining("; ")));
    cases.findById(d.caseId()).map(CaseRepository.CaseRow::processInstanceId).ifPresent(caseInstance -> {
      caseAccess.grantRead(caseInstance, d.leadAgency());
      if (!d.supportingAgencies().isBlank()) {
        Arrays.stream(d.supportingAgencies().split(",")).forEach(a -> caseAccess.grantRead(caseInstance, a));
      }
    });
  }
}
