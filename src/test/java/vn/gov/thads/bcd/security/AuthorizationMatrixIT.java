package vn.gov.thads.bcd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.thads.bcd.security.AuthorizationMatrixIT.Expect.ALLOWED;
import static vn.gov.thads.bcd.security.AuthorizationMatrixIT.Expect.REFUSED;
import static vn.gov.thads.bcd.testsupport.CaseRequests.dossier;
import static vn.gov.thads.bcd.testsupport.CaseRequests.string;
import static vn.gov.thads.bcd.testsupport.CaseRequests.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.thads.bcd.testsupport.Browser;
import vn.gov.thads.bcd.testsupport.CaseRequests;
import vn.gov.thads.bcd.testsupport.CaseScenario;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;
import vn.gov.thads.bcd.testsupport.Lifecycle;

/**
 * The authorization matrix: each role × each action, over engine-rest (HTTP Basic), the Cockpit
 * plugin's REST and the webapps' login. The expected column is the policy as the docs describe it
 * (docs/architecture.md → Phân quyền; docs/organisation.md), not what the application happened to
 * answer: the submitting agency works and reads its own case, a consulted agency works its opinion
 * and reads the case it takes part in, other agencies see nothing, supervisors (secretariat, chair,
 * standing deputy) read everything and use Cockpit, only the secretariat moves due dates, nobody
 * but the agency given a task completes it, only administrators delete cases and manage users.
 *
 * <p>A refusal is 401/403/404 (or, for a query, the item missing from the answer) and the state is
 * checked unchanged afterwards. Each action that changes something gets a fresh case per row, so
 * rows stand alone. A new action is one {@link Action} constant; a new row is one line in {@link
 * #matrix()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends IntegrationTest {

  static final String START =
      "/engine-rest/process-definition/key/DifficultCaseProcess/submit-form";
  static final String PLUGIN = "/camunda/api/cockpit/plugin/bcd-supervision/default";

  enum Expect {
    ALLOWED,
    REFUSED
  }

  /**
   * The roles of the matrix, each as one person of the organisation file (password "demo" in
   * tests).
   */
  enum Role {
    THADS_OFFICER(
        "chv.kv01"), // enforcement officer of the submitting agency (Phòng THADS khu vực 1)
    THADS_HEAD("truong.kv01"), // head of the submitting agency
    OTHER_THADS_OFFICER("chv.kv02"), // officer of another THADS agency
    MEMBER_OFFICER("cv.sotaichinh"), // officer of a consulted member agency (Sở Tài chính)
    MEMBER_HEAD("ld.sotaichinh"), // head of that member agency
    UNCONSULTED_MEMBER("cv.nhnn"), // officer of a member agency not consulted on the case
    SECRETARIAT("thuky"),
    CHAIR("truongban"),
    STANDING_DEPUTY("photruongban"), // standing deputy chair, head of THADS tỉnh
    ADMIN("admin"),
    WRONG_PASSWORD("chv.kv13", "sai-mat-khau"),
    UNKNOWN_USER("khong.co.ai", "demo");

    final String login;
    final String password;

    Role(String login) {
      this(login, "demo");
    }

    Role(String login, String password) {
      this.login = login;
      this.password = password;
    }
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  /**
   * A case of Phòng THADS khu vực 1 on which Sở Tài chính is being consulted (its opinion task is
   * open).
   */
  private CaseScenario consulted;

  /** A case of Phòng THADS khu vực 3 nobody else takes part in yet. */
  private CaseScenario foreign;

  final AtomicInteger sequence = new AtomicInteger();

  // Created on first use inside a test: the coverage recorder only listens while a test runs.
  CaseScenario consulted() {
    if (consulted == null) {
      consulted = consultedCase();
    }
    return consulted;
  }

  CaseScenario foreign() {
    if (foreign == null) {
      foreign = CaseScenario.start(engine, "chv.kv03", CaseScenario.dossier("9003/QĐ-MT"));
    }
    return foreign;
  }

  static Stream<Object[]> matrix() {
    return Stream.of(
        // Start a case (officers of THADS agencies only; admin.bcd is an administrator in THADS
        // tỉnh)
        row(Role.THADS_OFFICER, Action.START_CASE, ALLOWED),
        row(Role.THADS_HEAD, Action.START_CASE, REFUSED),
        row(Role.OTHER_THADS_OFFICER, Action.START_CASE, ALLOWED),
        row(Role.MEMBER_OFFICER, Action.START_CASE, REFUSED),
        row(Role.MEMBER_HEAD, Action.START_CASE, REFUSED),
        row(Role.SECRETARIAT, Action.START_CASE, REFUSED),
        row(Role.CHAIR, Action.START_CASE, REFUSED),
        row(Role.WRONG_PASSWORD, Action.START_CASE, REFUSED),
        row(Role.UNKNOWN_USER, Action.START_CASE, REFUSED),

        // Read the case (process instance) and its variables: the agencies taking part and the
        // supervisors
        row(Role.THADS_OFFICER, Action.READ_CASE, ALLOWED),
        row(Role.THADS_HEAD, Action.READ_CASE, ALLOWED),
        row(Role.OTHER_THADS_OFFICER, Action.READ_CASE, REFUSED),
        row(Role.MEMBER_OFFICER, Action.READ_CASE, ALLOWED),
        row(Role.MEMBER_HEAD, Action.READ_CASE, ALLOWED),
        row(Role.UNCONSULTED_MEMBER, Action.READ_CASE, REFUSED),
        row(Role.SECRETARIAT, Action.READ_CASE, ALLOWED),
        row(Role.CHAIR, Action.READ_CASE, ALLOWED),
        row(Role.STANDING_DEPUTY, Action.READ_CASE, ALLOWED),
        row(Role.ADMIN, Action.READ_CASE, ALLOWED),
        row(Role.WRONG_PASSWORD, Action.READ_CASE, REFUSED),
        row(Role.UNKNOWN_USER, Action.READ_CASE, REFUSED),
        row(Role.THADS_OFFICER, Action.READ_CASE_VARIABLES, ALLOWED),
        row(Role.THADS_HEAD, Action.READ_CASE_VARIABLES, ALLOWED),
        row(Role.OTHER_THADS_OFFICER, Action.READ_CASE_VARIABLES, REFUSED),
        row(Role.MEMBER_OFFICER, Action.READ_CASE_VARIABLES, ALLOWED),
        row(Role.UNCONSULTED_MEMBER, Action.READ_CASE_VARIABLES, REFUSED),
        row(Role.SECRETARIAT, Action.READ_CASE_VARIABLES, ALLOWED),
        row(Role.CHAIR, Action.READ_CASE_VARIABLES, ALLOWED),
        row(Role.ADMIN, Action.READ_CASE_VARIABLES, ALLOWED),
        row(Role.WRONG_PASSWORD, Action.READ_CASE_VARIABLES, REFUSED),
        // … and a case of another agency (Phòng THADS khu vực 3)
        row(Role.THADS_OFFICER, Action.READ_OTHER_AGENCY_CASE, REFUSED),
        row(Role.THADS_HEAD, Action.READ_OTHER_AGENCY_CASE, REFUSED),
        row(Role.MEMBER_OFFICER, Action.READ_OTHER_AGENCY_CASE, REFUSED),
        row(Role.SECRETARIAT, Action.READ_OTHER_AGENCY_CASE, ALLOWED),
        row(Role.CHAIR, Action.READ_OTHER_AGENCY_CASE, ALLOWED),
        row(Role.ADMIN, Action.READ_OTHER_AGENCY_CASE, ALLOWED),
        row(Role.THADS_OFFICER, Action.READ_OTHER_AGENCY_CASE_VARIABLES, REFUSED),
        row(Role.MEMBER_OFFICER, Action.READ_OTHER_AGENCY_CASE_VARIABLES, REFUSED),
        row(Role.SECRETARIAT, Action.READ_OTHER_AGENCY_CASE_VARIABLES, ALLOWED),

        // The submitting agency's task (a returned dossier to complete, candidate group thads-kv01)
        row(Role.THADS_OFFICER, Action.LIST_AGENCY_TASK, ALLOWED),
        row(Role.THADS_HEAD, Action.LIST_AGENCY_TASK, ALLOWED),
        row(Role.OTHER_THADS_OFFICER, Action.LIST_AGENCY_TASK, REFUSED),
        row(Role.MEMBER_OFFICER, Action.LIST_AGENCY_TASK, REFUSED),
        row(Role.SECRETARIAT, Action.LIST_AGENCY_TASK, ALLOWED),
        row(Role.CHAIR, Action.LIST_AGENCY_TASK, ALLOWED),
        row(Role.ADMIN, Action.LIST_AGENCY_TASK, ALLOWED),
        row(Role.WRONG_PASSWORD, Action.LIST_AGENCY_TASK, REFUSED),
        row(Role.THADS_OFFICER, Action.CLAIM_AGENCY_TASK, ALLOWED),
        row(Role.THADS_HEAD, Action.CLAIM_AGENCY_TASK, ALLOWED),
        row(Role.OTHER_THADS_OFFICER, Action.CLAIM_AGENCY_TASK, REFUSED),
        row(Role.MEMBER_OFFICER, Action.CLAIM_AGENCY_TASK, REFUSED),
        row(
            Role.SECRETARIAT,
            Action.CLAIM_AGENCY_TASK,
            ALLOWED), // may hand tasks to people (UPDATE, TASK_ASSIGN)
        row(Role.CHAIR, Action.CLAIM_AGENCY_TASK, REFUSED),
        row(Role.ADMIN, Action.CLAIM_AGENCY_TASK, ALLOWED),
        row(Role.WRONG_PASSWORD, Action.CLAIM_AGENCY_TASK, REFUSED),
        row(Role.THADS_OFFICER, Action.COMPLETE_AGENCY_TASK, ALLOWED),
        row(Role.THADS_HEAD, Action.COMPLETE_AGENCY_TASK, ALLOWED),
        row(Role.OTHER_THADS_OFFICER, Action.COMPLETE_AGENCY_TASK, REFUSED),
        row(Role.MEMBER_OFFICER, Action.COMPLETE_AGENCY_TASK, REFUSED),
        row(
            Role.SECRETARIAT,
            Action.COMPLETE_AGENCY_TASK,
            REFUSED), // does not do the agencies' work
        row(Role.CHAIR, Action.COMPLETE_AGENCY_TASK, REFUSED),
        row(Role.STANDING_DEPUTY, Action.COMPLETE_AGENCY_TASK, REFUSED),
        row(Role.ADMIN, Action.COMPLETE_AGENCY_TASK, ALLOWED),
        row(Role.WRONG_PASSWORD, Action.COMPLETE_AGENCY_TASK, REFUSED),
        row(Role.UNKNOWN_USER, Action.COMPLETE_AGENCY_TASK, REFUSED),

        // The consulted member agency's task (written opinion, candidate group so-tai-chinh)
        row(Role.MEMBER_OFFICER, Action.LIST_OPINION_TASK, ALLOWED),
        row(Role.MEMBER_HEAD, Action.LIST_OPINION_TASK, ALLOWED),
        row(Role.UNCONSULTED_MEMBER, Action.LIST_OPINION_TASK, REFUSED),
        row(Role.THADS_OFFICER, Action.LIST_OPINION_TASK, REFUSED),
        row(Role.SECRETARIAT, Action.LIST_OPINION_TASK, ALLOWED),
        row(Role.MEMBER_OFFICER, Action.CLAIM_OPINION_TASK, ALLOWED),
        row(Role.MEMBER_HEAD, Action.CLAIM_OPINION_TASK, ALLOWED),
        row(Role.UNCONSULTED_MEMBER, Action.CLAIM_OPINION_TASK, REFUSED),
        row(Role.THADS_OFFICER, Action.CLAIM_OPINION_TASK, REFUSED),
        row(Role.MEMBER_OFFICER, Action.COMPLETE_OPINION_TASK, ALLOWED),
        row(Role.MEMBER_HEAD, Action.COMPLETE_OPINION_TASK, ALLOWED),
        row(Role.UNCONSULTED_MEMBER, Action.COMPLETE_OPINION_TASK, REFUSED),
        row(Role.THADS_OFFICER, Action.COMPLETE_OPINION_TASK, REFUSED),
        row(Role.THADS_HEAD, Action.COMPLETE_OPINION_TASK, REFUSED),
        row(Role.SECRETARIAT, Action.COMPLETE_OPINION_TASK, REFUSED),
        row(Role.CHAIR, Action.COMPLETE_OPINION_TASK, REFUSED),

        // Move a task's due date: the secretariat keeps the committee's deadlines
        row(Role.THADS_OFFICER, Action.CHANGE_DUE_DATE, REFUSED),
        row(Role.THADS_HEAD, Action.CHANGE_DUE_DATE, REFUSED),
        row(Role.OTHER_THADS_OFFICER, Action.CHANGE_DUE_DATE, REFUSED),
        row(Role.MEMBER_OFFICER, Action.CHANGE_DUE_DATE, REFUSED),
        row(Role.SECRETARIAT, Action.CHANGE_DUE_DATE, ALLOWED),
        row(Role.CHAIR, Action.CHANGE_DUE_DATE, REFUSED),
        row(Role.STANDING_DEPUTY, Action.CHANGE_DUE_DATE, REFUSED),
        row(Role.ADMIN, Action.CHANGE_DUE_DATE, ALLOWED),
        row(Role.WRONG_PASSWORD, Action.CHANGE_DUE_DATE, REFUSED),

        // Delete a case: administrators only
        row(Role.THADS_OFFICER, Action.DELETE_CASE, REFUSED),
        row(Role.THADS_HEAD, Action.DELETE_CASE, REFUSED),
        row(Role.MEMBER_OFFICER, Action.DELETE_CASE, REFUSED),
        row(Role.SECRETARIAT, Action.DELETE_CASE, REFUSED),
        row(Role.CHAIR, Action.DELETE_CASE, REFUSED),
        row(Role.STANDING_DEPUTY, Action.DELETE_CASE, REFUSED),
        row(Role.ADMIN, Action.DELETE_CASE, ALLOWED),
        row(Role.WRONG_PASSWORD, Action.DELETE_CASE, REFUSED),

        // History (Cockpit's domain): supervisors and administrators
        row(Role.THADS_OFFICER, Action.READ_HISTORY, REFUSED),
        row(Role.OTHER_THADS_OFFICER, Action.READ_HISTORY, REFUSED),
        row(Role.MEMBER_OFFICER, Action.READ_HISTORY, REFUSED),
        row(Role.SECRETARIAT, Action.READ_HISTORY, ALLOWED),
        row(Role.CHAIR, Action.READ_HISTORY, ALLOWED),
        row(Role.STANDING_DEPUTY, Action.READ_HISTORY, ALLOWED),
        row(Role.ADMIN, Action.READ_HISTORY, ALLOWED),
        row(Role.WRONG_PASSWORD, Action.READ_HISTORY, REFUSED),

        // The Cockpit plugin's case tabs (webapp session): those taking part in the case and the
        // supervisors
        row(Role.THADS_OFFICER, Action.PLUGIN_CASE_DIRECTIVES, ALLOWED),
        row(Role.THADS_HEAD, Action.PLUGIN_CASE_DIRECTIVES, ALLOWED),
        row(Role.OTHER_THADS_OFFICER, Action.PLUGIN_CASE_DIRECTIVES, REFUSED),
        row(Role.MEMBER_OFFICER, Action.PLUGIN_CASE_DIRECTIVES, ALLOWED),
        row(Role.UNCONSULTED_MEMBER, Action.PLUGIN_CASE_DIRECTIVES, REFUSED),
        row(Role.SECRETARIAT, Action.PLUGIN_CASE_DIRECTIVES, ALLOWED),
        row(Role.CHAIR, Action.PLUGIN_CASE_DIRECTIVES, ALLOWED),
        row(Role.ADMIN, Action.PLUGIN_CASE_DIRECTIVES, ALLOWED),
        row(Role.WRONG_PASSWORD, Action.PLUGIN_CASE_DIRECTIVES, REFUSED),
        row(Role.THADS_OFFICER, Action.PLUGIN_CASE_REMINDERS, ALLOWED),
        row(Role.OTHER_THADS_OFFICER, Action.PLUGIN_CASE_REMINDERS, REFUSED),
        row(Role.SECRETARIAT, Action.PLUGIN_CASE_REMINDERS, ALLOWED),
        row(Role.THADS_OFFICER, Action.PLUGIN_OVERDUE_LIST, ALLOWED),
        row(Role.SECRETARIAT, Action.PLUGIN_OVERDUE_LIST, ALLOWED),
        row(Role.UNKNOWN_USER, Action.PLUGIN_OVERDUE_LIST, REFUSED),
        // The user-operation log: a case's tab for those who read the case, the recent list for
        // supervisors only
        row(Role.THADS_OFFICER, Action.PLUGIN_CASE_OPERATIONS, ALLOWED),
        row(Role.OTHER_THADS_OFFICER, Action.PLUGIN_CASE_OPERATIONS, REFUSED),
        row(Role.MEMBER_OFFICER, Action.PLUGIN_CASE_OPERATIONS, ALLOWED),
        row(Role.UNCONSULTED_MEMBER, Action.PLUGIN_CASE_OPERATIONS, REFUSED),
        row(Role.SECRETARIAT, Action.PLUGIN_CASE_OPERATIONS, ALLOWED),
        row(Role.THADS_OFFICER, Action.PLUGIN_RECENT_OPERATIONS, REFUSED),
        row(Role.MEMBER_HEAD, Action.PLUGIN_RECENT_OPERATIONS, REFUSED),
        row(Role.SECRETARIAT, Action.PLUGIN_RECENT_OPERATIONS, ALLOWED),
        row(Role.CHAIR, Action.PLUGIN_RECENT_OPERATIONS, ALLOWED),
        row(Role.STANDING_DEPUTY, Action.PLUGIN_RECENT_OPERATIONS, ALLOWED),
        row(Role.UNKNOWN_USER, Action.PLUGIN_RECENT_OPERATIONS, REFUSED),

        // The application's API for other systems (POST /api/cases): as the start form, THADS
        // officers only
        row(Role.THADS_OFFICER, Action.API_START_CASE, ALLOWED),
        row(Role.OTHER_THADS_OFFICER, Action.API_START_CASE, ALLOWED),
        row(Role.THADS_HEAD, Action.API_START_CASE, REFUSED),
        row(Role.MEMBER_OFFICER, Action.API_START_CASE, REFUSED),
        row(Role.SECRETARIAT, Action.API_START_CASE, REFUSED),
        row(Role.CHAIR, Action.API_START_CASE, REFUSED),
        row(Role.WRONG_PASSWORD, Action.API_START_CASE, REFUSED),
        row(Role.UNKNOWN_USER, Action.API_START_CASE, REFUSED),

        // Users and groups: administrators only
        row(Role.THADS_OFFICER, Action.CREATE_USER, REFUSED),
        row(Role.THADS_HEAD, Action.CREATE_USER, REFUSED),
        row(Role.MEMBER_HEAD, Action.CREATE_USER, REFUSED),
        row(Role.SECRETARIAT, Action.CREATE_USER, REFUSED),
        row(Role.CHAIR, Action.CREATE_USER, REFUSED),
        row(Role.STANDING_DEPUTY, Action.CREATE_USER, REFUSED),
        row(Role.ADMIN, Action.CREATE_USER, ALLOWED),
        row(Role.WRONG_PASSWORD, Action.CREATE_USER, REFUSED),
        row(Role.THADS_OFFICER, Action.CREATE_GROUP, REFUSED),
        row(Role.SECRETARIAT, Action.CREATE_GROUP, REFUSED),
        row(Role.CHAIR, Action.CREATE_GROUP, REFUSED),
        row(Role.ADMIN, Action.CREATE_GROUP, ALLOWED),
        row(Role.THADS_OFFICER, Action.ADD_SELF_TO_ADMINS, REFUSED),
        row(Role.SECRETARIAT, Action.ADD_SELF_TO_ADMINS, REFUSED),
        row(Role.CHAIR, Action.ADD_SELF_TO_ADMINS, REFUSED),
        row(Role.THADS_OFFICER, Action.GRANT_SELF_AUTHORIZATION, REFUSED),
        row(Role.SECRETARIAT, Action.GRANT_SELF_AUTHORIZATION, REFUSED),

        // The webapps: everybody works in Tasklist, supervisors in Cockpit, administrators in Admin
        row(Role.THADS_OFFICER, Action.OPEN_TASKLIST, ALLOWED),
        row(Role.THADS_OFFICER, Action.OPEN_COCKPIT, REFUSED),
        row(Role.THADS_OFFICER, Action.OPEN_ADMIN, REFUSED),
        row(Role.THADS_HEAD, Action.OPEN_TASKLIST, ALLOWED),
        row(Role.THADS_HEAD, Action.OPEN_COCKPIT, REFUSED),
        row(Role.THADS_HEAD, Action.OPEN_ADMIN, REFUSED),
        row(Role.OTHER_THADS_OFFICER, Action.OPEN_TASKLIST, ALLOWED),
        row(Role.OTHER_THADS_OFFICER, Action.OPEN_COCKPIT, REFUSED),
        row(Role.MEMBER_OFFICER, Action.OPEN_TASKLIST, ALLOWED),
        row(Role.MEMBER_OFFICER, Action.OPEN_COCKPIT, REFUSED),
        row(Role.MEMBER_OFFICER, Action.OPEN_ADMIN, REFUSED),
        row(Role.MEMBER_HEAD, Action.OPEN_TASKLIST, ALLOWED),
        row(Role.MEMBER_HEAD, Action.OPEN_COCKPIT, REFUSED),
        row(Role.MEMBER_HEAD, Action.OPEN_ADMIN, REFUSED),
        row(Role.SECRETARIAT, Action.OPEN_TASKLIST, ALLOWED),
        row(Role.SECRETARIAT, Action.OPEN_COCKPIT, ALLOWED),
        row(Role.SECRETARIAT, Action.OPEN_ADMIN, REFUSED),
        row(Role.CHAIR, Action.OPEN_TASKLIST, ALLOWED),
        row(Role.CHAIR, Action.OPEN_COCKPIT, ALLOWED),
        row(Role.CHAIR, Action.OPEN_ADMIN, REFUSED),
        row(Role.STANDING_DEPUTY, Action.OPEN_TASKLIST, ALLOWED),
        row(Role.STANDING_DEPUTY, Action.OPEN_COCKPIT, ALLOWED),
        row(Role.STANDING_DEPUTY, Action.OPEN_ADMIN, REFUSED),
        row(Role.ADMIN, Action.OPEN_TASKLIST, ALLOWED),
        row(Role.ADMIN, Action.OPEN_COCKPIT, ALLOWED),
        row(Role.ADMIN, Action.OPEN_ADMIN, ALLOWED),
        row(Role.WRONG_PASSWORD, Action.OPEN_TASKLIST, REFUSED),
        row(Role.WRONG_PASSWORD, Action.OPEN_COCKPIT, REFUSED),
        row(Role.UNKNOWN_USER, Action.OPEN_TASKLIST, REFUSED),
        row(Role.UNKNOWN_USER, Action.OPEN_ADMIN, REFUSED));
  }

  static Object[] row(Role role, Action action, Expect expect) {
    return new Object[] {role, action, expect};
  }

  @ParameterizedTest(name = "{0} × {1} → {2}")
  @MethodSource("matrix")
  void roleTimesAction(Role role, Action action, Expect expect) {
    try {
      action.check(this, role, expect);
    } catch (AssertionError | RuntimeException e) {
      // The row in the report, not only its index.
      throw new AssertionError(
          role
              + " ("
              + role.login
              + ") × "
              + action
              + ", expected "
              + expect
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** The webapps' answers as a person sees them, in the real browser (headless Chromium). */
  @Test
  void theWebappsRefuseInTheBrowserToo() {
    try (Browser browser = Browser.start(port, AuthorizationMatrixIT.class)) {
      assertThat(browser.loginRefused("cockpit", "chv.kv01", "demo"))
          .contains("Đăng nhập không thành công");
      browser.screenshot("cockpit-refuses-officer");
      assertThat(browser.loginRefused("admin", "thuky", "demo"))
          .contains("Đăng nhập không thành công");
      browser.screenshot("admin-refuses-secretariat");
      assertThat(browser.loginRefused("tasklist", "chv.kv12", "sai-mat-khau"))
          .contains("Đăng nhập không thành công");

      browser.loginToTasklist("chv.kv02", "demo");
      browser.screenshot("tasklist-officer");
      browser.loginToCockpit("thuky", "demo");
      browser.screenshot("cockpit-secretariat");
    }
  }

  /**
   * Variables the application sets itself (which case, agency, directive a step is for) cannot be
   * sent by a client: before, an agency completing its own opinion task with another case's caseId
   * had its opinion recorded there.
   */
  @Test
  void engineOwnedVariablesCannotBeSentToRedirectWorkOrImpersonate() {
    CaseScenario a = consultedCase();
    long idA = caseIdOf(a);
    long idB = caseIdOf(foreign());
    String opinionTask = a.task("Task_GiveOpinion").getId();
    Http finance = Http.rest(port, "cv.sotaichinh", "demo");

    Http.Response redirected =
        finance.postJson(
            "/engine-rest/task/" + opinionTask + "/submit-form",
            variables(
                Map.of(
                    "opinionPosition",
                    string("agree"),
                    "opinionContent",
                    string("Thống nhất."),
                    "caseId",
                    Map.of("value", idB, "type", "Long"))));
    assertThat(redirected.status()).as(redirected.body()).isEqualTo(400);
    assertThat(redirected.json().path("message").asText()).startsWith("Không được gửi biến caseId");
    assertThat(engine.getTaskService().createTaskQuery().taskId(opinionTask).count()).isEqualTo(1);
    assertThat(opinionsOf(idB)).isZero();

    // The same through Tasklist's own API.
    Http tasklist = Http.browser(port);
    assertThat(tasklist.loginToWebapp("tasklist", "cv.sotaichinh", "demo").status()).isEqualTo(200);
    String webappTask = "/camunda/api/engine/engine/default/task/" + opinionTask;
    assertThat(tasklist.get(webappTask).status()).isEqualTo(200);
    Http.Response viaTasklist =
        tasklist.postJsonFromWebapp(
            webappTask + "/submit-form",
            variables(
                Map.of(
                    "opinionPosition",
                    string("agree"),
                    "opinionContent",
                    string("Thống nhất."),
                    "caseNumber",
                    string("BCĐ-2026-9999"))));
    assertThat(viaTasklist.status()).as(viaTasklist.body()).isEqualTo(400);
    assertThat(viaTasklist.json().path("message").asText()).contains("caseNumber");

    // Nobody starts a case in another officer's name, and not even an administrator rewrites whose
    // case it is.
    Map<String, Object> impersonating = dossier(sequence.incrementAndGet() + "/QĐ-MT");
    impersonating.put("initiator", string("chv.kv01"));
    Http.Response started =
        Http.rest(port, "chv.kv02", "demo").postJson(START, variables(impersonating));
    assertThat(started.status()).as(started.body()).isEqualTo(400);
    Http.Response rewritten =
        http(Role.ADMIN)
            .putJson(
                "/engine-rest/process-instance/" + a.main.getId() + "/variables/submittingAgency",
                Map.of("value", "thads-kv02", "type", "String"));
    assertThat(rewritten.status()).as(rewritten.body()).isEqualTo(400);
    assertThat(engine.getRuntimeService().getVariable(a.main.getId(), "submittingAgency"))
        .isEqualTo("thads-kv01");

    // The honest submission goes through and lands in its own case.
    Http.Response honest =
        finance.postJson(
            "/engine-rest/task/" + opinionTask + "/submit-form",
            variables(
                Map.of(
                    "opinionPosition", string("agree"), "opinionContent", string("Thống nhất."))));
    assertThat(honest.status()).as(honest.body()).isEqualTo(204);
    assertThat(opinionsOf(idA)).isEqualTo(1);
    assertThat(opinionsOf(idB)).isZero();
  }

  long caseIdOf(CaseScenario c) {
    return jdbc.sql("select id from bcd_case where case_number = ?")
        .param(c.caseNumber)
        .query(Long.class)
        .single();
  }

  long opinionsOf(long caseId) {
    return jdbc.sql("select count(*) from bcd_opinion where case_id = ?")
        .param(caseId)
        .query(Long.class)
        .single();
  }

  // ------------------------------------------------------------------------------------------------ actions

  /**
   * One action: performs it as the role, asserts the outcome, and after a refusal that nothing
   * changed.
   */
  enum Action {
    START_CASE {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        String decisionNo = t.sequence.incrementAndGet() + "/QĐ-MT-" + role.name();
        Http.Response r = t.rest(role).postJson(START, variables(dossier(decisionNo)));
        if (expect == ALLOWED) {
          assertThat(r.status()).as(r.body()).isEqualTo(200);
          assertThat(t.casesWithDecision(decisionNo)).isEqualTo(1);
        } else {
          assertRefused(r);
          assertThat(t.casesWithDecision(decisionNo)).isZero();
        }
      }
    },
    READ_CASE {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectRead(
            t.rest(role).get("/engine-rest/process-instance/" + t.consulted().main.getId()),
            expect);
      }
    },
    READ_CASE_VARIABLES {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        Http.Response r =
            t.rest(role)
                .get("/engine-rest/process-instance/" + t.consulted().main.getId() + "/variables");
        t.expectRead(r, expect);
        if (expect == ALLOWED) {
          assertThat(r.json().path("caseNumber").path("value").asText())
              .isEqualTo(t.consulted().caseNumber);
        }
      }
    },
    READ_OTHER_AGENCY_CASE {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectRead(
            t.rest(role).get("/engine-rest/process-instance/" + t.foreign().main.getId()), expect);
      }
    },
    READ_OTHER_AGENCY_CASE_VARIABLES {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectRead(
            t.rest(role)
                .get("/engine-rest/process-instance/" + t.foreign().main.getId() + "/variables"),
            expect);
      }
    },
    LIST_AGENCY_TASK {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectListed(role, t.returnedCase(), "Task_CompleteDossier", expect);
      }
    },
    CLAIM_AGENCY_TASK {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectClaim(role, t.returnedCase().task("Task_CompleteDossier"), expect);
      }
    },
    COMPLETE_AGENCY_TASK {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        CaseScenario c = t.returnedCase();
        t.expectCompletion(
            role,
            c.task("Task_CompleteDossier"),
            variables(dossier(t.sequence.incrementAndGet() + "/QĐ-MT")),
            expect);
      }
    },
    LIST_OPINION_TASK {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectListed(role, t.consulted(), "Task_GiveOpinion", expect);
      }
    },
    CLAIM_OPINION_TASK {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectClaim(role, t.consultedCase().task("Task_GiveOpinion"), expect);
      }
    },
    COMPLETE_OPINION_TASK {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectCompletion(
            role,
            t.consultedCase().task("Task_GiveOpinion"),
            variables(
                Map.of(
                    "opinionPosition", string("agree"),
                    "opinionContent", string("Thống nhất với đề xuất."),
                    "opinionDocumentNo", string("12/STP-BTTP"))),
            expect);
      }
    },
    CHANGE_DUE_DATE {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        Task task = t.returnedCase().task("Task_CompleteDossier");
        Date before = task.getDueDate();
        // The way Tasklist moves a due date: PUT of the whole task as read (read here by an
        // administrator).
        ObjectNode body =
            (ObjectNode) t.http(Role.ADMIN).get("/engine-rest/task/" + task.getId()).json();
        body.put("due", "2031-01-15T17:00:00.000+0700");
        Http.Response r = t.rest(role).putJson("/engine-rest/task/" + task.getId(), body);
        Date after =
            t.engine
                .getTaskService()
                .createTaskQuery()
                .taskId(task.getId())
                .singleResult()
                .getDueDate();
        if (expect == ALLOWED) {
          assertThat(r.status()).as(r.body()).isEqualTo(204);
          assertThat(after).isNotEqualTo(before);
        } else {
          assertRefused(r);
          assertThat(after).isEqualTo(before);
        }
      }
    },
    DELETE_CASE {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        CaseScenario c = t.returnedCase();
        Http.Response r = t.rest(role).delete("/engine-rest/process-instance/" + c.main.getId());
        long left =
            t.engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(c.main.getId())
                .count();
        if (expect == ALLOWED) {
          assertThat(r.status()).as(r.body()).isEqualTo(204);
          assertThat(left).isZero();
        } else {
          assertRefused(r);
          assertThat(left).isEqualTo(1);
        }
      }
    },
    READ_HISTORY {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        String id = t.consulted().main.getId();
        Http.Response list =
            t.rest(role).get("/engine-rest/history/process-instance?processInstanceId=" + id);
        Http.Response tasks =
            t.rest(role)
                .get(
                    "/engine-rest/history/task?processInstanceBusinessKey="
                        + t.consulted().caseNumber);
        if (expect == ALLOWED) {
          assertThat(list.status()).as(list.body()).isEqualTo(200);
          assertThat(ids(list.json())).containsExactly(id);
          assertThat(tasks.json().size()).isPositive();
        } else if (list.status() == 200) {
          // Queries leave out what the user may not read rather than refusing.
          assertThat(list.json()).isEmpty();
          assertThat(tasks.json()).isEmpty();
        } else {
          assertRefused(list);
        }
      }
    },
    PLUGIN_CASE_DIRECTIVES {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectPlugin(
            role, "/process-instance/" + t.consulted().main.getId() + "/directives", expect);
      }
    },
    PLUGIN_CASE_REMINDERS {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectPlugin(
            role, "/process-instance/" + t.consulted().main.getId() + "/reminders", expect);
      }
    },
    PLUGIN_OVERDUE_LIST {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectPlugin(role, "/overdue", expect);
      }
    },
    PLUGIN_CASE_OPERATIONS {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectPlugin(
            role, "/process-instance/" + t.consulted().main.getId() + "/operations", expect);
      }
    },
    PLUGIN_RECENT_OPERATIONS {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectPlugin(role, "/operations", expect);
      }
    },
    API_START_CASE {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        String decisionNo = t.sequence.incrementAndGet() + "/QĐ-API-" + role.name();
        Http.Response r =
            t.rest(role).postJson("/api/cases", CaseRequests.plainDossier(decisionNo));
        if (expect == ALLOWED) {
          assertThat(r.status()).as(r.body()).isEqualTo(201);
          assertThat(t.casesWithDecision(decisionNo)).isEqualTo(1);
        } else {
          assertRefused(r);
          assertThat(t.casesWithDecision(decisionNo)).isZero();
        }
      }
    },
    CREATE_USER {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        String id = "moi." + t.sequence.incrementAndGet();
        Http.Response r =
            t.rest(role)
                .postJson(
                    "/engine-rest/user/create",
                    Map.of(
                        "profile",
                            Map.of(
                                "id",
                                id,
                                "firstName",
                                "Người",
                                "lastName",
                                "Mới",
                                "email",
                                id + "@angiang.example"),
                        "credentials", Map.of("password", "Mat-khau-dai-12345")));
        long created = t.engine.getIdentityService().createUserQuery().userId(id).count();
        if (expect == ALLOWED) {
          assertThat(r.status()).as(r.body()).isEqualTo(204);
          assertThat(created).isEqualTo(1);
          t.engine.getIdentityService().deleteUser(id);
        } else {
          assertRefused(r);
          assertThat(created).isZero();
        }
      }
    },
    CREATE_GROUP {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        String id = "nhom-moi-" + t.sequence.incrementAndGet();
        Http.Response r =
            t.rest(role)
                .postJson(
                    "/engine-rest/group/create",
                    Map.of("id", id, "name", "Nhóm mới", "type", "bcd-agency"));
        long created = t.engine.getIdentityService().createGroupQuery().groupId(id).count();
        if (expect == ALLOWED) {
          assertThat(r.status()).as(r.body()).isEqualTo(204);
          assertThat(created).isEqualTo(1);
          t.engine.getIdentityService().deleteGroup(id);
        } else {
          assertRefused(r);
          assertThat(created).isZero();
        }
      }
    },
    ADD_SELF_TO_ADMINS {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        Http.Response r =
            t.rest(role).put("/engine-rest/group/camunda-admin/members/" + role.login);
        long member =
            t.engine
                .getIdentityService()
                .createUserQuery()
                .userId(role.login)
                .memberOfGroup("camunda-admin")
                .count();
        assertThat(expect).isEqualTo(REFUSED);
        assertRefused(r);
        assertThat(member).isZero();
      }
    },
    GRANT_SELF_AUTHORIZATION {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        long before =
            t.engine
                .getAuthorizationService()
                .createAuthorizationQuery()
                .userIdIn(role.login)
                .count();
        Http.Response r =
            t.rest(role)
                .postJson(
                    "/engine-rest/authorization/create",
                    Map.of(
                        "type",
                        1,
                        "permissions",
                        List.of("ALL"),
                        "userId",
                        role.login,
                        "resourceType",
                        8,
                        "resourceId",
                        "*"));
        assertThat(expect).isEqualTo(REFUSED);
        assertRefused(r);
        assertThat(
                t.engine
                    .getAuthorizationService()
                    .createAuthorizationQuery()
                    .userIdIn(role.login)
                    .count())
            .isEqualTo(before);
      }
    },
    OPEN_TASKLIST {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectWebapp(role, "tasklist", expect);
      }
    },
    OPEN_COCKPIT {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectWebapp(role, "cockpit", expect);
      }
    },
    OPEN_ADMIN {
      @Override
      void check(AuthorizationMatrixIT t, Role role, Expect expect) {
        t.expectWebapp(role, "admin", expect);
      }
    };

    abstract void check(AuthorizationMatrixIT t, Role role, Expect expect);
  }

  // ------------------------------------------------------------------------------------------------ checks

  static void assertRefused(Http.Response r) {
    assertThat(r.status()).as(r.body()).isIn(401, 403, 404);
  }

  Http rest(Role role) {
    return Http.rest(port, role.login, role.password);
  }

  /** engine-rest as a role that is known to authenticate (for setting up a request). */
  Http http(Role role) {
    return Http.rest(port, role.login, "demo");
  }

  void expectRead(Http.Response r, Expect expect) {
    if (expect == ALLOWED) {
      assertThat(r.status()).as(r.body()).isEqualTo(200);
    } else {
      assertRefused(r);
    }
  }

  void expectListed(Role role, CaseScenario c, String taskKey, Expect expect) {
    String taskId = c.task(taskKey).getId();
    Http.Response r =
        rest(role).get("/engine-rest/task?processInstanceBusinessKey=" + c.caseNumber);
    Http.Response single = rest(role).get("/engine-rest/task/" + taskId);
    if (expect == ALLOWED) {
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      assertThat(ids(r.json())).contains(taskId);
      assertThat(single.status()).as(single.body()).isEqualTo(200);
    } else {
      if (r.status() == 200) {
        assertThat(ids(r.json())).doesNotContain(taskId);
      } else {
        assertRefused(r);
      }
      assertRefused(single);
    }
  }

  void expectClaim(Role role, Task task, Expect expect) {
    Http.Response r =
        rest(role)
            .postJson("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", role.login));
    String assignee =
        engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
    if (expect == ALLOWED) {
      assertThat(r.status()).as(r.body()).isEqualTo(204);
      assertThat(assignee).isEqualTo(role.login);
    } else {
      assertRefused(r);
      assertThat(assignee).isNull();
    }
  }

  void expectCompletion(Role role, Task task, Map<String, Object> body, Expect expect) {
    Http.Response r = rest(role).postJson("/engine-rest/task/" + task.getId() + "/complete", body);
    long open = engine.getTaskService().createTaskQuery().taskId(task.getId()).count();
    if (expect == ALLOWED) {
      assertThat(r.status()).as(r.body()).isEqualTo(204);
      assertThat(open).isZero();
    } else {
      assertRefused(r);
      assertThat(open).isEqualTo(1);
      assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
          .doesNotContainKeys("opinionContent", "opinionPosition");
    }
  }

  void expectPlugin(Role role, String path, Expect expect) {
    Http session = Http.browser(port);
    Http.Response login =
        session.loginToWebapp(
            Set.of(Role.SECRETARIAT, Role.CHAIR, Role.STANDING_DEPUTY, Role.ADMIN).contains(role)
                ? "cockpit"
                : "tasklist",
            role.login,
            role.password);
    if (login.status() != 200) {
      assertThat(expect).as("login refused: " + login.status()).isEqualTo(REFUSED);
      // Without a session the plugin answers nothing either.
      assertRefused(session.get(PLUGIN + path));
      return;
    }
    Http.Response r = session.get(PLUGIN + path);
    if (expect == ALLOWED) {
      assertThat(r.status()).as(r.body()).isEqualTo(200);
    } else {
      assertRefused(r);
    }
  }

  void expectWebapp(Role role, String app, Expect expect) {
    Http.Response r = Http.browser(port).loginToWebapp(app, role.login, role.password);
    if (expect == ALLOWED) {
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      assertThat(r.json().path("authorizedApps").toString()).contains(app);
    } else {
      assertRefused(r);
    }
  }

  long casesWithDecision(String decisionNo) {
    return jdbc.sql("select count(*) from bcd_case where enforcement_decision_no = ?")
        .param(decisionNo)
        .query(Long.class)
        .single();
  }

  static List<String> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.path("id").asText())
        .toList();
  }

  // ------------------------------------------------------------------------------------------------ cases

  /**
   * A fresh case of Phòng THADS khu vực 1 returned by the standing deputy: its task is the
   * agency's.
   */
  CaseScenario returnedCase() {
    CaseScenario c =
        CaseScenario.start(
            engine, "chv.kv01", CaseScenario.dossier(sequence.incrementAndGet() + "/QĐ-MT"));
    c.complete(
        "photruongban",
        "Task_ApproveRequest",
        Map.of("approvalDecision", "return", "returnReason", "Bổ sung biên bản xác minh."));
    return c;
  }

  /** A fresh case of Phòng THADS khu vực 1 on which Sở Tài chính is consulted. */
  CaseScenario consultedCase() {
    CaseScenario c =
        CaseScenario.start(
            engine, "chv.kv01", CaseScenario.dossier(sequence.incrementAndGet() + "/QĐ-MT"));
    c.complete("photruongban", "Task_ApproveRequest", Map.of("approvalDecision", "approve"));
    c.complete("thuky", "Task_ReviewDossier", Map.of("dossierComplete", "complete"));
    c.complete(
        "thuky",
        "Task_ConfirmAgencies",
        Map.of("consultedAgencies", Lifecycle.json(List.of("so-tai-chinh"))));
    return c;
  }
}
