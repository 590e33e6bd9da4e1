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
 * The secretariat's Tasklist request to put a concluded case before the committee again: the start
 * form's request goes to the step that hands it to the case, and the instance ends there (its
 * refusals are the case's, shown by CaseCourseScenarioIT).
 */
class NewRoundRequestProcessModelTest extends ProcessModelTest {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension();

  JavaDelegate newRound;

  @BeforeEach
  void beans() {
    newRound = delegate("requestNewRoundDelegate");
    deploy("NewRoundRequestProcess.bpmn");
  }

  @Test
  void theSecretariatsRequestIsHandedToTheCase() throws Exception {
    ProcessInstance request =
        runtimeService()
            .startProcessInstanceByKey(
                "NewRoundRequestProcess",
                Map.of("reportedCaseNumber", "BCĐ-2026-0001", "newRoundReason", "Vướng mắc mới"));
    verify(newRound).execute(any());
    assertThat(request).isEnded().hasPassed("EndEvent_NewRoundOpened");
  }
}
