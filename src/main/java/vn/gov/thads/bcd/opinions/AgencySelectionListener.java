package vn.gov.thads.bcd.opinions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.process.InvalidCaseDataException;
import vn.gov.thads.bcd.process.JsonLists;
import vn.gov.thads.bcd.security.CaseAccess;

/**
 * Checks the agencies the secretariat chose to consult: at least one, each a known consultable agency. The consulted
 * agencies take part in the case from then on and may read it (as the submitting agency and the agencies given a
 * directive do).
 */
@Component("agencySelectionListener")
public class AgencySelectionListener implements TaskListener {

  static final int MAX_AGENCIES = 20;

  private final Organisation organisation;
  private final CaseRepository cases;
  private final CaseAccess caseAccess;

  public AgencySelectionListener(Organisation organisation, CaseRepository cases, CaseAccess caseAccess) {
    this.organisation = organisation;
    this.cases = cases;
    this.caseAccess = caseAccess;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> chosen = JsonLists.strings(task.getVariable(CaseVariables.CONSULTED_AGENCIES));
    if (chosen == null || chosen.isEmpty()) {
      throw new InvalidCaseDataException("Phải chọn ít nhất một cơ quan để lấy ý kiến.");
    }
    List<String> unknown = new ArrayList<>();
    for (String id : chosen) {
      if (!ConsultationPreparationDelegate.consultable(organisation, id)) {
        unknown.add("'" + id + "'");
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidCaseDataException("Cơ quan không có trong danh sách thành viên được lấy ý kiến: "
          + String.join(", ", unknown) + ".");
    }
    List<String> distinct = List.copyOf(new LinkedHashSet<>(chosen));
    if (distinct.size() > MAX_AGENCIES) {
      throw new InvalidCaseDataException("Chỉ lấy ý kiến tối đa " + MAX_AGENCIES + " cơ quan cho một vụ việc.");
    }
    task.setVariable(CaseVariables.CONSULTED_AGENCIES, JsonLists.json(distinct));
    Object caseId = task.getVariable(CaseVariables.CASE_ID);
    if (caseId instanceof Number id) {
      cases.findById(id.longValue()).map(CaseRepository.CaseRow::processInstanceId)
          .ifPresent(caseInstance -> distinct.forEach(agency -> caseAccess.grantRead(caseInstance, agency)));
    }
  }
}
