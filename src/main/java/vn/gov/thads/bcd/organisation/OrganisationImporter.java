package vn.gov.thads.bcd.organisation;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the organisation to Camunda's identity service: one group per agency, the role groups,
 * users and memberships. Idempotent: it creates what is missing, updates what changed and removes
 * agencies, people and memberships that left the file. Users and groups it never managed (such as
 * the built-in administrator) are left alone.
 */
public class OrganisationImporter {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationImporter.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identity;
  private final String protectedUserId;

  /**
   * @param protectedUserId the configured Camunda administrator, who is never removed nor changed
   */
  public OrganisationImporter(IdentityService identity, String protectedUserId) {
    this.identity = identity;
    this.protectedUserId = protectedUserId;
  }

  public record Result(
      int groupsCreated,
      int groupsUpdated,
      int groupsDeleted,
      int usersCreated,
      int usersUpdated,
      int usersDeleted,
      int membershipsChanged) {}

  public Result apply(Organisation org, String demoPassword) {
    // Checked before any change, so that a refused file leaves the identity service as it was.
    if (protectedUserId != null && org.person(protectedUserId).isPresent()) {
      throw new InvalidOrganisationException(
          "(tệp tổ chức)",
          List.of(
              "người '"
                  + protectedUserId
                  + "': trùng tên đăng nhập với tài khoản quản trị hệ thống, hãy đổi tên đăng nhập"));
    }
    Counter c = new Counter();
    Set<String> managedGroupIds = new HashSet<>();
    for (RoleGroup rg : RoleGroup.values()) {
      // camunda-admin keeps Camunda's own SYSTEM type so that the starter recognises it.
      String type = rg == RoleGroup.ADMINS ? Groups.GROUP_TYPE_SYSTEM : RoleGroup.ROLE_TYPE;
      ensureGroup(rg.id(), rg.displayName(), type, c);
      managedGroupIds.add(rg.id());
    }
    for (Agency agency : org.agencies()) {
      ensureGroup(agency.id(), agency.name(), RoleGroup.AGENCY_TYPE, c);
      managedGroupIds.add(agency.id());
    }
    for (Group stale : identity.createGroupQuery().groupType(RoleGroup.AGENCY_TYPE).list()) {
      if (!managedGroupIds.contains(stale.getId())) {
        LOG.info("Xoá nhóm đơn vị không còn trong tệp tổ chức: {}", stale.getId());
        identity.deleteGroup(stale.getId());
        c.groupsDeleted++;
      }
    }

    Set<String> logins = new HashSet<>();
    for (Person person : org.people()) {
      logins.add(person.login());
      ensureUser(person, demoPassword, c);
      syncMemberships(person, managedGroupIds, c);
    }
    removeDepartedUsers(logins, managedGroupIds, c);

    Result result =
        new Result(
            c.groupsCreated,
            c.groupsUpdated,
            c.groupsDeleted,
            c.usersCreated,
            c.usersUpdated,
            c.usersDeleted,
            c.membershipsChanged);
    LOG.info("Đã áp dụng tệp tổ chức tỉnh {}: {}", org.province(), result);
    return result;
  }

  private void ensureGroup(String id, String name, String type, Counter c) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
      c.groupsCreated++;
    } else if (!name.equals(group.getName()) || !type.equals(group.getType())) {
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
      c.groupsUpdated++;
    }
  }

  private void ensureUser(Person person, String demoPassword, Counter c) {
    String[] names = splitName(person.fullName());
    User user = identity.createUserQuery().userId(person.login()).singleResult();
    if (user == null) {
      user = identity.newUser(person.login());
      user.setFirstName(names[0]);
      user.setLastName(names[1]);
      user.setEmail(person.email());
      // Without a demo password (production) the account gets a random secret nobody knows, so it
      // cannot
      // be used until an administrator sets a password in Camunda Admin. (A user with no password
      // at all
      // makes the engine's password check fail with an error instead of a refusal.)
      user.setPassword(
          demoPassword != null && !demoPassword.isBlank() ? demoPassword : unguessablePassword());
      identity.saveUser(user);
      c.usersCreated++;
    } else if (!names[0].equals(user.getFirstName())
        || !names[1].equals(user.getLastName())
        || !person.email().equals(user.getEmail())) {
      // The password is never touched on update: it may have been changed in Camunda Admin.
      user.setFirstName(names[0]);
      user.setLastName(names[1]);
      user.setEmail(person.email());
      identity.saveUser(user);
      c.usersUpdated++;
    }
  }

  private void syncMemberships(Person person, Set<String> managedGroupIds, Counter c) {
    Set<String> wanted = new LinkedHashSet<>();
    wanted.add(person.agency());
    for (PersonRole role : person.roles()) {
      if (role.group() != null) {
        wanted.add(role.group().id());
      }
    }
    if (person.supervises()) {
      wanted.add(RoleGroup.SUPERVISORS.id());
    }
    Set<String> current = new HashSet<>();
    for (Group g : identity.createGroupQuery().groupMember(person.login()).list()) {
      current.add(g.getId());
    }
    for (String groupId : wanted) {
      if (!current.contains(groupId)) {
        identity.createMembership(person.login(), groupId);
        c.membershipsChanged++;
      }
    }
    for (String groupId : current) {
      // Only memberships in groups this importer manages are taken away; others were granted by
      // hand.
      if (managedGroupIds.contains(groupId) && !wanted.contains(groupId)) {
        identity.deleteMembership(person.login(), groupId);
        c.membershipsChanged++;
      }
    }
  }

  private void removeDepartedUsers(Set<String> logins, Set<String> managedGroupIds, Counter c) {
    Set<String> candidates = new HashSet<>();
    for (String groupId : managedGroupIds) {
      for (User u : identity.createUserQuery().memberOfGroup(groupId).list()) {
        candidates.add(u.getId());
      }
    }
    for (String userId : candidates) {
      if (!logins.contains(userId) && !userId.equals(protectedUserId)) {
        LOG.info("Xoá người dùng không còn trong tệp tổ chức: {}", userId);
        identity.deleteUser(userId);
        c.usersDeleted++;
      }
    }
  }

  private static String unguessablePassword() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getEncoder().encodeToString(secret);
  }

  /**
   * Camunda shows "first last". Vietnamese names put the family name first and the given name last,
   * so everything before the given name goes into the first-name field and the display reads
   * naturally.
   */
  static String[] splitName(String fullName) {
    String name = fullName.strip().replaceAll("\\s+", " ");
    int cut = name.lastIndexOf(' ');
    return cut < 0
        ? new String[] {name, ""}
        : new String[] {name.substring(0, cut), name.substring(cut + 1)};
  }

  private static final class Counter {
    int groupsCreated;
    int groupsUpdated;
    int groupsDeleted;
    int usersCreated;
    int usersUpdated;
    int usersDeleted;
    int membershipsChanged;
  }
}
