package vn.gov.thads.bcd.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Adds up the flow-node coverage that camunda-process-test-coverage recorded for each scenario test
 * class (one report.json per class, since each class runs in its own JVM) into one figure per
 * process, writes {@code summary.md} beside the reports, and fails the build when a process is
 * below the threshold. The 2.8.0 report aggregator plugin is not served here, hence this small
 * program, run by Maven after the integration tests.
 */
public final class CoverageGate {

  private static final ObjectMapper JSON = new ObjectMapper();

  record ModelCoverage(String key, int flowNodes, int coveredNodes, int flows, int takenFlows) {
    double nodeRatio() {
      return flowNodes == 0 ? 1 : (double) coveredNodes / flowNodes;
    }
  }

  public static void main(String[] args) throws IOException {
    Path reports = Path.of(args.length > 0 ? args[0] : "target/process-test-coverage");
    double threshold = args.length > 1 ? Double.parseDouble(args[1]) : 0.9;
    List<ModelCoverage> result = aggregate(reports);
    StringBuilder table =
        new StringBuilder(
                "| Quy trình (process) | Nút đã qua / tổng | Độ phủ nút | Luồng đã qua / tổng |\n")
            .append("|---|---|---|---|\n");
    List<String> below = new ArrayList<>();
    for (ModelCoverage m : result) {
      table.append(
          "| %s | %d / %d | %.1f %% | %d / %d |%n"
              .formatted(
                  m.key(),
                  m.coveredNodes(),
                  m.flowNodes(),
                  m.nodeRatio() * 100,
                  m.takenFlows(),
                  m.flows()));
      if (m.nodeRatio() < threshold) {
        below.add(m.key() + " (" + "%.1f".formatted(m.nodeRatio() * 100) + " %)");
      }
    }
    Files.writeString(
        reports.resolve("summary.md"),
        "# Flow-node coverage of the scenario tests\n\n" + table,
        StandardCharsets.UTF_8);
    System.out.println(table);
    if (result.isEmpty()) {
      throw new IllegalStateException("No coverage report found under " + reports.toAbsolutePath());
    }
    if (!below.isEmpty()) {
      throw new IllegalStateException(
          "Flow-node coverage below " + Math.round(threshold * 100) + " %: " + below);
    }
  }

  static List<ModelCoverage> aggregate(Path reports) throws IOException {
    Map<String, String> xmlByKey = new TreeMap<>();
    Map<String, Set<String>> nodesSeen = new TreeMap<>();
    Map<String, Set<String>> flowsSeen = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(reports)) {
      files = walk.filter(p -> p.getFileName().toString().equals("report.json")).toList();
    }
    for (Path file : files) {
      JsonNode report = JSON.readTree(file.toFile());
      for (JsonNode model : report.path("models")) {
        xmlByKey.put(model.path("key").asText(), model.path("xml").asText());
      }
      for (JsonNode suite : report.path("suites")) {
        for (JsonNode run : suite.path("runs")) {
          for (JsonNode event : run.path("events")) {
            String model = event.path("modelKey").asText();
            String element = event.path("definitionKey").asText();
            if ("SEQUENCE_FLOW".equals(event.path("source").asText())) {
              flowsSeen.computeIfAbsent(model, k -> new HashSet<>()).add(element);
            } else {
              nodesSeen.computeIfAbsent(model, k -> new HashSet<>()).add(element);
            }
          }
        }
      }
    }
    // Only the product's models count: browser tests deploy scaffolding processes of their own (a
    // task per form) that no scenario has to cover.
    Set<String> productModels = productModelKeys();
    xmlByKey.keySet().retainAll(productModels);
    List<ModelCoverage> result = new ArrayList<>();
    for (Map.Entry<String, String> e : xmlByKey.entrySet()) {
      BpmnModelInstance model =
          Bpmn.readModelFromStream(
              new ByteArrayInputStream(e.getValue().getBytes(StandardCharsets.UTF_8)));
      Set<String> nodeIds = new HashSet<>();
      model.getModelElementsByType(FlowNode.class).forEach(n -> nodeIds.add(n.getId()));
      Set<String> flowIds = new HashSet<>();
      model.getModelElementsByType(SequenceFlow.class).forEach(f -> flowIds.add(f.getId()));
      Set<String> covered = new HashSet<>(nodesSeen.getOrDefault(e.getKey(), Set.of()));
      covered.retainAll(nodeIds);
      Set<String> taken = new HashSet<>(flowsSeen.getOrDefault(e.getKey(), Set.of()));
      taken.retainAll(flowIds);
      result.add(
          new ModelCoverage(
              e.getKey(), nodeIds.size(), covered.size(), flowIds.size(), taken.size()));
    }
    return result;
  }

  /** The process ids of the models in {@code bpmn/} (a process is named after its file). */
  static Set<String> productModelKeys() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      Set<String> keys = new HashSet<>();
      files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".bpmn"))
          .forEach(n -> keys.add(n.substring(0, n.length() - ".bpmn".length())));
      return keys;
    }
  }

  private CoverageGate() {}
}
