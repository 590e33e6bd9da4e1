package vn.gov.thads.bcd.conclusions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseCategory;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.CaseStatus;
import vn.gov.thads.bcd.directives.DirectiveRepository;
import vn.gov.thads.bcd.directives.DirectiveStatus;
import vn.gov.thads.bcd.forms.Choices;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CurrentUser;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Checks the chair's conclusion notice and its directives, then records them with who concluded.
 * The form has up to {@link #MAX_DIRECTIVES} directive rows (form-js 1.8 has no dynamic lists); the
 * chair says how many are filled and only those are read. Every problem of every row is reported at
 * once. The standing deputy concludes only on the chair's written authorisation, whose reference is
 * kept; the one who approved sending the request is reminded that without it he may not also
 * conclude on it (separation of duties).
 */
@Component("conclusionIssuedListener")
public class ConclusionIssuedListener implements TaskListener {

  public static final int MAX_DIRECTIVES = 8;

  private final Organisation organisation;
  private final ConclusionRepository repository;
  private final DirectiveRepository directiveRecords;
  private final CaseRepository cases;
  private final InformationRequests informationRequests;
  private final Clock clock;

  public ConclusionIssuedListener(
      Organisation organisation,
      ConclusionRepository repository,
      DirectiveRepository directiveRecords,
      CaseRepository cases,
      InformationRequests informationRequests,
      Clock clock) {
    this.informationRequests = informationRequests;
    this.organisation = organisation;
    this.repository = repository;
    this.directiveRecords = directiveRecords;
    this.cases = cases;
    this.clock = clock;
  }

  /** The chair's choices on the task, value → label. */
  public static final Map<String, String> ACTIONS =
      Choices.of(
          CaseVariables.ACTION_CONCLUDE,
          "Ban hành Thông báo kết luận",
          CaseVariables.ACTION_REQUEST_INFO,
          "Yêu cầu cơ quan thi hành án bổ sung thông tin");

  /** What a later round's conclusion does with the unfinished directives of earlier ones. */
  public static final Map<String, String> PRIOR_CHOICES =
      Choices.of(
          CaseVariables.PRIOR_KEEP,
          "Tiếp tục thực hiện, cùng với các nhiệm vụ mới",
          CaseVariables.PRIOR_REPLACE,
          "Thay thế bằng các nhiệm vụ của kết luận này");

  @Override
  public void notify(DelegateTask task) {
    LocalDate today = VietnamTime.today(clock);
    FormReader f = FormReader.of(task);
    // Left out (clients from before the choice existed) means concluding.
    String action =
        f.isBlank(CaseVariables.CONCLUSION_ACTION)
            ? CaseVariables.ACTION_CONCLUDE
            : f.choice(
                CaseVariables.CONCLUSION_ACTION, "kết luận hay yêu cầu bổ sung thông tin", ACTIONS);
    if (CaseVariables.ACTION_REQUEST_INFO.equals(action)) {
      requestInformation(task, f, today);
      return;
    }
    String number = f.documentNo(CaseVariables.CONCLUSION_NO, "Số thông báo kết luận");
    LocalDate date = f.date(CaseVariables.CONCLUSION_DATE, "Ngày thông báo");
    long meetingId = ((Number) task.getVariable(CaseVariables.MEETING_ID)).longValue();
    // Not before the meeting; on written consultation, not before the chair approved it.
    ConclusionRepository.ConclusionBasis basis = repository.conclusionBasis(meetingId);
    LocalDate notBefore = basis.date() == null ? today : basis.date();
    if (date != null && (date.isAfter(today) || date.isBefore(notBefore))) {
      f.problem(
          (basis.written()
                  ? "Ngày thông báo phải từ ngày Trưởng ban đồng ý cho ý kiến bằng văn bản ("
                  : "Ngày thông báo phải từ ngày họp (")
              + VietnamTime.format(notBefore)
              + ") đến hôm nay.");
    }
    String summary = f.text(CaseVariables.CONCLUSION_SUMMARY, "Nội dung kết luận", 4000);
    boolean coercion =
        f.flag(CaseVariables.COERCION_ORDERED, "Chỉ đạo tổ chức cưỡng chế thi hành án");
    // A later round decides on the earlier conclusions' unfinished directives: carried on or
    // replaced.
    List<Long> prior = directiveRecords.unfinishedOfCase(f.caseId(), null);
    String priorChoice =
        prior.isEmpty()
            ? null
            : f.choice(
                CaseVariables.PRIOR_DIRECTIVES,
                "các nhiệm vụ chưa hoàn thành của kết luận trước",
                PRIOR_CHOICES);
    Integer count =
        f.wholeNumber(CaseVariables.DIRECTIVE_COUNT, "Số nhiệm vụ được giao", 1, MAX_DIRECTIVES);
    List<DirectiveRepository.NewDirective> directives = new ArrayList<>();
    for (int i = 1; count != null && i <= count; i++) {
      directives.add(directive(f.section("Nhiệm vụ " + i + ": "), i, today));
    }
    administrativeJudgmentRules(f, coercion, directives);
    String user = CurrentUser.idOr(null);
    Signatory.Decision signed =
        Signatory.of(
            f,
            () ->
                user.equals(requestApprovedBy(task))
                    ? "Phó Trưởng ban thường trực đã phê duyệt gửi hồ sơ này xin ý kiến Ban Chỉ đạo nên"
                        + " không được đồng thời kết luận, trừ khi được Trưởng ban ủy quyền bằng văn"
                        + " bản: hãy ghi số văn bản ủy quyền."
                    : "Phó Trưởng ban thường trực chỉ kết luận khi được Trưởng ban ủy quyền bằng văn"
                        + " bản: hãy ghi số văn bản ủy quyền.",
            "Chỉ Trưởng ban, hoặc Phó Trưởng ban thường trực được Trưởng ban ủy quyền, được ban hành"
                + " Thông báo kết luận.");
    f.check("Thông báo kết luận chưa hợp lệ:");
    long caseId = f.caseId();
    long conclusionId =
        repository.insertConclusion(
            caseId,
            FormReader.roundNumber(task),
            number,
            date,
            summary,
            coercion,
            user,
            signed.signatory(),
            signed.authorisationRef());
    for (DirectiveRepository.NewDirective d : directives) {
      directiveRecords.insert(conclusionId, caseId, date, d);
    }
    if (CaseVariables.PRIOR_REPLACE.equals(priorChoice)) {
      directiveRecords.endUnfinished(prior, DirectiveStatus.REPLACED);
    }
    cases.updateStatus(caseId, CaseStatus.EXECUTION);
    task.setVariable(CaseVariables.CONCLUSION_ID, conclusionId);
    if (priorChoice != null) {
      task.setVariable(CaseVariables.PRIOR_DIRECTIVES, priorChoice);
    }
    task.setVariable(CaseVariables.COERCION_ORDERED, coercion);
    task.setVariable(CaseVariables.CONCLUSION_ACTION, CaseVariables.ACTION_CONCLUDE);
  }

  /**
   * An administrative judgment is executed by the obliged public body itself: no coercion may be
   * ordered, and the committee's directives go to the body's direct superior, so at least one of
   * them must be led by it (others, e.g. to the court or the THADS office, may be added).
   */
  private void administrativeJudgmentRules(
      FormReader f, boolean coercion, List<DirectiveRepository.NewDirective> directives) {
    Map<String, Object> dossier = cases.dossierVariables(f.caseId());
    if (!CaseCategory.ADMINISTRATIVE.code().equals(dossier.get(CaseVariables.CASE_CATEGORY))) {
      return;
    }
    if (coercion) {
      f.problem(
          "Vụ việc là án hành chính: cơ quan phải thi hành án tự thi hành, không tổ chức cưỡng chế;"
              + " hãy bỏ chọn chỉ đạo tổ chức cưỡng chế.");
    }
    Object superior = dossier.get(CaseVariables.OBLIGED_BODY_SUPERIOR);
    if (superior != null
        && !directives.isEmpty()
        && directives.stream().noneMatch(d -> superior.equals(d.leadAgency()))) {
      f.problem(
          "Vụ việc là án hành chính: nhiệm vụ được giao cho cơ quan cấp trên trực tiếp của cơ quan"
              + " phải thi hành án; phải có ít nhất một nhiệm vụ do "
              + organisation.agency(superior.toString()).map(a -> a.name()).orElse("" + superior)
              + " chủ trì.");
    }
  }

  /**
   * Instead of concluding: what the office is to add and by when (after today, within 3 months);
   * the request is kept and the office's task is due on that day.
   */
  private void requestInformation(DelegateTask task, FormReader f, LocalDate today) {
    String request = f.text(CaseVariables.INFO_REQUEST, "Nội dung yêu cầu bổ sung thông tin", 2000);
    LocalDate due = f.date(CaseVariables.INFO_DUE_DATE, "Thời hạn bổ sung thông tin");
    if (due != null && !due.isAfter(today)) {
      f.problem("Thời hạn bổ sung thông tin " + VietnamTime.format(due) + " phải sau hôm nay.");
    } else if (due != null && due.isAfter(today.plusMonths(3))) {
      f.problem("Thời hạn bổ sung thông tin không quá 3 tháng.");
    }
    f.check("Yêu cầu bổ sung thông tin chưa hợp lệ:");
    informationRequests.request(f.caseId(), request, due, CurrentUser.idOr(task.getAssignee()));
    task.setVariable(CaseVariables.CONCLUSION_ACTION, CaseVariables.ACTION_REQUEST_INFO);
    task.setVariable(CaseVariables.INFO_DUE_DATE, VietnamTime.endOfDay(due));
    // The answer of an earlier request has served: the office's task opens empty.
    task.removeVariable(CaseVariables.INFO_ANSWER);
    task.removeVariable(CaseVariables.INFO_DOCUMENT_NO);
  }

  /**
   * Who approved sending the case to the committee: whoever completed its last approval (the user
   * operation log, as a task completed without claiming it has no assignee).
   */
  private static String requestApprovedBy(DelegateTask task) {
    HistoryService history = task.getProcessEngineServices().getHistoryService();
    return history
        .createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(task.getExecution().getProcessBusinessKey())
        .taskDefinitionKey("Task_ApproveRequest")
        .finished()
        .orderByHistoricTaskInstanceEndTime()
        .desc()
        .list()
        .stream()
        .findFirst()
        .map(
            approval ->
                history
                    .createUserOperationLogQuery()
                    .taskId(approval.getId())
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                    .list()
                    .stream()
                    .map(UserOperationLogEntry::getUserId)
                    .findFirst()
                    .orElse(approval.getAssignee()))
        .orElse(null);
  }

  /** One directive row; its problems are reported under "Nhiệm vụ i:". */
  private DirectiveRepository.NewDirective directive(FormReader row, int i, LocalDate today) {
    String prefix = CaseVariables.DIRECTIVE_ROW + i;
    String lead =
        row.agency(prefix + "Lead", "đơn vị chủ trì", id -> organisation.agency(id).isPresent());
    List<String> support =
        row.agencies(
            prefix + "Support",
            "đơn vị phối hợp",
            id -> organisation.agency(id).isPresent(),
            false);
    if (support != null && lead != null && support.contains(lead)) {
      row.problem("Đơn vị chủ trì không đồng thời là đơn vị phối hợp.");
    }
    String text = row.text(prefix + "Task", "nội dung nhiệm vụ", 2000);
    LocalDate deadline = row.date(prefix + "Deadline", "hạn hoàn thành");
    if (deadline != null && !deadline.isAfter(today)) {
      row.problem("Hạn hoàn thành " + VietnamTime.format(deadline) + " phải sau hôm nay.");
    } else if (deadline != null && deadline.isAfter(today.plusYears(2))) {
      row.problem("Hạn hoàn thành không quá 2 năm.");
    }
    return new DirectiveRepository.NewDirective(i, lead, support, text, deadline);
  }
}
