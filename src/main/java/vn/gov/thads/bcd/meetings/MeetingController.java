package vn.gov.thads.bcd.meetings;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.thads.bcd.cockpit.CaseSupervision;
import vn.gov.thads.bcd.cockpit.MeetingFile;
import vn.gov.thads.bcd.cockpit.SupervisionAccess;
import vn.gov.thads.bcd.restapi.ApiException;
import vn.gov.thads.bcd.restapi.BcdApi;

/**
 * {@code GET /api/meetings/{id}}: one meeting of the Ban Chỉ đạo with its agenda, for whoever may
 * read one of the cases on it (the same rights as the case page: a supervisor reads every meeting).
 * The caller is a Camunda user (HTTP Basic, as for the rest of {@code /api}).
 */
@RestController
@BcdApi
@RequestMapping("${bcd.api.path:/api}/meetings")
public class MeetingController {

  private final MeetingFile meetings;
  private final SupervisionAccess access;
  private final IdentityService identityService;

  public MeetingController(
      MeetingFile meetings, SupervisionAccess access, IdentityService identityService) {
    this.meetings = meetings;
    this.access = access;
    this.identityService = identityService;
  }

  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public MeetingFile.Page meeting(@PathVariable String id) {
    if (!id.matches("\\d{1,18}")) {
      throw ApiException.badRequest("Số cuộc họp '" + id + "' không hợp lệ.");
    }
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      throw new ApiException(401, "AuthenticationException", "Bạn cần đăng nhập.");
    }
    try {
      return meetings.of(access.viewer(caller), Long.parseLong(id));
    } catch (CaseSupervision.NotFoundException e) {
      throw ApiException.notFound(e.getMessage());
    } catch (CaseSupervision.ForbiddenException e) {
      throw ApiException.forbidden(e.getMessage());
    }
  }
}
