package vn.gov.thads.bcd.restapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.gov.thads.bcd.caseintake.DuplicateDecisionException;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;

/**
 * Errors of the application's own API ({@code /api}) in the shape engine-rest uses ({@code {"type",
 * "message"}}), the message in Vietnamese. A second case for the same enforcement decision is a
 * conflict (409) here, where the caller is a system that may retry.
 */
@RestControllerAdvice(annotations = BcdApi.class)
public class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, Object>> refused(ApiException e) {
    return body(HttpStatus.valueOf(e.status()), e.type(), e.getMessage(), null);
  }

  @ExceptionHandler(DuplicateDecisionException.class)
  ResponseEntity<Map<String, Object>> duplicate(DuplicateDecisionException e) {
    return body(
        HttpStatus.CONFLICT,
        "DuplicateEnforcementDecision",
        e.getMessage(),
        e.existingCaseNumber());
  }

  @ExceptionHandler(InvalidCaseDataException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidCaseDataException e) {
    return body(HttpStatus.BAD_REQUEST, "InvalidCaseDataException", e.getMessage(), null);
  }

  /**
   * A refusal thrown inside the engine (a listener's check) may reach here wrapped: answer it as
   * itself.
   */
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<Map<String, Object>> wrapped(ProcessEngineException e)
      throws ProcessEngineException {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof DuplicateDecisionException d) {
        return duplicate(d);
      }
      if (t instanceof InvalidCaseDataException i) {
        return invalid(i);
      }
    }
    throw e;
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    log.info("Từ chối yêu cầu API: {}", e.getMessage());
    return body(
        HttpStatus.FORBIDDEN,
        "AuthorizationException",
        "Tài khoản '" + e.getUserId() + "' không có quyền thực hiện yêu cầu này.",
        null);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return body(
        HttpStatus.BAD_REQUEST,
        "InvalidCaseDataException",
        "Nội dung yêu cầu không phải là một đối tượng JSON hợp lệ (UTF-8).",
        null);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
    return body(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "InvalidCaseDataException",
        "Nội dung yêu cầu phải là JSON (Content-Type: application/json).",
        null);
  }

  private static ResponseEntity<Map<String, Object>> body(
      HttpStatus status, String type, String message, String existingCaseNumber) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (existingCaseNumber != null) {
      body.put("existingCaseNumber", existingCaseNumber);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
