package vn.gov.thads.bcd.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response: engine-rest, the Cockpit plugin's REST, the actuator, the
 * demo mailbox, error pages. Camunda's own header filter covers only its webapps ({@code
 * camunda.bpm.webapp.header-security}) and sets a Content-Security-Policy with a nonce per page
 * there; this filter runs first and each header it sets may be replaced by Camunda's, so the
 * webapps keep their working policy.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  private final String contentSecurityPolicy;
  private final String referrerPolicy;
  private final String frameOptions;
  private final long hstsMaxAgeSeconds;

  public SecurityHeadersFilter(
      String contentSecurityPolicy,
      String referrerPolicy,
      String frameOptions,
      long hstsMaxAgeSeconds) {
    this.contentSecurityPolicy = contentSecurityPolicy;
    this.referrerPolicy = referrerPolicy;
    this.frameOptions = frameOptions;
    this.hstsMaxAgeSeconds = hstsMaxAgeSeconds;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    setIfAbsent(response, "X-Content-Type-Options", "nosniff");
    setIfAbsent(response, "X-Frame-Options", frameOptions);
    setIfAbsent(response, "Referrer-Policy", referrerPolicy);
    setIfAbsent(response, "Content-Security-Policy", contentSecurityPolicy);
    if (hstsMaxAgeSeconds > 0) {
      // Sent whatever the scheme the application sees: in prod it sits behind an HTTPS reverse
      // proxy.
      setIfAbsent(
          response,
          "Strict-Transport-Security",
          "max-age=" + hstsMaxAgeSeconds + "; includeSubDomains");
    }
    chain.doFilter(request, response);
  }

  private static void setIfAbsent(HttpServletResponse response, String name, String value) {
    if (value != null && !value.isBlank() && !response.containsHeader(name)) {
      response.setHeader(name, value);
    }
  }

  /**
   * Registered for every path, before the other filters, so that refusals (401, 403) carry the
   * headers too.
   */
  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(
        @Value("${bcd.security.headers.content-security-policy}") String csp,
        @Value("${bcd.security.headers.referrer-policy}") String referrerPolicy,
        @Value("${bcd.security.headers.frame-options}") String frameOptions,
        @Value("${bcd.security.headers.hsts-max-age-seconds:0}") long hstsMaxAgeSeconds) {
      FilterRegistrationBean<SecurityHeadersFilter> registration =
          new FilterRegistrationBean<>(
              new SecurityHeadersFilter(csp, referrerPolicy, frameOptions, hstsMaxAgeSeconds));
      registration.setName("bcd-security-headers");
      registration.addUrlPatterns("/*");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
      return registration;
    }
  }
}
