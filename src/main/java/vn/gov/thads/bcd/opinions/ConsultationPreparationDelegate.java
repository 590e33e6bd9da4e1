package vn.gov.thads.bcd.opinions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.CaseStatus;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.forms.JsonList;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.AgencyRole;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * After the DMN decision has proposed agencies: keeps those the organisation knows, offers the
 * secretariat every agency that can be consulted, and marks the case as being consulted.
 */
@Component("consultationPreparationDelegate")
public class ConsultationPreparationDelegate implements JavaDelegate {

  /** Agencies whose written opinion the committee may ask for. */
  static final Set<AgencyRole> CONSULTABLE =
      Set.of(AgencyRole.MEMBER, AgencyRole.INVITED, AgencyRole.COMMUNE);

  private final Organisation organisation;
  private final CaseRepository cases;

  public ConsultationPreparationDelegate(Organisation organisation, CaseRepository cases) {
    this.organisation = organisation;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> proposed =
        JsonList.strings(execution.getVariable(CaseVariables.PROPOSED_AGENCIES));
    Set<String> known = new LinkedHashSet<>();
    for (String id : proposed == null ? List.<String>of() : proposed) {
      if (consultable(organisation, id)) {
        known.add(id);
      }
    }
    execution.setVariable(CaseVariables.CONSULTED_AGENCIES, JsonList.of(List.copyOf(known)));
    execution.setVariable(
        CaseVariables.AGENCY_OPTIONS,
        JsonList.of(
            Organisation.options(
                organisation.agencies().stream()
                    .filter(a -> CONSULTABLE.contains(a.role()))
                    .toList())));
    cases.updateStatus(FormReader.caseId(execution), CaseStatus.OPINIONS);
  }

  static boolean consultable(Organisation organisation, String agencyId) {
    return organisation
        .agency(agencyId)
        .map(Agency::role)
        .filter(CONSULTABLE::contains)
        .isPresent();
  }
}
