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
    return visible(jdbc, access.viewer(user), caseId);
  }

  @Override
  public boolean takesPart(Authentication user, long caseId) {
    Viewer viewer = access.viewer(user);
    return visible(jdbc, new Viewer(viewer.userId(), viewer.groupIds(), false), caseId);
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
