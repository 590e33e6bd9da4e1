package vn.gov.thads.bcd.casecourse;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.gov.thads.bcd.testsupport.ModelTestEngine;
import vn.gov.thads.bcd.testsupport.ProcessModelTest;

/**
 * The office's Tasklist report that a concluded case ended early: the start form's report goes to
 * the step that hands it to the case, and the instance ends there (its refusals are the case's,
 * shown by CaseCourseScenarioIT).
 */
class EarlyClosureReportProcessModelTest extends ProcessModelTest {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension();

  JavaDelegate earlyClosure;

  @BeforeEach
  void beans() {
    earlyClosure = delegate("reportEarlyClosureDelegate");
    deploy("EarlyClosureReportProcess.bpmn");
  }

  @Test
  void theOfficesReportIsHandedToTheCase() throws Exception {
    ProcessInstance report =
        runtimeService()
            .startProcessInstanceByKey(
                "EarlyClosureReportProcess",
                Map.of("reportedCaseNumber", "BCĐ-2026-0001", "closureKind", "paid"));
    verify(earlyClosure).execute(any());
    assertThat(report).isEnded().hasPassed("EndEvent_EarlyClosureDelivered");
  }
}
