package vn.gov.thads.bcd.conclusions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.process.JsonLists;

/** Reads a list of agency ids chosen on a form and checks each against the organisation. */
final class AgencyChoices {

  private AgencyChoices() {}

  /** The distinct known agencies chosen, or null (with a problem added) when the value is not a list of known ids. */
  static List<String> read(Organisation organisation, Object value, String label, boolean required,
      List<String> problems) {
    List<String> ids = value == null ? List.of() : JsonLists.strings(value);
    if (ids == null) {
      problems.add(label + " không hợp lệ.");
      return null;
    }
    if (required && ids.isEmpty()) {
      problems.add("Chưa chọn " + label + ".");
      return null;
    }
    List<String> unknown = new ArrayList<>();
    for (String id : ids) {
      if (organisation.agency(id).isEmpty()) {
        unknown.add("'" + id + "'");
      }
    }
    if (!unknown.isEmpty()) {
      problems.add(label + ": cơ quan không có trong danh sách tổ chức: " + String.join(", ", unknown) + ".");
      return null;
    }
    return List.copyOf(new LinkedHashSet<>(ids));
  }
}
