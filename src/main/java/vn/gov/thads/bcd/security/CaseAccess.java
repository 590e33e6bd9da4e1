package vn.gov.thads.bcd.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
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
              authorizationService
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
}
