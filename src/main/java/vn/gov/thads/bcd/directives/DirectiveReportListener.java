package vn.gov.thads.bcd.directives;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * The lead agency reports the result of its directive, asks the chair for more time (a later date
 * and a reason), or proposes to adjust the directive (its content, another lead agency, one more
 * supporting agency, or ending it, with the reason); each is recorded at once, and the chair
 * decides on time and adjustments. The task shows the secretariat's request when the previous
 * report was returned, and the chair's decision on an earlier proposal; both are then dropped.
 */
@Component("directiveReportListener")
public class DirectiveReportListener implements TaskListener {

  /** The form's choices, value → label; the operation log words a report with them too. */
  public static final Map<String, String> ACTIONS =
      Choices.of(
          CaseVariables.ACTION_REPORT,
          "Báo cáo kết quả thực hiện",
          CaseVariables.ACTION_EXTENSION,
          "Đề nghị gia hạn",
          CaseVariables.ACTION_ADJUSTMENT,
          "Đề nghị điều chỉnh nhiệm vụ");

  private final DirectiveRepository repository;
  private final Organisation organisation;

  public DirectiveReportListener(DirectiveRepository repository, Organisation organisation) {
    this.repository = repository;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    long id = Directives.id(task);
    String action =
        f.choice(
            CaseVariables.DIRECTIVE_ACTION,
            "báo cáo kết quả, đề nghị gia hạn hoặc đề nghị điều chỉnh",
            ACTIONS);
    boolean report = CaseVariables.ACTION_REPORT.equals(action);
    boolean extension = CaseVariables.ACTION_EXTENSION.equals(action);
    boolean adjustment = CaseVariables.ACTION_ADJUSTMENT.equals(action);
    Proposal proposal = adjustment ? proposal(f, repository.directive(id)) : null;
    String result =
        report ? f.text(CaseVariables.DIRECTIVE_RESULT, "Kết quả thực hiện", 4000) : null;
    LocalDate proposed = null;
    String reason = null;
    if (extension) {
      LocalDate current = repository.directive(id).deadline();
      proposed = f.date(CaseVariables.PROPOSED_DEADLINE, "Hạn đề nghị");
      if (proposed != null && !proposed.isAfter(current)) {
        f.problem("Hạn đề nghị phải sau hạn hiện tại " + VietnamTime.format(current) + ".");
      }
      reason = f.text(CaseVariables.EXTENSION_REASON, "Lý do đề nghị gia hạn", 2000);
    }
    f.check("Báo cáo nhiệm vụ chưa hợp lệ:");
    String user = CurrentUser.idOr(task.getAssignee());
    if (report) {
      repository.recordResult(id, result);
    } else if (extension) {
      repository.requestExtension(id, proposed, reason, user);
    } else {
      repository.proposeChange(
          id, proposal.kind(), proposal.oldValue(), proposal.newValue(), proposal.reason(), user);
      task.setVariable(CaseVariables.ADJUSTMENT_SUMMARY, proposal.summary());
    }
    // The secretariat's earlier request and verdict, and the chair's earlier decision on time, were
    // for the previous report: the next review and decision start with empty forms.
    for (String name :
        List.of(
            CaseVariables.VERIFY_NOTE,
            CaseVariables.RESULT_VERDICT,
            CaseVariables.EXTENSION_DECISION,
            CaseVariables.ADJUSTMENT_DECISION,
            CaseVariables.ADJUSTMENT_NOTE,
            CaseVariables.ADJUSTMENT_OUTCOME)) {
      task.removeVariable(name);
    }
  }

  /** A proposed adjustment: what changes from what to what, why, and the same in one sentence. */
  private record Proposal(
      AdjustmentKind kind, String oldValue, String newValue, String reason, String summary) {}

  /** Reads and checks the proposal against the directive as it stands; null with problems. */
  private Proposal proposal(FormReader f, DirectiveRepository.Directive d) {
    String kindValue =
        f.choice(
            CaseVariables.ADJUSTMENT_KIND, "nội dung đề nghị điều chỉnh", AdjustmentKind.CHOICES);
    String reason = f.text(CaseVariables.ADJUSTMENT_REASON, "Lý do đề nghị điều chỉnh", 2000);
    if (kindValue == null) {
      return null;
    }
    AdjustmentKind kind = AdjustmentKind.of(kindValue);
    String oldValue = null;
    String newValue = null;
    String summary;
    switch (kind) {
      case CONTENT -> {
        newValue = f.text(CaseVariables.PROPOSED_TASK, "Nội dung nhiệm vụ đề nghị", 2000);
        if (newValue != null && newValue.strip().equals(d.task().strip())) {
          f.problem("Nội dung nhiệm vụ đề nghị giống nội dung hiện tại.");
        }
        oldValue = d.task();
        summary = "Điều chỉnh nội dung nhiệm vụ thành: " + newValue;
      }
      case REASSIGN -> {
        newValue =
            f.agency(
                CaseVariables.PROPOSED_LEAD_AGENCY,
                "đơn vị chủ trì đề nghị",
                a -> organisation.agency(a).isPresent());
        if (d.leadAgency().equals(newValue)) {
          f.problem("Đơn vị chủ trì đề nghị đang là đơn vị chủ trì của nhiệm vụ.");
        }
        oldValue = d.leadAgency();
        summary = "Chuyển đơn vị chủ trì từ " + name(oldValue) + " sang " + name(newValue) + ".";
      }
      case ADD_SUPPORTING -> {
        newValue =
            f.agency(
                CaseVariables.PROPOSED_SUPPORTING_AGENCY,
                "đơn vị phối hợp bổ sung",
                a -> organisation.agency(a).isPresent());
        if (d.leadAgency().equals(newValue)) {
          f.problem("Đơn vị phối hợp bổ sung đang là đơn vị chủ trì của nhiệm vụ.");
        } else if (d.supportingAgencies().contains(newValue)) {
          f.problem("Đơn vị phối hợp bổ sung đã là đơn vị phối hợp của nhiệm vụ.");
        }
        oldValue = String.join(",", d.supportingAgencies());
        summary = "Bổ sung đơn vị phối hợp: " + name(newValue) + ".";
      }
      default -> summary = "Chấm dứt nhiệm vụ vì không còn cần thiết.";
    }
    return new Proposal(kind, oldValue, newValue, reason, summary + " Lý do: " + reason);
  }

  private String name(String agencyId) {
    return agencyId == null ? "" : organisation.agency(agencyId).map(Agency::name).orElse(agencyId);
  }
}
