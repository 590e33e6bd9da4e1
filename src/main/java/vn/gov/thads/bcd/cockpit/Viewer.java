package vn.gov.thads.bcd.cockpit;

import java.util.List;
import java.util.Map;

/**
 * Who looks at the supervision views, and what they may see: a supervisor sees every case; anyone else only the
 * process instances granted to them or their groups (directly, or through the case's main instance), the way
 * {@link vn.gov.thads.bcd.security.CaseAccess} grants them.
 */
public record Viewer(String userId, List<String> groupIds, boolean supervisor) {

  public Viewer {
    groupIds = List.copyOf(groupIds);
  }

  /**
   * A SQL condition that holds when the viewer may read the process instance in {@code instanceColumn} or the
   * root instance in {@code rootColumn}; adds its parameters to {@code params}. Always true for a supervisor.
   * Only grants count: the application never revokes on process instances.
   */
  String visibleCondition(String instanceColumn, String rootColumn, Map<String, Object> params) {
    if (supervisor) {
      return "1 = 1";
    }
    String granted = grantedInstances(params);
    return "(" + instanceColumn + " in (" + granted + ") or " + rootColumn + " in (" + granted + "))";
  }

  /** A sub-query of the process instance ids granted to the viewer for READ. */
  String grantedInstances(Map<String, Object> params) {
    params.put("viewerUser", userId);
    String who = "a.USER_ID_ = :viewerUser";
    if (!groupIds.isEmpty()) {
      params.put("viewerGroups", groupIds);
      who = "(" + who + " or a.GROUP_ID_ in (:viewerGroups))";
    }
    // READ is bit 2 of PERMS_; integer arithmetic because PostgreSQL and H2 spell bitwise "and" differently.
    return "select a.RESOURCE_ID_ from ACT_RU_AUTHORIZATION a where a.RESOURCE_TYPE_ = 8 and a.TYPE_ = 1 and "
        + who + " and mod(a.PERMS_ / 2, 2) = 1";
  }
}
