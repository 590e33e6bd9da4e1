package vn.gov.thads.bcd.cockpit;

import jakarta.ws.rs.core.Response;

/**
 * A request of the supervision views that is refused: the HTTP status and the message in Vietnamese
 * the views show as is. Thrown anywhere below {@link SupervisionResource}; {@link
 * SupervisionRefusalMapper} writes the answer.
 */
public class SupervisionRefusal extends RuntimeException {

  private final Response.Status status;

  public SupervisionRefusal(Response.Status status, String message) {
    super(message);
    this.status = status;
  }

  public Response.Status status() {
    return status;
  }
}
