package vn.gov.thads.bcd.cockpit;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.documents.CaseParticipation;

/**
 * The case register's access rules for the documents of a case: who may read a case is who may open
 * its page ({@link Viewer#visibleCaseCondition}); who takes part is the same condition without a
 * supervisor's view of every case.
 */
@Component
public class CaseDocumentAccess implements CaseParticipation {

  private final SupervisionAccess access;
  private final JdbcClient jdbc;

  public CaseDocumentAccess(SupervisionAccess access, JdbcClient jdbc) {
    this.access = access;
    this.jdbc = jdbc;
  }

  @Override
  public boolean mayRead(Authentication user, long caseId) {
    return visible(jdbc, access.viewer(user), caseId) || worksOnAStep(user, caseId);
  }

  @Override
  public boolean takesPart(Authentication user, long caseId) {
    Viewer viewer = access.viewer(user);
    return visible(jdbc, new Viewer(viewer.userId(), viewer.groupIds(), false), caseId)
        || worksOnAStep(user, caseId);
  }

  /**
   * Whether one of the case's open steps (in any of its processes, whose business key is the case
   * number) is the user's: held by them, or offered to them or one of their groups.
   */
  private boolean worksOnAStep(Authentication user, long caseId) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", caseId);
    params.put("user", user.getUserId());
    String who = "l.USER_ID_ = :user";
    if (user.getGroupIds() != null && !user.getGroupIds().isEmpty()) {
      params.put("groups", user.getGroupIds());
      who = "(" + who + " or l.GROUP_ID_ in (:groups))";
    }
    return jdbc.sql(
                """
                select count(*) from ACT_RU_TASK t
                join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
                join bcd_case c on c.case_number = e.BUSINESS_KEY_
                where c.id = :id and (t.ASSIGNEE_ = :user or t.ID_ in (
                  select l.TASK_ID_ from ACT_RU_IDENTITYLINK l where l.TYPE_ = 'candidate' and """
                    + who
                    + "))")
            .params(params)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The case number of a task's case (the business key of its process instance). */
  public java.util.Optional<String> caseNumberOfTask(String taskId) {
    return jdbc.sql(
            """
            select e.BUSINESS_KEY_ from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
            where t.ID_ = ?""")
        .param(taskId)
        .query(String.class)
        .optional();
  }

  /** Whether the viewer may see the case of the application's tables with this id. */
  static boolean visible(JdbcClient jdbc, Viewer viewer, long caseId) {
    if (viewer.supervisor()) {
      return true;
    }
    Map<String, Object> params = new HashMap<>();
    params.put("id", caseId);
    String condition = viewer.visibleCaseCondition(params);
    return jdbc.sql("select count(*) from bcd_case c where c.id = :id and " + condition)
            .params(params)
            .query(Long.class)
            .single()
        > 0;
  }
}
