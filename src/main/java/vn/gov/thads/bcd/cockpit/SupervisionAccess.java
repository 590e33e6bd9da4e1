package vn.gov.thads.bcd.cockpit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.RoleGroup;

/** Decides what a Cockpit user may see in the supervision views (see {@link Viewer}). */
@Component
public class SupervisionAccess {

  private final JdbcClient jdbc;
  private final boolean authorizationEnabled;

  public SupervisionAccess(
      JdbcClient jdbc,
      @Value("${camunda.bpm.authorization.enabled:false}") boolean authorizationEnabled) {
    this.jdbc = jdbc;
    this.authorizationEnabled = authorizationEnabled;
  }

  public Viewer viewer(Authentication authentication) {
    String user = authentication.getUserId();
    List<String> groups =
        authentication.getGroupIds() == null
            ? List.of()
            : List.copyOf(authentication.getGroupIds());
    boolean supervisor =
        !authorizationEnabled
            || groups.contains(RoleGroup.SUPERVISORS.id())
            || groups.contains(RoleGroup.ADMINS.id())
            || readsEveryProcessInstance(user, groups);
    return new Viewer(user, groups, supervisor);
  }

  /** A READ grant on every process instance ('*'), global or to the user or one of their groups. */
  private boolean readsEveryProcessInstance(String user, List<String> groups) {
    Map<String, Object> params = new HashMap<>();
    params.put("user", user);
    String who = "a.USER_ID_ = :user";
    if (!groups.isEmpty()) {
      params.put("groups", groups);
      who = "(" + who + " or a.GROUP_ID_ in (:groups))";
    }
    return jdbc.sql(
                "select count(*) from ACT_RU_AUTHORIZATION a where a.RESOURCE_TYPE_ = 8 and a.RESOURCE_ID_ = '*'"
                    + " and mod(a.PERMS_ / 2, 2) = 1 and (a.TYPE_ = 0 or (a.TYPE_ = 1 and "
                    + who
                    + "))")
            .params(params)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Whether the viewer may read this process instance (or the case's main instance it belongs to).
   */
  public boolean mayRead(Viewer viewer, String processInstanceId, String rootProcessInstanceId) {
    if (viewer.supervisor()) {
      return true;
    }
    Map<String, Object> params = new HashMap<>();
    params.put("pi", processInstanceId);
    params.put("root", rootProcessInstanceId == null ? processInstanceId : rootProcessInstanceId);
    return jdbc.sql(
                "select count(*) from ("
                    + viewer.grantedInstances(params)
                    + ") g where g.RESOURCE_ID_ in (:pi, :root)")
            .params(params)
            .query(Long.class)
            .single()
        > 0;
  }
}
