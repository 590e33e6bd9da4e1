package vn.gov.thads.bcd.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.gov.thads.bcd.platform.VietnamTime;

/** Lists the mails the demo SMTP server received, newest first, at {@code /demo/thu}. */
@Controller
@ConditionalOnBean(MailSink.class)
public class MailSinkController {

  private final MailSink sink;

  public MailSinkController(MailSink sink) {
    this.sink = sink;
  }

  /** One received mail as shown on the page. */
  public record ReceivedMail(
      String sentAt, String from, String to, String subject, String text, String html) {}

  @GetMapping("/demo/thu")
  public String list(Model model) throws MessagingException, IOException {
    List<ReceivedMail> mails = new ArrayList<>();
    for (MimeMessage m : sink.received()) {
      mails.add(
          0,
          new ReceivedMail(
              m.getSentDate() == null
                  ? ""
                  : m.getSentDate()
                      .toInstant()
                      .atZone(VietnamTime.ZONE)
                      .format(VietnamTime.DATE_TIME_SECONDS),
              addresses(m.getFrom()),
              addresses(m.getRecipients(Message.RecipientType.TO)),
              m.getSubject(),
              part(m, "text/plain"),
              part(m, "text/html")));
    }
    model.addAttribute("mails", mails);
    return "mail-sink";
  }

  private static String addresses(Address[] addresses) {
    return addresses == null
        ? ""
        : Arrays.stream(addresses).map(Object::toString).collect(Collectors.joining(", "));
  }

  private static String part(Part part, String mimeType) throws MessagingException, IOException {
    if (part.isMimeType(mimeType)) {
      return String.valueOf(part.getContent());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = part(body, mimeType);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
