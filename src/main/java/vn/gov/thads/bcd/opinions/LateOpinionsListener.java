package vn.gov.thads.bcd.opinions;

import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.ChoiceListener;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.variables.CaseVariables;

/** Once the opinions are due with some missing, the secretariat proceeds without them or waits. */
@Component("lateOpinionsListener")
public class LateOpinionsListener extends ChoiceListener {

  public LateOpinionsListener() {
    super(
        CaseVariables.LATE_OPINIONS_DECISION,
        Choices.of(
            CaseVariables.DECISION_PROCEED,
            "Tiếp tục, ghi nhận cơ quan chưa có ý kiến",
            CaseVariables.DECISION_WAIT,
            "Chờ thêm"),
        null,
        null,
        null);
  }
}
