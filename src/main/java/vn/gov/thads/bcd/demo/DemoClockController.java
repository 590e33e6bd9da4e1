package vn.gov.thads.bcd.demo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.thads.bcd.organisation.RoleGroup;
import vn.gov.thads.bcd.platform.ProductionSettingsCheck;

/**
 * The demo clock over HTTP, for the control in Tasklist's header ({@code scripts/bcd-tasklist.js}):
 * {@code GET /demo/dong-ho} shows the demo date to any logged-in webapp user; {@code POST
 * /demo/dong-ho/tien?ngay=N} and {@code POST /demo/dong-ho/ve-hom-nay} move it, for the system
 * administrators ({@code camunda-admin}) and the secretariat only. The caller is the webapp session
 * (the Camunda login of Tasklist, Cockpit or Admin); a POST carries the session's CSRF token in
 * {@code X-XSRF-TOKEN}, as the webapps send it. Every refusal is a Vietnamese sentence.
 */
@RestController
@RequestMapping("/demo/dong-ho")
@Profile("!" + ProductionSettingsCheck.PROFILE)
@ConditionalOnProperty(name = DemoClock.ENABLED, havingValue = "true")
public class DemoClockController {

  /** Groups whose members may move the demo clock. */
  static final List<String> MAY_MOVE = List.of(RoleGroup.ADMINS.id(), RoleGroup.SECRETARIAT.id());

  private final DemoClock demoClock;
  private final ProcessEngine engine;

  public DemoClockController(DemoClock demoClock, ProcessEngine engine) {
    this.demoClock = demoClock;
    this.engine = engine;
  }

  @GetMapping
  public ResponseEntity<Map<String, Object>> show(HttpServletRequest request) {
    String user = loggedIn(request);
    if (user == null) {
      return refusal(HttpStatus.UNAUTHORIZED, "Cần đăng nhập để xem ngày giả lập.");
    }
    return ResponseEntity.ok(body(demoClock.state(), mayMove(user)));
  }

  @PostMapping("/tien")
  public ResponseEntity<Map<String, Object>> advance(
      HttpServletRequest request, @RequestParam(name = "ngay", required = false) String days) {
    ResponseEntity<Map<String, Object>> refused = refuseUnlessMayMove(request);
    if (refused != null) {
      return refused;
    }
    int n;
    try {
      n = Integer.parseInt(days == null ? "" : days.trim());
    } catch (NumberFormatException e) {
      n = -1;
    }
    try {
      return ResponseEntity.ok(body(demoClock.advance(n), true));
    } catch (IllegalArgumentException e) {
      return refusal(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  @PostMapping("/ve-hom-nay")
  public ResponseEntity<Map<String, Object>> reset(HttpServletRequest request) {
    ResponseEntity<Map<String, Object>> refused = refuseUnlessMayMove(request);
    if (refused != null) {
      return refused;
    }
    try {
      return ResponseEntity.ok(body(demoClock.reset(), true));
    } catch (DemoClock.UnsafeResetException e) {
      return refusal(HttpStatus.CONFLICT, e.getMessage());
    }
  }

  private ResponseEntity<Map<String, Object>> refuseUnlessMayMove(HttpServletRequest request) {
    String user = loggedIn(request);
    if (user == null) {
      return refusal(HttpStatus.UNAUTHORIZED, "Cần đăng nhập để đổi ngày giả lập.");
    }
    Object token = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    if (token == null || !token.equals(sent)) {
      return refusal(
          HttpStatus.FORBIDDEN,
          "Yêu cầu không có mã chống giả mạo của phiên đăng nhập; hãy tải lại trang rồi thử lại.");
    }
    if (!mayMove(user)) {
      return refusal(
          HttpStatus.FORBIDDEN,
          "Chỉ quản trị hệ thống và Tổ Thư ký được đổi ngày giả lập; tài khoản "
              + user
              + " không có quyền này.");
    }
    return null;
  }

  /** The user of the webapp session for this engine, or null. */
  private String loggedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication =
        authentications == null
            ? null
            : authentications.getAuthenticationForProcessEngine(engine.getName());
    return authentication == null ? null : authentication.getName();
  }

  private boolean mayMove(String user) {
    return engine
            .getIdentityService()
            .createGroupQuery()
            .groupMember(user)
            .groupIdIn(MAY_MOVE.toArray(String[]::new))
            .count()
        > 0;
  }

  private static Map<String, Object> body(DemoClock.State state, boolean mayMove) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date", state.date().toString());
    body.put("label", state.label());
    body.put("realDate", state.realDate().toString());
    body.put("offsetDays", state.offsetDays());
    body.put("moved", state.moved());
    body.put("mayMove", mayMove);
    return body;
  }

  private static ResponseEntity<Map<String, Object>> refusal(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
