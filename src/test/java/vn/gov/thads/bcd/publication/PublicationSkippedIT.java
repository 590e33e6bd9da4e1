package vn.gov.thads.bcd.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;
import vn.gov.thads.bcd.variables.PublicationVariables;

/**
 * Without bcd.publication.url (the default) nothing is sent: each publication is recorded as
 * skipped, and no publication process starts (it would start and end in the transaction of every
 * change of the case).
 */
class PublicationSkippedIT extends IntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired PublicationLog publications;
  @Autowired CaseRepository cases;

  @Test
  void withoutAnEndpointThePublicationsAreRecordedAsSkippedWithoutAProcess() {
    // Registered, consulted, opinions in: three statuses, three publications.
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv01", "311/QĐ-THADS");

    long caseId = cases.findByNumber(c.caseNumber).orElseThrow().id();
    assertThat(publications.ofCase(caseId))
        .extracting(p -> statusCode(p.payload()))
        .containsExactly("DOSSIER_REVIEW", "OPINIONS", "CONCLUSION");
    assertThat(publications.ofCase(caseId))
        .hasSize(3)
        .allSatisfy(
            p -> {
              assertThat(p.status()).isEqualTo(PublicationLog.SKIPPED);
              assertThat(p.httpStatus()).isNull();
              assertThat(p.sentAt()).isNull();
            });
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(c.caseNumber)
                .processDefinitionKey(PublicationVariables.PROCESS_KEY)
                .count())
        .as("no publication process")
        .isZero();
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processDefinitionKey(PublicationVariables.PROCESS_KEY)
                .count())
        .as("no job at all")
        .isZero();
    assertThat(c.jobs()).isEmpty();
  }

  private static String statusCode(String payload) {
    try {
      return new ObjectMapper().readTree(payload).at("/status/code").asText();
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
