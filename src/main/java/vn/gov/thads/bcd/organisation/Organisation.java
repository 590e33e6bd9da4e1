package vn.gov.thads.bcd.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The province's agencies and people, validated. Immutable; built by {@link OrganisationFileReader}. */
public final class Organisation {

  private final String province;
  private final Map<String, Agency> agencies;
  private final Map<String, Person> people;

  Organisation(String province, List<Agency> agencies, List<Person> people) {
    this.province = province;
    this.agencies = agencies.stream()
        .collect(Collectors.toMap(Agency::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    this.people = people.stream()
        .collect(Collectors.toMap(Person::login, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  public String province() {
    return province;
  }

  public List<Agency> agencies() {
    return List.copyOf(agencies.values());
  }

  public List<Person> people() {
    return List.copyOf(people.values());
  }

  public Optional<Agency> agency(String id) {
    return Optional.ofNullable(agencies.get(id));
  }

  public Optional<Person> person(String login) {
    return Optional.ofNullable(people.get(login));
  }

  /** The agency a user works for, if the user is declared in the organisation file. */
  public Optional<Agency> agencyOf(String login) {
    return person(login).flatMap(p -> agency(p.agency()));
  }
}
