package vn.gov.thads.bcd.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The upload limit of documents, in front of the API's general request limit, and the servlet's
 * multipart limits raised to it: Spring Boot's defaults (1 MB a file, 10 MB a request) would
 * otherwise refuse a 20 MB document with an English error before the application sees it. The other
 * {@code spring.servlet.multipart.*} settings (location, threshold: 0, so parts go to disk, never
 * to memory) are kept.
 */
@Configuration(proxyBeanMethods = false)
public class DocumentsConfiguration {

  @Bean
  FilterRegistrationBean<DocumentUploadLimitFilter> documentUploadLimitFilter(
      @Value("${bcd.api.path:/api}") String apiPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      @Value("${bcd.documents.max-size:20MB}") DataSize maxSize,
      ObjectMapper json) {
    FilterRegistrationBean<DocumentUploadLimitFilter> registration =
        new FilterRegistrationBean<>(
            new DocumentUploadLimitFilter(apiPath, webappPath, maxSize.toBytes(), json));
    registration.setName("bcd-document-upload-limit");
    registration.addUrlPatterns(apiPath + "/*", webappPath + "/api/cockpit/plugin/*");
    // Before the general limit (HIGHEST_PRECEDENCE + 100), which then lets the upload pass.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 90);
    return registration;
  }

  @Bean
  MultipartConfigElement multipartConfigElement(
      MultipartProperties properties, @Value("${bcd.documents.max-size:20MB}") DataSize maxSize) {
    long needed = maxSize.toBytes() + DocumentUploadLimitFilter.FORM_SLACK;
    MultipartConfigElement configured = properties.createMultipartConfig();
    return new MultipartConfigElement(
        configured.getLocation(),
        raised(configured.getMaxFileSize(), needed),
        raised(configured.getMaxRequestSize(), needed),
        configured.getFileSizeThreshold());
  }

  /** A limit of at least {@code needed} (-1, no limit, stays). */
  private static long raised(long limit, long needed) {
    return limit < 0 ? limit : Math.max(limit, needed);
  }
}
