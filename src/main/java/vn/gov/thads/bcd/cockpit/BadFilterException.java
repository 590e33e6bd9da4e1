package vn.gov.thads.bcd.cockpit;

/** A filter or paging parameter of a supervision view that cannot be used; the message is shown to the user. */
public class BadFilterException extends RuntimeException {

  public BadFilterException(String message) {
    super(message);
  }
}
