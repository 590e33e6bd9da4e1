package vn.gov.thads.bcd.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.thads.bcd.restapi.RequestSizeLimitFilter;

/**
 * Uploads of documents have their own size limit ({@code bcd.documents.max-size}, 20 MB by default)
 * instead of the API's general one: an upload whose declared length is past the limit (with room
 * for the form's other fields) is refused here with 413 and a Vietnamese message, before
 * authentication and before anything is read; one of unknown length (chunked) is refused with 411,
 * as every browser and HTTP client states the length of a form upload. The exact size of the file
 * is counted again while it is received ({@link CaseDocuments}).
 */
public class DocumentUploadLimitFilter extends OncePerRequestFilter {

  /** Room for the multipart framing and the form's other fields. */
  static final long FORM_SLACK = 64 * 1024;

  private final Pattern uploadPath;
  private final long maxFile;
  private final ObjectMapper json;

  /**
   * {@code apiPath}: the application's API ({@code /api}); {@code webappPath}: the webapps' root
   * ({@code /camunda}), under which Tasklist uploads through the Cockpit plugin's API.
   */
  public DocumentUploadLimitFilter(
      String apiPath, String webappPath, long maxFile, ObjectMapper json) {
    this.uploadPath =
        Pattern.compile(
            Pattern.quote(apiPath)
                + "/cases/[^/]+/documents/?|"
                + Pattern.quote(webappPath)
                + "/api/cockpit/plugin/bcd-supervision/[^/]+/case/documents/?");
    this.maxFile = maxFile;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !uploadPath.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared < 0) {
      refuse(
          response,
          HttpServletResponse.SC_LENGTH_REQUIRED,
          "LengthRequired",
          "Yêu cầu tải lên phải cho biết độ dài (Content-Length). Không có gì được lưu.");
      return;
    }
    if (declared > maxFile + FORM_SLACK) {
      refuse(
          response,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "RequestTooLarge",
          "Tệp tải lên quá lớn: mỗi tài liệu tối đa "
              + FileNames.readableSize(maxFile)
              + ". Không có gì được lưu; hãy nén hoặc chia nhỏ tài liệu rồi tải lên lại.");
      return;
    }
    request.setAttribute(RequestSizeLimitFilter.CHECKED_ELSEWHERE, Boolean.TRUE);
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletResponse response, int status, String type, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // The client may still be sending; closing the connection spares reading the rest.
    response.setHeader("Connection", "close");
    json.writeValue(response.getOutputStream(), Map.of("type", type, "message", message));
  }
}
