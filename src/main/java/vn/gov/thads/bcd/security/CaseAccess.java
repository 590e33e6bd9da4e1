package vn.gov.thads.bcd.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Lets an agency read a case it takes part in. Called from inside the engine (delegates), on behalf
 * of a user who may not administer authorizations, so the check is lifted for this one write.
 */
@Component
public class CaseAccess {

  private final AuthorizationService authorizationService;
  private final WithoutAuthorization withoutAuthorization;

  public CaseAccess(
      AuthorizationService authorizationService, WithoutAuthorization withoutAuthorization) {
    this.authorizationService = authorizationService;
    this.withoutAuthorization = withoutAuthorization;
  }

  public void grantRead(String processInstanceId, String agencyId) {
    withoutAuthorization.run(
        () -> {
          boolean present =
              grantedInThisCommand(processInstanceId, agencyId)
                  || startedBefore(processInstanceId)
                      && authorizationService
                              .createAuthorizationQuery()
                              .groupIdIn(agencyId)
                              .resourceType(Resources.PROCESS_INSTANCE)
                              .resourceId(processInstanceId)
                              .hasPermission(Permissions.READ)
                              .count()
                          > 0;
          if (!present) {
            Authorization grant =
                authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(agencyId);
            grant.setResource(Resources.PROCESS_INSTANCE);
            grant.setResourceId(processInstanceId);
            grant.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(grant);
          }
          return null;
        });
  }

  /**
   * Whether the process instance may have grants in the database: not when it is being started in
   * this very command (a case's registration), whose id nobody could have used yet; the query is
   * then saved (issue 17).
   */
  private static boolean startedBefore(String processInstanceId) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return true;
    }
    DbEntityCache cache = command.getDbEntityManager().getDbEntityCache();
    CachedDbEntity instance = cache.getCachedEntity(ExecutionEntity.class, processInstanceId);
    return instance == null || !cache.isTransient(instance.getEntity());
  }

  /**
   * A grant made earlier in the same engine command is not in the database yet (the engine writes
   * at the end of the command), so the query above does not see it: one agency supporting one
   * directive and leading another of the same conclusion would be granted twice and break the
   * unique index. Look in the command's pending entities too.
   */
  private static boolean grantedInThisCommand(String processInstanceId, String agencyId) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return false;
    }
    return command.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .anyMatch(
            a ->
                agencyId.equals(a.getGroupId())
                    && processInstanceId.equals(a.getResourceId())
                    && a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType());
  }
}
