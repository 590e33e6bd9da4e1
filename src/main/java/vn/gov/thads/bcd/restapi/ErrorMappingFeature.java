package vn.gov.thads.bcd.restapi;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Puts the application's error mapping into every Jersey application of the server, not only {@code
 * /engine-rest}: Tasklist and Cockpit call the engine through their own API ({@code
 * /camunda/api/engine}), whose set-up the starter fixes. Without it, a refusal of form data reaches
 * Tasklist as HTTP 500 wrapped in Camunda's English, and the engine's own refusals would stay
 * English ({@link VietnameseEngineErrors}). Registered through Jersey's auto-discovery ({@code
 * META-INF/services}).
 */
public class ErrorMappingFeature implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(InvalidCaseDataExceptionMapper.class)) {
      context.register(InvalidCaseDataExceptionMapper.class);
    }
    if (!context.getConfiguration().isRegistered(VietnameseEngineErrors.class)) {
      context.register(VietnameseEngineErrors.class);
    }
  }
}
