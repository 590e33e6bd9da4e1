package vn.gov.thads.bcd.conclusions;

import vn.gov.thads.bcd.process.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.CaseStatus;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.process.CaseVariables;
import vn.gov.thads.bcd.process.FormValues;
import vn.gov.thads.bcd.process.InvalidCaseDataException;
import vn.gov.thads.bcd.process.JsonLists;

/**
 * Checks the chair's conclusion notice and its directives, then records them. The form has up to
 * {@link #MAX_DIRECTIVES} directive rows (form-js 1.8 has no dynamic lists); the chair says how many are filled
 * and only those are read. Every problem of every row is reported at once.
 */
@Component("conclusionIssuedListener")
public class ConclusionIssuedListener implements TaskListener {

  public static final int MAX_DIRECTIVES = 8;
  static final Pattern DOCUMENT_NO = Pattern.compile("\\d{1,6}/\\S.{0,90}");

  private final Organisation organisation;
  private final ConclusionRepository repository;
  private final CaseRepository cases;
  private final Clock clock;

  public ConclusionIssuedListener(Organisation organisation, ConclusionRepository repository, CaseRepository cases,
      Clock clock) {
    this.organisation = organisation;
    this.repository = repository;
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate today = LocalDate.now(clock.withZone(FormValues.VIETNAM));
    List<String> problems = new ArrayList<>();
    String number = FormValues.text(task.getVariable(CaseVariables.CONCLUSION_NO), "Số thông báo kết luận", 100, problems);
    if (number != null && !DOCUMENT_NO.matcher(number).matches()) {
      problems.add("Số thông báo kết luận '" + number + "' không đúng dạng số/ký hiệu, ví dụ 215/TB-UBND.");
    }
    LocalDate date = FormValues.date(task.getVariable(CaseVariables.CONCLUSION_DATE), "Ngày thông báo", problems);
    long meetingId = ((Number) task.getVariable(CaseVariables.MEETING_ID)).longValue();
    LocalDate meetingDate = repository.meetingDate(meetingId);
    if (date != null && (date.isAfter(today) || date.isBefore(meetingDate))) {
      problems.add("Ngày thông báo phải từ ngày họp (" + FormValues.display(meetingDate) + ") đến hôm nay.");
    }
    String summary = FormValues.text(task.getVariable(CaseVariables.CONCLUSION_SUMMARY), "Nội dung kết luận", 4000,
        problems);
    Object coercionValue = task.getVariable(CaseVariables.COERCION_ORDERED);
    boolean coercion = Boolean.TRUE.equals(coercionValue) || "true".equals(coercionValue);
    Integer count = FormValues.integer(task.getVariable(CaseVariables.DIRECTIVE_COUNT), "Số nhiệm vụ được giao", 1,
        MAX_DIRECTIVES, problems);
    List<ConclusionRepository.NewDirective> directives = new ArrayList<>();
    for (int i = 1; count != null && i <= count; i++) {
      ConclusionRepository.NewDirective d = directive(task, i, today, problems);
      if (d != null) {
        directives.add(d);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseDataException("Thông báo kết luận chưa hợp lệ: " + String.join(" ", problems));
    }
    long caseId = ((Number) task.getVariable(CaseVariables.CASE_ID)).longValue();
    String user = CurrentUser.idOr(null);
    long conclusionId = repository.insertConclusion(caseId, number, date, summary, coercion, user);
    List<String> ids = new ArrayList<>();
    for (ConclusionRepository.NewDirective d : directives) {
      ids.add(String.valueOf(repository.insertDirective(conclusionId, caseId, d)));
    }
    cases.updateStatus(caseId, CaseStatus.EXECUTION);
    task.setVariable(CaseVariables.CONCLUSION_ID, conclusionId);
    task.setVariable(CaseVariables.COERCION_ORDERED, coercion);
    task.setVariable(CaseVariables.DIRECTIVE_IDS, JsonLists.json(ids));
  }

  private ConclusionRepository.NewDirective directive(DelegateTask task, int i, LocalDate today,
      List<String> problems) {
    String row = "Nhiệm vụ " + i + ": ";
    String prefix = CaseVariables.DIRECTIVE_ROW + i;
    List<String> rowProblems = new ArrayList<>();
    Object leadValue = task.getVariable(prefix + "Lead");
    String lead = leadValue instanceof String s && !s.isBlank() ? s : null;
    if (lead == null) {
      rowProblems.add("chưa chọn đơn vị chủ trì.");
    } else if (organisation.agency(lead).isEmpty()) {
      rowProblems.add("đơn vị chủ trì '" + lead + "' không có trong danh sách tổ chức.");
    }
    List<String> support = AgencyChoices.read(organisation, task.getVariable(prefix + "Support"), "đơn vị phối hợp",
        false, rowProblems);
    if (support != null && lead != null && support.contains(lead)) {
      rowProblems.add("đơn vị chủ trì không đồng thời là đơn vị phối hợp.");
    }
    String text = FormValues.text(task.getVariable(prefix + "Task"), "nội dung nhiệm vụ", 2000, rowProblems);
    LocalDate deadline = FormValues.date(task.getVariable(prefix + "Deadline"), "hạn hoàn thành", rowProblems);
    if (deadline != null && !deadline.isAfter(today)) {
      rowProblems.add("hạn hoàn thành " + FormValues.display(deadline) + " phải sau hôm nay.");
    } else if (deadline != null && deadline.isAfter(today.plusYears(2))) {
      rowProblems.add("hạn hoàn thành không quá 2 năm.");
    }
    if (!rowProblems.isEmpty()) {
      rowProblems.forEach(p -> problems.add(row + p));
      return null;
    }
    return new ConclusionRepository.NewDirective(i, lead, support, text, deadline);
  }
}
