package vn.gov.thads.bcd.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.junit.jupiter.api.Test;

/** The engine's English refusals as the webapps show them, in Vietnamese. */
class VietnameseEngineErrorsTest {

  @Test
  void permissionRefusalNamesTheUserAndWhatIsMissingInVietnamese() {
    AuthorizationException refused =
        new AuthorizationException(
            "thuky",
            List.of(
                new MissingAuthorization("UPDATE", "ProcessInstance", "abc"),
                new MissingAuthorization("UPDATE_INSTANCE", "ProcessDefinition", "DifficultCase")));
    AuthorizationExceptionDto dto = AuthorizationExceptionDto.fromException(refused);
    assertThat(dto.getMessage()).contains("does not have");

    assertThat(VietnameseEngineErrors.vietnamese(dto, 403))
        .isEqualTo(
            "Tài khoản 'thuky' không có quyền thực hiện thao tác này (cần quyền sửa trên phiên bản"
                + " quy trình hoặc sửa các phiên bản trên định nghĩa quy trình). Nếu công việc đòi"
                + " hỏi, đề nghị quản trị hệ thống cấp quyền.");
  }

  @Test
  void emptyOrEnglishMessagesGetAVietnameseSentenceByStatusOrType() {
    ExceptionDto empty = new ExceptionDto();
    empty.setType("InvalidRequestException");
    empty.setMessage("");
    assertThat(VietnameseEngineErrors.vietnamese(empty, 400)).startsWith("Yêu cầu không hợp lệ");

    ExceptionDto missing = new ExceptionDto();
    missing.setType("InvalidRequestException");
    missing.setMessage("Cannot find task with id xyz");
    assertThat(VietnameseEngineErrors.vietnamese(missing, 404)).startsWith("Không tìm thấy");

    ExceptionDto locked = new ExceptionDto();
    locked.setType("OptimisticLockingException");
    assertThat(VietnameseEngineErrors.vietnamese(locked, 500))
        .startsWith("Dữ liệu vừa được người khác thay đổi");

    ExceptionDto unknown = new ExceptionDto();
    unknown.setType("SomethingNewException");
    assertThat(VietnameseEngineErrors.vietnamese(unknown, 500))
        .startsWith("Hệ thống không thực hiện được yêu cầu");
  }

  @Test
  void theApplicationsRefusalLosesTheEnglishWrapping() {
    assertThat(
            VietnameseEngineErrors.withoutEnglishWrapping(
                "Cannot instantiate process definition DifficultCaseProcess:1:abc: Hồ sơ chưa hợp"
                    + " lệ: Thiếu Người phải thi hành án."))
        .isEqualTo("Hồ sơ chưa hợp lệ: Thiếu Người phải thi hành án.");
    assertThat(
            VietnameseEngineErrors.withoutEnglishWrapping(
                "Hồ sơ chưa hợp lệ: Thiếu Người phải thi hành án."))
        .isEqualTo("Hồ sơ chưa hợp lệ: Thiếu Người phải thi hành án.");
    assertThat(
            VietnameseEngineErrors.withoutEnglishWrapping(
                "Khi trả lại hồ sơ phải ghi rõ lý do và nội dung cần hoàn thiện."))
        .isEqualTo("Khi trả lại hồ sơ phải ghi rõ lý do và nội dung cần hoàn thiện.");
  }
}
