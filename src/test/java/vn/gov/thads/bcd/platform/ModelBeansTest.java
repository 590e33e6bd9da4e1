package vn.gov.thads.bcd.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The one rule for finding the code behind a name a model calls: every bean an expression in {@code
 * bpmn/} names is a class of that name (capitalised) annotated {@code @Component("thatName")}. No
 * engine, no Spring context.
 */
class ModelBeansTest {

  private static final Pattern DELEGATE =
      Pattern.compile("delegateExpression=\"[$#]\\{(\\w+)\\}\"");
  private static final Pattern EXPRESSION_ROOT = Pattern.compile("[$#]\\{!?(\\w+)");

  @Test
  void everyBeanAModelCallsIsTheClassOfItsName() throws IOException {
    Map<String, String> components = components();
    Set<String> delegates = new TreeSet<>();
    Set<String> roots = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        String xml = Files.readString(model);
        collect(DELEGATE.matcher(xml), delegates);
        collect(EXPRESSION_ROOT.matcher(xml), roots);
      }
    }
    assertThat(delegates).as("delegate and listener beans of the models").hasSizeGreaterThan(30);
    // Every delegate expression names a bean; other expressions may start with a process variable
    // instead.
    assertThat(components.keySet()).containsAll(delegates);
    Map<String, String> called = new TreeMap<>();
    roots.stream()
        .filter(components::containsKey)
        .forEach(name -> called.put(name, components.get(name)));
    assertThat(called)
        .allSatisfy(
            (bean, className) ->
                assertThat(className)
                    .as("class of bean '%s'", bean)
                    .isEqualTo(Character.toUpperCase(bean.charAt(0)) + bean.substring(1)));
  }

  private static void collect(Matcher m, Set<String> into) {
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  /** Bean name → simple class name of every component of the application. */
  private static Map<String, String> components() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Map<String, String> components = new TreeMap<>();
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    for (BeanDefinition d : scanner.findCandidateComponents("vn.gov.thads.bcd")) {
      String className = d.getBeanClassName();
      components.put(
          AnnotationBeanNameGenerator.INSTANCE.generateBeanName(d, registry),
          className.substring(className.lastIndexOf('.') + 1));
    }
    return components;
  }
}
