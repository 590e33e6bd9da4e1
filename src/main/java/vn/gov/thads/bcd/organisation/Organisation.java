package vn.gov.thads.bcd.organisation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The province's agencies and people, validated. Immutable; built by {@link
 * OrganisationFileReader}.
 */
public final class Organisation {

  private final String province;
  private final Map<String, Agency> agencies;
  private final Map<String, Person> people;

  Organisation(String province, List<Agency> agencies, List<Person> people) {
    this.province = province;
    this.agencies =
        agencies.stream()
            .collect(
                Collectors.toMap(Agency::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    this.people =
        people.stream()
            .collect(
                Collectors.toMap(
                    Person::login, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  public String province() {
    return province;
  }

  public List<Agency> agencies() {
    return List.copyOf(agencies.values());
  }

  /** Every agency as a form's select option ({label: name, value: id}), in the file's order. */
  public List<Map<String, String>> agencyOptions() {
    return options(agencies.values());
  }

  /** Agencies as a form's select or checklist options ({label: name, value: id}), in that order. */
  public static List<Map<String, String>> options(Collection<Agency> agencies) {
    return agencies.stream().map(a -> Map.of("label", a.name(), "value", a.id())).toList();
  }

  /** The agencies of one kind (the courts, the People's Committees…), in the file's order. */
  public List<Agency> agenciesOfKind(AgencyKind kind) {
    return agencies.values().stream().filter(a -> a.kind() == kind).toList();
  }

  /**
   * The court, procuracy and police an enforcement office works with; empty for an unknown agency
   * or one that is not an enforcement office.
   */
  public Optional<Jurisdiction> jurisdictionOf(String officeId) {
    return agency(officeId).map(Agency::jurisdiction);
  }

  public List<Person> people() {
    return List.copyOf(people.values());
  }

  public Optional<Agency> agency(String id) {
    return Optional.ofNullable(agencies.get(id));
  }

  /**
   * Where an agency's official mail goes (a directive assigned, a meeting invitation): the
   * addresses its reminders go to, else its head's; none for an unknown agency or one without an
   * address.
   */
  public List<String> mailAddresses(String agencyId) {
    return agency(agencyId)
        .map(
            a ->
                !a.reminderEmails().isEmpty()
                    ? a.reminderEmails()
                    : a.headEmail() == null || a.headEmail().isBlank()
                        ? List.<String>of()
                        : List.of(a.headEmail()))
        .orElse(List.of());
  }

  public Optional<Person> person(String login) {
    return Optional.ofNullable(people.get(login));
  }

  /**
   * How a record names who did something: "Full name (login)" for a known person, else the login as
   * recorded; null for nobody.
   */
  public String personLabel(String login) {
    if (login == null) {
      return null;
    }
    return person(login).map(p -> p.fullName() + " (" + login + ")").orElse(login);
  }

  /**
   * The agencies responsible for a task, in the order of this file: the agencies among its
   * candidate groups (a role group stands for its agency: the secretariat, the chair's or the
   * standing deputy's office), or else the assignee's agency.
   */
  public List<Agency> responsibleAgencies(Collection<String> candidateGroups, String assignee) {
    Set<String> ids = new LinkedHashSet<>();
    for (String group : candidateGroups) {
      if (agencies.containsKey(group)) {
        ids.add(group);
      } else {
        agencyOfRoleGroup(group).ifPresent(a -> ids.add(a.id()));
      }
    }
    if (ids.isEmpty() && assignee != null) {
      agencyOf(assignee).ifPresent(a -> ids.add(a.id()));
    }
    return agencies.values().stream().filter(a -> ids.contains(a.id())).toList();
  }

  /**
   * The agency a role group stands for (the secretariat, the chair's office, the standing deputy's
   * agency).
   */
  public Optional<Agency> agencyOfRoleGroup(String group) {
    AgencyRole role =
        group.equals(RoleGroup.SECRETARIAT.id())
            ? AgencyRole.SECRETARIAT
            : group.equals(RoleGroup.CHAIR.id())
                ? AgencyRole.CHAIR
                : group.equals(RoleGroup.STANDING_DEPUTY.id()) ? AgencyRole.STANDING_DEPUTY : null;
    return role == null
        ? Optional.empty()
        : agencies.values().stream().filter(a -> a.role() == role).findFirst();
  }

  /** The agency a user works for, if the user is declared in the organisation file. */
  public Optional<Agency> agencyOf(String login) {
    return person(login).flatMap(p -> agency(p.agency()));
  }
}
