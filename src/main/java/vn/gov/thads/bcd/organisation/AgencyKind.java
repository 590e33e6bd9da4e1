package vn.gov.thads.bcd.organisation;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What kind of body an agency is, independent of its role on the committee: coercion and property
 * disputes go to courts, procuracies, police and People's Committees, whatever the province calls
 * them. Spelled in the organisation file as {@link #code()}; {@link #OTHER} when not given.
 */
public enum AgencyKind {
  COURT("court"),
  PROCURACY("procuracy"),
  POLICE("police"),
  PEOPLES_COMMITTEE("people-committee"),
  OTHER("other");

  private final String code;

  AgencyKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static AgencyKind fromCode(String code) {
    return Arrays.stream(values())
        .filter(k -> k.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "loại cơ quan (kind) '" + code + "' không hợp lệ (chỉ nhận: " + codes() + ")"));
  }

  static String codes() {
    return Arrays.stream(values()).map(AgencyKind::code).collect(Collectors.joining(", "));
  }
}
