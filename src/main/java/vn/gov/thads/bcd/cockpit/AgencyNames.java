package vn.gov.thads.bcd.cockpit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.RoleGroup;

/**
 * Names of the candidate groups tasks are given to: agencies of the organisation file, and role
 * groups.
 */
@Component
public class AgencyNames {

  public record Choice(String id, String name) {}

  private final Organisation organisation;

  public AgencyNames(Organisation organisation) {
    this.organisation = organisation;
  }

  /**
   * The group's display name, or its id when it is neither an agency nor a role group (left from an
   * older file).
   */
  public String name(String groupId) {
    if (groupId == null) {
      return "Chưa giao đơn vị";
    }
    return find(groupId).orElse(groupId);
  }

  public boolean known(String groupId) {
    return find(groupId).isPresent();
  }

  /** Every group a task can be given to, agencies first in the order of the organisation file. */
  public List<Choice> choices() {
    List<Choice> all = new ArrayList<>();
    organisation.agencies().forEach(a -> all.add(new Choice(a.id(), a.name())));
    Arrays.stream(RoleGroup.values()).forEach(g -> all.add(new Choice(g.id(), g.displayName())));
    return all;
  }

  /** The agencies of the organisation file (not role groups), in the file's order. */
  public List<Choice> agencyChoices() {
    return organisation.agencies().stream().map(a -> new Choice(a.id(), a.name())).toList();
  }

  private Optional<String> find(String groupId) {
    return organisation
        .agency(groupId)
        .map(Agency::name)
        .or(
            () ->
                Arrays.stream(RoleGroup.values())
                    .filter(g -> g.id().equals(groupId))
                    .findFirst()
                    .map(RoleGroup::displayName));
  }
}
