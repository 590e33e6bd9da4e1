package vn.gov.thads.bcd.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import vn.gov.thads.bcd.mail.MailSink;
import vn.gov.thads.bcd.testsupport.FreePort;
import vn.gov.thads.bcd.testsupport.PostgresTestDatabase;
import vn.gov.thads.bcd.testsupport.TestApplication;

/** The production profile takes everything from its environment variables and has no demo content. */
class ProductionProfileIT {

  @Test
  void refusesToStartNamingEveryMissingVariable() {
    assertThatThrownBy(() -> TestApplication.start(null, Map.of(), ProductionSettingsCheck.PROFILE))
        .isInstanceOf(MissingProductionSettingsException.class)
        .hasMessageContaining("BCD_DB_URL").hasMessageContaining("BCD_DB_USER")
        .hasMessageContaining("BCD_DB_PASSWORD").hasMessageContaining("BCD_SMTP_HOST")
        .hasMessageContaining("BCD_SMTP_PORT").hasMessageContaining("BCD_MAIL_FROM")
        .hasMessageContaining("BCD_PUBLIC_BASE_URL").hasMessageContaining("BCD_ADMIN_PASSWORD")
        .hasMessageContaining("BCD_ORGANISATION_FILE");
  }

  @Test
  void namesOnlyTheVariablesThatAreMissing() {
    Map<String, String> almost = variables(PostgresTestDatabase.fresh("bcd_test_prod_partial"), 25);
    almost.remove("BCD_ADMIN_PASSWORD");
    almost.put("BCD_SMTP_HOST", "  ");
    assertThatThrownBy(() -> TestApplication.start(null, almost, ProductionSettingsCheck.PROFILE))
        .isInstanceOf(MissingProductionSettingsException.class)
        .hasMessageContaining("BCD_ADMIN_PASSWORD").hasMessageContaining("BCD_SMTP_HOST")
        .hasMessageNotContaining("BCD_DB_URL").hasMessageNotContaining("BCD_ORGANISATION_FILE");
  }

  @Test
  void startsFromItsVariablesWithoutDemoPasswordsOrMailSink() {
    int smtpPort = FreePort.find();
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try (ConfigurableApplicationContext app = TestApplication.start(null,
        variables(PostgresTestDatabase.fresh("bcd_test_prod"), smtpPort), ProductionSettingsCheck.PROFILE)) {
      IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.createUserQuery().userId("chv.kv01").count()).isEqualTo(1);
      assertThat(identity.checkPassword("chv.kv01", "demo")).isFalse();
      // The right password first: a failed check delays the account's next login by a few seconds.
      assertThat(identity.checkPassword("admin", "Mật-khẩu-vận-hành-2026")).isTrue();
      assertThat(identity.checkPassword("admin", "demo")).isFalse();
      assertThat(app.getBeansOfType(MailSink.class)).isEmpty();

      SimpleMailMessage mail = new SimpleMailMessage();
      mail.setFrom("bcd@thads.angiang.example");
      mail.setTo("kv01@thads.angiang.example");
      mail.setSubject("Thử gửi thư");
      mail.setText("Nội dung");
      app.getBean(JavaMailSender.class).send(mail);
      assertThat(smtp.getReceivedMessages()).hasSize(1);
    } finally {
      smtp.stop();
    }
  }

  private static Map<String, String> variables(PostgresTestDatabase.Database db, int smtpPort) {
    Map<String, String> vars = new HashMap<>();
    vars.put("BCD_DB_URL", db.url());
    vars.put("BCD_DB_USER", db.user());
    vars.put("BCD_DB_PASSWORD", db.password().isEmpty() ? "khong-dung" : db.password());
    vars.put("BCD_SMTP_HOST", "127.0.0.1");
    vars.put("BCD_SMTP_PORT", String.valueOf(smtpPort));
    vars.put("BCD_MAIL_FROM", "bcd@thads.angiang.example");
    vars.put("BCD_PUBLIC_BASE_URL", "https://bcd.angiang.example");
    vars.put("BCD_ADMIN_PASSWORD", "Mật-khẩu-vận-hành-2026");
    vars.put("BCD_ORGANISATION_FILE", "classpath:organisation/an-giang.yml");
    return vars;
  }
}
