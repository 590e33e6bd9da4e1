package vn.gov.thads.bcd.publication;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * The JSON bodies POSTed to the province's systems, serialised by the application's ObjectMapper.
 * Names, order and value formats are the receiver's contract: they are pinned here (nulls written,
 * dates as ISO strings, times in Vietnam time to the second) rather than left to the mapper's
 * settings. PublicationBodiesTest shows the wire format.
 */
final class PublicationBodies {

  private PublicationBodies() {}

  /** ISO-8601 with the Vietnam offset, to the second: {@code 2026-02-13T10:00:00+07:00}. */
  @Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT
  })
  @Retention(RetentionPolicy.RUNTIME)
  @JacksonAnnotationsInside
  @JsonFormat(
      shape = JsonFormat.Shape.STRING,
      pattern = "yyyy-MM-dd'T'HH:mm:ssXXX",
      timezone = VietnamTime.ZONE_ID)
  @interface VietnamSeconds {}

  /** ISO-8601 date: {@code 2026-02-13}. */
  @Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT
  })
  @Retention(RetentionPolicy.RUNTIME)
  @JacksonAnnotationsInside
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  @interface IsoDate {}

  /** The first members of every body: what, which publication, which case. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Header(
      String kind,
      String idempotencyKey,
      String province,
      String caseNumber,
      @JsonProperty("case") CaseSummary theCase) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record CaseSummary(String enforcementDecisionNo, String debtorName, AgencyRef submittingAgency) {}

  /** An agency of the organisation file; {@code name} is null for an id the file no longer has. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AgencyRef(String id, String name) {}

  /** A status or outcome: its code and its Vietnamese label. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Coded(String code, String label) {}

  /**
   * {@link PublicationLog#CASE_STATUS}; {@code previousStatus} is null for a case's first status.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record CaseStatusBody(
      @JsonUnwrapped Header header,
      Coded status,
      Coded previousStatus,
      Coded outcome,
      @VietnamSeconds Instant changedAt) {}

  /** {@link PublicationLog#CONCLUSION_NOTICE}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ConclusionNoticeBody(
      @JsonUnwrapped Header header, Conclusion conclusion, List<Directive> directives) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Conclusion(
      String number,
      @IsoDate LocalDate date,
      String text,
      boolean coercionOrdered,
      String issuedBy,
      @VietnamSeconds Instant publishedAt) {}

  /**
   * A directive as the notice set it: {@code deadline} is the original one (a later extension is
   * not in the notice).
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Directive(
      int ordinal,
      AgencyRef leadAgency,
      List<AgencyRef> supportingAgencies,
      String task,
      @IsoDate LocalDate deadline) {}
}
