package vn.gov.thads.bcd.organisation;

/**
 * Camunda groups that stand for a role rather than an agency. Their ids are referenced from the
 * models (candidate groups) and from the authorization policy, so they are fixed here and never
 * configured.
 */
public enum RoleGroup {
  CHAIR("bcd-chair", "Trưởng ban Ban Chỉ đạo"),
  STANDING_DEPUTY("bcd-standing-deputy", "Phó Trưởng ban thường trực"),
  SECRETARIAT("bcd-secretariat", "Tổ Thư ký Ban Chỉ đạo"),
  SUPERVISORS("bcd-supervisors", "Giám sát (Trưởng ban, Phó Trưởng ban thường trực, Tổ Thư ký)"),
  AGENCY_HEADS("agency-heads", "Lãnh đạo đơn vị"),
  THADS_OFFICERS("thads-officers", "Chấp hành viên, cán bộ THADS"),
  ADMINS("camunda-admin", "Quản trị hệ thống");

  /** Camunda group type of role groups; agency groups use {@link #AGENCY_TYPE}. */
  public static final String ROLE_TYPE = "bcd-role";

  public static final String AGENCY_TYPE = "bcd-agency";

  private final String id;
  private final String displayName;

  RoleGroup(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public static boolean isRoleGroupId(String groupId) {
    for (RoleGroup g : values()) {
      if (g.id.equals(groupId)) {
        return true;
      }
    }
    return false;
  }
}
