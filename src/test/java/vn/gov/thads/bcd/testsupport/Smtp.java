package vn.gov.thads.bcd.testsupport;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for tests and benchmarks, and the mails it received read back the
 * way a person would see them: one mail per Message-ID (GreenMail keeps a copy per recipient), with
 * its To, Cc, subject and both bodies.
 */
public final class Smtp implements AutoCloseable {

  /** One mail as its recipients see it. */
  public record Mail(
      String messageId,
      String subject,
      List<String> to,
      List<String> cc,
      String text,
      String html,
      int copies) {}

  public final int port;
  private GreenMail server;

  /** What the server received before it was last stopped. */
  private final List<MimeMessage> earlier = new ArrayList<>();

  public Smtp() {
    this.port = FreePort.find();
    start();
  }

  public synchronized void start() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  /** The server goes away: connections are refused until {@link #start()}. */
  public synchronized void stop() {
    // Read from the stopped server's store (GreenMail starts a new one on stop): a mail it took and
    // acknowledged while stopping is counted too.
    Managers store = server.getManagers();
    server.stop();
    for (StoredMessage m : store.getImapHostManager().getAllMessages()) {
      earlier.add(m.getMimeMessage());
    }
  }

  public synchronized void clear() {
    earlier.clear();
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies received (one per recipient). */
  public int copies() {
    return all().size();
  }

  /** Every copy received, as JavaMail reads it (for what {@link Mail} leaves out: attachments). */
  public List<MimeMessage> received() {
    return all();
  }

  private synchronized List<MimeMessage> all() {
    List<MimeMessage> all = new ArrayList<>(earlier);
    all.addAll(List.of(server.getReceivedMessages()));
    return all;
  }

  /** The distinct mails received, in order of arrival. */
  public List<Mail> mails() {
    Map<String, List<MimeMessage>> byId = new LinkedHashMap<>();
    for (MimeMessage m : all()) {
      try {
        byId.computeIfAbsent(m.getMessageID(), k -> new ArrayList<>()).add(m);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    List<Mail> mails = new ArrayList<>();
    byId.forEach((id, copies) -> mails.add(read(id, copies.get(0), copies.size())));
    return mails;
  }

  private static Mail read(String id, MimeMessage m, int copies) {
    try {
      String[] bodies = new String[2];
      collect(m, bodies);
      return new Mail(
          id,
          m.getSubject(),
          addresses(m, Message.RecipientType.TO),
          addresses(m, Message.RecipientType.CC),
          bodies[0],
          bodies[1],
          copies);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> addresses(MimeMessage m, Message.RecipientType type)
      throws Exception {
    return m.getRecipients(type) == null
        ? List.of()
        : Arrays.stream(m.getRecipients(type))
            .map(a -> ((InternetAddress) a).getAddress())
            .toList();
  }

  private static void collect(Part part, String[] bodies) throws Exception {
    if (part.isMimeType("text/plain") && bodies[0] == null) {
      bodies[0] = (String) part.getContent();
    } else if (part.isMimeType("text/html") && bodies[1] == null) {
      bodies[1] = (String) part.getContent();
    } else if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, bodies);
      }
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
