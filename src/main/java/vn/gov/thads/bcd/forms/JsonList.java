package vn.gov.thads.bcd.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Lists kept in process variables as JSON, the shape Camunda Forms read and write (checklists,
 * dynamic options): written here, read back here (a user's choice through {@link FormReader#list}).
 */
public final class JsonList {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonList() {}

  /** A JSON variable value holding the given list (of strings, or of maps for form options). */
  public static TypedValue of(List<?> list) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(list)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The texts of a JSON array, or null when the value is not one. */
  public static List<String> strings(Object value) {
    if (value instanceof Collection<?> c) {
      List<String> out = new ArrayList<>();
      for (Object o : c) {
        if (!(o instanceof String s)) {
          return null;
        }
        out.add(s);
      }
      return out;
    }
    String text =
        value instanceof SpinJsonNode node ? node.toString() : value instanceof String s ? s : null;
    if (text == null) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isArray()) {
        return null;
      }
      List<String> out = new ArrayList<>();
      for (JsonNode item : node) {
        if (!item.isTextual()) {
          return null;
        }
        out.add(item.asText());
      }
      return out;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
