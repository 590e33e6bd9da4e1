package vn.gov.thads.bcd.cockpit;

import jakarta.ws.rs.core.Response;

/**
 * A filter or paging parameter of a supervision view that cannot be used (400); the message is
 * shown to the user.
 */
public class BadFilterException extends SupervisionRefusal {

  public BadFilterException(String message) {
    super(Response.Status.BAD_REQUEST, message);
  }
}
