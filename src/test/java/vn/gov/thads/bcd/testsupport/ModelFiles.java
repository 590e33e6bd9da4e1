package vn.gov.thads.bcd.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The model files of the repository's bpmn/ folder, for tests that compare against what is
 * deployed.
 */
public final class ModelFiles {

  private ModelFiles() {}

  public static long count(String suffix) {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
