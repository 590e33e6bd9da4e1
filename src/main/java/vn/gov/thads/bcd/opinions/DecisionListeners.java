package vn.gov.thads.bcd.opinions;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.process.ChoiceListener;

/** The checks of the decision tasks of the opinion request, by the bean names the models use. */
@Configuration(proxyBeanMethods = false)
public class DecisionListeners {

  @Bean
  ChoiceListener approvalDecisionListener() {
    return new ChoiceListener(CaseVariables.APPROVAL_DECISION,
        ordered(CaseVariables.DECISION_APPROVE, "Đồng ý gửi xin ý kiến Ban Chỉ đạo",
            CaseVariables.DECISION_RETURN, "Trả lại để hoàn thiện hồ sơ"),
        CaseVariables.DECISION_RETURN, CaseVariables.RETURN_REASON,
        "Khi trả lại hồ sơ phải ghi rõ lý do và nội dung cần hoàn thiện.");
  }

  @Bean
  ChoiceListener dossierReviewListener() {
    return new ChoiceListener(CaseVariables.DOSSIER_COMPLETE,
        ordered("complete", "Hồ sơ đầy đủ, gửi lấy ý kiến thành viên", "incomplete", "Hồ sơ chưa đầy đủ, trả lại"),
        "incomplete", CaseVariables.RETURN_REASON,
        "Khi trả lại hồ sơ phải ghi rõ nội dung cần bổ sung.");
  }

  @Bean
  ChoiceListener lateOpinionsListener() {
    return new ChoiceListener(CaseVariables.LATE_OPINIONS_DECISION,
        ordered(CaseVariables.DECISION_PROCEED, "Tiếp tục, ghi nhận cơ quan chưa có ý kiến",
            CaseVariables.DECISION_WAIT, "Chờ thêm"),
        null, null, null);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
