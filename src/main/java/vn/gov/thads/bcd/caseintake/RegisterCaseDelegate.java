package vn.gov.thads.bcd.caseintake;

import java.util.ArrayList;
import java.util.List;
import vn.gov.thads.bcd.process.InvalidCaseDataException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.AgencyRole;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.security.CaseAccess;

/**
 * First step of a case: checks the dossier, records which THADS agency submits it (the starter's agency)
 * and lets that agency read the case. Runs in the starter's transaction, so a refusal starts nothing.
 */
@Component("registerCaseDelegate")
public class RegisterCaseDelegate implements JavaDelegate {

  private final Organisation organisation;
  private final CaseAccess caseAccess;

  public RegisterCaseDelegate(Organisation organisation, CaseAccess caseAccess) {
    this.organisation = organisation;
    this.caseAccess = caseAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String initiator = (String) execution.getVariable(CaseVariables.INITIATOR);
    Agency agency = initiator == null ? null : organisation.agencyOf(initiator).orElse(null);
    if (agency == null) {
      throw new InvalidCaseDataException("Không xác định được đơn vị đề nghị: người khởi tạo '" + initiator
          + "' không có trong danh sách tổ chức.");
    }
    if (agency.role() != AgencyRole.THADS_REGIONAL && agency.role() != AgencyRole.STANDING_DEPUTY) {
      throw new InvalidCaseDataException("Chỉ cơ quan Thi hành án dân sự được lập hồ sơ xin ý kiến BCĐ; '"
          + agency.name() + "' không phải cơ quan THADS.");
    }
    List<String> missing = new ArrayList<>();
    requireText(execution, CaseVariables.ENFORCEMENT_DECISION_NO, "Số quyết định thi hành án", missing);
    requireText(execution, CaseVariables.DEBTOR_NAME, "Người phải thi hành án", missing);
    requireText(execution, CaseVariables.OBSTACLE, "Vướng mắc", missing);
    if (!missing.isEmpty()) {
      throw new InvalidCaseDataException("Hồ sơ chưa đủ thông tin bắt buộc: " + String.join(", ", missing) + ".");
    }
    Object amount = execution.getVariable(CaseVariables.AMOUNT_VND);
    if (amount != null && !(amount instanceof Number n && n.doubleValue() >= 0)) {
      throw new InvalidCaseDataException("Số tiền phải thi hành (VNĐ) phải là số không âm.");
    }
    execution.setVariable(CaseVariables.SUBMITTING_AGENCY, agency.id());
    caseAccess.grantRead(execution.getProcessInstanceId(), agency.id());
  }

  private static void requireText(DelegateExecution execution, String name, String label, List<String> missing) {
    Object value = execution.getVariable(name);
    if (!(value instanceof String s) || s.isBlank()) {
      missing.add(label);
    }
  }
}
