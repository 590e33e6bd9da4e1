package vn.gov.thads.bcd.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a person does in the workflow. Each role maps to one Camunda role group (see {@link
 * RoleGroup}); the chair, the standing deputy and the secretariat are also supervisors.
 */
public enum PersonRole {
  CHAIR("chair", RoleGroup.CHAIR),
  STANDING_DEPUTY("standing-deputy", RoleGroup.STANDING_DEPUTY),
  SECRETARIAT("secretariat", RoleGroup.SECRETARIAT),
  AGENCY_HEAD("agency-head", RoleGroup.AGENCY_HEADS),
  OFFICER("officer", RoleGroup.THADS_OFFICERS),
  STAFF("staff", null),
  ADMIN("admin", RoleGroup.ADMINS);

  private final String code;
  private final RoleGroup group;

  PersonRole(String code, RoleGroup group) {
    this.code = code;
    this.group = group;
  }

  public String code() {
    return code;
  }

  /** The role group this role puts a person in, or null when agency membership is all it takes. */
  public RoleGroup group() {
    return group;
  }

  public boolean supervises() {
    return this == CHAIR || this == STANDING_DEPUTY || this == SECRETARIAT;
  }

  @JsonCreator
  public static PersonRole fromCode(String code) {
    return Arrays.stream(values())
        .filter(r -> r.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "vai trò '"
                        + code
                        + "' không hợp lệ (chỉ nhận: "
                        + Arrays.stream(values())
                            .map(PersonRole::code)
                            .collect(Collectors.joining(", "))
                        + ")"));
  }
}
