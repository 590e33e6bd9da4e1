package vn.gov.thads.bcd.reminders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.organisation.Agency;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.RoleGroup;

/**
 * Who receives a task's reminders: the responsible agencies' configured addresses plus the
 * assignee, or, while nobody has claimed the task, every candidate who has an address. Escalations:
 * the agencies' heads with the secretariat in copy; later the chair, with the secretariat and the
 * heads in copy. People's addresses come from Camunda's users (kept in step with the organisation
 * file, editable in Admin); agencies' from the file.
 */
@Component
public class ReminderRecipients {

  /** Addresses of one mail. */
  public record Recipients(List<String> to, List<String> cc) {
    public boolean isEmpty() {
      return to.isEmpty();
    }

    /** For the log: "to; cc: …". */
    public String describe() {
      return String.join(", ", to) + (cc.isEmpty() ? "" : "; cc: " + String.join(", ", cc));
    }
  }

  private final Organisation organisation;
  private final IdentityService identity;

  public ReminderRecipients(Organisation organisation, IdentityService identity) {
    this.organisation = organisation;
    this.identity = identity;
  }

  /** The agencies responsible for a task (see {@link Organisation#responsibleAgencies}). */
  public List<Agency> agencies(Collection<String> candidateGroups, String assignee) {
    return organisation.responsibleAgencies(candidateGroups, assignee);
  }

  /** The people doing the task: agencies' addresses, and the assignee or else every candidate. */
  public Recipients forTask(
      List<Agency> agencies,
      String assignee,
      Collection<String> candidateUsers,
      Collection<String> candidateGroups) {
    Set<String> to = new LinkedHashSet<>();
    agencies.forEach(a -> to.addAll(a.reminderEmails()));
    if (assignee != null) {
      add(to, email(assignee));
    } else {
      candidateUsers.forEach(u -> add(to, email(u)));
      candidateGroups.forEach(g -> members(g).forEach(u -> add(to, u.getEmail())));
    }
    return new Recipients(List.copyOf(to), List.of());
  }

  /** First escalation: the heads of the agencies, the secretariat in copy. */
  public Recipients forHeads(List<Agency> agencies) {
    Set<String> to = new LinkedHashSet<>();
    agencies.forEach(a -> add(to, a.headEmail()));
    return new Recipients(List.copyOf(to), without(secretariat(), to));
  }

  /** Second escalation: the chair, with the secretariat and the agencies' heads in copy. */
  public Recipients forChair(List<Agency> agencies) {
    Set<String> to = new LinkedHashSet<>();
    members(RoleGroup.CHAIR.id()).forEach(u -> add(to, u.getEmail()));
    if (to.isEmpty()) {
      organisation.agencyOfRoleGroup(RoleGroup.CHAIR.id()).ifPresent(a -> add(to, a.headEmail()));
    }
    List<String> cc = new ArrayList<>(secretariat());
    agencies.forEach(a -> cc.add(a.headEmail()));
    return new Recipients(List.copyOf(to), without(cc, to));
  }

  /** A digest for an agency: its addresses, plus the people concerned by the listed tasks. */
  public Recipients forDigest(Agency agency, Collection<String> people) {
    Set<String> to = new LinkedHashSet<>(agency.reminderEmails());
    people.forEach(p -> add(to, email(p)));
    return new Recipients(List.copyOf(to), List.of());
  }

  /** Logins of the members of a group (used for digests of unclaimed tasks). */
  public List<String> memberLogins(String group) {
    return members(group).stream().map(User::getId).toList();
  }

  private List<String> secretariat() {
    Set<String> cc = new LinkedHashSet<>();
    organisation
        .agencyOfRoleGroup(RoleGroup.SECRETARIAT.id())
        .ifPresent(a -> cc.addAll(a.reminderEmails()));
    members(RoleGroup.SECRETARIAT.id()).forEach(u -> add(cc, u.getEmail()));
    return List.copyOf(cc);
  }

  private List<User> members(String group) {
    return identity.createUserQuery().memberOfGroup(group).list();
  }

  private String email(String login) {
    User user = identity.createUserQuery().userId(login).singleResult();
    return user == null ? null : user.getEmail();
  }

  private static void add(Set<String> addresses, String address) {
    if (address != null && !address.isBlank()) {
      addresses.add(address.strip());
    }
  }

  private static List<String> without(Collection<String> addresses, Set<String> excluded) {
    return addresses.stream()
        .filter(Objects::nonNull)
        .filter(a -> !excluded.contains(a))
        .distinct()
        .toList();
  }
}
