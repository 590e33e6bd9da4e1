package vn.gov.thads.bcd.cockpit;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a {@link SupervisionRefusal} with its status and {@code {"type": <reason phrase>,
 * "message": …}}, the body the plugin's views read. Registered with the plugin's resources ({@link
 * SupervisionPlugin}): more specific than the Cockpit API's catch-all mapper, which would answer
 * 500.
 */
@Provider
public class SupervisionRefusalMapper implements ExceptionMapper<SupervisionRefusal> {

  /** The body of a refusal. */
  public record Refusal(String type, String message) {}

  @Override
  public Response toResponse(SupervisionRefusal refusal) {
    return Response.status(refusal.status())
        .type(MediaType.APPLICATION_JSON)
        .entity(new Refusal(refusal.status().getReasonPhrase(), refusal.getMessage()))
        .build();
  }
}
