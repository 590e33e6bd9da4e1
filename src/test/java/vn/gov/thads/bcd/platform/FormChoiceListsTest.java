package vn.gov.thads.bcd.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.thads.bcd.administrative.AdministrativeChoices;
import vn.gov.thads.bcd.casecourse.EarlyClosureKind;
import vn.gov.thads.bcd.caseintake.CaseCategory;
import vn.gov.thads.bcd.conclusions.ConclusionChoices;
import vn.gov.thads.bcd.conclusions.ConclusionIssuedListener;
import vn.gov.thads.bcd.directives.DirectiveChoices;
import vn.gov.thads.bcd.directives.ResultVerdictListener;
import vn.gov.thads.bcd.enforcement.EnforcementChoices;
import vn.gov.thads.bcd.followup.FollowUpChoices;
import vn.gov.thads.bcd.opinions.OpinionChoices;

/**
 * The fixed option lists of the Camunda Forms ({@code forms/*.form}: select, radio, checklist,
 * taglist with {@code values}) against the lists the Java code accepts: same values, and the same
 * Vietnamese labels where Java keeps labels (they are quoted in its refusals). {@link #TABLE} maps
 * each form field to its Java source; option lists filled at run time ({@code valuesKey}, e.g. the
 * agency pickers) have no fixed list to compare.
 */
class FormChoiceListsTest {

  /**
   * A form field and the Java list of its values (and labels, unless the Java side keeps values
   * only).
   */
  record Counterpart(
      String form,
      String field,
      String javaSource,
      Map<String, String> labels,
      Set<String> values) {
    String key() {
      return form + "." + field;
    }

    @Override
    public String toString() {
      return key() + " ~ " + javaSource;
    }
  }

  static final List<Counterpart> TABLE =
      List.of(
          labelled("Form_Dossier", "caseCategory", "caseintake.CaseCategory", caseCategories()),
          labelled(
              "Form_CompleteDossier", "caseCategory", "caseintake.CaseCategory", caseCategories()),
          labelled(
              "Form_ApproveRequest", "caseCategory", "caseintake.CaseCategory", caseCategories()),
          labelled(
              "Form_ReviewDossier", "caseCategory", "caseintake.CaseCategory", caseCategories()),
          labelled(
              "Form_ApproveRequest",
              "approvalDecision",
              "opinions.ApprovalDecisionListener",
              OpinionChoices.approvalDecisions()),
          labelled(
              "Form_ReviewDossier",
              "dossierComplete",
              "opinions.DossierReviewListener",
              OpinionChoices.dossierReviews()),
          labelled(
              "Form_DecideOnLateOpinions",
              "lateOpinionsDecision",
              "opinions.LateOpinionsListener",
              OpinionChoices.lateOpinionsDecisions()),
          labelled(
              "Form_GiveOpinion",
              "opinionPosition",
              "opinions.OpinionGivenListener.POSITIONS",
              OpinionChoices.opinionPositions()),
          labelled(
              "Form_ScheduleMeeting",
              "meetingType",
              "conclusions.MeetingScheduledListener.TYPES",
              ConclusionChoices.meetingTypes()),
          labelled(
              "Form_ScheduleMeeting",
              "meetingArrangement",
              "conclusions.MeetingScheduledListener.ARRANGEMENTS",
              ConclusionChoices.meetingArrangements()),
          labelled(
              "Form_ScheduleMeeting",
              "consultationMode",
              "conclusions.MeetingScheduledListener.MODES",
              ConclusionChoices.consultationModes()),
          labelled(
              "Form_DecideWrittenConsultation",
              "writtenConsultationDecision",
              "conclusions.WrittenConsultationDecidedListener.DECISIONS",
              ConclusionChoices.writtenConsultationDecisions()),
          labelled(
              "Form_IssueConclusion",
              "conclusionAction",
              "conclusions.ConclusionIssuedListener.ACTIONS",
              ConclusionChoices.conclusionActions()),
          labelled(
              "Form_IssueConclusion",
              "priorDirectives",
              "conclusions.ConclusionIssuedListener.PRIOR_CHOICES",
              ConclusionIssuedListener.PRIOR_CHOICES),
          labelled(
              "Form_ReportEarlyClosure",
              "closureKind",
              "casecourse.EarlyClosureKind.choices()",
              EarlyClosureKind.choices()),
          labelled(
              "Form_ReportDirectiveResult",
              "directiveAction",
              "directives.DirectiveReportListener.ACTIONS",
              DirectiveChoices.actions()),
          labelled(
              "Form_DecideExtension",
              "extensionDecision",
              "directives.ExtensionDecisionListener.DECISIONS",
              DirectiveChoices.extensionDecisions()),
          labelled(
              "Form_ReportDirectiveResult",
              "adjustmentKind",
              "directives.AdjustmentKind.CHOICES",
              DirectiveChoices.adjustmentKinds()),
          labelled(
              "Form_DecideAdjustment",
              "adjustmentDecision",
              "directives.AdjustmentDecisionListener.DECISIONS",
              DirectiveChoices.adjustmentDecisions()),
          labelled(
              "Form_VerifyDirectiveResult",
              "resultVerdict",
              "directives.ResultVerdictListener",
              new ResultVerdictListener(null).choices()),
          labelled(
              "Form_PoliceReply",
              "policePosition",
              "enforcement.PoliceReplyListener.POSITIONS",
              EnforcementChoices.policePositions()),
          labelled(
              "Form_ProtectionPlan",
              "protectionPlanOutcome",
              "enforcement.ProtectionPlanListener.OUTCOMES",
              EnforcementChoices.protectionPlanOutcomes()),
          labelled(
              "Form_ChairResolvesDisagreement",
              "chairDecision",
              "enforcement.ChairDecisionListener.DECISIONS",
              EnforcementChoices.chairDecisions()),
          labelled(
              "Form_RecordEnforcement",
              "enforcementResult",
              "enforcement.EnforcementRecordListener.RESULTS",
              EnforcementChoices.enforcementResults()),
          // Issue 14, coercion not carried out: why, and what comes next.
          labelled(
              "Form_RecordEnforcement",
              "notCarriedOutReason",
              "enforcement.EnforcementRecordListener.REASONS",
              EnforcementChoices.notCarriedOutReasons()),
          labelled(
              "Form_RecordEnforcement",
              "afterNotCarriedOut",
              "enforcement.EnforcementRecordListener.NEXT_STEPS",
              EnforcementChoices.afterNotCarriedOut()),
          labelled(
              "Form_FollowUpCourt",
              "courtFollowUpResult",
              "enforcement.CourtFollowUpListener.RESULTS",
              EnforcementChoices.courtFollowUpResults()),
          labelled(
              "Form_FollowUpCourt",
              "courtRuling",
              "enforcement.CourtRulingListener.RULINGS",
              EnforcementChoices.courtRulings()),
          labelled(
              "Form_Auction",
              "auctionResult",
              "enforcement.AuctionListener.RESULTS",
              EnforcementChoices.auctionResults()),
          // PropertyDisposalProcess (issue 14)
          labelled(
              "Form_AwaitAppealRuling",
              "appealRuling",
              "enforcement.CourtRulingListener.RULINGS",
              EnforcementChoices.courtRulings()),
          labelled(
              "Form_RulingLegalEffect",
              "rulingLegalEffect",
              "enforcement.RulingLegalEffectListener.EFFECTS",
              EnforcementChoices.rulingLegalEffects()),
          labelled(
              "Form_ReducePrice",
              "failedAuctionDecision",
              "enforcement.PriceReductionListener.DECISIONS",
              EnforcementChoices.failedAuctionDecisions()),
          labelled(
              "Form_HandOver",
              "handOverResult",
              "enforcement.HandOverListener.RESULTS",
              EnforcementChoices.handOverResults()),
          labelled(
              "Form_ReportStatus",
              "reportOutcome",
              "followup.ReportStatusListener.OUTCOMES",
              FollowUpChoices.reportOutcomes()),
          labelled(
              "Form_ReportStatus",
              "debtorSituation",
              "followup.ReverificationSchedule.SITUATIONS",
              FollowUpChoices.debtorSituations()),
          labelled(
              "Form_ReverifyAbility",
              "verificationResult",
              "followup.ReverificationListener.RESULTS",
              FollowUpChoices.verificationResults()),
          labelled(
              "Form_ReverifyAbility",
              "debtorSituation",
              "followup.ReverificationSchedule.SITUATIONS",
              FollowUpChoices.debtorSituations()),
          labelled(
              "Form_AdminSelfExecution",
              "adminResult",
              "administrative.SelfExecutionResultListener.RESULTS",
              AdministrativeChoices.selfExecutionResults()),
          labelled(
              "Form_AdminFollowUp",
              "adminResult",
              "administrative.ComplianceFollowUpListener.RESULTS",
              AdministrativeChoices.followUpResults()));

  /** Fixed option lists with no Java list to compare with, and why. */
  static final Map<String, String> WITHOUT_JAVA_LIST =
      Map.of(
          "Form_Dossier.obligedBodySuperior",
          "the start form cannot load the organisation's agencies: a fixed subset of them, each"
              + " checked against the organisation file by AdministrativeDossierTest",
          "Form_CompleteDossier.obligedBodySuperior",
          "same list as Form_Dossier (AdministrativeDossierTest)",
          "Form_ApproveRequest.obligedBodySuperior",
          "read-only, same list as Form_Dossier (AdministrativeDossierTest)",
          "Form_ReviewDossier.obligedBodySuperior",
          "read-only, same list as Form_Dossier (AdministrativeDossierTest)");

  /**
   * Labels that differ between form and Java. None: the refusals quote the forms' own labels. The
   * test fails when one differs, so that this stays exact.
   */
  static final Set<String> KNOWN_LABEL_DIFFERENCES = Set.of();

  static Counterpart labelled(
      String form, String field, String source, Map<String, String> labels) {
    return new Counterpart(form, field, source, labels, labels.keySet());
  }

  static Counterpart valuesOnly(String form, String field, String source, Set<String> values) {
    return new Counterpart(form, field, source, null, values);
  }

  static Map<String, String> caseCategories() {
    return Arrays.stream(CaseCategory.values())
        .collect(
            Collectors.toMap(
                CaseCategory::code, CaseCategory::label, (a, b) -> a, LinkedHashMap::new));
  }

  /** Option lists of the forms: "form.field" to value to label, for fields with a fixed list. */
  static final Map<String, Map<String, String>> FORM_OPTIONS = readForms();

  static Map<String, Map<String, String>> readForms() {
    Map<String, Map<String, String>> options = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = json.readTree(file.toFile());
        collect(form.path("id").asText(), form.path("components"), options);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return options;
  }

  private static void collect(
      String formId, JsonNode components, Map<String, Map<String, String>> options) {
    for (JsonNode c : components) {
      if (Set.of("select", "radio", "checklist", "taglist").contains(c.path("type").asText())
          && c.has("values")) {
        Map<String, String> values = new LinkedHashMap<>();
        c.path("values")
            .forEach(v -> values.put(v.path("value").asText(), v.path("label").asText()));
        options.put(formId + "." + c.path("key").asText(), values);
      }
      collect(formId, c.path("components"), options);
    }
  }

  @Test
  void everyFixedOptionListIsComparedOrSaysWhyNot() {
    Set<String> classified = new TreeSet<>(WITHOUT_JAVA_LIST.keySet());
    TABLE.forEach(c -> classified.add(c.key()));

    assertThat(FORM_OPTIONS).hasSizeGreaterThanOrEqualTo(20);
    assertThat(classified)
        .as("fields of the table and of WITHOUT_JAVA_LIST")
        .hasSize(TABLE.size() + WITHOUT_JAVA_LIST.size())
        .isEqualTo(FORM_OPTIONS.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void theFormOffersExactlyTheValuesJavaAccepts(Counterpart c) {
    assertThat(FORM_OPTIONS).containsKey(c.key());
    assertThat(FORM_OPTIONS.get(c.key()).keySet())
        .as(c.toString())
        .containsExactlyInAnyOrderElementsOf(c.values());
  }

  @Test
  void theFormsLabelTheChoicesAsJavaQuotesThem() {
    Set<String> different = new TreeSet<>();
    for (Counterpart c : TABLE) {
      if (c.labels() == null) {
        continue;
      }
      c.labels()
          .forEach(
              (value, label) -> {
                String onForm = FORM_OPTIONS.getOrDefault(c.key(), Map.of()).get(value);
                if (onForm != null && !onForm.equals(label)) {
                  different.add(c.key() + "=" + value);
                }
              });
    }
    assertThat(different)
        .as("labels that differ between form and Java")
        .isEqualTo(new TreeSet<>(KNOWN_LABEL_DIFFERENCES));
  }

  static List<Counterpart> table() {
    return TABLE;
  }
}
