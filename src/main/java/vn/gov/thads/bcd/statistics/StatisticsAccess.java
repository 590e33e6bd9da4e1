package vn.gov.thads.bcd.statistics;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.AgencyRole;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.RoleGroup;

/**
 * Who may do what with the statistics:
 *
 * <ul>
 *   <li>enter and import figures: the secretariat and the people of THADS tỉnh (the agency of the
 *       standing deputy in the organisation file), who report them;
 *   <li>set the year's targets: the secretariat;
 *   <li>read: those, and the supervisors (the chair).
 * </ul>
 */
@Component
public class StatisticsAccess {

  private final Organisation organisation;

  public StatisticsAccess(Organisation organisation) {
    this.organisation = organisation;
  }

  public boolean mayEnter(Authentication user) {
    List<String> groups = groups(user);
    return groups.contains(RoleGroup.SECRETARIAT.id())
        || groups.contains(RoleGroup.STANDING_DEPUTY.id())
        || organisation.agencies().stream()
            .anyMatch(a -> a.role() == AgencyRole.STANDING_DEPUTY && groups.contains(a.id()));
  }

  public boolean maySetTargets(Authentication user) {
    return groups(user).contains(RoleGroup.SECRETARIAT.id());
  }

  public boolean mayRead(Authentication user) {
    List<String> groups = groups(user);
    return mayEnter(user)
        || groups.contains(RoleGroup.SUPERVISORS.id())
        || groups.contains(RoleGroup.CHAIR.id());
  }

  private static List<String> groups(Authentication user) {
    return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }
}
