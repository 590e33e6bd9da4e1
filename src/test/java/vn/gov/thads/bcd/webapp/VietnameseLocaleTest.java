package vn.gov.thads.bcd.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the Vietnamese translation of the Camunda webapps (Welcome, Admin, Tasklist, Cockpit).
 *
 * <p>The webapps are used every day by provincial civil servants, so Vietnamese is the default
 * language. Camunda's webjar only ships {@code en.json} (and {@code de.json}); our own {@code
 * vi.json} files and {@code scripts/config.js} overrides live in {@code
 * src/main/resources/META-INF/resources/webjars/camunda/app/<app>/} and shadow the webjar's files
 * on the classpath. When the Camunda version is upgraded, the English label set changes: any label
 * missing from {@code vi.json} would silently show its raw key (for example {@code
 * PLGN_HIST_INCIDENTS}) instead of a text, an empty translation would show nothing, and a dropped
 * {@code {{placeholder}}} would lose the value it should display (a name, a count, an error
 * message). This test compares our {@code vi.json} against the {@code en.json} of the webjar that
 * is actually on the classpath and lists every such problem at once, so an upgrade tells precisely
 * which labels need translating. It also checks that each app's {@code config.js} override offers
 * Vietnamese and uses it as the fallback language.
 *
 * <p>Intentionally empty Vietnamese labels: {@code BANNER_CE_EOL_TEXT} (the red "migrate to Camunda
 * 8" banner, hidden by {@code styles/user-styles.css} when empty) and the English plural suffix
 * labels ({@code "s"}), which have no equivalent in Vietnamese.
 */
class VietnameseLocaleTest {

  private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";

  /** Labels that may be empty in Vietnamese although the English text is not. */
  private static final Set<String> INTENTIONALLY_EMPTY =
      Set.of(
          "labels.BANNER_CE_EOL_TEXT",
          // English plural suffix "s" appended to a noun; Vietnamese nouns do not inflect.
          "labels.PLGN_BATCH_S",
          "labels.PLGN_MIG_S",
          "labels.PLGN_MOD_DIALOG_S",
          "labels.PLGN_MOD_RESTART_DIALOG_S");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)\\}\\}", Pattern.DOTALL);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"welcome", "admin", "tasklist", "cockpit"})
  void vietnameseLocaleCoversEveryEnglishLabel(String app) throws IOException {
    Map<String, JsonNode> en = flatten(readJson(APP_ROOT + app + "/locales/en.json"));
    String viPath = APP_ROOT + app + "/locales/vi.json";
    String viText = readText(viPath);
    assertThat(viText)
        .as("%s must be saved without a byte-order mark", viPath)
        .doesNotStartWith("\uFEFF");
    Map<String, JsonNode> vi = flatten(MAPPER.readTree(viText));

    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : en.entrySet()) {
      String key = entry.getKey();
      JsonNode enValue = entry.getValue();
      JsonNode viValue = vi.get(key);
      if (viValue == null) {
        problems.add("missing key " + key);
        continue;
      }
      if (!enValue.isTextual()) {
        continue;
      }
      String enText = enValue.asText();
      String viString = viValue.isTextual() ? viValue.asText() : viValue.toString();
      if (!enText.isBlank() && viString.isBlank() && !INTENTIONALLY_EMPTY.contains(key)) {
        problems.add("blank translation " + key + " (en: \"" + enText + "\")");
      }
      Set<String> viPlaceholders = placeholders(viString);
      for (String placeholder : placeholders(enText)) {
        if (!viPlaceholders.contains(placeholder) && !INTENTIONALLY_EMPTY.contains(key)) {
          problems.add(
              "placeholder {{"
                  + placeholder
                  + "}} missing in "
                  + key
                  + " (vi: \""
                  + viString
                  + "\")");
        }
      }
    }

    assertThat(problems)
        .as(
            "problems of %s compared with the webjar's en.json (%d English keys)",
            viPath, en.size())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"welcome", "admin", "tasklist", "cockpit"})
  void configOffersVietnameseAsDefaultLanguage(String app) throws IOException {
    String path = APP_ROOT + app + "/scripts/config.js";
    URL ours = ownResource(path);
    assertThat(ours)
        .as("our override of %s must be on the classpath (outside the webjar)", path)
        .isNotNull();

    String config = readText(ours);
    String compact = config.replaceAll("\\s+", "").replace('"', '\'');
    assertThat(config).as(path).contains("'vi'");
    assertThat(compact)
        .as(path)
        .contains("availableLocales:['vi','en']")
        .contains("fallbackLocale:'vi'");
  }

  // --- helpers -------------------------------------------------------------------------------

  /** Flattens objects and arrays into dotted keys, for example {@code dateLocales.months.0}. */
  private static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> flat = new LinkedHashMap<>();
    flatten("", root, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> flat) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(prefix + field.getKey() + ".", field.getValue(), flat);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + i + ".", node.get(i), flat);
      }
    } else {
      flat.put(prefix.substring(0, prefix.length() - 1), node);
    }
  }

  /**
   * The expressions inside {@code {{ }}}, whitespace removed ({@code {{ name }}} equals {@code
   * {{name}}}).
   */
  private static Set<String> placeholders(String text) {
    if (text == null || text.isEmpty()) {
      return Collections.emptySet();
    }
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1).replaceAll("\\s+", ""));
    }
    return found;
  }

  /**
   * Parses a JSON resource, dropping a leading byte-order mark (Camunda's en.json files have one).
   */
  private static JsonNode readJson(String path) throws IOException {
    String text = readText(path);
    return MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** Reads a classpath resource as UTF-8, as is. */
  private static String readText(String path) throws IOException {
    URL url = VietnameseLocaleTest.class.getClassLoader().getResource(path);
    assertThat(url).as("classpath resource %s", path).isNotNull();
    return readText(url);
  }

  private static String readText(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The copy of a resource that comes from this project rather than from a jar. */
  private static URL ownResource(String path) throws IOException {
    for (URL url :
        Collections.list(VietnameseLocaleTest.class.getClassLoader().getResources(path))) {
      if (!"jar".equals(url.getProtocol())) {
        return url;
      }
    }
    return null;
  }
}
