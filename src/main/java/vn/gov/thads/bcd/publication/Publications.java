package vn.gov.thads.bcd.publication;

import vn.gov.thads.bcd.platform.VietnamTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.CaseStatus;
import vn.gov.thads.bcd.caseintake.CaseStatusChanged;
import vn.gov.thads.bcd.conclusions.ConclusionPublished;
import vn.gov.thads.bcd.conclusions.ConclusionRepository;
import vn.gov.thads.bcd.followup.FollowUpOutcome;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.security.WithoutAuthorization;

/**
 * Turns a conclusion notice or a change of a case's status into a publication: fixes its JSON body in
 * {@code bcd_publication} and starts a {@code PublishToProvinceProcess} for it (business key = case number, so it
 * shows beside the case in Cockpit). Runs synchronously in the transaction of the change: both commit or roll back
 * together, and the case itself never waits for the outside system (sending is the new process's asynchronous step).
 */
@Component
public class Publications {


  private final CaseRepository cases;
  private final ConclusionRepository conclusions;
  private final Organisation organisation;
  private final PublicationLog log;
  private final ObjectMapper json;
  private final ProcessEngine engine;
  private final WithoutAuthorization withoutAuthorization;

  public Publications(CaseRepository cases, ConclusionRepository conclusions, Organisation organisation,
      PublicationLog log, ObjectMapper json, ProcessEngine engine, WithoutAuthorization withoutAuthorization) {
    this.cases = cases;
    this.conclusions = conclusions;
    this.organisation = organisation;
    this.log = log;
    this.json = json;
    this.engine = engine;
    this.withoutAuthorization = withoutAuthorization;
  }

  @EventListener
  public void statusChanged(CaseStatusChanged change) {
    CaseRepository.CaseRow c = caseRow(change.caseId());
    String key = idempotencyKey(c, PublicationLog.CASE_STATUS);
    Map<String, Object> body = header(PublicationLog.CASE_STATUS, key, c);
    body.put("status", status(change.status()));
    body.put("previousStatus", change.previous() == null ? null : status(change.previous()));
    body.put("outcome", change.outcome() == null ? null : outcome(FollowUpOutcome.valueOf(change.outcome())));
    body.put("changedAt", time(change.changedAt()));
    publish(c, PublicationLog.CASE_STATUS, null, key, body);
  }

  @EventListener
  public void conclusionPublished(ConclusionPublished event) {
    ConclusionRepository.ConclusionRow n = conclusions.conclusion(event.conclusionId());
    CaseRepository.CaseRow c = caseRow(n.caseId());
    String key = idempotencyKey(c, PublicationLog.CONCLUSION_NOTICE);
    Map<String, Object> body = header(PublicationLog.CONCLUSION_NOTICE, key, c);
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("number", n.documentNo());
    notice.put("date", n.documentDate().toString());
    notice.put("text", n.summary());
    notice.put("coercionOrdered", n.coercionOrdered());
    notice.put("issuedBy", n.issuedBy());
    notice.put("publishedAt", n.publishedAt() == null ? null : time(n.publishedAt().toInstant()));
    body.put("conclusion", notice);
    body.put("directives", conclusions.directivesOfConclusion(n.id()).stream().map(this::directive).toList());
    publish(c, PublicationLog.CONCLUSION_NOTICE, n.id(), key, body);
  }

  private void publish(CaseRepository.CaseRow c, String kind, Long subjectId, String key, Map<String, Object> body) {
    String payload;
    try {
      payload = json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Không tạo được nội dung công bố " + key + ".", e);
    }
    long id = log.record(c.id(), c.caseNumber(), kind, subjectId, key, payload);
    ProcessInstance instance = startUnchecked(c.caseNumber(), Map.of(PublicationVariables.PUBLICATION_ID, id,
        PublicationVariables.PUBLICATION_KIND, kind));
    log.attachProcessInstance(id, instance.getId());
  }

  /**
   * Starts the publication process on behalf of the system, not of the user whose action changed the case: the
   * officer completing a task may not start processes, and must not need to.
   */
  private ProcessInstance startUnchecked(String businessKey, Map<String, Object> variables) {
    return withoutAuthorization.run(() -> engine.getRuntimeService()
        .startProcessInstanceByKey(PublicationVariables.PROCESS_KEY, businessKey, variables));
  }

  /**
   * Case number (ASCII: HTTP headers carry no Đ), kind and the case's sequence number of that kind, e.g.
   * {@code BCD-2026-0001/case-status/3}: stable across retries, unique per publication.
   */
  private String idempotencyKey(CaseRepository.CaseRow c, String kind) {
    String number = c.caseNumber().replace('Đ', 'D').replace('đ', 'd');
    return number + "/" + kind + "/" + (log.countOf(c.id(), kind) + 1);
  }

  private Map<String, Object> header(String kind, String key, CaseRepository.CaseRow c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind);
    body.put("idempotencyKey", key);
    body.put("province", organisation.province());
    body.put("caseNumber", c.caseNumber());
    Map<String, Object> theCase = new LinkedHashMap<>();
    theCase.put("enforcementDecisionNo", c.enforcementDecisionNo());
    theCase.put("debtorName", c.debtorName());
    theCase.put("submittingAgency", agency(c.submittingAgency()));
    body.put("case", theCase);
    return body;
  }

  private Map<String, Object> directive(ConclusionRepository.DirectiveRow d) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("ordinal", d.ordinal());
    v.put("leadAgency", agency(d.leadAgency()));
    List<Map<String, Object>> supporting = Arrays.stream(d.supportingAgencies().split(","))
        .filter(s -> !s.isBlank()).map(this::agency).toList();
    v.put("supportingAgencies", supporting);
    v.put("task", d.task());
    // The deadline as the notice set it (a later extension is not part of the notice).
    v.put("deadline", d.originalDeadline().toString());
    return v;
  }

  private Map<String, Object> agency(String id) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", id);
    v.put("name", organisation.agency(id).map(Agency::name).orElse(null));
    return v;
  }

  private static Map<String, Object> status(CaseStatus status) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("code", status.name());
    v.put("label", status.label());
    return v;
  }

  private static Map<String, Object> outcome(FollowUpOutcome outcome) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("code", outcome.name());
    v.put("label", outcome.label());
    return v;
  }

  /** ISO-8601 with the Vietnam offset, to the second: {@code 2026-02-13T10:00:00+07:00}. */
  static String time(Instant instant) {
    return instant.atZone(VietnamTime.ZONE).truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private CaseRepository.CaseRow caseRow(long caseId) {
    return cases.findById(caseId)
        .orElseThrow(() -> new IllegalStateException("Không tìm thấy vụ việc có mã " + caseId + " để công bố."));
  }
}
