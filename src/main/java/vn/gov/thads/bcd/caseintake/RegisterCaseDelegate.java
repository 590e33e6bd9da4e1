package vn.gov.thads.bcd.caseintake;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.AgencyRole;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CaseAccess;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * First step of a case: checks the dossier (and that no open case has its enforcement decision),
 * records it in {@code bcd_case}, and lets the submitting THADS agency (the starter's) read the
 * case. The case's number (also the process's business key) is given just before the start's
 * transaction commits ({@link CaseNumbering}). Runs in the starter's transaction, so a refusal
 * starts nothing and takes no number.
 */
@Component("registerCaseDelegate")
public class RegisterCaseDelegate implements JavaDelegate {

  private final Organisation organisation;
  private final CaseAccess caseAccess;
  private final CaseRepository cases;
  private final CaseNumbering numbering;
  private final Clock clock;

  public RegisterCaseDelegate(
      Organisation organisation,
      CaseAccess caseAccess,
      CaseRepository cases,
      CaseNumbering numbering,
      Clock clock) {
    this.organisation = organisation;
    this.caseAccess = caseAccess;
    this.cases = cases;
    this.numbering = numbering;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String initiator = (String) execution.getVariable(CaseVariables.INITIATOR);
    Agency agency =
        submittingAgency(initiator, execution.getVariable(CaseVariables.REQUESTED_AGENCY));
    Dossier dossier =
        Dossier.from(
            FormReader.of(execution),
            VietnamTime.today(clock),
            id -> organisation.agency(id).isPresent());
    cases.checkDecisionFree(dossier, null);
    // The number (business key, caseNumber variable) comes just before the commit:
    // CaseNumbering.
    long caseId = numbering.register(execution, agency.id(), initiator, dossier);
    execution.setVariable(CaseVariables.CASE_ID, caseId);
    execution.setVariable(CaseVariables.SUBMITTING_AGENCY, agency.id());
    execution.setVariable(CaseVariables.ROUND_NUMBER, 1);
    caseAccess.grantRead(execution.getProcessInstanceId(), agency.id());
    // The case table is the record from now on; the main process keeps only what its gateways need.
    execution.removeVariables(DossierField.variables());
    execution.removeVariable(CaseVariables.REQUESTED_AGENCY);
  }

  /**
   * The THADS agency the case is for: the starter's own, or the one requested, which THADS tỉnh
   * (the standing deputy's agency, which directs the regional offices) may name for any regional
   * office, and anybody else only for their own agency.
   */
  private Agency submittingAgency(String initiator, Object requested) {
    Agency own = initiator == null ? null : organisation.agencyOf(initiator).orElse(null);
    if (own == null) {
      throw new InvalidCaseDataException(
          "Không xác định được đơn vị đề nghị: người khởi tạo '"
              + initiator
              + "' không có trong danh sách tổ chức.");
    }
    Agency agency = own;
    if (requested != null && !requested.toString().isBlank()) {
      agency =
          organisation
              .agency(requested.toString().strip())
              .orElseThrow(
                  () ->
                      new InvalidCaseDataException(
                          "Đơn vị đề nghị '" + requested + "' không có trong danh sách tổ chức."));
      if (!agency.id().equals(own.id()) && own.role() != AgencyRole.STANDING_DEPUTY) {
        throw new InvalidCaseDataException(
            "Người khởi tạo '"
                + initiator
                + "' thuộc "
                + own.name()
                + ", không được lập hồ sơ thay cho "
                + agency.name()
                + ".");
      }
    }
    if (agency.role() != AgencyRole.THADS_REGIONAL && agency.role() != AgencyRole.STANDING_DEPUTY) {
      throw new InvalidCaseDataException(
          "Chỉ cơ quan Thi hành án dân sự được lập hồ sơ xin ý kiến BCĐ; '"
              + agency.name()
              + "' không phải cơ quan THADS.");
    }
    return agency;
  }
}
