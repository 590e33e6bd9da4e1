package vn.gov.thads.bcd.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies for engine-rest, in its {"name": {"value": …, "type": …}} shape. */
public final class CaseRequests {

  private CaseRequests() {}

  /**
   * A complete, valid dossier with a decision number of its own ({@link
   * CaseScenario#uniqueDecisionNo()}).
   */
  public static Map<String, Object> dossier() {
    return dossier(CaseScenario.uniqueDecisionNo());
  }

  /**
   * A complete, valid dossier; the decision number makes it recognisable and must not be an open
   * case's.
   */
  public static Map<String, Object> dossier(String decisionNo) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("enforcementDecisionNo", string(decisionNo));
    v.put("enforcementDecisionDate", string("2026-03-02"));
    v.put("judgmentNo", string("45/2024/DS-PT"));
    v.put("debtorName", string("Công ty TNHH Thủy sản Rạch Giá"));
    v.put("creditorName", string("Ngân hàng TMCP Phát triển Kiên Giang"));
    v.put("amountVnd", Map.of("value", 12_500_000_000L, "type", "Long"));
    v.put("caseCategory", string("tin-dung-ngan-hang"));
    v.put(
        "obstacle",
        string("Tài sản thế chấp là quyền sử dụng đất đang có tranh chấp với người thứ ba."));
    v.put("proposal", string("Đề nghị Sở Nông nghiệp và Môi trường cung cấp hồ sơ địa chính."));
    return v;
  }

  /** The same dossier as plain JSON, as other systems send it to {@code POST /api/cases}. */
  public static Map<String, Object> plainDossier(String decisionNo) {
    Map<String, Object> v = new LinkedHashMap<>();
    dossier(decisionNo).forEach((name, typed) -> v.put(name, ((Map<?, ?>) typed).get("value")));
    v.put("propertyDisputed", false);
    v.put("securityRisk", false);
    return v;
  }

  public static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  public static Map<String, Object> variables(Map<String, Object> variables) {
    return Map.of("variables", variables);
  }
}
