package vn.gov.thads.bcd.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code bpmn/} and the forms of {@code forms/} as one deployment at
 * start-up.
 *
 * <p>Why not the starter's auto-deployment: it leaves {@code .form} files out, and it names
 * file-system resources by their absolute path, so the same models started from another folder
 * count as changed and get new versions. Here every resource is named by its path inside {@code
 * bpmn/} or {@code forms/}.
 *
 * <p>Duplicate filtering compares the whole set with the last deployment of the same name:
 * unchanged, nothing is deployed; anything changed, everything is deployed again. Deploying only
 * the changed files would break {@code camunda:formRefBinding="deployment"}, which finds a form
 * only in its process's own deployment.
 */
@Component
@Order(ModelDeployer.ORDER)
public class ModelDeployer extends AbstractProcessEnginePlugin {

  public static final int ORDER = 50;
  public static final String DEPLOYMENT_NAME = "bcd-models";
  static final String[] PATTERNS = {
    "classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:forms/**/*.form"
  };

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    List<NamedResource> resources = findResources();
    if (resources.isEmpty()) {
      throw new IllegalStateException(
          "Không tìm thấy mô hình BPMN/DMN hay biểu mẫu nào để triển khai");
    }
    DeploymentBuilder builder =
        engine
            .getRepositoryService()
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source("bcd-workflow")
            .enableDuplicateFiltering(false);
    for (NamedResource r : resources) {
      try (InputStream in = r.resource().getInputStream()) {
        builder.addInputStream(r.name(), in);
      } catch (IOException e) {
        throw new UncheckedIOException("Không đọc được " + r.name(), e);
      }
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    if (deployment.getDeployedProcessDefinitions() == null
        || deployment.getDeployedProcessDefinitions().isEmpty()) {
      LOG.info("Mô hình và biểu mẫu không đổi ({} tệp): không tạo phiên bản mới", resources.size());
    } else {
      LOG.info(
          "Đã triển khai {} tệp mô hình và biểu mẫu, {} định nghĩa quy trình mới",
          resources.size(),
          deployment.getDeployedProcessDefinitions().size());
    }
  }

  record NamedResource(String name, Resource resource) {}

  static List<NamedResource> findResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<NamedResource> found = new ArrayList<>();
    try {
      for (String pattern : PATTERNS) {
        String root = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
        for (Resource resource : resolver.getResources(pattern)) {
          String url = resource.getURL().toString();
          int at = url.lastIndexOf("/" + root);
          found.add(new NamedResource(url.substring(at + 1), resource));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(Comparator.comparing(NamedResource::name));
    return found;
  }
}
