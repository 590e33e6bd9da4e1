package vn.gov.thads.bcd.security;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;

/** Who is acting in the current engine command: the authenticated user (Tasklist, REST), if any. */
public final class CurrentUser {

  private CurrentUser() {}

  /** The authenticated user's id, or {@code fallback} when the command runs without one. */
  public static String idOr(String fallback) {
    String user =
        Context.getCommandContext() == null
            ? null
            : Context.getCommandContext().getAuthenticatedUserId();
    return user != null ? user : fallback;
  }

  /** The authenticated user's groups in the current engine command (empty without one). */
  public static List<String> groups() {
    List<String> groups =
        Context.getCommandContext() == null
            ? null
            : Context.getCommandContext().getAuthenticatedGroupIds();
    return groups == null ? List.of() : List.copyOf(groups);
  }
}
