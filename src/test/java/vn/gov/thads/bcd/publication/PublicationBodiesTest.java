package vn.gov.thads.bcd.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.gov.thads.bcd.publication.PublicationBodies.AgencyRef;
import vn.gov.thads.bcd.publication.PublicationBodies.CaseStatusBody;
import vn.gov.thads.bcd.publication.PublicationBodies.CaseSummary;
import vn.gov.thads.bcd.publication.PublicationBodies.Coded;
import vn.gov.thads.bcd.publication.PublicationBodies.Conclusion;
import vn.gov.thads.bcd.publication.PublicationBodies.ConclusionNoticeBody;
import vn.gov.thads.bcd.publication.PublicationBodies.Directive;
import vn.gov.thads.bcd.publication.PublicationBodies.Header;

/**
 * The wire format of the bodies POSTed to the province's systems, byte for byte, as Spring Boot's
 * ObjectMapper writes them: members in this order, nulls written, dates ISO, times in Vietnam time
 * to the second. Also under mapper settings an operator might add (UTC time zone, nulls left out,
 * dates as numbers), which must not change it.
 */
class PublicationBodiesTest {

  private static final Header HEADER =
      new Header(
          "case-status",
          "BCD-2026-0001/case-status/2",
          "An Giang",
          "BCĐ-2026-0001",
          new CaseSummary(
              "301/QĐ-THADS",
              "Công ty cổ phần Nông sản Tân Hiệp",
              new AgencyRef("thads-kv01", "Phòng Thi hành án dân sự khu vực 1")));

  /** 10:00:00.123456 in Vietnam. */
  private static final Instant AT = Instant.parse("2026-02-13T03:00:00.123456Z");

  private static final String CASE_STATUS =
      """
      {"kind":"case-status","idempotencyKey":"BCD-2026-0001/case-status/2","province":"An Giang",\
      "caseNumber":"BCĐ-2026-0001","case":{"enforcementDecisionNo":"301/QĐ-THADS",\
      "debtorName":"Công ty cổ phần Nông sản Tân Hiệp","submittingAgency":{"id":"thads-kv01",\
      "name":"Phòng Thi hành án dân sự khu vực 1"}},"status":{"code":"OPINIONS","label":"Lấy ý kiến"},\
      "previousStatus":null,"outcome":null,"changedAt":"2026-02-13T10:00:00+07:00"}""";

  private static final String CONCLUSION_NOTICE =
      """
      {"kind":"case-status","idempotencyKey":"BCD-2026-0001/case-status/2","province":"An Giang",\
      "caseNumber":"BCĐ-2026-0001","case":{"enforcementDecisionNo":"301/QĐ-THADS",\
      "debtorName":"Công ty cổ phần Nông sản Tân Hiệp","submittingAgency":{"id":"thads-kv01",\
      "name":"Phòng Thi hành án dân sự khu vực 1"}},"conclusion":{"number":"215/TB-UBND","date":"2026-02-13",\
      "text":"Kết luận.","coercionOrdered":false,"issuedBy":"truongban","publishedAt":null},\
      "directives":[{"ordinal":1,"leadAgency":{"id":"so-nn-mt","name":"Sở Nông nghiệp và Môi trường"},\
      "supportingAgencies":[{"id":"cu","name":null}],"task":"Cung cấp hồ sơ","deadline":"2026-03-05"}]}""";

  private final ApplicationContextRunner spring =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class));

  @Test
  void aCaseStatusChange() {
    CaseStatusBody body =
        new CaseStatusBody(HEADER, new Coded("OPINIONS", "Lấy ý kiến"), null, null, AT);
    spring.run(
        app ->
            assertThat(app.getBean(ObjectMapper.class).writeValueAsString(body))
                .isEqualTo(CASE_STATUS));
  }

  @Test
  void aConclusionNotice() {
    ConclusionNoticeBody body =
        new ConclusionNoticeBody(
            HEADER,
            new Conclusion(
                "215/TB-UBND", LocalDate.of(2026, 2, 13), "Kết luận.", false, "truongban", null),
            List.of(
                new Directive(
                    1,
                    new AgencyRef("so-nn-mt", "Sở Nông nghiệp và Môi trường"),
                    List.of(new AgencyRef("cu", null)),
                    "Cung cấp hồ sơ",
                    LocalDate.of(2026, 3, 5))));
    spring.run(
        app ->
            assertThat(app.getBean(ObjectMapper.class).writeValueAsString(body))
                .isEqualTo(CONCLUSION_NOTICE));
  }

  @Test
  void theFormatDoesNotFollowTheMappersSettings() {
    CaseStatusBody body =
        new CaseStatusBody(HEADER, new Coded("OPINIONS", "Lấy ý kiến"), null, null, AT);
    spring
        .withPropertyValues(
            "spring.jackson.time-zone=UTC",
            "spring.jackson.default-property-inclusion=non_null",
            "spring.jackson.serialization.write-dates-as-timestamps=true")
        .run(
            app ->
                assertThat(app.getBean(ObjectMapper.class).writeValueAsString(body))
                    .isEqualTo(CASE_STATUS));
  }
}
