package vn.gov.thads.bcd.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server inside the demo application (GreenMail), so that reminders can be read without
 * installing anything: the application sends to it like to any SMTP server, and {@link
 * MailSinkController} shows what it received. Loopback only; never enabled in production.
 */
@Component
@ConditionalOnProperty(name = "bcd.mail-sink.enabled", havingValue = "true")
public class MailSink implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(MailSink.class);

  private final GreenMail greenMail;

  public MailSink(MailSinkProperties properties) {
    greenMail =
        new GreenMail(new ServerSetup(properties.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    try {
      greenMail.start();
    } catch (RuntimeException e) {
      // GreenMail's own message is English ("Could not start mail server…").
      throw new IllegalStateException(
          "Không mở được hộp thư thử nghiệm (SMTP) tại 127.0.0.1:"
              + properties.port()
              + ": cổng đang được chương trình khác dùng. Để bcd.mail-sink.port=0 (mặc định) để"
              + " ứng dụng tự chọn cổng trống, hoặc đặt một cổng khác.",
          e);
    }
    LOG.info(
        "Hộp thư thử nghiệm nhận thư SMTP tại 127.0.0.1:{}; xem thư tại /demo/thu",
        properties.port());
  }

  public List<MimeMessage> received() {
    return List.of(greenMail.getReceivedMessages());
  }

  @Override
  public void destroy() {
    greenMail.stop();
  }
}
