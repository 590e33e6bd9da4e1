package vn.gov.thads.bcd.opinions;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.forms.JsonList;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.security.CaseAccess;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Checks the agencies the secretariat chose to consult: at least one, each a known consultable
 * agency. The consulted agencies take part in the case from then on and may read it (as the
 * submitting agency and the agencies given a directive do).
 */
@Component("agencySelectionListener")
public class AgencySelectionListener implements TaskListener {

  static final int MAX_AGENCIES = 20;

  private final Organisation organisation;
  private final CaseRepository cases;
  private final CaseAccess caseAccess;

  public AgencySelectionListener(
      Organisation organisation, CaseRepository cases, CaseAccess caseAccess) {
    this.organisation = organisation;
    this.cases = cases;
    this.caseAccess = caseAccess;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    List<String> chosen =
        f.agencies(
            CaseVariables.CONSULTED_AGENCIES,
            "cơ quan để lấy ý kiến",
            id -> ConsultationPreparationDelegate.consultable(organisation, id),
            true,
            "Cơ quan không có trong danh sách thành viên được lấy ý kiến");
    if (chosen != null && chosen.size() > MAX_AGENCIES) {
      f.problem("Chỉ lấy ý kiến tối đa " + MAX_AGENCIES + " cơ quan cho một vụ việc.");
    }
    f.check();
    task.setVariable(CaseVariables.CONSULTED_AGENCIES, JsonList.of(chosen));
    cases
        .findById(f.caseId())
        .map(CaseRepository.CaseRow::processInstanceId)
        .ifPresent(
            caseInstance -> chosen.forEach(agency -> caseAccess.grantRead(caseInstance, agency)));
  }
}
