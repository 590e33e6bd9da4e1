package vn.gov.thads.bcd.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.gov.thads.bcd.restapi.BcdApi;

/**
 * The documents of a case over {@code /api} (HTTP Basic, as the rest of the application's API):
 *
 * <ul>
 *   <li>{@code GET /api/cases/{caseNumber}/documents?limit=50&offset=0}: a page of the list (a JSON
 *       array, as before paging; a case's list rarely passes one page), with the whole list's count
 *       in {@code X-Total-Count} and, while there are more, the next page in {@code Link: <…>;
 *       rel="next"};
 *   <li>{@code POST /api/cases/{caseNumber}/documents}, multipart/form-data with {@code file},
 *       {@code kind}, {@code number}, {@code date} (yyyy-MM-dd) and optionally {@code replaces}
 *       (the id of the document this is a new version of): adds one (201);
 *   <li>{@code GET /api/cases/{caseNumber}/documents/{id}}: the file, as an attachment;
 *   <li>{@code DELETE /api/cases/{caseNumber}/documents/{id}?reason=…}: removes it from the list.
 * </ul>
 *
 * Rights and refusals: {@link CaseDocuments}. Oversized uploads are refused before they are read by
 * {@link DocumentUploadLimitFilter}.
 */
@RestController
@BcdApi
@RequestMapping("${bcd.api.path:/api}/cases/{caseNumber}/documents")
public class CaseDocumentsController {

  private final CaseDocuments documents;
  private final IdentityService identityService;

  public CaseDocumentsController(CaseDocuments documents, IdentityService identityService) {
    this.documents = documents;
    this.identityService = identityService;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<List<CaseDocuments.DocumentView>> list(
      @PathVariable String caseNumber,
      @RequestParam(name = "limit", required = false) String limit,
      @RequestParam(name = "offset", required = false) String offset) {
    CaseDocuments.DocumentPage page = documents.list(user(), caseNumber, limit, offset);
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.ok().header("X-Total-Count", String.valueOf(page.total()));
    int next = page.offset() + page.documents().size();
    if (!page.documents().isEmpty() && next < page.total()) {
      String url =
          ServletUriComponentsBuilder.fromCurrentRequest()
              .replaceQueryParam("limit", page.limit())
              .replaceQueryParam("offset", next)
              .build()
              .toUriString();
      answer.header("Link", "<" + url + ">; rel=\"next\"");
    }
    return answer.body(page.documents());
  }

  @PostMapping(
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CaseDocuments.DocumentView> upload(
      @PathVariable String caseNumber,
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "number", required = false) String number,
      @RequestParam(name = "date", required = false) String date,
      @RequestParam(name = "replaces", required = false) String replaces,
      @RequestParam(name = "taskId", required = false) String taskId)
      throws IOException {
    try (InputStream content = file.getInputStream()) {
      CaseDocuments.DocumentView added =
          documents.upload(
              user(),
              caseNumber,
              new CaseDocuments.Upload(
                  kind, number, date, replaces, file.getOriginalFilename(), taskId),
              content);
      return ResponseEntity.status(HttpStatus.CREATED).body(added);
    }
  }

  @GetMapping("/{id}")
  public void download(
      @PathVariable String caseNumber, @PathVariable long id, HttpServletResponse response)
      throws IOException {
    CaseDocuments.Download download = documents.download(user(), caseNumber, id);
    send(download, response);
  }

  @DeleteMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public CaseDocuments.DocumentView remove(
      @PathVariable String caseNumber,
      @PathVariable long id,
      @RequestParam(name = "reason", required = false) String reason) {
    return documents.remove(user(), caseNumber, id, reason);
  }

  /**
   * Sends a document's file so that nothing uploaded can run in the browser: always an attachment,
   * with the type found from its content and no sniffing of another.
   */
  public static void send(CaseDocuments.Download download, HttpServletResponse response)
      throws IOException {
    CaseDocuments.DocumentView d = download.document();
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(d.mediaType());
    response.setContentLengthLong(d.size());
    response.setHeader("Content-Disposition", FileNames.attachment(d.fileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Document-SHA256", d.sha256());
    try (InputStream in = download.content();
        OutputStream out = response.getOutputStream()) {
      in.transferTo(out);
    }
  }

  private Authentication user() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new DocumentRefusal(401, "Unauthorized", "Bạn cần đăng nhập.");
    }
    return authentication;
  }

  @ExceptionHandler(DocumentRefusal.class)
  ResponseEntity<Map<String, Object>> refused(DocumentRefusal e) {
    return body(HttpStatus.valueOf(e.status()), e.type(), e.getMessage());
  }

  @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
  ResponseEntity<Map<String, Object>> noFile(Exception e) {
    return body(
        HttpStatus.BAD_REQUEST,
        "InvalidDocument",
        "Cần gửi tệp tài liệu trong trường 'file' của yêu cầu multipart/form-data.");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
    return body(
        HttpStatus.BAD_REQUEST,
        "InvalidDocument",
        "Cần gửi tệp tài liệu trong trường '" + e.getParameterName() + "'.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> badId(MethodArgumentTypeMismatchException e) {
    return body(
        HttpStatus.NOT_FOUND, "NotFound", "Không tìm thấy tài liệu '" + e.getValue() + "'.");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
    return body(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "InvalidDocument",
        "Tài liệu phải được gửi dưới dạng multipart/form-data (trường file, kind, number, date).");
  }

  private static ResponseEntity<Map<String, Object>> body(
      HttpStatus status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
