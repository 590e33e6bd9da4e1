package vn.gov.thads.bcd.cockpit;

import java.util.List;
import java.util.Map;

/**
 * Who looks at the supervision views, and what they may see: a supervisor sees every case; anyone
 * else only the process instances granted to them or their groups (directly, or through the case's
 * main instance), the way {@link vn.gov.thads.bcd.security.CaseAccess} grants them.
 */
public record Viewer(String userId, List<String> groupIds, boolean supervisor) {

  public Viewer {
    groupIds = List.copyOf(groupIds);
  }

  /**
   * The open tasks (rows of {@code bcd_open_task}, all columns) that the viewer may see, among
   * those that meet {@code condition} (on alias {@code o}): its process instance or the root
   * instance of its case is granted to the viewer, or it is the viewer's own work (a candidate
   * group of theirs, or held by them), which Tasklist shows them anyway. Not for a supervisor, who
   * sees every task.
   *
   * <p>One index-driven select per way of seeing a task, united: each looks up only the viewer's
   * grants, groups or name in its own index ({@code = any(array(…))}, which PostgreSQL and H2 both
   * read as a list of index keys), instead of checking every task due soon against the grants
   * (issue 17: that was 40–60 ms of an agency user's overdue view at 51,000 tasks due; this is
   * about 19 ms).
   */
  String visibleOpenTasks(Map<String, Object> params, String condition) {
    String granted = "any(array(" + grantedInstances(params) + "))";
    String each = "select o.* from bcd_open_task o where " + condition + " and ";
    StringBuilder sql =
        new StringBuilder(each)
            .append("o.root_instance_id = ")
            .append(granted)
            .append(" union ")
            .append(each)
            .append("o.process_instance_id = ")
            .append(granted)
            .append(" union ")
            .append(each)
            .append("o.assignee = :viewerUser");
    if (!groupIds.isEmpty()) {
      sql.append(" union ")
          .append(each)
          .append(
              "o.task_id = any(array(select g.task_id from bcd_open_task g"
                  + " where g.agency in (:viewerGroups)))");
    }
    return sql.toString();
  }

  /**
   * A SQL condition on a case of the application's tables (alias {@code c}) that holds when the
   * viewer may see it, open or closed: the viewer's agency submitted it, gave an opinion on it,
   * leads or supports one of its directives, or one of the case's process instances (the main one
   * or a called one) is granted to the viewer. Uncorrelated sub-queries, computed once per
   * statement. Always true for a supervisor.
   */
  String visibleCaseCondition(Map<String, Object> params) {
    if (supervisor) {
      return "1 = 1";
    }
    String granted = grantedInstances(params);
    StringBuilder sql =
        new StringBuilder("(c.process_instance_id in (")
            .append(granted)
            .append(
                ") or c.process_instance_id in (select h.ROOT_PROC_INST_ID_ from ACT_HI_PROCINST h")
            .append(" where h.PROC_INST_ID_ in (")
            .append(granted)
            .append("))");
    if (!groupIds.isEmpty()) {
      sql.append(" or c.submitting_agency in (:viewerGroups)")
          .append(
              " or c.id in (select o.case_id from bcd_opinion o where o.agency in (:viewerGroups))")
          .append(
              " or c.id in (select d.case_id from bcd_directive d where d.lead_agency in (:viewerGroups))")
          .append(
              " or c.id in (select d.case_id from bcd_directive d join bcd_directive_supporting s")
          .append(" on s.directive_id = d.id where s.agency_id in (:viewerGroups))");
    }
    return sql.append(")").toString();
  }

  /**
   * A sub-query of the process instance ids granted to the viewer for READ: to the user, and to
   * their groups, as two selects so that each reads one index alone (one select with "or" made
   * PostgreSQL visit the table for every grant).
   */
  String grantedInstances(Map<String, Object> params) {
    params.put("viewerUser", userId);
    // READ is bit 2 of PERMS_; integer arithmetic because PostgreSQL and H2 spell bitwise "and"
    // differently.
    String grants =
        "select a.RESOURCE_ID_ from ACT_RU_AUTHORIZATION a where a.RESOURCE_TYPE_ = 8 and a.TYPE_ = 1"
            + " and mod(a.PERMS_ / 2, 2) = 1 and ";
    String sql = grants + "a.USER_ID_ = :viewerUser";
    if (!groupIds.isEmpty()) {
      params.put("viewerGroups", groupIds);
      sql += " union all " + grants + "a.GROUP_ID_ in (:viewerGroups)";
    }
    return sql;
  }
}
