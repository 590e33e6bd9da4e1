package vn.gov.thads.bcd.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every step a person carries out has a deadline: it shows in Tasklist, drives reminders and
 * escalation, and counts in the overdue view. A user task without {@code camunda:dueDate} would
 * never be reminded nor reported late.
 */
class EveryUserTaskHasADueDateTest {

  @Test
  void everyUserTaskOfEveryModelHasADueDate() throws IOException {
    List<Path> models;
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(models).isNotEmpty();
    List<String> withoutDueDate =
        models.stream()
            .flatMap(
                file ->
                    Bpmn.readModelFromFile(file.toFile())
                        .getModelElementsByType(UserTask.class)
                        .stream()
                        .filter(
                            t -> t.getCamundaDueDate() == null || t.getCamundaDueDate().isBlank())
                        .map(t -> file.getFileName() + ": " + t.getId() + " (" + t.getName() + ")"))
            .toList();
    assertThat(withoutDueDate).as("user tasks without camunda:dueDate").isEmpty();
  }
}
