package vn.gov.thads.bcd.directives;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.conclusions.ConclusionNotices;
import vn.gov.thads.bcd.mail.MailComposer;
import vn.gov.thads.bcd.mail.MailLog;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The "Thông báo giao nhiệm vụ": one mail to the agencies of a directive not yet told of it (the
 * lead agency and each supporting agency when the directive starts; an agency added, or made lead,
 * by an approved adjustment later), with the Thông báo kết luận attached (the signed version once
 * uploaded, else the draft, said so). Runs as the asynchronous step "Gửi thư giao nhiệm vụ" of
 * DirectiveExecutionProcess, on a branch of its own: the lead's task does not wait for the mail.
 * Exactly once per directive, agency and role, the way reminders are: the rows of {@link MailLog}
 * first, the mail last, in the job's transaction; a refused mail rolls the rows back and the engine
 * retries the job.
 */
@Component("directiveAssignmentMailDelegate")
public class DirectiveAssignmentMailDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(DirectiveAssignmentMailDelegate.class);

  public static final String KIND = "DIRECTIVE_ASSIGNMENT";
  static final String LEAD = "LEAD";
  static final String SUPPORT = "SUPPORT";

  private final DirectiveRepository directives;
  private final CaseRepository cases;
  private final ConclusionNotices notices;
  private final Organisation organisation;
  private final MailComposer mails;
  private final MailLog log;
  private final Clock clock;
  private final String baseUrl;

  public DirectiveAssignmentMailDelegate(
      DirectiveRepository directives,
      CaseRepository cases,
      ConclusionNotices notices,
      Organisation organisation,
      MailComposer mails,
      MailLog log,
      Clock clock,
      @Value("${bcd.public-base-url}") String baseUrl) {
    this.directives = directives;
    this.cases = cases;
    this.notices = notices;
    this.organisation = organisation;
    this.mails = mails;
    this.log = log;
    this.clock = clock;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /** What a mail of this directive in this role is recorded under. */
  public static String key(long directiveId, String role) {
    return "directive:" + directiveId + ":" + role;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long directiveId = Directives.id(execution);
    DirectiveRepository.Directive d = directives.directive(directiveId);
    if (d.status() == DirectiveStatus.CANCELLED || d.status().done()) {
      return; // nothing left to assign
    }
    // Agency -> role, lead first, in the notice's order; only those not told in that role yet.
    Map<String, String> pending = new LinkedHashMap<>();
    if (!log.agencies(key(directiveId, LEAD)).contains(d.leadAgency())) {
      pending.put(d.leadAgency(), LEAD);
    }
    Set<String> supportTold = log.agencies(key(directiveId, SUPPORT));
    for (String agency : d.supportingAgencies()) {
      if (!supportTold.contains(agency) && !pending.containsKey(agency)) {
        pending.put(agency, SUPPORT);
      }
    }
    if (pending.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    CaseRepository.CaseRow caseRow = cases.findById(d.caseId()).orElseThrow();
    Set<String> to = new LinkedHashSet<>();
    Map<String, List<String>> addresses = new LinkedHashMap<>();
    for (String agency : pending.keySet()) {
      List<String> own = organisation.mailAddresses(agency);
      addresses.put(agency, own);
      to.addAll(own);
    }
    if (to.isEmpty()) {
      LOG.warn(
          "Không có địa chỉ nhận thư giao nhiệm vụ {} của các đơn vị {}", directiveId, pending);
      pending.forEach(
          (agency, role) ->
              log.record(
                  entry(
                      directiveId,
                      agency,
                      role,
                      caseRow,
                      execution,
                      MailLog.NO_ADDRESS,
                      null,
                      null,
                      null,
                      null,
                      now)));
      return;
    }
    Optional<ConclusionNotices.Notice> notice = notices.noticeOfDirective(directiveId);
    boolean adjusted =
        d.status() == DirectiveStatus.ADJUSTED || d.status() == DirectiveStatus.REASSIGNED;
    String subject =
        "[BCĐ THADS] Thông báo giao nhiệm vụ"
            + (adjusted ? " (điều chỉnh)" : "")
            + " – "
            + caseRow.caseNumber()
            + ": hạn "
            + VietnamTime.format(d.deadline());
    String messageId =
        "<bcd-directive."
            + directiveId
            + "."
            + UUID.nameUUIDFromBytes(pending.toString().getBytes(StandardCharsets.UTF_8))
            + "@bcd-thads>";
    Map<String, Object> model = model(d, caseRow, pending, adjusted);
    notice.ifPresent(n -> model.put("notice", "Kèm theo thư này: " + n.described() + "."));
    MailComposer.Mail mail =
        mails.compose(
            "directive-assignment", model, List.copyOf(to), List.of(), subject, messageId);
    if (notice.isPresent()) {
      ConclusionNotices.Notice n = notice.get();
      mail = mail.with(new MailComposer.Attachment(n.fileName(), n.mediaType(), n.bytes()));
    }
    Long documentId = notice.map(ConclusionNotices.Notice::documentId).orElse(null);
    for (Map.Entry<String, String> p : pending.entrySet()) {
      List<String> own = addresses.get(p.getKey());
      log.record(
          entry(
              directiveId,
              p.getKey(),
              p.getValue(),
              caseRow,
              execution,
              own.isEmpty() ? MailLog.NO_ADDRESS : MailLog.SENT,
              own.isEmpty() ? null : String.join(", ", own),
              subject,
              messageId,
              own.isEmpty() ? null : documentId,
              now));
    }
    // The mail last: nothing after it can fail and cause a second copy.
    mails.send(mail);
  }

  private Map<String, Object> model(
      DirectiveRepository.Directive d,
      CaseRepository.CaseRow caseRow,
      Map<String, String> pending,
      boolean adjusted) {
    Map<String, Object> m = new HashMap<>();
    List<String> leads = new ArrayList<>();
    List<String> supports = new ArrayList<>();
    pending.forEach((agency, role) -> (LEAD.equals(role) ? leads : supports).add(name(agency)));
    List<String> greeting = new ArrayList<>();
    if (!leads.isEmpty()) {
      greeting.add(String.join("; ", leads) + " (đơn vị chủ trì)");
    }
    if (!supports.isEmpty()) {
      greeting.add(String.join("; ", supports) + " (đơn vị phối hợp)");
    }
    m.put("greeting", "Kính gửi: " + String.join("; ", greeting));
    m.put(
        "headline",
        adjusted
            ? "Theo ý kiến của Trưởng ban về việc điều chỉnh nhiệm vụ, Ban Chỉ đạo thông báo nhiệm vụ"
                + " dưới đây (đã điều chỉnh) để đơn vị thực hiện."
            : "Theo Thông báo kết luận của Trưởng Ban Chỉ đạo, đơn vị được giao nhiệm vụ dưới đây.");
    m.put("caseNumber", caseRow.caseNumber());
    m.put("debtorName", caseRow.debtorName());
    m.put("directive", d.task());
    m.put("leadAgency", name(d.leadAgency()));
    m.put(
        "supportingAgencies",
        d.supportingAgencies().isEmpty()
            ? "Không có"
            : d.supportingAgencies().stream().map(this::name).collect(Collectors.joining("; ")));
    m.put("dueDate", VietnamTime.format(d.deadline()));
    m.put(
        "roles",
        pending.entrySet().stream()
            .map(
                e ->
                    name(e.getKey())
                        + ": "
                        + (LEAD.equals(e.getValue())
                            ? "chủ trì, báo cáo kết quả thực hiện trên hệ thống trước hạn"
                            : "phối hợp với đơn vị chủ trì"))
            .toList());
    m.put("link", baseUrl + "/camunda/app/tasklist/default/");
    return m;
  }

  private String name(String agencyId) {
    return organisation.agency(agencyId).map(Agency::name).orElse(agencyId);
  }

  private static MailLog.Entry entry(
      long directiveId,
      String agency,
      String role,
      CaseRepository.CaseRow caseRow,
      DelegateExecution execution,
      String status,
      String recipients,
      String subject,
      String messageId,
      Long documentId,
      Instant now) {
    return new MailLog.Entry(
        key(directiveId, role),
        agency,
        KIND,
        caseRow.id(),
        execution.getProcessInstanceId(),
        status,
        recipients,
        subject,
        messageId,
        documentId,
        now);
  }
}
