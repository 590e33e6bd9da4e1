package vn.gov.thads.bcd.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.testsupport.CaseRequests.dossier;
import static vn.gov.thads.bcd.testsupport.CaseRequests.variables;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.ModelFiles;

/**
 * The models of bpmn/ and the forms of forms/ are deployed together and usable from Tasklist's API.
 */
class DeploymentIT extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;

  @Test
  void modelsAndFormsAreDeployedTogetherUnderStableNames() {
    Deployment deployment =
        repositoryService
            .createDeploymentQuery()
            .deploymentName(ModelDeployer.DEPLOYMENT_NAME)
            .orderByDeploymentTime()
            .desc()
            .list()
            .get(0);
    List<String> names =
        repositoryService.getDeploymentResources(deployment.getId()).stream()
            .map(Resource::getName)
            .toList();
    assertThat(names)
        .contains(
            "bpmn/DifficultCaseProcess.bpmn",
            "forms/Form_Dossier.form",
            "forms/Form_ApproveRequest.form",
            "forms/Form_CompleteDossier.form",
            "bpmn/OpinionRequestProcess.bpmn",
            "bpmn/ConsultedAgenciesDecision.dmn",
            "forms/Form_ReviewDossier.form",
            "forms/Form_ConfirmAgencies.form",
            "forms/Form_GiveOpinion.form",
            "forms/Form_DecideOnLateOpinions.form");
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .deploymentId(deployment.getId())
                .list())
        .extracting(d -> d.getKey())
        .contains(
            "DifficultCaseProcess",
            "OpinionRequestProcess",
            "MeetingConclusionProcess",
            "DirectiveExecutionProcess",
            "FollowUpProcess",
            "CoerciveEnforcementProcess",
            "PropertyDisposalProcess")
        .hasSize((int) ModelFiles.count(".bpmn"));
    assertThat(
            repositoryService
                .createDecisionDefinitionQuery()
                .deploymentId(deployment.getId())
                .list())
        .extracting(d -> d.getKey())
        .containsExactly("ConsultedAgenciesDecision");
  }

  @Test
  void officerGetsTheStartFormAndHeadGetsTheTaskForm() {
    Http officer = Http.rest(port, "chv.kv03", "demo");
    Http.Response startForm =
        officer.get("/engine-rest/process-definition/key/DifficultCaseProcess/deployed-start-form");
    assertThat(startForm.status()).isEqualTo(200);
    assertThat(startForm.json().get("id").asText()).isEqualTo("Form_Dossier");
    assertThat(startForm.body()).contains("Người phải thi hành án");

    String caseNumber =
        officer
            .postJson(
                "/engine-rest/process-definition/key/DifficultCaseProcess/submit-form",
                variables(dossier("5/QĐ-THADS")))
            .json()
            .get("businessKey")
            .asText();
    Http head = Http.rest(port, "photruongban", "demo");
    String taskId =
        head.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber)
            .json()
            .get(0)
            .get("id")
            .asText();
    Http.Response taskForm = head.get("/engine-rest/task/" + taskId + "/deployed-form");
    assertThat(taskForm.status()).isEqualTo(200);
    assertThat(taskForm.json().get("id").asText()).isEqualTo("Form_ApproveRequest");
  }
}
