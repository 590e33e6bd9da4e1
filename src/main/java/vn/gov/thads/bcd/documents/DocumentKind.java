package vn.gov.thads.bcd.documents;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a document of a case is, with the name the committee uses for it. */
public enum DocumentKind {
  JUDGMENT("Bản án"),
  ENFORCEMENT_DECISION("Quyết định thi hành án"),
  VERIFICATION_RECORD("Biên bản xác minh"),
  OFFICE_REPORT("Báo cáo của cơ quan THADS"),
  OPINION_LETTER("Văn bản ý kiến"),
  MEETING_MINUTES("Biên bản họp"),
  CONCLUSION_NOTICE("Thông báo kết luận"),
  MEETING_INVITATION("Giấy mời họp"),
  CASE_SUMMARY("Tóm tắt vụ việc"),
  COERCION_PLAN("Kế hoạch cưỡng chế"),
  COERCION_RECORD("Biên bản cưỡng chế"),
  COURT_DECISION("Quyết định của Tòa án"),
  OTHER("Khác");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind of a code as sent by a form or another system, or a refusal naming the codes. */
  static DocumentKind of(String code) {
    if (code == null || code.isBlank()) {
      throw DocumentRefusal.badRequest("Cần chọn loại tài liệu. Các loại: " + choices() + ".");
    }
    try {
      return valueOf(code.trim());
    } catch (IllegalArgumentException e) {
      throw DocumentRefusal.badRequest(
          "Loại tài liệu '" + code + "' không hợp lệ. Các loại: " + choices() + ".");
    }
  }

  static String choices() {
    return Arrays.stream(values())
        .map(k -> k.name() + " (" + k.label + ")")
        .collect(Collectors.joining(", "));
  }
}
