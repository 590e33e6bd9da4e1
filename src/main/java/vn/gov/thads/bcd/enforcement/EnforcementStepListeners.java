package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.enforcement.BlackoutRule.DATE;
import static vn.gov.thads.bcd.enforcement.EnforcementVariables.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server-side checks of the enforcement tasks, by the bean names the models use (task listeners on
 * "complete"). Each refuses bad data with a Vietnamese message, so nothing changes, then records the step.
 * The enforcement plan, with the blackout rule, has its own class: {@link EnforcementPlanListener}.
 */
@Configuration(proxyBeanMethods = false)
public class EnforcementStepListeners {

  // The choices of the enforcement forms: value -> Vietnamese label (quoted in refusals), as on the forms.
  static final Map<String, String> POLICE_POSITIONS =
      ordered(AGREE, "Thống nhất cưỡng chế", DISAGREE, "Không thống nhất");
  static final Map<String, String> CHAIR_DECISIONS =
      ordered(PROCEED, "Tiếp tục tổ chức cưỡng chế", STOP, "Không tổ chức cưỡng chế");
  static final Map<String, String> ENFORCEMENT_RESULTS =
      ordered(RESULT_COMPLETED, "Đã thi hành xong", RESULT_SEIZED, "Đã kê biên tài sản, tiếp tục xử lý tài sản");
  static final Map<String, String> COURT_FOLLOW_UP_RESULTS =
      ordered(FOLLOW_UP_PENDING, "Tòa án chưa giải quyết xong", FOLLOW_UP_RULED, "Tòa án đã giải quyết");
  static final Map<String, String> COURT_RULINGS = ordered(
      RULING_RELEASED, "Tài sản tiếp tục được xử lý để thi hành án",
      RULING_EXCLUDED, "Tài sản không thuộc diện cưỡng chế thi hành án");
  static final Map<String, String> AUCTION_RESULTS =
      ordered(AUCTION_SOLD, "Bán được tài sản", AUCTION_UNSOLD, "Không bán được (đấu giá lại)");

  private final EnforcementRepository records;
  private final StepRecorder steps;
  private final Clock clock;

  public EnforcementStepListeners(EnforcementRepository records, StepRecorder steps, Clock clock) {
    this.records = records;
    this.steps = steps;
    this.clock = clock;
  }

  @Bean
  TaskListener policeInfoSentListener() {
    return task -> {
      FormValues f = new FormValues(task);
      String docNo = f.documentNo(POLICE_INFO_DOC_NO, "số văn bản gửi Công an", true);
      LocalDate date = notInFuture(f, POLICE_INFO_DATE, "ngày gửi văn bản");
      String content = f.text(POLICE_INFO_CONTENT, "nội dung thông tin gửi Công an", 4000, true);
      f.check();
      steps.record(task, docNo, date, null, content);
    };
  }

  @Bean
  TaskListener policeReplyListener() {
    return task -> {
      FormValues f = new FormValues(task);
      String position = f.choice(POLICE_POSITION, "ý kiến của Công an", POLICE_POSITIONS);
      String docNo = f.documentNo(POLICE_REPLY_DOC_NO, "số văn bản trả lời", false);
      String reason = f.text(POLICE_REPLY_REASON, "lý do không thống nhất", 4000, DISAGREE.equals(position));
      f.check();
      records.police(task.getProcessInstanceId(), position, reason);
      steps.record(task, docNo, FormValues.today(clock), null, position + (reason == null ? "" : ": " + reason));
    };
  }

  @Bean
  TaskListener chairDecisionListener() {
    return task -> {
      FormValues f = new FormValues(task);
      String decision = f.choice(CHAIR_DECISION, "quyết định của Trưởng ban", CHAIR_DECISIONS);
      String reason = f.text(CHAIR_REASON, "ý kiến chỉ đạo, lý do", 4000, true);
      f.check();
      records.chair(task.getProcessInstanceId(), decision, reason);
      steps.record(task, null, FormValues.today(clock), null, decision + ": " + reason);
    };
  }

  @Bean
  TaskListener commentMeetingListener() {
    return task -> {
      FormValues f = new FormValues(task);
      LocalDate meeting = f.date(MEETING_DATE, "ngày họp góp ý kế hoạch", true);
      String participants = f.text(MEETING_PARTICIPANTS, "thành phần tham dự", 2000, true);
      String notes = f.text(MEETING_NOTES, "ý kiến tại cuộc họp", 4000, false);
      LocalDate enforcement = f.date(ENFORCEMENT_DATE, "ngày cưỡng chế", true);
      if (meeting != null && enforcement != null
          && meeting.isAfter(enforcement.minusDays(EnforcementPlanListener.MEETING_LEAD_DAYS))) {
        f.problem("Cuộc họp góp ý ngày " + DATE.format(meeting) + " phải được tổ chức ít nhất "
            + EnforcementPlanListener.MEETING_LEAD_DAYS + " ngày trước ngày cưỡng chế (" + DATE.format(enforcement)
            + "), tức là chậm nhất ngày "
            + DATE.format(enforcement.minusDays(EnforcementPlanListener.MEETING_LEAD_DAYS)) + ".");
      }
      f.check();
      steps.record(task, null, meeting, null, participants + (notes == null ? "" : "\n" + notes));
    };
  }

  @Bean
  TaskListener protectionPlanListener() {
    return task -> {
      FormValues f = new FormValues(task);
      String docNo = f.documentNo(PROTECTION_PLAN_NO, "số kế hoạch bảo vệ cưỡng chế", true);
      LocalDate date = notInFuture(f, PROTECTION_PLAN_DATE, "ngày ban hành kế hoạch bảo vệ");
      Integer force = f.positiveInt(PROTECTION_FORCE, "số cán bộ, chiến sĩ tham gia bảo vệ");
      f.check();
      steps.record(task, docNo, date, null, "Lực lượng bảo vệ: " + force);
    };
  }

  @Bean
  TaskListener briefingListener() {
    return task -> {
      FormValues f = new FormValues(task);
      LocalDate briefing = f.date(BRIEFING_DATE, "ngày họp triển khai", true);
      String notes = f.text(BRIEFING_NOTES, "nội dung triển khai", 4000, false);
      LocalDate enforcement = f.date(ENFORCEMENT_DATE, "ngày cưỡng chế", true);
      if (briefing != null && enforcement != null && !briefing.isBefore(enforcement)) {
        f.problem("Ngày họp triển khai " + DATE.format(briefing) + " phải trước ngày cưỡng chế ("
            + DATE.format(enforcement) + ").");
      }
      f.check();
      steps.record(task, null, briefing, null, notes);
    };
  }

  @Bean
  TaskListener enforcementRecordListener() {
    return task -> {
      FormValues f = new FormValues(task);
      String recordNo = f.documentNo(RECORD_NO, "số biên bản cưỡng chế", true);
      LocalDate recordDate = notInFuture(f, RECORD_DATE, "ngày lập biên bản");
      String result = f.choice(ENFORCEMENT_RESULT, "kết quả cưỡng chế", ENFORCEMENT_RESULTS);
      String notes = f.text(RECORD_NOTES, "diễn biến, kết quả", 4000, false);
      LocalDate planned = f.date(ENFORCEMENT_DATE, "ngày cưỡng chế", true);
      if (recordDate != null && planned != null && recordDate.isBefore(planned)) {
        f.problem("Ngày lập biên bản " + DATE.format(recordDate) + " không được trước ngày cưỡng chế theo kế hoạch ("
            + DATE.format(planned) + ").");
      }
      f.check();
      records.executionRecord(task.getProcessInstanceId(), recordNo, recordDate, result);
      steps.record(task, recordNo, recordDate, null, result + (notes == null ? "" : ": " + notes));
    };
  }

  @Bean
  TaskListener disputeNoticeListener() {
    return task -> {
      FormValues f = new FormValues(task);
      String docNo = f.documentNo(DISPUTE_NOTICE_NO, "số thông báo", true);
      LocalDate date = notInFuture(f, DISPUTE_NOTICE_DATE, "ngày thông báo");
      String parties = f.text(DISPUTE_PARTIES, "người được thông báo (các bên tranh chấp)", 2000, true);
      f.check();
      steps.record(task, docNo, date, null, parties);
    };
  }

  @Bean
  TaskListener courtFollowUpListener() {
    return task -> {
      FormValues f = new FormValues(task);
      Object result = task.getVariable(COURT_FOLLOW_UP_RESULT);
      if (result == null) {
        // Clients that send only the follow-up's date and notes report a pending suit, as before.
        task.setVariable(COURT_FOLLOW_UP_RESULT, FOLLOW_UP_PENDING);
      } else {
        f.choice(COURT_FOLLOW_UP_RESULT, "tình hình vụ kiện", COURT_FOLLOW_UP_RESULTS);
      }
      if (FOLLOW_UP_RULED.equals(result)) {
        // The ruling itself is checked and recorded where the wait for the court ends (courtRulingListener), the
        // same for the officer's form as for the court's message.
        f.check();
      } else {
        LocalDate date = notInFuture(f, COURT_FOLLOW_UP_DATE, "ngày làm việc với Tòa án");
        String notes = f.text(COURT_FOLLOW_UP_NOTES, "tình hình giải quyết vụ án", 4000, true);
        f.check();
        steps.record(task, null, date, null, notes);
      }
      // The next follow-up starts with an empty form.
      task.removeVariable(COURT_FOLLOW_UP_DATE);
      task.removeVariable(COURT_FOLLOW_UP_NOTES);
    };
  }

  /**
   * The court accepted a suit over the disputed property, recorded by an officer on Task_AwaitSuit or reported by
   * the court's system ({@code POST /api/cases/{caseNumber}/suit-filed}, Message_SuitFiled): checks the acceptance
   * and records it as the step "SuitFiled". A refusal rolls the report back.
   */
  @Bean
  ExecutionListener suitFiledListener() {
    return execution -> {
      FormValues f = new FormValues(execution);
      String acceptanceNo = f.documentNo(SUIT_ACCEPTANCE_NO, "số thông báo thụ lý vụ án", true);
      LocalDate date = notInFuture(f, SUIT_ACCEPTANCE_DATE, "ngày thụ lý vụ án");
      String court = f.text(SUIT_COURT, "tên Tòa án thụ lý", 300, true);
      String note = f.text(SUIT_NOTE, "ghi chú", 3000, false);
      f.check();
      records.step(StepRecorder.caseId(execution), execution.getProcessInstanceId(), "SuitFiled", acceptanceNo, date,
          null, court + (note == null ? "" : ". " + note), vn.gov.thads.bcd.process.CurrentUser.idOr(null));
    };
  }

  /**
   * The court has ruled on the disputed property, reported by the court's or an officer's system
   * ({@code POST /api/cases/{caseNumber}/court-ruling}, Message_CourtRuled) or on the court follow-up form: checks
   * the ruling and records it as the step "CourtRuling" (number, date, court, outcome, note). A refusal rolls the
   * report back, so the case keeps waiting for the court.
   */
  @Bean
  ExecutionListener courtRulingListener() {
    return execution -> {
      FormValues f = new FormValues(execution);
      String ruling = f.choice(COURT_RULING, "kết quả giải quyết của Tòa án", COURT_RULINGS);
      String rulingNo = f.documentNo(COURT_RULING_NO, "số bản án, quyết định của Tòa án", true);
      LocalDate date = notInFuture(f, COURT_RULING_DATE, "ngày bản án, quyết định của Tòa án");
      String court = f.text(COURT_NAME, "tên Tòa án giải quyết", 300, true);
      String note = f.text(COURT_RULING_NOTE, "ghi chú", 3000, false);
      f.check();
      records.step(StepRecorder.caseId(execution), execution.getProcessInstanceId(), "CourtRuling", rulingNo, date,
          null, court + ": " + (RULING_RELEASED.equals(ruling) ? "tài sản tiếp tục được xử lý để thi hành án"
              : "tài sản không thuộc diện cưỡng chế thi hành án") + (note == null ? "" : ". " + note),
          vn.gov.thads.bcd.process.CurrentUser.idOr(null));
    };
  }

  @Bean
  TaskListener appraisalContractListener() {
    return task -> {
      FormValues f = new FormValues(task);
      String docNo = f.documentNo(APPRAISAL_CONTRACT_NO, "số hợp đồng thẩm định giá", true);
      LocalDate date = notInFuture(f, APPRAISAL_CONTRACT_DATE, "ngày ký hợp đồng thẩm định giá");
      String appraiser = f.text(APPRAISER, "tổ chức thẩm định giá", 300, true);
      f.check();
      steps.record(task, docNo, date, null, appraiser);
    };
  }

  @Bean
  TaskListener valuationListener() {
    return task -> {
      FormValues f = new FormValues(task);
      LocalDate date = notInFuture(f, VALUATION_DATE, "ngày có chứng thư thẩm định giá");
      BigDecimal value = f.amount(VALUATION_VND, "giá trị tài sản theo chứng thư (VNĐ)", true);
      f.check();
      steps.record(task, null, date, value, null);
    };
  }

  @Bean
  TaskListener auctionContractListener() {
    return task -> {
      FormValues f = new FormValues(task);
      String docNo = f.documentNo(AUCTION_CONTRACT_NO, "số hợp đồng dịch vụ đấu giá", true);
      LocalDate date = notInFuture(f, AUCTION_CONTRACT_DATE, "ngày ký hợp đồng đấu giá");
      String auctioneer = f.text(AUCTIONEER, "tổ chức đấu giá tài sản", 300, true);
      f.check();
      steps.record(task, docNo, date, null, auctioneer);
    };
  }

  @Bean
  TaskListener auctionListener() {
    return task -> {
      FormValues f = new FormValues(task);
      LocalDate date = notInFuture(f, AUCTION_DATE, "ngày tổ chức đấu giá");
      String result = f.choice(AUCTION_RESULT, "kết quả đấu giá", AUCTION_RESULTS);
      BigDecimal price = f.amount(SALE_PRICE_VND, "giá bán (VNĐ)", AUCTION_SOLD.equals(result));
      f.check();
      steps.record(task, null, date, AUCTION_SOLD.equals(result) ? price : null, result);
    };
  }

  private LocalDate notInFuture(FormValues f, String name, String label) {
    LocalDate date = f.date(name, label, true);
    if (date != null && date.isAfter(FormValues.today(clock))) {
      f.problem(Character.toUpperCase(label.charAt(0)) + label.substring(1) + " " + DATE.format(date)
          + " không được sau ngày hôm nay.");
    }
    return date;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
