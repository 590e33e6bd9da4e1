package vn.gov.thads.bcd.restapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The request size limit on engine-rest, on the webapps' API ({@code /camunda/api}, what Tasklist
 * and Cockpit call) and on the application's own REST endpoints under {@code /api}, configured as
 * {@code bcd.rest.max-request-size}. It runs before authentication, so an oversized body is refused
 * without being read.
 */
@Configuration(proxyBeanMethods = false)
public class RequestSizeLimitConfiguration {

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      @Value("${bcd.rest.max-request-size:1MB}") DataSize max,
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath,
      ObjectMapper json) {
    String prefix = restPath.startsWith("/") ? restPath : "/" + restPath;
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestSizeLimitFilter(max, json));
    registration.setName("bcd-request-size-limit");
    registration.addUrlPatterns(prefix + "/*", "/camunda/api/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }

  /**
   * After the size limit (which bounds the body it reads), before authentication and the engine.
   */
  @Bean
  FilterRegistrationBean<EngineOwnedVariablesFilter> engineOwnedVariablesFilter(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath, ObjectMapper json) {
    String prefix = restPath.startsWith("/") ? restPath : "/" + restPath;
    FilterRegistrationBean<EngineOwnedVariablesFilter> registration =
        new FilterRegistrationBean<>(new EngineOwnedVariablesFilter(json));
    registration.setName("bcd-engine-owned-variables");
    registration.addUrlPatterns(prefix + "/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 110);
    return registration;
  }
}
