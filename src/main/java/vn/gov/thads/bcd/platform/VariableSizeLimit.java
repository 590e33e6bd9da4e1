package vn.gov.thads.bcd.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.InvalidCaseDataException;

/**
 * Refuses, with a Vietnamese 400, a text variable longer than the engine's column for it (and a
 * variable name longer than its column), whatever sends it: a form field, an extra variable sent
 * straight over engine-rest, a variable update. The engine stores a String variable in a {@code
 * varchar(4000)} column (runtime, history, details); without this check a longer one fails only
 * when the transaction is flushed, as HTTP 500 with the database's English error. The forms' own
 * listeners check their fields earlier and more strictly (most fields have smaller limits).
 */
@Component
public class VariableSizeLimit extends AbstractProcessEnginePlugin {

  /** {@code ACT_RU_VARIABLE.TEXT_}, {@code ACT_HI_VARINST.TEXT_}, {@code ACT_HI_DETAIL.TEXT_}. */
  public static final int MAX_TEXT = 4000;

  /** {@code ACT_RU_VARIABLE.NAME_}. */
  public static final int MAX_NAME = 255;

  private final Map<String, String> labels;

  public VariableSizeLimit(ObjectMapper json) {
    this.labels = formFieldLabels(json);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    VariableSerializers serializers = configuration.getVariableSerializers();
    int index = serializers.getSerializerIndexByName(new StringValueSerializer().getName());
    serializers.removeSerializer(serializers.getSerializers().get(index));
    serializers.addSerializer(new LimitedStringSerializer(labels), index);
  }

  static final class LimitedStringSerializer extends StringValueSerializer {

    private final Map<String, String> labels;

    LimitedStringSerializer(Map<String, String> labels) {
      this.labels = labels;
    }

    @Override
    public void writeValue(StringValue value, ValueFields fields) {
      String name = fields.getName();
      if (name != null && name.length() > MAX_NAME) {
        throw new InvalidCaseDataException(
            "Tên biến dài "
                + name.length()
                + " ký tự, tối đa "
                + MAX_NAME
                + " ký tự; dữ liệu không được lưu.");
      }
      String text = value.getValue();
      if (text != null && text.length() > MAX_TEXT) {
        String label =
            name == null ? "Giá trị" : labels.getOrDefault(name, "Giá trị '" + name + "'");
        throw new InvalidCaseDataException(
            label
                + " dài "
                + text.length()
                + " ký tự, vượt quá giới hạn "
                + MAX_TEXT
                + " ký tự; dữ liệu không được lưu.");
      }
      super.writeValue(value, fields);
    }
  }

  /**
   * The labels of the forms' fields by key, so that a refusal names the field as the user sees it.
   */
  static Map<String, String> formFieldLabels(ObjectMapper json) {
    Map<String, String> labels = new HashMap<>();
    try {
      for (Resource form :
          new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in).path("components"), labels);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return labels;
  }

  private static void collect(JsonNode components, Map<String, String> labels) {
    for (JsonNode c : components) {
      if (c.hasNonNull("key") && c.hasNonNull("label")) {
        labels.putIfAbsent(c.get("key").asText(), c.get("label").asText());
      }
      collect(c.path("components"), labels);
    }
  }
}
