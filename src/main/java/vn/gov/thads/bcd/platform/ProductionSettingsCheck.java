package vn.gov.thads.bcd.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In the production profile nothing has a default: every setting below must come from the
 * environment, and no demo password may be used. Start-up stops before anything else happens,
 * naming every missing or unsafe value.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

  public static final String PROFILE = "prod";

  /** The variables the production profile needs, with what each one is, in Vietnamese. */
  public static final Map<String, String> REQUIRED = requiredVariables();

  private static Map<String, String> requiredVariables() {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("BCD_DB_URL", "địa chỉ JDBC của PostgreSQL, ví dụ jdbc:postgresql://db:5432/bcd");
    vars.put("BCD_DB_USER", "tài khoản PostgreSQL");
    vars.put("BCD_DB_PASSWORD", "mật khẩu PostgreSQL");
    vars.put("BCD_SMTP_HOST", "máy chủ gửi thư (SMTP)");
    vars.put("BCD_SMTP_PORT", "cổng SMTP, ví dụ 587");
    vars.put("BCD_MAIL_FROM", "địa chỉ người gửi của thư nhắc việc");
    vars.put(
        "BCD_PUBLIC_BASE_URL", "địa chỉ công khai của ứng dụng, ví dụ https://bcd.angiang.gov.vn");
    vars.put("BCD_ADMIN_PASSWORD", "mật khẩu tài khoản quản trị 'admin'");
    vars.put(
        "BCD_ORGANISATION_FILE", "đường dẫn tệp tổ chức YAML, ví dụ file:/etc/bcd/to-chuc.yml");
    return Collections.unmodifiableMap(vars);
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
      return;
    }
    List<String> missing =
        REQUIRED.entrySet().stream()
            .filter(e -> isBlank(environment.getProperty(e.getKey())))
            .map(e -> e.getKey() + " (" + e.getValue() + ")")
            .toList();
    List<String> unsafe = new ArrayList<>();
    // The demo's password is printed in the README: never a production secret.
    if (DEMO_PASSWORD.equals(environment.getProperty("BCD_ADMIN_PASSWORD"))) {
      unsafe.add("BCD_ADMIN_PASSWORD là mật khẩu chạy thử '" + DEMO_PASSWORD + "'");
    }
    if (!isBlank(environment.getProperty("bcd.organisation.demo-password"))) {
      unsafe.add(
          "bcd.organisation.demo-password phải để trống (mọi người dùng mới sẽ có mật khẩu này)");
    }
    // The demo clock moves every date of the engine: never in production.
    if ("true"
        .equalsIgnoreCase(environment.getProperty("bcd.demo-clock.enabled", "false").trim())) {
      unsafe.add("bcd.demo-clock.enabled phải là false (đồng hồ giả lập chỉ dùng khi chạy thử)");
    }
    if (!missing.isEmpty() || !unsafe.isEmpty()) {
      throw new MissingProductionSettingsException(missing, unsafe);
    }
  }

  private static final String DEMO_PASSWORD = "demo";

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
