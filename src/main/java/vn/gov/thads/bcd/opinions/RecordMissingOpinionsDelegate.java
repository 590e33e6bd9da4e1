package vn.gov.thads.bcd.opinions;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.caseintake.CaseStatus;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.variables.CaseVariables;

/** Closes the consultation: every consulted agency without an opinion is recorded as missing. */
@Component("recordMissingOpinionsDelegate")
public class RecordMissingOpinionsDelegate implements JavaDelegate {

  public static final String MISSING_OPINIONS = "missingOpinions";

  private final OpinionRepository opinions;
  private final Consultation consultation;
  private final CaseRepository cases;

  public RecordMissingOpinionsDelegate(
      OpinionRepository opinions, Consultation consultation, CaseRepository cases) {
    this.opinions = opinions;
    this.consultation = consultation;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = FormReader.caseId(execution);
    int missing =
        opinions.recordMissing(
            caseId,
            FormReader.roundNumber(execution),
            consultation.agencies(execution),
            (Date) execution.getVariable(CaseVariables.OPINION_DEADLINE));
    execution.setVariable(MISSING_OPINIONS, missing);
    cases.updateStatus(caseId, CaseStatus.CONCLUSION);
  }
}
