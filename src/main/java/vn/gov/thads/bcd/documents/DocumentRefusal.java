package vn.gov.thads.bcd.documents;

/**
 * Why a request about documents is refused, with its HTTP status and a message in Vietnamese for
 * the person who sent it. Nothing is stored when it is thrown.
 */
public class DocumentRefusal extends RuntimeException {

  private final int status;
  private final String type;

  public DocumentRefusal(int status, String type, String message) {
    super(message);
    this.status = status;
    this.type = type;
  }

  static DocumentRefusal badRequest(String message) {
    return new DocumentRefusal(400, "InvalidDocument", message);
  }

  static DocumentRefusal notFound(String message) {
    return new DocumentRefusal(404, "NotFound", message);
  }

  static DocumentRefusal forbidden(String message) {
    return new DocumentRefusal(403, "AuthorizationException", message);
  }

  static DocumentRefusal conflict(String message) {
    return new DocumentRefusal(409, "Conflict", message);
  }

  static DocumentRefusal tooLarge(String message) {
    return new DocumentRefusal(413, "RequestTooLarge", message);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }
}
