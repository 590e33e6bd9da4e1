package vn.gov.thads.bcd.restapi;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.dto.MissingAuthorizationDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's refusals in Vietnamese, in every Jersey application of the server ({@code
 * /engine-rest} and the webapps' {@code /camunda/api/*}, through {@link ErrorMappingFeature}).
 * Tasklist, Cockpit and Admin show an error's {@code message} as it comes; the engine writes it in
 * English ("The user with id 'thuky' does not have one of the following permissions…") or leaves it
 * empty. The {@code type} and the other fields stay as Camunda sends them (the webapps and API
 * clients branch on them); only {@code message} is replaced, and the English original goes to the
 * log. A message that is already Vietnamese (the application's own refusals) is kept.
 */
@Provider
@Priority(2)
public class VietnameseEngineErrors implements ContainerResponseFilter {

  private static final Logger log = LoggerFactory.getLogger(VietnameseEngineErrors.class);

  /** Letters only Vietnamese uses (and the combining marks of decomposed text). */
  private static final Pattern VIETNAMESE =
      Pattern.compile("[ăâđêôơưĂÂĐÊÔƠƯàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ\\u0300-\\u0323]");

  private static final Pattern USER_ID = Pattern.compile("user with id '([^']*)'");

  private static final Map<String, String> PERMISSIONS =
      Map.ofEntries(
          Map.entry("READ", "xem"),
          Map.entry("UPDATE", "sửa"),
          Map.entry("CREATE", "tạo"),
          Map.entry("DELETE", "xóa"),
          Map.entry("ALL", "toàn quyền"),
          Map.entry("ACCESS", "truy cập"),
          Map.entry("READ_INSTANCE", "xem các phiên bản"),
          Map.entry("UPDATE_INSTANCE", "sửa các phiên bản"),
          Map.entry("DELETE_INSTANCE", "xóa các phiên bản"),
          Map.entry("CREATE_INSTANCE", "khởi tạo phiên bản"),
          Map.entry("SUSPEND", "tạm dừng"),
          Map.entry("SUSPEND_INSTANCE", "tạm dừng các phiên bản"),
          Map.entry("READ_HISTORY", "xem lịch sử"),
          Map.entry("DELETE_HISTORY", "xóa lịch sử"),
          Map.entry("READ_TASK", "xem công việc"),
          Map.entry("UPDATE_TASK", "sửa công việc"),
          Map.entry("TASK_WORK", "làm công việc"),
          Map.entry("TASK_ASSIGN", "giao công việc"),
          Map.entry("UPDATE_VARIABLE", "sửa biến"),
          Map.entry("UPDATE_INSTANCE_VARIABLE", "sửa biến của phiên bản"),
          Map.entry("UPDATE_TASK_VARIABLE", "sửa biến của công việc"),
          Map.entry("READ_VARIABLE", "xem biến"),
          Map.entry("READ_TASK_VARIABLE", "xem biến của công việc"),
          Map.entry("RETRY_JOB", "chạy lại tác vụ"),
          Map.entry("MIGRATE_INSTANCE", "di chuyển phiên bản"));

  private static final Map<String, String> RESOURCES =
      Map.ofEntries(
          Map.entry("processinstance", "phiên bản quy trình"),
          Map.entry("processdefinition", "định nghĩa quy trình"),
          Map.entry("task", "công việc"),
          Map.entry("deployment", "bản triển khai"),
          Map.entry("decisiondefinition", "định nghĩa quyết định"),
          Map.entry("decisionrequirementsdefinition", "định nghĩa yêu cầu quyết định"),
          Map.entry("batch", "lô xử lý"),
          Map.entry("user", "người dùng"),
          Map.entry("group", "nhóm"),
          Map.entry("groupmembership", "thành viên nhóm"),
          Map.entry("authorization", "phân quyền"),
          Map.entry("filter", "bộ lọc"),
          Map.entry("application", "ứng dụng"),
          Map.entry("tenant", "đơn vị thuê"),
          Map.entry("tenantmembership", "thành viên đơn vị thuê"),
          Map.entry("historictask", "lịch sử công việc"),
          Map.entry("historicprocessinstance", "lịch sử phiên bản quy trình"),
          Map.entry("operationlogcategory", "nhật ký thao tác"),
          Map.entry("report", "báo cáo"),
          Map.entry("dashboard", "bảng điều khiển"),
          Map.entry("system", "hệ thống"));

  /** What the engine's exception types mean, for messages the engine writes in English. */
  private static final Map<String, String> BY_TYPE =
      Map.ofEntries(
          Map.entry(
              "OptimisticLockingException",
              "Dữ liệu vừa được người khác thay đổi. Hãy tải lại trang rồi thực hiện lại."),
          Map.entry("TaskAlreadyClaimedException", "Công việc này đã có người khác nhận."),
          Map.entry(
              "NotFoundException",
              "Không tìm thấy dữ liệu được yêu cầu (có thể đã kết thúc hoặc đã bị xóa)."),
          Map.entry("NullValueException", "Yêu cầu thiếu thông tin bắt buộc."),
          Map.entry(
              "SuspendedEntityInteractionException",
              "Quy trình hoặc công việc này đang tạm dừng nên chưa thực hiện được."),
          Map.entry(
              "InvalidRequestException",
              "Yêu cầu không hợp lệ nên hệ thống không thực hiện. Hãy tải lại trang và kiểm tra"
                  + " dữ liệu đã nhập."),
          Map.entry(
              "BadUserRequestException",
              "Yêu cầu không hợp lệ nên hệ thống không thực hiện. Hãy tải lại trang và kiểm tra"
                  + " dữ liệu đã nhập."),
          Map.entry("JsonMappingException", "Dữ liệu gửi lên không đúng định dạng."),
          Map.entry("JsonParseException", "Dữ liệu gửi lên không đúng định dạng JSON."),
          Map.entry(
              "ProcessEngineException",
              "Hệ thống không thực hiện được yêu cầu. Chi tiết kỹ thuật đã được ghi vào nhật ký"
                  + " máy chủ."));

  private static final String GENERIC =
      "Hệ thống không thực hiện được yêu cầu. Chi tiết kỹ thuật đã được ghi vào nhật ký máy chủ.";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() < 400 || !(response.getEntity() instanceof ExceptionDto error)) {
      return;
    }
    String original = error.getMessage();
    // The application's own (Vietnamese) refusal is kept, unwrapped; the engine's English is
    // replaced.
    String message =
        original != null && VIETNAMESE.matcher(original).find()
            ? withoutEnglishWrapping(original)
            : vietnamese(error, response.getStatus());
    if (!message.equals(original)) {
      log.info(
          "{} {} → {} {}: {}",
          request.getMethod(),
          request.getUriInfo().getPath(),
          response.getStatus(),
          error.getType(),
          original);
      error.setMessage(message);
    }
  }

  /**
   * The application's Vietnamese refusal as the engine may wrap it on the way out ("Cannot
   * instantiate process definition X: <refusal>", "Cannot submit task form Y: ENGINE-… :
   * <refusal>"): the refusal alone.
   */
  static String withoutEnglishWrapping(String message) {
    Matcher vietnamese = VIETNAMESE.matcher(message);
    if (!vietnamese.find()) {
      return message;
    }
    int cut = message.lastIndexOf(": ", vietnamese.start());
    if (cut < 0) {
      return message;
    }
    // The refusal starts at the word holding the first Vietnamese letter, after the last ": ".
    return message.substring(cut + 2).strip();
  }

  /**
   * The Vietnamese message for an engine error whose message is English or empty: by the HTTP
   * status where it says enough (403, 404), else by the exception type.
   */
  static String vietnamese(ExceptionDto error, int status) {
    String type = error.getType() == null ? "" : error.getType();
    if (error instanceof AuthorizationExceptionDto
        || type.endsWith("AuthorizationException")
        || status == 403) {
      return refusal(error);
    }
    if (status == 404) {
      return BY_TYPE.get("NotFoundException");
    }
    return BY_TYPE.getOrDefault(type, GENERIC);
  }

  /**
   * "Tài khoản 'x' không có quyền…", naming the missing permissions where the engine lists them (an
   * {@link AuthorizationExceptionDto}); the user is taken from the English message otherwise.
   */
  private static String refusal(ExceptionDto error) {
    AuthorizationExceptionDto refused =
        error instanceof AuthorizationExceptionDto dto ? dto : new AuthorizationExceptionDto();
    String user = refused.getUserId() != null ? refused.getUserId() : userOf(error.getMessage());
    List<MissingAuthorizationDto> missing =
        refused.getMissingAuthorizations() == null ? List.of() : refused.getMissingAuthorizations();
    StringBuilder s = new StringBuilder();
    s.append(user == null || user.isBlank() ? "Tài khoản này" : "Tài khoản '" + user + "'");
    s.append(" không có quyền thực hiện thao tác này");
    List<String> needed =
        missing.stream()
            .map(VietnameseEngineErrors::permission)
            .filter(p -> p != null)
            .distinct()
            .toList();
    if (!needed.isEmpty()) {
      s.append(" (cần quyền ").append(String.join(" hoặc ", needed)).append(")");
    }
    return s.append(". Nếu công việc đòi hỏi, đề nghị quản trị hệ thống cấp quyền.").toString();
  }

  private static String permission(MissingAuthorizationDto m) {
    String verb = PERMISSIONS.get(m.getPermissionName());
    String resource =
        m.getResourceName() == null
            ? null
            : RESOURCES.get(m.getResourceName().replace(" ", "").toLowerCase(Locale.ROOT));
    if (verb == null || resource == null) {
      return null;
    }
    return verb + " trên " + resource;
  }

  private static String userOf(String message) {
    if (message == null) {
      return null;
    }
    Matcher m = USER_ID.matcher(message);
    return m.find() ? m.group(1) : null;
  }
}
