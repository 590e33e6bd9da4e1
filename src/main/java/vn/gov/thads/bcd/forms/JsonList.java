package vn.gov.thads.bcd.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Lists written into process variables as JSON, the shape Camunda Forms read (checklists, dynamic
 * options). Reading them back is {@link FormReader#list}.
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
}
