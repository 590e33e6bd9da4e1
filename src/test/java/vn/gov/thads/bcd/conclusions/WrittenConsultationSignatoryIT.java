package vn.gov.thads.bcd.conclusions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * The standing deputy decides on the secretariat's proposal to conclude without a meeting only on
 * the chair's written authorisation, as for the conclusion itself: refused without it (nothing
 * recorded), kept with the decision when given. On PostgreSQL.
 */
class WrittenConsultationSignatoryIT extends IntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired CaseRepository cases;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @Test
  void theStandingDeputyDecidesOnlyOnTheChairsAuthorisation() {
    CaseScenario c = Lifecycle.toMeeting(engine, "chv.kv09", "9201/QĐ-THADS");
    long caseId = cases.findByNumber(c.caseNumber).orElseThrow().id();
    c.complete(
        "thuky",
        "Task_ScheduleMeeting",
        Map.of(
            "consultationMode",
            "written",
            "writtenConsultationReason",
            "Các thành viên đã có ý kiến bằng văn bản, thống nhất."));

    assertThatThrownBy(
            () ->
                c.complete(
                    "photruongban",
                    "Task_DecideWrittenConsultation",
                    Map.of("writtenConsultationDecision", "approve")))
        .hasRootCauseInstanceOf(InvalidCaseDataException.class)
        .rootCause()
        .hasMessageContaining("Ý kiến về đề xuất cho ý kiến bằng văn bản chưa hợp lệ:")
        .hasMessageContaining(
            "Phó Trưởng ban thường trực chỉ quyết định thay Trưởng ban khi được Trưởng ban ủy quyền"
                + " bằng văn bản: hãy ghi số văn bản ủy quyền.");
    assertThat(decision(caseId)).containsEntry("decision", null);

    c.complete(
        "photruongban",
        "Task_DecideWrittenConsultation",
        Map.of(
            "writtenConsultationDecision",
            "approve",
            "authorisationRef",
            "12/UQ-UBND ngày 02/01/2026"));
    assertThat(decision(caseId))
        .containsEntry("decision", "APPROVED")
        .containsEntry("decided_by", "photruongban")
        .containsEntry("decision_authorisation_ref", "12/UQ-UBND ngày 02/01/2026");
    assertThat(c.task("Task_IssueConclusion")).isNotNull();
  }

  private Map<String, Object> decision(long caseId) {
    return jdbc.sql(
            "select decision, decided_by, decision_authorisation_ref from bcd_meeting"
                + " where case_id = ? and meeting_type = 'WRITTEN'")
        .param(caseId)
        .query()
        .singleRow();
  }
}
