package vn.gov.thads.bcd.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What an agency is to the steering committee. Spelled in the organisation file as {@link #code()}.
 */
public enum AgencyRole {
  CHAIR("chair"),
  STANDING_DEPUTY("standing-deputy"),
  SECRETARIAT("secretariat"),
  MEMBER("member"),
  INVITED("invited"),
  THADS_REGIONAL("thads-regional"),
  COMMUNE("commune"),
  /**
   * Works with the committee without being a member: regional courts and procuracies, the Văn phòng
   * UBND tỉnh, the Ministry's Cục Quản lý THADS.
   */
  PARTNER("partner");

  private final String code;

  AgencyRole(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  @JsonCreator
  public static AgencyRole fromCode(String code) {
    return Arrays.stream(values())
        .filter(r -> r.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "vai trò đơn vị '" + code + "' không hợp lệ (chỉ nhận: " + codes() + ")"));
  }

  static String codes() {
    return Arrays.stream(values()).map(AgencyRole::code).collect(Collectors.joining(", "));
  }
}
