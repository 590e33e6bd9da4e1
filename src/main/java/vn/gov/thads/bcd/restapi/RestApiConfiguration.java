package vn.gov.thads.bcd.restapi;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** engine-rest as the starter configures it, plus the application's own error mapping. */
@Component
@ApplicationPath("/engine-rest")
public class RestApiConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(InvalidCaseDataExceptionMapper.class);
    register(VietnameseEngineErrors.class);
  }
}
