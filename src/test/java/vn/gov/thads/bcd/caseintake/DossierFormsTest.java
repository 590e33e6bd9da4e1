package vn.gov.thads.bcd.caseintake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * The approval and the completeness check show the whole dossier read-only: every {@link
 * DossierField}, in its order, under its label, then the submitting office by name (not its id).
 */
class DossierFormsTest {

  @ParameterizedTest
  @ValueSource(strings = {"Form_ApproveRequest", "Form_ReviewDossier"})
  void theFormShowsEveryDossierFieldReadOnlyUnderItsLabel(String form) throws IOException {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (JsonNode c :
        new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile()).path("components")) {
      if (c.hasNonNull("key")) {
        fields.put(c.get("key").asText(), c);
      }
    }
    List<String> dossierKeys = new ArrayList<>(fields.keySet());
    dossierKeys.retainAll(DossierField.variables());
    assertThat(dossierKeys).as(form).isEqualTo(DossierField.variables());
    for (DossierField f : DossierField.values()) {
      JsonNode c = fields.get(f.variable());
      assertThat(c.path("disabled").asBoolean()).as(form + " " + f + " read-only").isTrue();
      String label = c.has("dateLabel") ? c.get("dateLabel").asText() : c.path("label").asText();
      assertThat(label).as(form + " " + f).isEqualTo(f.label());
    }
    // The category shows its Vietnamese label (the select's values are checked against
    // CaseCategory by FormChoiceListsTest), the dates a date field.
    assertThat(fields.get(CaseVariables.CASE_CATEGORY).path("type").asText()).isEqualTo("select");
    assertThat(fields.get(CaseVariables.ENFORCEMENT_DECISION_DATE).path("type").asText())
        .isEqualTo("datetime");
    assertThat(fields.get(CaseVariables.SUBMITTING_AGENCY_NAME)).as(form).isNotNull();
    assertThat(fields.get(CaseVariables.SUBMITTING_AGENCY_NAME).path("disabled").asBoolean())
        .isTrue();
    assertThat(fields).doesNotContainKey(CaseVariables.SUBMITTING_AGENCY);
  }
}
