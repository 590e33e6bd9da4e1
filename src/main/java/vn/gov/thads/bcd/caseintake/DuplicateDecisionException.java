package vn.gov.thads.bcd.caseintake;

import vn.gov.thads.bcd.forms.InvalidCaseDataException;

/**
 * A second open case for the same enforcement decision is refused. A refusal of the submitted data
 * like any other (engine-rest and Tasklist answer 400), which the case intake endpoint answers with
 * 409.
 */
public class DuplicateDecisionException extends InvalidCaseDataException {

  private final String existingCaseNumber;

  public DuplicateDecisionException(String decisionNo, String existingCaseNumber) {
    super(
        "Quyết định thi hành án số "
            + decisionNo
            + " đã có vụ việc "
            + existingCaseNumber
            + " đang được Ban Chỉ đạo theo dõi. Mỗi quyết định thi hành án chỉ lập một vụ việc; đề nghị bổ sung vào vụ việc "
            + existingCaseNumber
            + " hoặc kiểm tra lại số quyết định.");
    this.existingCaseNumber = existingCaseNumber;
  }

  public String existingCaseNumber() {
    return existingCaseNumber;
  }
}
