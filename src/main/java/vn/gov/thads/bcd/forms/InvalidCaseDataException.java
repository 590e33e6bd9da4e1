package vn.gov.thads.bcd.forms;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Data submitted for a case is refused; the message, in Vietnamese, says what to correct. Extending
 * the engine's form validation exception makes engine-rest answer 400 rather than 500, and rolls
 * the whole submission back, so nothing changes.
 */
public class InvalidCaseDataException extends FormFieldValidationException {

  public InvalidCaseDataException(String message) {
    super("bcd", message);
  }
}
