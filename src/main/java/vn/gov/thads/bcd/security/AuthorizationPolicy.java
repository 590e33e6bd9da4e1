package vn.gov.thads.bcd.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.OrganisationConfiguration;
import vn.gov.thads.bcd.organisation.RoleGroup;
import vn.gov.thads.bcd.variables.ProcessKeys;

/**
 * The standing authorizations, granted idempotently at start-up (nothing is ever granted twice):
 *
 * <ul>
 *   <li>every agency's staff use Tasklist and may read models and filters; the tasks themselves are
 *       granted per task by the engine to the candidate group (permission TASK_WORK: claim and
 *       complete, but not change a due date or delegate outside the agency);
 *   <li>enforcement officers may start a difficult case;
 *   <li>supervisors (chair, standing deputy, secretariat) use Cockpit and read everything;
 *   <li>only {@code camunda-admin} administers.
 * </ul>
 *
 * The cases an agency takes part in are granted to it per process instance by {@link CaseAccess}.
 */
@Component
@Order(OrganisationConfiguration.IMPORT_ORDER + 10)
public class AuthorizationPolicy extends AbstractProcessEnginePlugin {

  private final Organisation organisation;

  public AuthorizationPolicy(Organisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    AuthorizationService auth = engine.getAuthorizationService();
    for (Resource resource : Resources.values()) {
      grant(auth, RoleGroup.ADMINS.id(), resource, ANY, Permissions.ALL);
    }
    for (Agency agency : organisation.agencies()) {
      grantStaff(auth, agency.id());
    }
    grant(
        auth,
        RoleGroup.THADS_OFFICERS.id(),
        Resources.PROCESS_DEFINITION,
        ProcessKeys.DIFFICULT_CASE,
        Permissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    // The office reports in Tasklist that its concluded case ended early; the secretariat puts a
    // concluded case before the committee again (both start forms hand the report to the case).
    grant(
        auth,
        RoleGroup.THADS_OFFICERS.id(),
        Resources.PROCESS_DEFINITION,
        ProcessKeys.EARLY_CLOSURE_REPORT,
        Permissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(
        auth,
        RoleGroup.THADS_OFFICERS.id(),
        Resources.PROCESS_INSTANCE,
        ANY,
        ProcessInstancePermissions.CREATE);
    grant(
        auth,
        RoleGroup.SECRETARIAT.id(),
        Resources.PROCESS_DEFINITION,
        ProcessKeys.NEW_ROUND_REQUEST,
        Permissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(
        auth,
        RoleGroup.SECRETARIAT.id(),
        Resources.PROCESS_INSTANCE,
        ANY,
        ProcessInstancePermissions.CREATE);
    grantSupervisors(auth, RoleGroup.SUPERVISORS.id());
    // The secretariat keeps the committee's deadlines: it may move a task's due date (its reminders
    // follow) and
    // hand a task to another person.
    grant(
        auth,
        RoleGroup.SECRETARIAT.id(),
        Resources.TASK,
        ANY,
        Permissions.UPDATE,
        TaskPermissions.TASK_ASSIGN);
  }

  private void grantStaff(AuthorizationService auth, String groupId) {
    grant(auth, groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(auth, groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(auth, groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grant(auth, groupId, Resources.FILTER, ANY, Permissions.READ);
    // Tasklist shows who holds a task and which agency it is for.
    grant(auth, groupId, Resources.USER, ANY, Permissions.READ);
    grant(auth, groupId, Resources.GROUP, ANY, Permissions.READ);
  }

  private void grantSupervisors(AuthorizationService auth, String groupId) {
    grant(auth, groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(auth, groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(
        auth,
        groupId,
        Resources.PROCESS_DEFINITION,
        ANY,
        Permissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK);
    grant(auth, groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(auth, groupId, Resources.TASK, ANY, Permissions.READ);
    grant(
        auth,
        groupId,
        Resources.DECISION_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.READ_HISTORY);
    grant(auth, groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(auth, groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(
        auth,
        groupId,
        Resources.OPERATION_LOG_CATEGORY,
        ANY,
        UserOperationLogCategoryPermissions.READ);
    grant(auth, groupId, Resources.FILTER, ANY, Permissions.READ);
    grant(auth, groupId, Resources.USER, ANY, Permissions.READ);
    grant(auth, groupId, Resources.GROUP, ANY, Permissions.READ);
  }

  /** Adds the permissions a group lacks on a resource; creates the grant when there is none. */
  static void grant(
      AuthorizationService auth,
      String groupId,
      Resource resource,
      String resourceId,
      Permission... permissions) {
    List<Authorization> existing =
        auth.createAuthorizationQuery()
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .authorizationType(AUTH_TYPE_GRANT)
            .list();
    Authorization grant;
    if (existing.isEmpty()) {
      grant = auth.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    } else {
      grant = existing.get(0);
      boolean missing = false;
      for (Permission p : permissions) {
        missing |= !grant.isPermissionGranted(p);
      }
      if (!missing) {
        return;
      }
    }
    for (Permission p : permissions) {
      grant.addPermission(p);
    }
    auth.saveAuthorization(grant);
  }
}
