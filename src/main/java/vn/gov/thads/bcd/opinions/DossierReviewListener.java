package vn.gov.thads.bcd.opinions;

import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.ChoiceListener;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * The secretariat finds the dossier complete and sends it for opinions, or returns it with what is
 * missing.
 */
@Component("dossierReviewListener")
public class DossierReviewListener extends ChoiceListener {

  public DossierReviewListener() {
    super(
        CaseVariables.DOSSIER_COMPLETE,
        Choices.of(
            "complete",
            "Hồ sơ đầy đủ, gửi lấy ý kiến thành viên",
            "incomplete",
            "Hồ sơ chưa đầy đủ, trả lại"),
        "incomplete",
        CaseVariables.RETURN_REASON,
        "Khi trả lại hồ sơ phải ghi rõ nội dung cần bổ sung.");
  }
}
