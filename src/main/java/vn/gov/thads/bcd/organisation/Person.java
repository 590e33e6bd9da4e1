package vn.gov.thads.bcd.organisation;

import java.util.List;

/** A person who works in the application; {@code login} is the Camunda user id. */
public record Person(
    String login, String fullName, String email, String agency, List<PersonRole> roles) {

  public Person {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  public boolean supervises() {
    return roles.stream().anyMatch(PersonRole::supervises);
  }
}
