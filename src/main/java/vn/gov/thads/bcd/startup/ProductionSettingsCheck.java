package vn.gov.thads.bcd.startup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In the production profile nothing has a default: every setting below must come from the environment.
 * Start-up stops before anything else happens, naming every missing variable at once.
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
    vars.put("BCD_PUBLIC_BASE_URL", "địa chỉ công khai của ứng dụng, ví dụ https://bcd.angiang.gov.vn");
    vars.put("BCD_ADMIN_PASSWORD", "mật khẩu tài khoản quản trị 'admin'");
    vars.put("BCD_ORGANISATION_FILE", "đường dẫn tệp tổ chức YAML, ví dụ file:/etc/bcd/to-chuc.yml");
    return java.util.Collections.unmodifiableMap(vars);
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
      return;
    }
    List<String> missing = REQUIRED.entrySet().stream()
        .filter(e -> isBlank(environment.getProperty(e.getKey())))
        .map(e -> e.getKey() + " (" + e.getValue() + ")")
        .toList();
    if (!missing.isEmpty()) {
      throw new MissingProductionSettingsException(missing);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
