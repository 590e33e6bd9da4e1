package vn.gov.thads.bcd.webapp;

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
 * The forms (forms/*.form) say what Tasklist's patched form-js needs to speak to an official
 * (docs/webapps.md): every number field is whole (the patched number box reads whole numbers only),
 * an amount in đồng is marked by {@code appearance.suffixAdorner: "đồng"} (its message and its unit
 * shown beside the box), every pattern has a sentence of its own ({@code
 * properties.patternMessage}) so that no regular expression reaches the screen.
 */
class FormInputConventionsTest {

  record Field(String form, JsonNode node) {
    String key() {
      return node.path("key").asText();
    }
  }

  static List<Field> fields() throws IOException {
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
      fields.add(new Field(form, c));
      collect(form, c.path("components"), fields);
    }
  }

  @Test
  void numberFieldsAreWholeAndAmountsInDongAreMarked() throws IOException {
    List<Field> numbers =
        fields().stream().filter(f -> f.node().path("type").asText().equals("number")).toList();
    assertThat(numbers).hasSizeGreaterThan(10);
    assertThat(numbers)
        .allSatisfy(
            f -> {
              assertThat(f.node().path("decimalDigits").asInt(-1))
                  .as(f.form() + " " + f.key() + ": decimalDigits 0")
                  .isZero();
              boolean amount = f.key().endsWith("Vnd");
              assertThat(f.node().path("appearance").path("suffixAdorner").asText())
                  .as(f.form() + " " + f.key() + ": an amount in đồng, and only amounts, say đồng")
                  .isEqualTo(amount ? "đồng" : "");
            });
  }

  @Test
  void everyPatternIsExplainedInASentence() throws IOException {
    List<Field> patterned =
        fields().stream().filter(f -> f.node().path("validate").has("pattern")).toList();
    assertThat(patterned).hasSizeGreaterThanOrEqualTo(10);
    assertThat(patterned)
        .allSatisfy(
            f ->
                assertThat(f.node().path("properties").path("patternMessage").asText())
                    .as(f.form() + " " + f.key() + ": properties.patternMessage")
                    .matches("\\p{Lu}.+ phải có dạng .+, ví dụ \\S+\\."));
  }
}
