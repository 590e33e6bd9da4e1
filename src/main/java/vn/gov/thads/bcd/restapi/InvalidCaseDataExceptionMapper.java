package vn.gov.thads.bcd.restapi;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.security.TaskWorkGuard;

/**
 * engine-rest wraps an exception thrown by a task listener in two layers of English and answers
 * 500. When the root of the failure is a refusal of the submitted data, the caller gets 400 and the
 * Vietnamese message alone, whichever endpoint was used (submit-form, complete, start). Everything
 * else is left to Camunda's own handler.
 */
@Provider
@Priority(1)
public class InvalidCaseDataExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof InvalidCaseDataException refused) {
        return Response.status(Response.Status.BAD_REQUEST)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(
                Map.of(
                    "type", "InvalidCaseDataException", "message", refused.getMessage(), "code", 0))
            .build();
      }
      if (t instanceof TaskWorkGuard.NotYourTaskException refused) {
        return Response.status(Response.Status.FORBIDDEN)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(
                Map.of(
                    "type", "AuthorizationException", "message", refused.getMessage(), "code", 0))
            .build();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return camundaHandler.toResponse(exception);
  }
}
