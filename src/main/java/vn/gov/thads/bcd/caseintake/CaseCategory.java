package vn.gov.thads.bcd.caseintake;

import java.util.Arrays;
import java.util.Optional;

/**
 * Case categories used for statistics and for choosing the agencies to consult. Codes appear in
 * forms and DMN.
 */
public enum CaseCategory {
  BANK_CREDIT("tin-dung-ngan-hang", "Án tín dụng, ngân hàng"),
  PROPERTY_DISPUTE("tranh-chap-tai-san", "Tranh chấp tài sản, đất đai"),
  ADMINISTRATIVE("hanh-chinh", "Án hành chính"),
  CRIMINAL_CIVIL_PART("hinh-su-phan-dan-su", "Phần dân sự trong bản án hình sự"),
  OTHER_CIVIL("dan-su-khac", "Án dân sự khác");

  private final String code;
  private final String label;

  CaseCategory(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<CaseCategory> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
