package vn.gov.thads.bcd.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the organisation file is, and the password given to people created in demo mode.
 *
 * @param file the organisation YAML file ({@code classpath:} or {@code file:} location)
 * @param demoPassword password for newly created people; empty in production, where an
 *     administrator sets passwords in Camunda Admin
 */
@ConfigurationProperties("bcd.organisation")
public record OrganisationProperties(Resource file, String demoPassword) {}
