package vn.gov.thads.bcd.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast loop stays complete: each process model of {@code bpmn/} has its {@code
 * <ProcessId>ModelTest} (which asserts that every flow node and sequence flow was passed) and each
 * decision its {@code <DecisionId>Test}.
 */
class EveryModelHasAFastTest {

  static Set<String> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(suffix) && !n.contains("$"))
          .map(n -> n.substring(0, n.length() - suffix.length()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void eachProcessModelHasAModelTestAndEachDecisionATest() throws IOException {
    Set<String> testClasses = files(Path.of("target/test-classes"), ".class");
    Set<String> processes = files(Path.of("bpmn"), ".bpmn");
    Set<String> decisions = files(Path.of("bpmn"), ".dmn");

    assertThat(processes).isNotEmpty();
    assertThat(testClasses).containsAll(processes.stream().map(p -> p + "ModelTest").toList());
    assertThat(testClasses).containsAll(decisions.stream().map(d -> d + "Test").toList());
  }
}
