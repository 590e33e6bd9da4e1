package vn.gov.thads.bcd.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The production profile was started without some of its environment variables, or with a demo
 * secret.
 */
public class MissingProductionSettingsException extends IllegalStateException {

  public MissingProductionSettingsException(List<String> missing) {
    this(missing, List.of());
  }

  public MissingProductionSettingsException(List<String> missing, List<String> unsafe) {
    super(message(missing, unsafe));
  }

  private static String message(List<String> missing, List<String> unsafe) {
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add(
          "Chế độ vận hành (hồ sơ 'prod') thiếu biến môi trường bắt buộc:\n  - "
              + String.join("\n  - ", missing));
    }
    if (!unsafe.isEmpty()) {
      parts.add(
          "Chế độ vận hành (hồ sơ 'prod') không được dùng giá trị của chế độ chạy thử:\n  - "
              + String.join("\n  - ", unsafe));
    }
    return String.join("\n", parts);
  }
}
