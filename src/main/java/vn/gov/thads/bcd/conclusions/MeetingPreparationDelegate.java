package vn.gov.thads.bcd.conclusions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.forms.JsonList;
import vn.gov.thads.bcd.opinions.ConsultedOpinions;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.organisation.PersonRole;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Prepares what the meeting and conclusion forms show and offer: every agency of the province to
 * choose from, the consulted agencies ticked as participants, the chair of the committee proposed
 * as the meeting's chair, and each consulted agency's opinion (given on time, late, or missing) for
 * the secretariat and the chair to read where they decide. For an administrative judgment the first
 * directive's lead agency is pre-selected as the obliged body's direct superior (loaded with the
 * dossier), to which such directives go; the chair may add others, but {@link
 * ConclusionIssuedListener} requires one directive led by the superior.
 */
@Component("meetingPreparationDelegate")
public class MeetingPreparationDelegate implements JavaDelegate {

  private final Organisation organisation;
  private final ConsultedOpinions opinions;

  public MeetingPreparationDelegate(Organisation organisation, ConsultedOpinions opinions) {
    this.organisation = organisation;
    this.opinions = opinions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = FormReader.caseId(execution);
    execution.setVariable(
        CaseVariables.ALL_AGENCY_OPTIONS, JsonList.of(organisation.agencyOptions()));
    execution.setVariable(CaseVariables.CONSULTED_OPINIONS, JsonList.of(opinions.rows(caseId)));
    if (execution.getVariable(CaseVariables.MEETING_CHAIR) == null) {
      organisation.people().stream()
          .filter(p -> p.roles().contains(PersonRole.CHAIR))
          .findFirst()
          .ifPresent(
              chair ->
                  execution.setVariable(
                      CaseVariables.MEETING_CHAIR, chair.fullName() + ", Trưởng Ban Chỉ đạo"));
    }
    if (execution.getVariable(CaseVariables.MEETING_PARTICIPANTS) == null) {
      execution.setVariable(
          CaseVariables.MEETING_PARTICIPANTS, JsonList.of(opinions.agencies(caseId)));
    }
    Object superior = execution.getVariable(CaseVariables.OBLIGED_BODY_SUPERIOR);
    String firstLead = CaseVariables.DIRECTIVE_ROW + 1 + "Lead";
    if (superior != null && execution.getVariable(firstLead) == null) {
      execution.setVariable(firstLead, superior);
    }
  }
}
