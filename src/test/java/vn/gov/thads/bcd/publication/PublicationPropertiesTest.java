package vn.gov.thads.bcd.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Settings of bcd.publication: a wrong value stops start-up with a Vietnamese message naming it.
 */
class PublicationPropertiesTest {

  private static PublicationProperties of(
      String url,
      String user,
      String password,
      String token,
      Duration connect,
      Duration read,
      String cycle) {
    return new PublicationProperties(url, user, password, token, connect, read, cycle);
  }

  @Test
  void anEmptyUrlMeansOffAndAnyValidSettingIsAccepted() {
    assertThat(
            of("", "", "", "", Duration.ofSeconds(10), Duration.ofSeconds(30), "R5/PT5M").enabled())
        .isFalse();
    PublicationProperties on =
        of(
            " https://vanban.angiang.gov.vn/api/bcd ",
            "bcd",
            "bí mật",
            "",
            Duration.ofSeconds(5),
            Duration.ofSeconds(20),
            "PT1M, PT5M,PT15M");
    assertThat(on.enabled()).isTrue();
    assertThat(on.url()).isEqualTo("https://vanban.angiang.gov.vn/api/bcd");
    assertThat(on.toString()).doesNotContain("bí mật");
    PublicationProperties inUrl =
        of(
            "https://bcd:bi-mat@vanban.angiang.gov.vn/api",
            "",
            "",
            "",
            Duration.ofSeconds(5),
            Duration.ofSeconds(20),
            "R5/PT5M");
    assertThat(inUrl.displayUrl()).isEqualTo("https://vanban.angiang.gov.vn/api");
    assertThat(inUrl.toString()).doesNotContain("bi-mat");
  }

  @Test
  void everyWrongValueIsNamedAtOnce() {
    assertThatThrownBy(
            () ->
                of(
                    "ftp://kho.angiang.gov.vn",
                    "bcd",
                    "",
                    "token",
                    Duration.ZERO,
                    Duration.ofSeconds(-1),
                    "mỗi 5 phút"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cấu hình công bố sang hệ thống của tỉnh không hợp lệ: ")
        .hasMessageContaining(
            "bcd.publication.url phải là địa chỉ http:// hoặc https:// đầy đủ, không phải 'ftp://kho.angiang.gov.vn'")
        .hasMessageContaining(
            "bcd.publication.username và bcd.publication.password phải có cả hai hoặc không có cả hai")
        .hasMessageContaining("chỉ dùng một cách xác thực")
        .hasMessageContaining("bcd.publication.connect-timeout phải lớn hơn 0")
        .hasMessageContaining("bcd.publication.read-timeout phải lớn hơn 0")
        .hasMessageContaining(
            "bcd.publication.retry-cycle phải có dạng R5/PT5M hoặc danh sách PT1M,PT5M,PT15M, không phải 'mỗi 5 phút'");
  }

  @Test
  void aRetryCycleWithoutAttemptsIsRefused() {
    assertThatThrownBy(
            () -> of("", "", "", "", Duration.ofSeconds(1), Duration.ofSeconds(1), "R0/PT5M"))
        .hasMessageContaining("bcd.publication.retry-cycle");
    assertThatThrownBy(
            () ->
                of("http://", "", "", "", Duration.ofSeconds(1), Duration.ofSeconds(1), "R1/PT5M"))
        .hasMessageContaining("bcd.publication.url");
  }
}
