package vn.gov.thads.bcd.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.function.IntPredicate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the demo mail sink's SMTP port before anything reads it, so that two demos on one machine
 * never fight for it. When {@code bcd.mail-sink.port} is 0 (the default): {@value #BASE_PORT} +
 * (web port − 8080), i.e. 2525 for the default web port 8080 and 3535 for {@code PORT=9090}; when
 * that port is taken (or the web port is random), any free port of 127.0.0.1. The application sends
 * to the chosen port ({@code spring.mail.port} follows it) and logs it.
 */
public class MailSinkPort implements EnvironmentPostProcessor {

  static final String PROPERTY = "bcd.mail-sink.port";
  static final int BASE_PORT = 2525;
  private static final int DEFAULT_WEB_PORT = 8080;

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    Integer configured = environment.getProperty(PROPERTY, Integer.class, 0);
    if (configured != 0) {
      return;
    }
    int webPort = environment.getProperty("server.port", Integer.class, DEFAULT_WEB_PORT);
    int chosen = choose(webPort, MailSinkPort::free);
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource("bcd-mail-sink-port", Map.of(PROPERTY, chosen)));
  }

  /** The port that follows the web port when it is free, else a free port chosen by the system. */
  static int choose(int webPort, IntPredicate isFree) {
    if (webPort > 0) {
      int following = BASE_PORT + (webPort - DEFAULT_WEB_PORT);
      if (following >= 1024
          && following <= 65535
          && following != webPort
          && isFree.test(following)) {
        return following;
      }
    }
    return anyFreePort();
  }

  static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int anyFreePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("Không tìm được cổng trống cho hộp thư thử nghiệm.", e);
    }
  }
}
