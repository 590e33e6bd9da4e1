package vn.gov.thads.bcd.cluster;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import vn.gov.thads.bcd.platform.Database;

/**
 * HTTP sessions in the database (Spring Session JDBC, configured by Spring Boot: {@code
 * spring.session.*}, cookie {@code server.servlet.session.cookie.*}). Camunda's webapps keep a
 * login ({@code Authentications}) and its CSRF token as session attributes; both are serializable
 * and written back with {@code setAttribute} whenever they change, which is what Spring Session
 * saves. One difference from sessions in memory needs help: the CSRF token of a new login ({@link
 * CsrfTokenAcrossLogin}).
 */
@Configuration(proxyBeanMethods = false)
public class HttpSessionConfiguration {

  /**
   * On PostgreSQL, session attributes are written with an upsert: Tasklist sends several requests
   * at once and the proxy spreads them over the nodes, so two nodes may add the same attribute of
   * one session at the same moment, which a plain INSERT refuses (duplicate key, HTTP 500). H2 (the
   * one-node demo) keeps Spring's plain statements.
   */
  /**
   * Right after Spring Session's filter, on the webapps' login (see {@link CsrfTokenAcrossLogin}).
   */
  @Bean
  FilterRegistrationBean<CsrfTokenAcrossLogin> csrfTokenAcrossLogin(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<CsrfTokenAcrossLogin> registration =
        new FilterRegistrationBean<>(new CsrfTokenAcrossLogin());
    registration.setName("bcd-csrf-token-across-login");
    registration.addUrlPatterns(webappPath + "/api/admin/auth/user/*");
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
    return registration;
  }

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> postgresSessionAttributeUpsert(
      DataSource dataSource) throws MetaDataAccessException {
    boolean postgres = Database.isPostgres(dataSource);
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsert =
        new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    return repository -> {
      if (postgres) {
        upsert.customize(repository);
      }
    };
  }
}
