package vn.gov.thads.bcd.organisation;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;

/**
 * Reads and validates the organisation file. Every problem is collected and reported at once, each
 * naming the entry it concerns, so that an administrator can fix the file in one pass.
 */
public final class OrganisationFileReader {

  /**
   * Agency ids become Camunda group ids and appear in models: lower case, digits, dots and dashes.
   */
  static final Pattern AGENCY_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{1,63}");

  /** Logins become Camunda user ids. */
  static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

  // Raw shapes of the file: strings only, so that a bad value becomes a message naming its entry.
  record FileDto(String province, List<AgencyDto> agencies, List<PersonDto> people) {}

  record AgencyDto(
      String id,
      String name,
      String role,
      List<String> reminderEmails,
      String headEmail,
      String reminders,
      String kind,
      JurisdictionDto jurisdiction) {}

  record JurisdictionDto(String court, String procuracy, String police) {}

  record PersonDto(
      String login, String fullName, String email, String agency, List<String> roles) {}

  private OrganisationFileReader() {}

  public static Organisation read(Resource resource) {
    String source = resource.getDescription();
    if (!resource.exists()) {
      throw new InvalidOrganisationException(source, List.of("không tìm thấy tệp"));
    }
    FileDto dto;
    try (InputStream in = resource.getInputStream()) {
      dto = YAML.readValue(in, FileDto.class);
    } catch (JacksonException e) {
      throw new InvalidOrganisationException(
          source,
          List.of(
              "sai cú pháp YAML: "
                  + e.getOriginalMessage()
                  + (e.getLocation() != null
                      ? " (dòng " + e.getLocation().getLineNr() + ")"
                      : "")));
    } catch (IOException e) {
      throw new InvalidOrganisationException(
          source, List.of("không đọc được tệp: " + e.getMessage()));
    }
    if (dto == null) {
      throw new InvalidOrganisationException(source, List.of("tệp rỗng"));
    }
    return validate(source, dto);
  }

  private static Organisation validate(String source, FileDto dto) {
    List<String> problems = new ArrayList<>();
    if (isBlank(dto.province())) {
      problems.add("thiếu tên tỉnh (province)");
    }
    List<Agency> agencies = validateAgencies(nullSafe(dto.agencies()), problems);
    Map<String, Agency> byId =
        agencies.stream().collect(Collectors.toMap(Agency::id, Function.identity(), (a, b) -> a));
    checkJurisdictions(agencies, byId, problems);
    List<Person> people = validatePeople(nullSafe(dto.people()), byId, problems);
    for (AgencyRole required :
        List.of(AgencyRole.CHAIR, AgencyRole.STANDING_DEPUTY, AgencyRole.SECRETARIAT)) {
      if (agencies.stream().noneMatch(a -> a.role() == required)) {
        problems.add("chưa có đơn vị nào mang vai trò '" + required.code() + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidOrganisationException(source, problems);
    }
    return new Organisation(dto.province().strip(), agencies, people);
  }

  private static List<Agency> validateAgencies(List<AgencyDto> dtos, List<String> problems) {
    if (dtos.isEmpty()) {
      problems.add("danh sách đơn vị (agencies) trống");
    }
    Set<String> seen = new HashSet<>();
    List<Agency> result = new ArrayList<>();
    for (int i = 0; i < dtos.size(); i++) {
      AgencyDto a = dtos.get(i);
      String entry =
          "đơn vị thứ " + (i + 1) + (a == null || isBlank(a.id()) ? "" : " '" + a.id() + "'");
      if (a == null) {
        problems.add(entry + ": mục rỗng");
        continue;
      }
      int before = problems.size();
      if (isBlank(a.id()) || !AGENCY_ID.matcher(a.id()).matches()) {
        problems.add(
            entry + ": mã đơn vị (id) phải gồm chữ thường không dấu, số, dấu chấm hoặc gạch ngang");
      } else if (RoleGroup.isRoleGroupId(a.id())) {
        problems.add(entry + ": mã đơn vị trùng với mã nhóm vai trò dành riêng của hệ thống");
      } else if (!seen.add(a.id())) {
        problems.add(entry + ": mã đơn vị bị trùng");
      }
      if (isBlank(a.name())) {
        problems.add(entry + ": thiếu tên đơn vị (name)");
      }
      AgencyRole role = null;
      if (isBlank(a.role())) {
        problems.add(entry + ": thiếu vai trò (role); chỉ nhận: " + AgencyRole.codes());
      } else {
        try {
          role = AgencyRole.fromCode(a.role().strip());
        } catch (IllegalArgumentException e) {
          problems.add(entry + ": " + e.getMessage());
        }
      }
      List<String> emails = nullSafe(a.reminderEmails());
      if (emails.isEmpty()) {
        problems.add(entry + ": cần ít nhất một địa chỉ nhận nhắc việc (reminderEmails)");
      }
      emails.forEach(e -> checkEmail(entry + ", reminderEmails", e, problems));
      checkEmail(entry + ", headEmail", a.headEmail(), problems);
      boolean digest = false;
      if (!isBlank(a.reminders())) {
        switch (a.reminders().strip()) {
          case Agency.REMINDERS_PER_TASK -> digest = false;
          case Agency.REMINDERS_DAILY_DIGEST -> digest = true;
          default ->
              problems.add(
                  entry
                      + ": cách nhận nhắc việc (reminders) '"
                      + a.reminders().strip()
                      + "' không hợp lệ (chỉ nhận: "
                      + Agency.REMINDERS_PER_TASK
                      + ", "
                      + Agency.REMINDERS_DAILY_DIGEST
                      + ")");
        }
      }
      AgencyKind kind = AgencyKind.OTHER;
      if (!isBlank(a.kind())) {
        try {
          kind = AgencyKind.fromCode(a.kind().strip());
        } catch (IllegalArgumentException e) {
          problems.add(entry + ": " + e.getMessage());
        }
      }
      Jurisdiction jurisdiction = null;
      boolean enforcementOffice =
          role == AgencyRole.THADS_REGIONAL || role == AgencyRole.STANDING_DEPUTY;
      if (a.jurisdiction() == null) {
        if (enforcementOffice) {
          problems.add(
              entry
                  + ": cơ quan thi hành án cần khai báo địa bàn (jurisdiction): Tòa án (court),"
                  + " Viện Kiểm sát (procuracy) và Công an (police) phối hợp");
        }
      } else if (role != null && !enforcementOffice) {
        problems.add(
            entry + ": chỉ cơ quan thi hành án mới khai báo địa bàn (jurisdiction) phối hợp");
      } else {
        jurisdiction =
            new Jurisdiction(
                strip(a.jurisdiction().court()),
                strip(a.jurisdiction().procuracy()),
                strip(a.jurisdiction().police()));
      }
      if (problems.size() == before) {
        result.add(
            new Agency(
                a.id(),
                a.name().strip(),
                role,
                emails.stream().map(String::strip).toList(),
                a.headEmail().strip(),
                digest,
                kind,
                jurisdiction));
      }
    }
    return result;
  }

  /**
   * An enforcement office's court, procuracy and police must be agencies of the file of that kind:
   * coercion and dispute tasks are assigned to them.
   */
  private static void checkJurisdictions(
      List<Agency> agencies, Map<String, Agency> byId, List<String> problems) {
    for (Agency office : agencies) {
      Jurisdiction j = office.jurisdiction();
      if (j == null) {
        continue;
      }
      String entry = "đơn vị '" + office.id() + "', địa bàn (jurisdiction)";
      checkPartner(entry, "court", "Tòa án", j.court(), AgencyKind.COURT, byId, problems);
      checkPartner(
          entry, "procuracy", "Viện Kiểm sát", j.procuracy(), AgencyKind.PROCURACY, byId, problems);
      checkPartner(entry, "police", "Công an", j.police(), AgencyKind.POLICE, byId, problems);
    }
  }

  private static void checkPartner(
      String entry,
      String field,
      String label,
      String id,
      AgencyKind kind,
      Map<String, Agency> byId,
      List<String> problems) {
    if (isBlank(id)) {
      problems.add(entry + ": thiếu " + label + " (" + field + ")");
      return;
    }
    Agency partner = byId.get(id);
    if (partner == null) {
      problems.add(
          entry + ": " + label + " '" + id + "' (" + field + ") không có trong danh sách đơn vị");
    } else if (partner.kind() != kind) {
      problems.add(
          entry
              + ": '"
              + id
              + "' ("
              + field
              + ") phải là đơn vị có loại (kind) '"
              + kind.code()
              + "', nhưng đang là '"
              + partner.kind().code()
              + "'");
    }
  }

  private static List<Person> validatePeople(
      List<PersonDto> dtos, Map<String, Agency> agencies, List<String> problems) {
    Set<String> seen = new HashSet<>();
    List<Person> result = new ArrayList<>();
    for (int i = 0; i < dtos.size(); i++) {
      PersonDto p = dtos.get(i);
      String entry =
          "người thứ " + (i + 1) + (p == null || isBlank(p.login()) ? "" : " '" + p.login() + "'");
      if (p == null) {
        problems.add(entry + ": mục rỗng");
        continue;
      }
      int before = problems.size();
      if (isBlank(p.login()) || !LOGIN.matcher(p.login()).matches()) {
        problems.add(
            entry
                + ": tên đăng nhập (login) phải gồm chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang");
      } else if (!seen.add(p.login())) {
        problems.add(entry + ": tên đăng nhập bị trùng");
      }
      if (isBlank(p.fullName())) {
        problems.add(entry + ": thiếu họ và tên (fullName)");
      }
      checkEmail(entry + ", email", p.email(), problems);
      Agency agency = null;
      if (isBlank(p.agency())) {
        problems.add(entry + ": thiếu đơn vị (agency)");
      } else {
        agency = agencies.get(p.agency().strip());
        if (agency == null) {
          problems.add(entry + ": đơn vị '" + p.agency() + "' không có trong danh sách đơn vị");
        }
      }
      List<PersonRole> roles = new ArrayList<>();
      List<String> roleCodes = nullSafe(p.roles());
      if (roleCodes.isEmpty()) {
        problems.add(entry + ": cần ít nhất một vai trò (roles)");
      }
      for (String code : roleCodes) {
        try {
          roles.add(PersonRole.fromCode(code == null ? "" : code.strip()));
        } catch (IllegalArgumentException e) {
          problems.add(entry + ": " + e.getMessage());
        }
      }
      if (agency != null) {
        checkRoleMatchesAgency(entry, roles, agency, problems);
      }
      if (problems.size() == before) {
        result.add(
            new Person(p.login(), p.fullName().strip(), p.email().strip(), agency.id(), roles));
      }
    }
    return result;
  }

  /** The roles that stand for a body of the committee only make sense inside that body's agency. */
  private static void checkRoleMatchesAgency(
      String entry, List<PersonRole> roles, Agency agency, List<String> problems) {
    Map<PersonRole, AgencyRole> required =
        Map.of(
            PersonRole.CHAIR, AgencyRole.CHAIR,
            PersonRole.STANDING_DEPUTY, AgencyRole.STANDING_DEPUTY,
            PersonRole.SECRETARIAT, AgencyRole.SECRETARIAT);
    for (PersonRole role : roles) {
      AgencyRole needed = required.get(role);
      if (needed != null && agency.role() != needed) {
        problems.add(
            entry
                + ": vai trò '"
                + role.code()
                + "' chỉ dành cho người thuộc đơn vị có vai trò '"
                + needed.code()
                + "', nhưng '"
                + agency.id()
                + "' là '"
                + agency.role().code()
                + "'");
      }
      if (role == PersonRole.OFFICER
          && agency.role() != AgencyRole.THADS_REGIONAL
          && agency.role() != AgencyRole.STANDING_DEPUTY) {
        problems.add(
            entry + ": vai trò 'officer' (Chấp hành viên) chỉ dành cho người của cơ quan THADS");
      }
    }
  }

  private static void checkEmail(String entry, String address, List<String> problems) {
    if (isBlank(address)) {
      problems.add(entry + ": thiếu địa chỉ thư điện tử");
      return;
    }
    try {
      InternetAddress parsed = new InternetAddress(address.strip(), true);
      String domain = parsed.getAddress().substring(parsed.getAddress().indexOf('@') + 1);
      if (!parsed.getAddress().equals(address.strip()) || !domain.contains(".")) {
        throw new AddressException("thiếu tên miền đầy đủ");
      }
    } catch (AddressException e) {
      problems.add(entry + ": địa chỉ thư điện tử '" + address + "' không hợp lệ");
    }
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
