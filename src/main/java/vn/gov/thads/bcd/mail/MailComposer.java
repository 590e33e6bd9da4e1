package vn.gov.thads.bcd.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.angus.mail.util.MailConnectException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes and sends the application's mails from the Thymeleaf templates under {@code
 * src/main/resources/mail/}: each template exists as {@code name.html} and {@code name.txt}, and
 * every mail carries both (HTML with a plain-text alternative). The Message-ID is given by the
 * caller, so that a mail sent again after a failure can be recognised.
 */
@Component
public class MailComposer {

  /** A mail ready to send. */
  public record Mail(
      List<String> to,
      List<String> cc,
      String subject,
      String html,
      String text,
      String messageId,
      List<Attachment> attachments) {

    /** The same mail carrying one more file. */
    public Mail with(Attachment attachment) {
      List<Attachment> all = new java.util.ArrayList<>(attachments);
      all.add(attachment);
      return new Mail(to, cc, subject, html, text, messageId, List.copyOf(all));
    }
  }

  /** A file sent with a mail: its name as the recipient sees it, its type and its bytes. */
  public record Attachment(String fileName, String mediaType, byte[] content) {}

  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static {
    // jakarta.mail 2.1 looks up its stream provider with a ServiceLoader for every body part it
    // writes, reading META-INF/services of every jar under a lock: at a morning's burst of
    // reminders the sending threads queued there. Named as a system property, the lookup is one
    // Class.forName (see docs/benchmarks.md, reminders).
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  // Spring's flavour: expressions in SpEL (the plain engine needs OGNL, which is not on the class
  // path).
  private final SpringTemplateEngine templates = new SpringTemplateEngine();
  private final JavaMailSender sender;
  private final String from;

  public MailComposer(JavaMailSender sender, @Value("${bcd.mail-from}") String from) {
    this.sender = sender;
    this.from = from;
    templates.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
    templates.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
    ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
    r.setPrefix("mail/");
    r.setSuffix(suffix);
    r.setTemplateMode(mode);
    r.setCharacterEncoding(StandardCharsets.UTF_8.name());
    r.setCheckExistence(true);
    r.setCacheable(true);
    r.setOrder(order);
    return r;
  }

  /** Renders the template pair with the given values. */
  public Mail compose(
      String template,
      Map<String, Object> values,
      List<String> to,
      List<String> cc,
      String subject,
      String messageId) {
    Context context = new Context(Locale.forLanguageTag("vi-VN"), values);
    context.setVariable("subject", subject);
    String html = templates.process(template + ".html", Set.of(), context);
    String text = templates.process(template + ".txt", Set.of(), context);
    return new Mail(List.copyOf(to), List.copyOf(cc), subject, html, text, messageId, List.of());
  }

  /**
   * Hands the mail to the SMTP server; any refusal or outage is thrown (the caller's transaction
   * rolls back).
   */
  public void send(Mail mail) {
    try {
      MimeMessage message = new FixedIdMessage(session(), mail.messageId());
      MimeMessageHelper helper =
          new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(
          new InternetAddress(from, "Ban Chỉ đạo THADS tỉnh", StandardCharsets.UTF_8.name()));
      helper.setTo(mail.to().toArray(String[]::new));
      if (!mail.cc().isEmpty()) {
        helper.setCc(mail.cc().toArray(String[]::new));
      }
      helper.setSubject(mail.subject());
      helper.setText(mail.text(), mail.html());
      for (Attachment a : mail.attachments()) {
        helper.addAttachment(
            jakarta.mail.internet.MimeUtility.encodeText(
                a.fileName(), StandardCharsets.UTF_8.name(), null),
            new org.springframework.core.io.ByteArrayResource(a.content()),
            a.mediaType());
      }
      message.saveChanges();
      if (sender instanceof JavaMailSenderImpl impl) {
        deliver(impl, message);
      } else {
        sender.send(message);
      }
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailSendException(
          unreachable(e)
              ? "Không kết nối được máy chủ thư "
                  + server()
                  + " ("
                  + rootMessage(e)
                  + "); thư '"
                  + mail.subject()
                  + "' chưa được gửi."
              : "Không gửi được thư '"
                  + mail.subject()
                  + "' qua máy chủ thư "
                  + server()
                  + ": "
                  + rootMessage(e),
          e);
    }
  }

  /** The mail server as configured, "host:port". */
  public String server() {
    return sender instanceof JavaMailSenderImpl impl
        ? impl.getHost() + ":" + impl.getPort()
        : "(không rõ)";
  }

  /**
   * Whether a failure to send is the mail server out of reach (refused connection, unknown host,
   * timeout, dropped connection) rather than a refusal of this mail.
   */
  public static boolean unreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof SocketTimeoutException
          || t instanceof SocketException
          || t instanceof MailConnectException) {
        return true;
      }
    }
    return false;
  }

  /** The innermost cause's message: what the server or the network said. */
  public static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  /**
   * Sends over this thread's open SMTP connection, opening one when there is none or the server
   * closed it. Opening a connection (greeting, EHLO, authentication) costs far more than sending a
   * mail; reminders leave by the thousand at 08:00 from the job executor's threads. A failed send
   * closes the connection, so the retry starts afresh.
   */
  private void deliver(JavaMailSenderImpl impl, MimeMessage message) throws MessagingException {
    OpenConnection open = connections.get();
    long idle = open == null ? 0 : System.nanoTime() - open.lastUsed;
    // In a burst the connection is used again at once; after a pause, ask the server (NOOP) whether
    // it is still there.
    if (open != null
        && (idle > MAX_IDLE_NANOS || idle > PROBE_AFTER_NANOS && !open.transport.isConnected())) {
      close(open);
      open = null;
    }
    if (open == null) {
      Transport transport =
          impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
      transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
      open = new OpenConnection(transport);
      connections.set(open);
    }
    try {
      open.transport.sendMessage(message, message.getAllRecipients());
      open.lastUsed = System.nanoTime();
    } catch (MessagingException | RuntimeException e) {
      close(open);
      throw e;
    }
  }

  private void close(OpenConnection open) {
    connections.remove();
    try {
      open.transport.close();
    } catch (MessagingException ignored) {
      // already broken: nothing to hand back
    }
  }

  /**
   * Servers drop idle connections after a few minutes; one unused for a minute is replaced rather
   * than probed.
   */
  private static final long MAX_IDLE_NANOS = 60_000_000_000L;

  private static final long PROBE_AFTER_NANOS = 2_000_000_000L;

  private final ThreadLocal<OpenConnection> connections = new ThreadLocal<>();

  private static final class OpenConnection {
    final Transport transport;
    long lastUsed = System.nanoTime();

    OpenConnection(Transport transport) {
      this.transport = transport;
    }
  }

  private Session session() {
    return sender.createMimeMessage().getSession();
  }

  /** Keeps the given Message-ID instead of the random one JavaMail makes on saving. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
