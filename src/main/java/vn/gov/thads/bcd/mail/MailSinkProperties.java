package vn.gov.thads.bcd.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The demo mode's embedded SMTP server: on by default, off in production. */
@ConfigurationProperties("bcd.mail-sink")
public record MailSinkProperties(boolean enabled, int port) {}
