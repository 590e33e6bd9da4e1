package vn.gov.thads.bcd.organisation;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Reads the organisation file at start-up and applies it to the engine's identity service. */
@Configuration(proxyBeanMethods = false)
public class OrganisationConfiguration {

  /**
   * Plugins run in this order: models, then the organisation, then the authorizations that use
   * both.
   */
  public static final int IMPORT_ORDER = 100;

  @Bean
  Organisation organisation(OrganisationProperties properties) {
    if (properties.file() == null) {
      throw new InvalidOrganisationException(
          "(chưa cấu hình)",
          List.of(
              "thiếu đường dẫn tệp tổ chức: đặt bcd.organisation.file hoặc BCD_ORGANISATION_FILE"));
    }
    return OrganisationFileReader.read(properties.file());
  }

  @Bean
  @Order(IMPORT_ORDER)
  AbstractProcessEnginePlugin organisationImportPlugin(
      Organisation organisation,
      OrganisationProperties properties,
      @Value("${camunda.bpm.admin-user.id:}") String adminUserId) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        new OrganisationImporter(engine.getIdentityService(), adminUserId)
            .apply(organisation, properties.demoPassword());
      }
    };
  }
}
