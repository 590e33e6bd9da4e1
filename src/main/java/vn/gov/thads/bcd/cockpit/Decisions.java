package vn.gov.thads.bcd.cockpit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.thads.bcd.conclusions.ConclusionIssuedListener;
import vn.gov.thads.bcd.directives.AdjustmentDecisionListener;
import vn.gov.thads.bcd.directives.AdjustmentKind;
import vn.gov.thads.bcd.directives.DirectiveReportListener;
import vn.gov.thads.bcd.directives.ExtensionDecisionListener;
import vn.gov.thads.bcd.directives.ResultVerdictListener;
import vn.gov.thads.bcd.followup.FollowUpOutcome;
import vn.gov.thads.bcd.opinions.OpinionGivenListener;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.variables.CaseVariables;
import vn.gov.thads.bcd.variables.EnforcementVariables;
import vn.gov.thads.bcd.variables.FollowUpVariables;

/**
 * Puts into words what a person decided when completing a step, from the decision variables they
 * set (e.g. "Phê duyệt", "Đồng ý gia hạn đến 11/07/2027"), for the operation log. Only the
 * variables that carry a decision are read; anything else a form sets is not shown here.
 */
final class Decisions {

  static final List<String> VARIABLES =
      List.of(
          CaseVariables.APPROVAL_DECISION,
          CaseVariables.DOSSIER_COMPLETE,
          CaseVariables.LATE_OPINIONS_DECISION,
          CaseVariables.OPINION_POSITION,
          CaseVariables.DIRECTIVE_ACTION,
          CaseVariables.PROPOSED_DEADLINE,
          CaseVariables.EXTENSION_DECISION,
          CaseVariables.ADJUSTMENT_KIND,
          CaseVariables.CONCLUSION_ACTION,
          CaseVariables.ADJUSTMENT_DECISION,
          CaseVariables.RESULT_VERDICT,
          EnforcementVariables.POLICE_POSITION,
          EnforcementVariables.CHAIR_DECISION,
          EnforcementVariables.ENFORCEMENT_RESULT,
          FollowUpVariables.REPORT_OUTCOME,
          FollowUpVariables.VERIFICATION_RESULT,
          // Not-enforceable decision and the 2025 Law's return of the request (issue 14).
          FollowUpVariables.NOT_ENFORCEABLE_DECISION_NO,
          FollowUpVariables.NOT_ENFORCEABLE_DECISION_DATE,
          FollowUpVariables.RETURN_NOTICE_NO);

  private Decisions() {}

  /** The decision in words, or null when the variables hold none. */
  static String describe(Map<String, String> vars) {
    List<String> parts = new ArrayList<>();
    String deadline = date(vars.get(CaseVariables.PROPOSED_DEADLINE));
    add(
        parts,
        vars.get(CaseVariables.APPROVAL_DECISION),
        Map.of(
            CaseVariables.DECISION_APPROVE, "Phê duyệt",
            CaseVariables.DECISION_RETURN, "Trả lại hồ sơ"));
    add(
        parts,
        vars.get(CaseVariables.DOSSIER_COMPLETE),
        Map.of("complete", "Hồ sơ đầy đủ", "incomplete", "Yêu cầu bổ sung hồ sơ"));
    add(
        parts,
        vars.get(CaseVariables.LATE_OPINIONS_DECISION),
        Map.of(
            CaseVariables.DECISION_PROCEED, "Tiếp tục, không chờ ý kiến còn thiếu",
            CaseVariables.DECISION_WAIT, "Chờ thêm ý kiến"));
    add(
        parts,
        vars.get(CaseVariables.OPINION_POSITION),
        Map.of(
            "agree", "Ý kiến: đồng ý",
            "disagree", "Ý kiến: không đồng ý",
            "other", OpinionGivenListener.POSITIONS.get("other")));
    String action = vars.get(CaseVariables.DIRECTIVE_ACTION);
    String extension = vars.get(CaseVariables.EXTENSION_DECISION);
    if (extension != null) {
      parts.add(
          ExtensionDecisionListener.APPROVE.equals(extension)
              ? ExtensionDecisionListener.DECISIONS.get(ExtensionDecisionListener.APPROVE)
                  + (deadline == null ? "" : " đến " + deadline)
              : "Không đồng ý gia hạn");
    } else if (CaseVariables.ACTION_EXTENSION.equals(action)) {
      parts.add(
          DirectiveReportListener.ACTIONS.get(action)
              + (deadline == null ? "" : " đến " + deadline));
    } else if (CaseVariables.ACTION_REPORT.equals(action)) {
      parts.add(DirectiveReportListener.ACTIONS.get(action));
    } else if (CaseVariables.ACTION_ADJUSTMENT.equals(action)) {
      String kind = AdjustmentKind.CHOICES.get(vars.get(CaseVariables.ADJUSTMENT_KIND));
      parts.add(DirectiveReportListener.ACTIONS.get(action) + (kind == null ? "" : ": " + kind));
    }
    add(parts, vars.get(CaseVariables.ADJUSTMENT_DECISION), AdjustmentDecisionListener.DECISIONS);
    if (CaseVariables.ACTION_REQUEST_INFO.equals(vars.get(CaseVariables.CONCLUSION_ACTION))) {
      parts.add(ConclusionIssuedListener.ACTIONS.get(CaseVariables.ACTION_REQUEST_INFO));
    }
    add(
        parts,
        vars.get(CaseVariables.RESULT_VERDICT),
        Map.of(
            "accept",
            ResultVerdictListener.VERDICTS.get("accept"),
            "return",
            "Trả lại, yêu cầu báo cáo lại"));
    add(
        parts,
        vars.get(EnforcementVariables.POLICE_POSITION),
        Map.of(
            EnforcementVariables.AGREE, "Công an đồng ý cưỡng chế",
            EnforcementVariables.DISAGREE, "Công an không đồng ý cưỡng chế"));
    add(parts, vars.get(EnforcementVariables.CHAIR_DECISION), CaseFile.CHAIR_DECISIONS);
    add(parts, vars.get(EnforcementVariables.ENFORCEMENT_RESULT), CaseFile.ENFORCEMENT_RESULTS);
    String report = vars.get(FollowUpVariables.REPORT_OUTCOME);
    if (report != null) {
      String decisionNo = vars.get(FollowUpVariables.NOT_ENFORCEABLE_DECISION_NO);
      String decisionDate = date(vars.get(FollowUpVariables.NOT_ENFORCEABLE_DECISION_DATE));
      parts.add(
          "Tình trạng: "
              + followUpLabel(report)
              + (FollowUpVariables.REPORT_NOT_ENFORCEABLE.equals(report) && decisionNo != null
                  ? " (quyết định số "
                      + decisionNo
                      + (decisionDate == null ? "" : " ngày " + decisionDate)
                      + ")"
                  : ""));
    }
    String returnNotice = vars.get(FollowUpVariables.RETURN_NOTICE_NO);
    if (returnNotice != null) {
      parts.add("Trả lại đơn yêu cầu thi hành án (văn bản số " + returnNotice + ")");
    }
    add(
        parts,
        vars.get(FollowUpVariables.VERIFICATION_RESULT),
        Map.of(
            FollowUpVariables.VERIFICATION_ABLE, "Người phải thi hành án có điều kiện thi hành",
            FollowUpVariables.VERIFICATION_UNABLE, "Người phải thi hành án chưa có điều kiện"));
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static void add(List<String> parts, String value, Map<String, String> labels) {
    if (value != null) {
      parts.add(labels.getOrDefault(value, value));
    }
  }

  private static String followUpLabel(String code) {
    return switch (code) {
      case FollowUpVariables.REPORT_IN_PROGRESS -> "đang thi hành";
      case FollowUpVariables.REPORT_COMPLETED -> FollowUpOutcome.COMPLETED.label();
      case FollowUpVariables.REPORT_TERMINATED -> FollowUpOutcome.TERMINATED.label();
      case FollowUpVariables.REPORT_NOT_ENFORCEABLE -> "chưa có điều kiện thi hành";
      default -> code;
    };
  }

  /** A form's date (yyyy-mm-dd, or already dd/mm/yyyy) as dd/mm/yyyy. */
  private static String date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      String v = value.trim();
      return VietnamTime.format(LocalDate.parse(v.substring(0, Math.min(10, v.length()))));
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      return value;
    }
  }
}
