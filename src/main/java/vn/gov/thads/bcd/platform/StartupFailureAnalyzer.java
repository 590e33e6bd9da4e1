package vn.gov.thads.bcd.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import vn.gov.thads.bcd.organisation.InvalidOrganisationException;

/** Turns the application's own start-up refusals into a short report instead of a stack trace. */
public class StartupFailureAnalyzer implements FailureAnalyzer {

  private final FailureAnalyzer settings =
      new AbstractFailureAnalyzer<MissingProductionSettingsException>() {
        @Override
        protected FailureAnalysis analyze(
            Throwable root, MissingProductionSettingsException cause) {
          return new FailureAnalysis(
              cause.getMessage(),
              "Đặt các biến môi trường trên (xem docs/operations.md, mục Hồ sơ prod và biến môi trường) rồi khởi động lại.",
              cause);
        }
      };

  private final FailureAnalyzer organisation =
      new AbstractFailureAnalyzer<InvalidOrganisationException>() {
        @Override
        protected FailureAnalysis analyze(Throwable root, InvalidOrganisationException cause) {
          return new FailureAnalysis(
              cause.getMessage(),
              "Sửa các mục nêu trên trong tệp tổ chức rồi khởi động lại; chưa có thay đổi nào được áp dụng.",
              cause);
        }
      };

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    FailureAnalysis analysis = settings.analyze(failure);
    return analysis != null ? analysis : organisation.analyze(failure);
  }
}
