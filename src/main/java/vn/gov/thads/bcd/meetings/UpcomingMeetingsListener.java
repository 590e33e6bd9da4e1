package vn.gov.thads.bcd.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.gov.thads.bcd.forms.JsonList;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.security.WithoutAuthorization;
import vn.gov.thads.bcd.variables.CaseVariables;

/**
 * The upcoming quarterly meetings a case may join, as the secretariat's meeting task offers them
 * ({@link CaseVariables#UPCOMING_MEETING_OPTIONS}): set when the task opens (this listener, on
 * {@code create}), and again on every open such task whenever a meeting is scheduled or a case is
 * added to one, so that a task opened earlier offers the meeting another case just scheduled.
 */
@Component("upcomingMeetingsListener")
public class UpcomingMeetingsListener implements TaskListener {

  /** The secretariat's task that schedules the meeting or adds the case to one. */
  public static final String SCHEDULE_TASK = "Task_ScheduleMeeting";

  private final CommitteeMeetings meetings;
  private final WithoutAuthorization withoutAuthorization;
  private final Clock clock;

  public UpcomingMeetingsListener(
      CommitteeMeetings meetings, WithoutAuthorization withoutAuthorization, Clock clock) {
    this.meetings = meetings;
    this.withoutAuthorization = withoutAuthorization;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(CaseVariables.UPCOMING_MEETING_OPTIONS, JsonList.of(options()));
  }

  /** Value (the meeting's id) and label of each upcoming quarterly meeting, soonest first. */
  public List<Map<String, String>> options() {
    return meetings.upcoming(VietnamTime.today(clock)).stream()
        .map(m -> Map.of("value", String.valueOf(m.id()), "label", MeetingLabels.option(m)))
        .toList();
  }

  /**
   * Offers the meetings as they now are on every open meeting task but the one being completed (the
   * secretariat may not otherwise update other cases' instances).
   */
  public void refreshOpenTasks(ProcessEngineServices engine, String exceptProcessInstanceId) {
    List<Map<String, String>> options = options();
    withoutAuthorization.run(
        () -> {
          for (Task open :
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .taskDefinitionKey(SCHEDULE_TASK)
                  .active()
                  .list()) {
            if (!open.getProcessInstanceId().equals(exceptProcessInstanceId)) {
              engine
                  .getRuntimeService()
                  .setVariable(
                      open.getProcessInstanceId(),
                      CaseVariables.UPCOMING_MEETING_OPTIONS,
                      JsonList.of(options));
            }
          }
          return null;
        });
  }
}
