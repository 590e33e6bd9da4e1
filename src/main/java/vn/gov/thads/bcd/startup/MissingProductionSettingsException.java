package vn.gov.thads.bcd.startup;

import java.util.List;

/** The production profile was started without some of its environment variables. */
public class MissingProductionSettingsException extends IllegalStateException {

  public MissingProductionSettingsException(List<String> missing) {
    super("Chế độ vận hành (hồ sơ 'prod') thiếu biến môi trường bắt buộc:\n  - " + String.join("\n  - ", missing));
  }
}
