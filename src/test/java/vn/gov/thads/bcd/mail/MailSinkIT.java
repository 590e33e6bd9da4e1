package vn.gov.thads.bcd.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import vn.gov.thads.bcd.testsupport.Http;
import vn.gov.thads.bcd.testsupport.IntegrationTest;

/** In default mode mail goes over SMTP to the embedded sink, and a person reads it at /demo/thu. */
class MailSinkIT extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired JavaMailSender mailSender;

  @Test
  void mailSentByTheApplicationIsShownOnTheSinkPage() throws Exception {
    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom("bcd-thads@angiang.example");
    helper.setTo("kv01@thads.angiang.example");
    helper.setSubject("Nhắc việc: hồ sơ BCĐ-2026-0001 sắp đến hạn");
    helper.setText("Hạn xử lý 05/12/2026.", "<p>Hạn xử lý <b>05/12/2026</b>.</p>");
    mailSender.send(message);

    Http.Response page = Http.browser(port).get("/demo/thu");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "Nhắc việc: hồ sơ BCĐ-2026-0001 sắp đến hạn",
            "kv01@thads.angiang.example",
            "05/12/2026");
  }
}
