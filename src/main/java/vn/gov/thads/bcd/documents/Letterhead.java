package vn.gov.thads.bcd.documents;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.Organisation;

/**
 * The head of every paper the committee issues (Decree 30/2020: governing body, issuing body,
 * place), from {@code bcd.documents.notice.*}; the place defaults to the province's name.
 */
@Component
public class Letterhead {

  private final String parentBody;
  private final String issuingBody;
  private final String place;

  public Letterhead(
      Organisation organisation,
      @Value("${bcd.documents.notice.parent-body:}") String parentBody,
      @Value("${bcd.documents.notice.issuing-body:BAN CHỈ ĐẠO THI HÀNH ÁN DÂN SỰ}")
          String issuingBody,
      @Value("${bcd.documents.notice.place:}") String place) {
    this.parentBody = parentBody == null ? "" : parentBody;
    this.issuingBody = issuingBody;
    this.place = place == null || place.isBlank() ? organisation.province() : place.strip();
  }

  public String issuingBody() {
    return issuingBody;
  }

  /**
   * Fills the template's {@code co_quan_chu_quan}, {@code co_quan_ban_hanh} and {@code dia_danh}.
   */
  public void fill(Map<String, Object> values) {
    values.put("co_quan_chu_quan", parentBody);
    values.put("co_quan_ban_hanh", issuingBody);
    values.put("dia_danh", place);
  }
}
