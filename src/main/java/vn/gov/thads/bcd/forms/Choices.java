package vn.gov.thads.bcd.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The options of a choice field: value → the form's Vietnamese label, in the form's order. */
public final class Choices {

  private Choices() {}

  /** {@code of("approve", "Đồng ý", "return", "Trả lại")}: values and labels in pairs. */
  public static Map<String, String> of(String... valueLabelPairs) {
    if (valueLabelPairs.length % 2 != 0) {
      throw new IllegalArgumentException("Choices come in value/label pairs");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < valueLabelPairs.length; i += 2) {
      map.put(valueLabelPairs[i], valueLabelPairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
