package vn.gov.thads.bcd.reports;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseCategory;
import vn.gov.thads.bcd.organisation.RoleGroup;
import vn.gov.thads.bcd.statistics.ReportingPeriod;
import vn.gov.thads.bcd.statistics.Scope;

/**
 * What a request for the report may ask and who may ask it, the same for both doors ({@code /api}
 * and the Cockpit page): refusals are {@link ReportRefusal}s that each door answers in its way.
 */
@Component
public class ReportRequests {

  private static final List<String> READERS =
      List.of(
          RoleGroup.SECRETARIAT.id(),
          RoleGroup.CHAIR.id(),
          RoleGroup.STANDING_DEPUTY.id(),
          RoleGroup.SUPERVISORS.id());

  private final CommitteeReport reports;

  public ReportRequests(CommitteeReport reports) {
    this.reports = reports;
  }

  /** The cases behind one number, as both doors answer them. */
  public record CaseList(
      String metric,
      String label,
      String agency,
      String category,
      String period,
      String scope,
      int count,
      List<String> cases) {}

  /** The secretariat, the chair, the standing deputy and supervisors read the report. */
  public void checkReader(Authentication user) {
    if (user == null || user.getUserId() == null) {
      throw new ReportRefusal(401, "Unauthorized", "Bạn cần đăng nhập.");
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (groups.stream().noneMatch(READERS::contains)) {
      throw ReportRefusal.forbidden(
          "Tài khoản '"
              + user.getUserId()
              + "' không có quyền xem báo cáo của Ban Chỉ đạo: chỉ Tổ Thư ký, Trưởng ban và Phó"
              + " Trưởng ban thường trực.");
    }
  }

  /** The period asked for; both are required, and it must have begun. */
  public ReportingPeriod period(Integer year, String period) {
    if (year == null || period == null || period.isBlank()) {
      throw ReportRefusal.invalid(
          "Cần chọn năm báo cáo ('year', ví dụ 2026) và kỳ báo cáo ('period': Y, H1, H2, Q1…Q4,"
              + " M01…M12).");
    }
    return reports.period(year, period);
  }

  /** As {@link #period(Integer, String)}, the year as typed in a query string. */
  public ReportingPeriod period(String year, String period) {
    if (year == null || year.isBlank()) {
      return period((Integer) null, period);
    }
    try {
      return period(Integer.valueOf(year.trim()), period);
    } catch (NumberFormatException e) {
      throw ReportRefusal.invalid("Giá trị '" + year + "' của 'year' phải là một số nguyên.");
    }
  }

  public Scope scope(String office) {
    return reports.scope(office);
  }

  public CaseList cases(
      ReportingPeriod period, Scope scope, String metric, String agency, String category) {
    Metric m =
        Metric.byKey(metric == null ? "" : metric.trim())
            .orElseThrow(
                () ->
                    ReportRefusal.invalid(
                        "Số liệu '"
                            + metric
                            + "' không có trong báo cáo (ví dụ: submitted, opinionsLate,"
                            + " directivesOverdue; xem docs/report.md)."));
    String agencyId = agency == null || agency.isBlank() ? null : agency.trim();
    String categoryCode = category == null || category.isBlank() ? null : category.trim();
    if (categoryCode != null && CaseCategory.fromCode(categoryCode).isEmpty()) {
      throw ReportRefusal.invalid("Loại vụ việc '" + categoryCode + "' không hợp lệ.");
    }
    List<String> numbers = reports.cases(period, scope, m, agencyId, categoryCode);
    return new CaseList(
        m.key(),
        m.label(),
        agencyId,
        categoryCode,
        period.fullLabel(),
        scope.key(),
        numbers.size(),
        numbers);
  }

  public ReportExports.Format format(String format) {
    return ReportExports.Format.named(format)
        .orElseThrow(
            () ->
                ReportRefusal.invalid(
                    "Định dạng tệp '"
                        + (format == null ? "" : format)
                        + "' không hợp lệ: chỉ nhận 'xlsx' (bảng tính) hoặc 'docx' (văn bản)."));
  }
}
