package vn.gov.thads.bcd.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseNumbered;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.CaseStatus;
import vn.gov.thads.bcd.caseintake.CaseStatusChanged;
import vn.gov.thads.bcd.conclusions.ConclusionPublished;
import vn.gov.thads.bcd.conclusions.ConclusionRepository;
import vn.gov.thads.bcd.directives.DirectiveRepository;
import vn.gov.thads.bcd.followup.FollowUpOutcome;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.publication.PublicationBodies.AgencyRef;
import vn.gov.thads.bcd.publication.PublicationBodies.CaseStatusBody;
import vn.gov.thads.bcd.publication.PublicationBodies.CaseSummary;
import vn.gov.thads.bcd.publication.PublicationBodies.Coded;
import vn.gov.thads.bcd.publication.PublicationBodies.Conclusion;
import vn.gov.thads.bcd.publication.PublicationBodies.ConclusionNoticeBody;
import vn.gov.thads.bcd.publication.PublicationBodies.Directive;
import vn.gov.thads.bcd.publication.PublicationBodies.Header;
import vn.gov.thads.bcd.security.WithoutAuthorization;
import vn.gov.thads.bcd.variables.PublicationVariables;

/**
 * Turns a conclusion notice or a change of a case's status into a publication: fixes its JSON body
 * (the records of {@link PublicationBodies}, written by the application's ObjectMapper) in {@code
 * bcd_publication} and starts a {@code PublishToProvinceProcess} for it (business key = case
 * number, so it shows beside the case in Cockpit); without an endpoint ({@code
 * bcd.publication.url}) the row is marked skipped and no process starts. Runs synchronously in the
 * transaction of the change: both commit or roll back together, and the case itself never waits for
 * the outside system (sending is the new process's asynchronous step).
 */
@Component
public class Publications {

  private final CaseRepository cases;
  private final ConclusionRepository conclusions;
  private final DirectiveRepository directives;
  private final Organisation organisation;
  private final PublicationLog log;
  private final ObjectMapper json;
  private final ProcessEngine engine;
  private final WithoutAuthorization withoutAuthorization;
  private final PublicationProperties properties;

  public Publications(
      CaseRepository cases,
      ConclusionRepository conclusions,
      DirectiveRepository directives,
      Organisation organisation,
      PublicationLog log,
      ObjectMapper json,
      ProcessEngine engine,
      WithoutAuthorization withoutAuthorization,
      PublicationProperties properties) {
    this.cases = cases;
    this.conclusions = conclusions;
    this.directives = directives;
    this.organisation = organisation;
    this.log = log;
    this.json = json;
    this.engine = engine;
    this.withoutAuthorization = withoutAuthorization;
    this.properties = properties;
  }

  @EventListener
  public void statusChanged(CaseStatusChanged change) {
    CaseRepository.CaseRow c = caseRow(change.caseId());
    // A new case's first status (no previous one) is its first publication of the kind: no need to
    // count them (issue 17: one statement less while the case-number counter is held).
    String key =
        change.previous() == null
            ? idempotencyKey(c, PublicationLog.CASE_STATUS, 1)
            : idempotencyKey(c, PublicationLog.CASE_STATUS);
    publish(
        c,
        PublicationLog.CASE_STATUS,
        null,
        key,
        new CaseStatusBody(
            header(PublicationLog.CASE_STATUS, key, c),
            status(change.status()),
            change.previous() == null ? null : status(change.previous()),
            change.outcome() == null ? null : outcome(FollowUpOutcome.valueOf(change.outcome())),
            change.changedAt()));
  }

  /**
   * A new case's first status was recorded under its provisional number, which has neither Đ nor
   * slash: its number replaces it in the row, and in the payload, where the key's ASCII form goes
   * before the slash (CaseNumbering).
   */
  @EventListener
  public void caseNumbered(CaseNumbered numbered) {
    log.caseNumbered(
        numbered.caseId(),
        numbered.provisional(),
        numbered.caseNumber(),
        keyNumber(numbered.caseNumber()));
  }

  @EventListener
  public void conclusionPublished(ConclusionPublished event) {
    ConclusionRepository.ConclusionRow n = conclusions.conclusion(event.conclusionId());
    CaseRepository.CaseRow c = caseRow(n.caseId());
    String key = idempotencyKey(c, PublicationLog.CONCLUSION_NOTICE);
    Conclusion notice =
        new Conclusion(
            n.documentNo(),
            n.documentDate(),
            n.summary(),
            n.coercionOrdered(),
            n.issuedBy(),
            n.publishedAt() == null ? null : n.publishedAt().toInstant());
    publish(
        c,
        PublicationLog.CONCLUSION_NOTICE,
        n.id(),
        key,
        new ConclusionNoticeBody(
            header(PublicationLog.CONCLUSION_NOTICE, key, c),
            notice,
            directives.ofConclusion(n.id()).stream().map(this::directive).toList()));
  }

  private void publish(
      CaseRepository.CaseRow c, String kind, Long subjectId, String key, Object body) {
    String payload;
    try {
      payload = json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Không tạo được nội dung công bố " + key + ".", e);
    }
    if (!properties.enabled()) {
      // No endpoint: recorded as skipped, without a process instance, which would start and end in
      // the transaction of every change of a case (issue 17: about 25 statements a time).
      log.record(c.id(), c.caseNumber(), kind, subjectId, key, payload, PublicationLog.SKIPPED);
      return;
    }
    long id =
        log.record(c.id(), c.caseNumber(), kind, subjectId, key, payload, PublicationLog.PENDING);
    ProcessInstance instance =
        startUnchecked(
            c.caseNumber(),
            Map.of(
                PublicationVariables.PUBLICATION_ID,
                id,
                PublicationVariables.PUBLICATION_KIND,
                kind));
    log.attachProcessInstance(id, instance.getId());
  }

  /**
   * Starts the publication process on behalf of the system, not of the user whose action changed
   * the case: the officer completing a task may not start processes, and must not need to.
   */
  private ProcessInstance startUnchecked(String businessKey, Map<String, Object> variables) {
    return withoutAuthorization.run(
        () ->
            engine
                .getRuntimeService()
                .startProcessInstanceByKey(
                    PublicationVariables.PROCESS_KEY, businessKey, variables));
  }

  /**
   * Case number (ASCII: HTTP headers carry no Đ), kind and the case's sequence number of that kind,
   * e.g. {@code BCD-2026-0001/case-status/3}: stable across retries, unique per publication.
   */
  private String idempotencyKey(CaseRepository.CaseRow c, String kind) {
    return idempotencyKey(c, kind, log.countOf(c.id(), kind) + 1);
  }

  /** The {@code sequence}th publication of this kind for the case: number/kind/sequence. */
  private static String idempotencyKey(CaseRepository.CaseRow c, String kind, int sequence) {
    return keyNumber(c.caseNumber()) + "/" + kind + "/" + sequence;
  }

  /** A case number as idempotency keys carry it: ASCII, since HTTP headers carry no Đ. */
  private static String keyNumber(String caseNumber) {
    return caseNumber.replace('Đ', 'D').replace('đ', 'd');
  }

  private Header header(String kind, String key, CaseRepository.CaseRow c) {
    return new Header(
        kind,
        key,
        organisation.province(),
        c.caseNumber(),
        new CaseSummary(c.enforcementDecisionNo(), c.debtorName(), agency(c.submittingAgency())));
  }

  private Directive directive(DirectiveRepository.Directive d) {
    List<AgencyRef> supporting = d.supportingAgencies().stream().map(this::agency).toList();
    // The deadline as the notice set it (a later extension is not part of the notice).
    return new Directive(
        d.ordinal(), agency(d.leadAgency()), supporting, d.task(), d.originalDeadline());
  }

  private AgencyRef agency(String id) {
    return new AgencyRef(id, organisation.agency(id).map(Agency::name).orElse(null));
  }

  private static Coded status(CaseStatus status) {
    return new Coded(status.name(), status.label());
  }

  private static Coded outcome(FollowUpOutcome outcome) {
    return new Coded(outcome.name(), outcome.label());
  }

  private CaseRepository.CaseRow caseRow(long caseId) {
    return cases
        .findById(caseId)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Không tìm thấy vụ việc có mã " + caseId + " để công bố."));
  }
}
