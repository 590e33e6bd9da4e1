package vn.gov.thads.bcd.cockpit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationContext;

/**
 * The supervision data of one engine, for the plugin's views. Cockpit creates this JAX-RS resource itself, outside
 * Spring; the root resource hands it the application context.
 * Errors carry a message in Vietnamese, shown as is by the views.
 */
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource extends AbstractCockpitPluginResource {

  private final ApplicationContext context;

  public SupervisionResource(String engineName, ApplicationContext context) {
    super(engineName);
    this.context = context;
  }

  /** {@code GET .../overdue?agency=&category=&sort=due|caseNumber|task|agency|assignee|reminders|escalation&order=asc|desc&limit=50&offset=0} */
  @GET
  @Path("overdue")
  public Response overdue(@QueryParam("agency") String agency, @QueryParam("category") String category,
      @QueryParam("sort") String sort, @QueryParam("order") String order, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    OverdueDashboard dashboard = bean(OverdueDashboard.class);
    try {
      OverdueDashboard.Query query = dashboard.query(agency, category, sort, order, limit, offset);
      return Response.ok(dashboard.page(viewer(), query)).build();
    } catch (BadFilterException e) {
      return error(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }

  /** The agencies and case categories to filter by. */
  @GET
  @Path("overdue/choices")
  public OverdueDashboard.Choices choices() {
    return bean(OverdueDashboard.class).choices();
  }

  @GET
  @Path("process-instance/{id}/directives")
  public Response directives(@PathParam("id") String processInstanceId) {
    try {
      return Response.ok(bean(CaseSupervision.class).directives(viewer(), processInstanceId)).build();
    } catch (CaseSupervision.NotFoundException e) {
      return error(Response.Status.NOT_FOUND, e.getMessage());
    } catch (CaseSupervision.ForbiddenException e) {
      return error(Response.Status.FORBIDDEN, e.getMessage());
    }
  }

  @GET
  @Path("process-instance/{id}/reminders")
  public Response reminders(@PathParam("id") String processInstanceId) {
    try {
      return Response.ok(bean(CaseSupervision.class).reminders(viewer(), processInstanceId)).build();
    } catch (CaseSupervision.NotFoundException e) {
      return error(Response.Status.NOT_FOUND, e.getMessage());
    } catch (CaseSupervision.ForbiddenException e) {
      return error(Response.Status.FORBIDDEN, e.getMessage());
    }
  }

  /** The user-operation log of the case of this process instance (Cockpit tab "Nhật ký thao tác"). */
  @GET
  @Path("process-instance/{id}/operations")
  public Response operations(@PathParam("id") String processInstanceId) {
    try {
      return Response.ok(bean(OperationLog.class).ofCase(viewer(), processInstanceId)).build();
    } catch (CaseSupervision.NotFoundException e) {
      return error(Response.Status.NOT_FOUND, e.getMessage());
    } catch (CaseSupervision.ForbiddenException e) {
      return error(Response.Status.FORBIDDEN, e.getMessage());
    }
  }

  /** {@code GET .../operations?caseNumber=&user=&limit=50&offset=0}: recent operations on any case (supervisors). */
  @GET
  @Path("operations")
  public Response recentOperations(@QueryParam("caseNumber") String caseNumber, @QueryParam("user") String user,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    OperationLog log = bean(OperationLog.class);
    try {
      return Response.ok(log.recent(viewer(), log.query(caseNumber, user, limit, offset))).build();
    } catch (BadFilterException e) {
      return error(Response.Status.BAD_REQUEST, e.getMessage());
    } catch (CaseSupervision.ForbiddenException e) {
      return error(Response.Status.FORBIDDEN, e.getMessage());
    }
  }

  private Viewer viewer() {
    Authentication authentication = getCurrentAuthentication();
    if (authentication == null) {
      // The webapp's security filter lets only authenticated requests through; this is a second lock.
      throw new jakarta.ws.rs.WebApplicationException(error(Response.Status.UNAUTHORIZED, "Bạn cần đăng nhập."));
    }
    return bean(SupervisionAccess.class).viewer(authentication);
  }

  private <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  private static Response error(Response.Status status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON)
        .entity(Map.of("type", status.getReasonPhrase(), "message", message)).build();
  }
}
