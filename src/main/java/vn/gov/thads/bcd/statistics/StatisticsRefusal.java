package vn.gov.thads.bcd.statistics;

import java.util.List;

/**
 * Why a request about the statistics is refused: its HTTP status and every problem found, each in
 * Vietnamese naming the line (and the row of a file). Nothing is stored when it is thrown.
 */
public class StatisticsRefusal extends RuntimeException {

  private final int status;
  private final String type;
  private final List<String> errors;

  StatisticsRefusal(int status, String type, List<String> errors) {
    super(String.join(" ", errors));
    this.status = status;
    this.type = type;
    this.errors = List.copyOf(errors);
  }

  static StatisticsRefusal invalid(List<String> errors) {
    return new StatisticsRefusal(400, "InvalidStatistics", errors);
  }

  static StatisticsRefusal invalid(String error) {
    return invalid(List.of(error));
  }

  static StatisticsRefusal notFound(String error) {
    return new StatisticsRefusal(404, "NotFound", List.of(error));
  }

  static StatisticsRefusal forbidden(String error) {
    return new StatisticsRefusal(403, "AuthorizationException", List.of(error));
  }

  static StatisticsRefusal conflict(String error) {
    return new StatisticsRefusal(409, "Conflict", List.of(error));
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public List<String> errors() {
    return errors;
  }
}
