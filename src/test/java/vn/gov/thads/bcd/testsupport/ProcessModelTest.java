package vn.gov.thads.bcd.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.Mockito;
import org.mockito.stubbing.Answer;
import vn.gov.thads.bcd.calendar.Deadlines;

/**
 * Base of the model tests: one model of {@code bpmn/} (plus what it strictly needs) deployed on the
 * shared in-memory engine ({@link ModelTestEngine}), the beans it names replaced by Mockito mocks
 * registered under the same names, the engine clock frozen at {@link #NOW}. Each subclass registers
 * its own coverage extension:
 *
 * <pre>
 * &#64;RegisterExtension static ProcessEngineCoverageExtension coverage = ModelTestEngine.extension();
 * </pre>
 *
 * Tasks, jobs and assertions come from camunda-bpm-assert ({@link BpmnAwareTests}).
 */
public abstract class ProcessModelTest {

  /** Monday 02/03/2026, 08:00 in Vietnam: a working day, far from Tết and other holidays. */
  protected static final String NOW = "2026-03-02T08:00";

  /**
   * A stubbed called process waits here until the test completes it with the variables it returns.
   */
  protected static final String STUB_TASK = "Task_Stub";

  protected ProcessEngine engine;
  protected Deadlines deadlines;
  private final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void startModelTest() {
    engine = ModelTestEngine.engine();
    BpmnAwareTests.init(engine);
    Mocks.reset();
    EngineClock.at(NOW);
    deadlines = ModelTestEngine.deadlines();
    Mocks.register("deadlines", deadlines);
  }

  @AfterEach
  void endModelTest() {
    // After the coverage extension has recorded the run (afterTestExecution); removes instances,
    // jobs and history.
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    Mocks.reset();
    ClockUtil.reset();
  }

  /**
   * Deploys models of {@code bpmn/} (classpath {@code bpmn/…}) and stubs together, as one
   * deployment.
   */
  protected void deploy(List<String> models, BpmnModelInstance... stubs) {
    DeploymentBuilder deployment =
        engine.getRepositoryService().createDeployment().name(getClass().getSimpleName());
    models.forEach(m -> deployment.addClasspathResource("bpmn/" + m));
    for (BpmnModelInstance stub : stubs) {
      String key = stub.getDefinitions().getRootElements().iterator().next().getId();
      deployment.addModelInstance("stub/" + key + ".bpmn", stub);
    }
    deployments.add(deployment.deploy().getId());
  }

  protected void deploy(String model, BpmnModelInstance... stubs) {
    deploy(List.of(model), stubs);
  }

  /**
   * A called process replaced by a wait: it receives what the caller passes in, and returns
   * (through the caller's out mappings) the variables the test completes {@link #STUB_TASK} with.
   */
  protected static BpmnModelInstance stub(String processKey) {
    return Bpmn.createExecutableProcess(processKey)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(STUB_TASK)
        .endEvent()
        .done();
  }

  /** A mock of any type registered under a bean name of the models. */
  protected static <T> T bean(String name, Class<T> type) {
    T mock = Mockito.mock(type);
    Mocks.register(name, mock);
    return mock;
  }

  protected static JavaDelegate delegate(String name) {
    return bean(name, JavaDelegate.class);
  }

  /**
   * A delegate mock that sets these variables, as the real delegate would, for the model to route
   * and wait on.
   */
  protected static JavaDelegate delegate(String name, Map<String, Object> variablesItSets) {
    JavaDelegate mock = delegate(name);
    try {
      Mockito.doAnswer(setsVariables(variablesItSets)).when(mock).execute(Mockito.any());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return mock;
  }

  /** What a delegate mock does: sets these variables on the execution it is given. */
  protected static Answer<Void> setsVariables(Map<String, Object> variables) {
    return call -> {
      call.<DelegateExecution>getArgument(0).setVariables(variables);
      return null;
    };
  }

  protected static TaskListener taskListener(String name) {
    return bean(name, TaskListener.class);
  }

  protected static ExecutionListener executionListener(String name) {
    return bean(name, ExecutionListener.class);
  }

  protected static Task task(String taskDefinitionKey, ProcessInstance instance) {
    return BpmnAwareTests.task(taskDefinitionKey, instance);
  }

  /** Completes the one open task of that definition in the instance with these form values. */
  protected static void complete(
      String taskDefinitionKey, ProcessInstance instance, Map<String, Object> variables) {
    Task task = task(taskDefinitionKey, instance);
    assertThat(task)
        .as(taskDefinitionKey + " open in " + instance.getProcessDefinitionId())
        .isNotNull();
    BpmnAwareTests.complete(task, variables);
  }

  protected static void complete(Task task, Map<String, Object> variables) {
    BpmnAwareTests.complete(task, variables);
  }

  protected static void complete(String taskDefinitionKey, ProcessInstance instance) {
    complete(taskDefinitionKey, instance, Map.of());
  }

  /** The one job of that activity (timer or asynchronous continuation) in the instance. */
  protected static Job job(String activityId, ProcessInstance instance) {
    Job job =
        BpmnAwareTests.jobQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .singleResult();
    assertThat(job).as("job of " + activityId).isNotNull();
    return job;
  }

  /**
   * Executes the job of that activity now, whatever its due date (the tests pass timers this way).
   */
  protected static void execute(String activityId, ProcessInstance instance) {
    BpmnAwareTests.execute(job(activityId, instance));
  }

  /** The instance of a (stubbed or real) called process started by the caller. */
  protected static ProcessInstance calledInstance(ProcessInstance caller, String processKey) {
    return BpmnAwareTests.processInstanceQuery()
        .superProcessInstanceId(caller.getId())
        .processDefinitionKey(processKey)
        .singleResult();
  }

  /** What the application's deadline of that kind is for a step starting now (the frozen clock). */
  protected Date due(String kind) {
    return deadlines.due(kind);
  }
}
