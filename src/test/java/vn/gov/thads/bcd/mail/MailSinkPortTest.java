package vn.gov.thads.bcd.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The demo's SMTP port follows the web port, and a second demo on the same machine gets a free one
 * instead of crashing; a port taken after all is refused in Vietnamese.
 */
class MailSinkPortTest {

  @Test
  void followsTheWebPortWhenItIsFree() {
    assertThat(MailSinkPort.choose(8080, port -> true)).isEqualTo(2525);
    assertThat(MailSinkPort.choose(9090, port -> true)).isEqualTo(3535);
    assertThat(MailSinkPort.choose(8081, port -> true)).isEqualTo(2526);
  }

  @Test
  void takesAFreePortWhenTheFollowingOneIsTakenOrTheWebPortIsRandom() throws Exception {
    try (ServerSocket firstDemo = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int taken = firstDemo.getLocalPort();
      int webPort = taken - MailSinkPort.BASE_PORT + 8080;
      int chosen = MailSinkPort.choose(webPort, MailSinkPort::free);
      assertThat(chosen).isNotEqualTo(taken).isPositive();
      assertThat(MailSinkPort.free(chosen)).isTrue();
    }
    assertThat(MailSinkPort.choose(0, port -> true)).isPositive().isNotEqualTo(2525 - 8080);
  }

  @Test
  void setsThePortOnlyWhenNoneIsConfigured() {
    StandardEnvironment automatic = environment(Map.of("server.port", "9090"));
    new MailSinkPort().postProcessEnvironment(automatic, null);
    assertThat(automatic.getProperty("bcd.mail-sink.port", Integer.class)).isPositive();

    StandardEnvironment fixed =
        environment(Map.of("server.port", "9090", "bcd.mail-sink.port", "2600"));
    new MailSinkPort().postProcessEnvironment(fixed, null);
    assertThat(fixed.getProperty("bcd.mail-sink.port", Integer.class)).isEqualTo(2600);
  }

  @Test
  void aTakenPortIsRefusedInVietnamese() throws Exception {
    try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> new MailSink(new MailSinkProperties(true, other.getLocalPort())))
          .hasMessageStartingWith("Không mở được hộp thư thử nghiệm (SMTP) tại 127.0.0.1:")
          .hasMessageContaining("cổng đang được chương trình khác dùng");
    }
  }

  private static StandardEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    return environment;
  }
}
