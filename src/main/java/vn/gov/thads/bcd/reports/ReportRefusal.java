package vn.gov.thads.bcd.reports;

/**
 * Why a request for the committee's report is refused: the HTTP status and a Vietnamese message.
 */
public class ReportRefusal extends RuntimeException {

  private final int status;
  private final String type;

  ReportRefusal(int status, String type, String message) {
    super(message);
    this.status = status;
    this.type = type;
  }

  static ReportRefusal invalid(String message) {
    return new ReportRefusal(400, "InvalidReport", message);
  }

  static ReportRefusal forbidden(String message) {
    return new ReportRefusal(403, "AuthorizationException", message);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }
}
