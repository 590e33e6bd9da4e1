package vn.gov.thads.bcd.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build-time patcher of Camunda's deps.js ({@code src/build/PatchText.java}), run as the build
 * runs it: a find text that is missing or occurs twice fails with a message naming the pair, and
 * nothing is written; and the deps.js the application serves is the patched one.
 */
class DepsJsPatchTest {

  static final Path PATCHER =
      Path.of(System.getProperty("basedir", "."), "src/build/PatchText.java");

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  @Test
  void appliesEachPairInOrder() throws Exception {
    Run run =
        patch(
            "var a=\"Field is required.\";var b=1;",
            """
            # why: Vietnamese
            @@@ find
            "Field is required."
            @@@ replace
            "Không được để trống."
            @@@ end

            # why: a replacement may span lines
            @@@ find
            var b=1;
            @@@ replace
            var b=2;
            var c=3;
            @@@ end
            """);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(dir.resolve("out.js")))
        .isEqualTo("var a=\"Không được để trống.\";var b=2;\nvar c=3;");
  }

  @Test
  void aFindTextThatNoLongerOccursFailsTheBuildAndWritesNothing() throws Exception {
    Run run =
        patch(
            "var a=\"Field is required.\";",
            """
            # form-js rules: required
            @@@ find
            "Field is mandatory."
            @@@ replace
            "Không được để trống."
            @@@ end
            """);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("PatchText FAILED")
        .contains("patches.txt:2 (form-js rules: required)")
        .contains("occurs 0 times in in.js, expected exactly once")
        .contains("has Camunda been upgraded?");
    assertThat(dir.resolve("out.js")).doesNotExist();
  }

  @Test
  void aFindTextThatOccursTwiceFails() throws Exception {
    Run run =
        patch(
            "\"Search\";\"Search\";",
            """
            # placeholder
            @@@ find
            "Search"
            @@@ replace
            "Tìm kiếm"
            @@@ end
            """);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("occurs 2 times");
  }

  @Test
  void everyPairSaysWhy() throws Exception {
    Run run = patch("x", "@@@ find\nx\n@@@ replace\ny\n@@@ end\n");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("every pair needs a comment");
  }

  @Test
  void theApplicationServesThePatchedBundle() throws IOException {
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/resources/webjars/camunda/lib/deps.js")) {
      assertThat(in).as("deps.js on the classpath").isNotNull();
      String deps = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(deps)
          .contains("bcdParseDate", "Không được để trống.", "firstDayOfWeek: 1")
          .doesNotContain("Field is required.", "Field must match pattern");
    }
  }

  private Run patch(String input, String patches) throws Exception {
    Files.writeString(dir.resolve("in.js"), input);
    Files.writeString(dir.resolve("patches.txt"), patches);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    PATCHER.toString(),
                    dir.resolve("in.js").toString(),
                    dir.resolve("patches.txt").toString(),
                    dir.resolve("out.js").toString()))
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err);
  }
}
