package vn.gov.thads.bcd.opinions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.thads.bcd.caseintake.CaseCategory;

/**
 * ConsultedAgenciesDecision on the DMN engine alone (FEEL as in the application), table-driven:
 * every rule hit at least once (checked after all rows), the agencies it names exist in the shipped
 * organisation and may be consulted, and the case categories it tests are those of {@link
 * CaseCategory}.
 *
 * <p>There is no "no match" outcome: the first rule (Sở Tư pháp for every case) has no condition,
 * so a case that fits no other rule, even one without any of the inputs, consults the justice
 * department alone.
 */
class ConsultedAgenciesDecisionTest {

  static final Path DMN = Path.of("bpmn/ConsultedAgenciesDecision.dmn");
  static final long TEN_BILLION = 10_000_000_000L;

  static DmnEngine engine;
  static DmnDecision decision;
  static final Set<String> rulesHit = new TreeSet<>();

  @BeforeAll
  static void parse() throws IOException {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(
        List.of(
            (DmnDecisionTableEvaluationEvent event) ->
                event.getMatchingRules().forEach(r -> rulesHit.add(r.getId()))));
    engine = configuration.buildEngine();
    try (InputStream in = Files.newInputStream(DMN)) {
      decision = engine.parseDecision("ConsultedAgenciesDecision", in);
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        row(
            "an ordinary civil case: the justice department alone",
            "dan-su-khac",
            false,
            false,
            500_000_000L,
            "so-tu-phap"),
        row(
            "a land dispute: agriculture and environment",
            "tranh-chap-tai-san",
            false,
            false,
            1_000_000_000L,
            "so-tu-phap",
            "so-nn-mt"),
        row(
            "a disputed property in another category: land office and court",
            "hanh-chinh",
            true,
            false,
            1_000_000_000L,
            "so-tu-phap",
            "so-nn-mt",
            "toa-an-tinh"),
        row(
            "a disputed land case names the land office twice (the secretariat's list keeps it once)",
            "tranh-chap-tai-san",
            true,
            false,
            1_000_000_000L,
            "so-tu-phap",
            "so-nn-mt",
            "so-nn-mt",
            "toa-an-tinh"),
        row(
            "a bank credit judgment: the state bank branch",
            "tin-dung-ngan-hang",
            false,
            false,
            2_000_000_000L,
            "so-tu-phap",
            "nhnn-chi-nhanh"),
        row(
            "a security risk: the provincial police",
            "hinh-su-phan-dan-su",
            false,
            true,
            300_000_000L,
            "so-tu-phap",
            "cong-an-tinh"),
        row(
            "10 billion VND exactly: the finance department",
            "dan-su-khac",
            false,
            false,
            TEN_BILLION,
            "so-tu-phap",
            "so-tai-chinh"),
        row(
            "just under 10 billion VND: not the finance department",
            "dan-su-khac",
            false,
            false,
            TEN_BILLION - 1,
            "so-tu-phap"),
        row(
            "everything at once",
            "tin-dung-ngan-hang",
            true,
            true,
            25_000_000_000L,
            "so-tu-phap",
            "so-nn-mt",
            "toa-an-tinh",
            "nhnn-chi-nhanh",
            "cong-an-tinh",
            "so-tai-chinh"),
        row(
            "no inputs at all: no rule but the unconditional one matches",
            null,
            null,
            null,
            null,
            "so-tu-phap"));
  }

  static Arguments row(
      String name,
      String category,
      Boolean disputed,
      Boolean securityRisk,
      Long amount,
      String... agencies) {
    return Arguments.of(name, category, disputed, securityRisk, amount, List.of(agencies));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void proposesTheAgenciesOfEveryMatchingRuleInTableOrder(
      String name,
      String category,
      Boolean disputed,
      Boolean securityRisk,
      Long amount,
      List<String> agencies) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("caseCategory", category);
    inputs.put("propertyDisputed", disputed);
    inputs.put("securityRisk", securityRisk);
    inputs.put("amountVnd", amount);

    List<Object> proposed = engine.evaluateDecisionTable(decision, inputs).collectEntries("agency");

    assertThat(proposed).containsExactlyElementsOf(agencies);
  }

  @Test
  void theCategoriesTestedAreCaseCategoryCodes() {
    Set<String> codes = new TreeSet<>();
    for (InputEntry entry : model().getModelElementsByType(InputEntry.class)) {
      String text = entry.getTextContent().strip();
      if (entry.getId().endsWith("_In1") && text.startsWith("\"")) {
        codes.add(text.substring(1, text.length() - 1));
      }
    }
    assertThat(codes).containsExactlyInAnyOrder("tranh-chap-tai-san", "tin-dung-ngan-hang");
    assertThat(codes)
        .allSatisfy(code -> assertThat(CaseCategory.fromCode(code)).as(code).isPresent());
  }

  @Test
  void theAgenciesProposedCanBeConsultedInTheShippedOrganisation() throws IOException {
    JsonNode organisation =
        new ObjectMapper(new YAMLFactory())
            .readTree(Path.of("src/main/resources/organisation/an-giang.yml").toFile());
    Map<String, String> roles = new HashMap<>();
    organisation
        .path("agencies")
        .forEach(a -> roles.put(a.path("id").asText(), a.path("role").asText()));
    List<String> outputs = new ArrayList<>();
    model()
        .getModelElementsByType(OutputEntry.class)
        .forEach(o -> outputs.add(o.getTextContent().strip().replace("\"", "")));

    assertThat(outputs)
        .hasSize(7)
        .allSatisfy(
            agency ->
                assertThat(roles.get(agency))
                    .as(agency)
                    .isIn(
                        ConsultationPreparationDelegate.CONSULTABLE.stream()
                            .map(r -> r.name().toLowerCase())
                            .toList()));
  }

  @AfterAll
  static void everyRuleWasHit() {
    Set<String> rules = new TreeSet<>();
    model().getModelElementsByType(Rule.class).forEach(r -> rules.add(r.getId()));
    assertThat(rules).hasSize(7);
    assertThat(rulesHit).as("rules hit by the rows above").isEqualTo(rules);
  }

  static DmnModelInstance model() {
    return Dmn.readModelFromFile(DMN.toFile());
  }
}
