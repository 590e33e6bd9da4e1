package vn.gov.thads.bcd.restapi;

/**
 * A refusal of the application's own API ({@code /api}) with its HTTP status and a Vietnamese
 * message.
 */
public class ApiException extends RuntimeException {

  private final int status;
  private final String type;

  public ApiException(int status, String type, String message) {
    super(message);
    this.status = status;
    this.type = type;
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "NotFound", message);
  }

  public static ApiException conflict(String message) {
    return new ApiException(409, "Conflict", message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, "AuthorizationException", message);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "InvalidCaseDataException", message);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }
}
