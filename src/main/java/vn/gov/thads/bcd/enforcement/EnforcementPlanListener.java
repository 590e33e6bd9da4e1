package vn.gov.thads.bcd.enforcement;

import static vn.gov.thads.bcd.variables.EnforcementVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.calendar.WorkingDays;
import vn.gov.thads.bcd.caseintake.CaseRepository;
import vn.gov.thads.bcd.forms.FormReader;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.CaseAccess;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * Checks the enforcement plan: the date and start time must respect the blackout rule (with the
 * dossier's "debtor is a policy beneficiary" flag), lie in the future and leave the 10 days the
 * comment meeting needs. Records the plan, sets the due dates that hang on the coercion date
 * (comment meeting, protection plan, briefing one working day before, record of the day: {@link
 * CoercionSchedule}) and lets the procuracy and the police read the case, as the plan is sent to
 * them at once. A coercion that was not carried out comes back here for its next round, under the
 * same rules.
 */
@Component("enforcementPlanListener")
public class EnforcementPlanListener implements TaskListener {

  private final BlackoutRule blackout;
  private final WorkingDays workingDays;
  private final EnforcementRepository records;
  private final StepRecorder steps;
  private final EnforcementAgencies agencies;
  private final CaseAccess caseAccess;
  private final CaseRepository cases;
  private final CoercionSchedule schedule;
  private final CoercionCommunes communes;
  private final Clock clock;

  public EnforcementPlanListener(
      BlackoutRule blackout,
      WorkingDays workingDays,
      EnforcementRepository records,
      StepRecorder steps,
      EnforcementAgencies agencies,
      CaseAccess caseAccess,
      CaseRepository cases,
      CoercionSchedule schedule,
      CoercionCommunes communes,
      Clock clock) {
    this.blackout = blackout;
    this.workingDays = workingDays;
    this.records = records;
    this.steps = steps;
    this.agencies = agencies;
    this.caseAccess = caseAccess;
    this.cases = cases;
    this.schedule = schedule;
    this.communes = communes;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormReader f = FormReader.of(task);
    String planNo = f.documentNo(PLAN_NO, "số kế hoạch cưỡng chế");
    String commune =
        communes.committees().isEmpty()
            ? null
            : communeAgency(
                f,
                COERCION_COMMUNE,
                "Ủy ban nhân dân xã, phường nơi cưỡng chế",
                communes::isCommittee,
                "Ủy ban nhân dân cấp xã");
    String communePolice =
        f.isBlank(COERCION_COMMUNE_POLICE)
            ? null
            : communeAgency(
                f,
                COERCION_COMMUNE_POLICE,
                "Công an xã, phường",
                communes::isPolice,
                "Công an cấp xã");
    LocalDate date = f.date(ENFORCEMENT_DATE, "ngày cưỡng chế");
    LocalTime time = f.time(ENFORCEMENT_START_TIME, "giờ bắt đầu cưỡng chế");
    String property = f.text(PROPERTY_DESCRIPTION, "mô tả tài sản, đối tượng cưỡng chế", 2000);
    if (date != null && time != null) {
      LocalDateTime at = LocalDateTime.of(date, time);
      LocalDate today = VietnamTime.today(clock);
      int lead = schedule.commentMeetingLeadDays();
      if (!at.isAfter(VietnamTime.now(clock))) {
        f.problem(
            "Ngày giờ cưỡng chế "
                + VietnamTime.DATE.format(date)
                + " "
                + VietnamTime.TIME.format(time)
                + " đã qua.");
      } else if (date.isBefore(today.plusDays(lead))) {
        f.problem(
            "Ngày cưỡng chế "
                + VietnamTime.DATE.format(date)
                + " quá gần: phải cách hôm nay ít nhất "
                + lead
                + " ngày để họp góp ý kế hoạch (sớm nhất "
                + VietnamTime.DATE.format(today.plusDays(lead))
                + ").");
      } else {
        blackout
            .violation(at, cases.debtorPolicyBeneficiary(FormReader.caseId(task)))
            .ifPresent(f::problem);
      }
    }
    boolean real = f.flag(REAL_PROPERTY, "tài sản là bất động sản");
    f.check();
    LocalDateTime at = LocalDateTime.of(date, time);
    int round = task.getVariable(COERCION_ROUND) instanceof Number n ? n.intValue() : 1;
    task.setVariable(REAL_PROPERTY, real);
    task.setVariable(ENFORCEMENT_AT, Date.from(VietnamTime.instant(at)));
    task.setVariable(COMMENT_MEETING_DUE, schedule.commentMeetingDue(date));
    task.setVariable(PROTECTION_PLAN_DUE, schedule.protectionPlanDue(date));
    task.setVariable(
        BRIEFING_DUE, Date.from(VietnamTime.instant(previousWorkingDay(date).atTime(17, 0))));
    task.setVariable(RECORD_DUE, schedule.recordDue(date));
    records.plan(task.getProcessInstanceId(), round, planNo, at, property, real);
    steps.record(task, planNo, date, null, property + participants(commune, communePolice));
    // The plan goes at once to the office's own procuracy and police (its jurisdiction).
    String office = (String) task.getVariable(CaseVariables.SUBMITTING_AGENCY);
    caseAccess.grantRead(task.getProcessInstanceId(), agencies.procuracyFor(office));
    caseAccess.grantRead(task.getProcessInstanceId(), agencies.policeFor(office));
    // ... and to the commune's People's Committee and police, who take part.
    for (String partner : new String[] {commune, communePolice}) {
      if (partner != null) {
        caseAccess.grantRead(task.getProcessInstanceId(), partner);
      }
    }
  }

  /** The briefing is held one working day before the enforcement date. */
  LocalDate previousWorkingDay(LocalDate date) {
    return workingDays.previous(date);
  }

  /** Who takes part from the commune, as the case page shows it under the plan. */
  private String participants(String commune, String communePolice) {
    if (commune == null && communePolice == null) {
      return "";
    }
    StringBuilder text = new StringBuilder("\nTại địa phương: ");
    if (commune != null) {
      text.append(communes.name(commune));
    }
    if (communePolice != null) {
      text.append(commune != null ? ", " : "").append(communes.name(communePolice));
    }
    return text.toString();
  }

  /** A commune's agency chosen on the plan; another agency of the file is named and refused. */
  private String communeAgency(
      FormReader f, String name, String label, Predicate<String> allowed, String what) {
    String id = f.agency(name, label, any -> true);
    if (id != null && !allowed.test(id)) {
      f.problem(communes.name(id) + " không phải " + what + " trong tệp tổ chức.");
      return null;
    }
    return id;
  }
}
