package vn.gov.thads.bcd.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text field a user can type into (forms/*.form) has a maximum length in the form, and none
 * allows more than the engine can store in a text variable ({@link VariableSizeLimit#MAX_TEXT});
 * the server checks the same maxima (see OversizedInputIT). The labels the server names in its
 * refusals come from the same forms.
 */
class FormFieldLimitsTest {

  record Field(String form, String key, String type, JsonNode maxLength) {}

  static List<Field> editableTextFields() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Field> fields = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        collect(f.getFileName().toString(), json.readTree(f.toFile()).path("components"), fields);
      }
    }
    return fields;
  }

  private static void collect(String form, JsonNode components, List<Field> fields) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      boolean editable =
          !c.path("disabled").asBoolean(false) && !c.path("readonly").asBoolean(false);
      if (editable && (type.equals("textfield") || type.equals("textarea"))) {
        fields.add(
            new Field(form, c.path("key").asText(), type, c.path("validate").get("maxLength")));
      }
      collect(form, c.path("components"), fields);
    }
  }

  @Test
  void everyEditableTextFieldHasAMaximumTheEngineCanStore() throws IOException {
    List<Field> fields = editableTextFields();
    assertThat(fields).hasSizeGreaterThan(40);
    assertThat(fields)
        .allSatisfy(
            f -> {
              assertThat(f.maxLength())
                  .as(f.form() + " " + f.key() + " has no maxLength")
                  .isNotNull();
              assertThat(f.maxLength().asInt())
                  .as(f.form() + " " + f.key())
                  .isBetween(1, VariableSizeLimit.MAX_TEXT);
            });
  }

  @Test
  void refusalsNameTheFieldAsTheFormLabelsIt() {
    assertThat(VariableSizeLimit.formFieldLabels(new ObjectMapper()))
        .containsEntry("obstacle", "Vướng mắc, khó khăn")
        .containsEntry("opinionContent", "Nội dung ý kiến");
  }
}
