package vn.gov.thads.bcd.cockpit;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationContext;
import vn.gov.thads.bcd.documents.CaseDocuments;
import vn.gov.thads.bcd.documents.DocumentRefusal;
import vn.gov.thads.bcd.documents.FileNames;
import vn.gov.thads.bcd.reports.ReportExports;

/**
 * The supervision data of one engine, for the plugin's views. Cockpit creates this JAX-RS resource
 * itself, outside Spring; the root resource hands it the application context. Refusals ({@link
 * SupervisionRefusal}: bad filter, not found, forbidden) carry a message in Vietnamese, shown as is
 * by the views; {@link SupervisionRefusalMapper} answers them.
 */
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource extends AbstractCockpitPluginResource {

  private final ApplicationContext context;

  public SupervisionResource(String engineName, ApplicationContext context) {
    super(engineName);
    this.context = context;
  }

  /**
   * {@code GET
   * .../overdue?agency=&category=&sort=due|caseNumber|task|agency|assignee|reminders|escalation&order=asc|desc&limit=50&offset=0}
   */
  @GET
  @Path("overdue")
  public OverdueDashboard.Page overdue(
      @QueryParam("agency") String agency,
      @QueryParam("category") String category,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    OverdueDashboard dashboard = bean(OverdueDashboard.class);
    OverdueDashboard.Query query = dashboard.query(agency, category, sort, order, limit, offset);
    return dashboard.page(viewer(), query);
  }

  /** The agencies and case categories to filter by. */
  @GET
  @Path("overdue/choices")
  public OverdueDashboard.FilterOptions choices() {
    return bean(OverdueDashboard.class).choices();
  }

  @GET
  @Path("process-instance/{id}/directives")
  public CaseSupervision.DirectiveTab directives(@PathParam("id") String processInstanceId) {
    return bean(CaseSupervision.class).directives(viewer(), processInstanceId);
  }

  @GET
  @Path("process-instance/{id}/reminders")
  public CaseSupervision.Reminders reminders(@PathParam("id") String processInstanceId) {
    return bean(CaseSupervision.class).reminders(viewer(), processInstanceId);
  }

  /**
   * The user-operation log of the case of this process instance (Cockpit tab "Nhật ký thao tác").
   */
  @GET
  @Path("process-instance/{id}/operations")
  public OperationLog.CaseOperations operations(@PathParam("id") String processInstanceId) {
    return bean(OperationLog.class).ofCase(viewer(), processInstanceId);
  }

  /**
   * {@code GET .../operations?caseNumber=&user=&limit=50&offset=0}: recent operations on any case
   * (supervisors).
   */
  @GET
  @Path("operations")
  public OperationLog.Page recentOperations(
      @QueryParam("caseNumber") String caseNumber,
      @QueryParam("user") String user,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    OperationLog log = bean(OperationLog.class);
    return log.recent(viewer(), log.query(caseNumber, user, limit, offset));
  }

  /**
   * {@code GET .../cases?q=&office=&category=&status=&sort=&order=asc|desc&limit=25&offset=0}: the
   * case register ("Sổ theo dõi vụ việc"), open and closed cases.
   */
  @GET
  @Path("cases")
  public CaseRegister.Page cases(
      @QueryParam("q") String q,
      @QueryParam("office") String office,
      @QueryParam("category") String category,
      @QueryParam("status") String status,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    CaseRegister register = bean(CaseRegister.class);
    return register.search(
        viewer(), register.query(q, office, category, status, sort, order, limit, offset));
  }

  /** The register's filter choices: offices, categories, statuses, sort keys. */
  @GET
  @Path("cases/choices")
  public CaseRegister.Choices caseChoices() {
    return bean(CaseRegister.class).choices();
  }

  /** {@code GET .../case?number=BCĐ-2026-0001}: the case page of the register. */
  @GET
  @Path("case")
  public CaseFile.Page caseFile(@QueryParam("number") String caseNumber) {
    return bean(CaseFile.class).of(viewer(), caseNumber);
  }

  /**
   * {@code GET .../case/documents/{id}}: the file of a document of a case the viewer may read, as
   * an attachment (the case page's download links); recorded in the case's operation log.
   */
  @GET
  @Path("case/documents/{id}")
  @Produces(MediaType.WILDCARD)
  public Response document(@PathParam("id") long documentId) {
    viewer();
    CaseDocuments.Download download =
        refusing(
            () -> bean(CaseDocuments.class).download(getCurrentAuthentication(), null, documentId));
    CaseDocuments.DocumentView d = download.document();
    StreamingOutput body =
        out -> {
          try (InputStream in = download.content()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, d.mediaType())
        .header("Content-Length", d.size())
        .header("Content-Disposition", FileNames.attachment(d.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /**
   * {@code GET .../case/documents?number=&limit=50&offset=0}: a page of the documents of a case the
   * viewer may read (the case page's "Xem thêm"; its first page comes with the case page).
   */
  @GET
  @Path("case/documents")
  public CaseDocuments.DocumentPage caseDocuments(
      @QueryParam("number") String caseNumber,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    viewer();
    return refusing(
        () ->
            bean(CaseDocuments.class).list(getCurrentAuthentication(), caseNumber, limit, offset));
  }

  /**
   * {@code GET .../task/{taskId}/documents?limit=50&offset=0}: a page of the documents of the case
   * of a Tasklist task, with what the user may do (the task's "Tài liệu" tab).
   */
  @GET
  @Path("task/{taskId}/documents")
  public CaseDocuments.Panel taskDocuments(
      @PathParam("taskId") String taskId,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    viewer();
    String caseNumber =
        bean(CaseDocumentAccess.class)
            .caseNumberOfTask(taskId)
            .orElseThrow(
                () ->
                    new SupervisionRefusal(
                        Response.Status.NOT_FOUND, "Việc này không thuộc vụ việc nào."));
    return refusing(
        () ->
            bean(CaseDocuments.class)
                .panel(getCurrentAuthentication(), caseNumber, taskId, limit, offset));
  }

  /**
   * {@code POST .../case/documents?number=&kind=&documentNo=&date=&replaces=&fileName=&taskId=}:
   * adds a document from the request's body, the file itself (Tasklist's upload; no multipart, so
   * the file is streamed as it comes), recorded as uploaded on the task when one is named. Size
   * limit: {@code documents.DocumentUploadLimitFilter}.
   */
  @POST
  @Path("case/documents")
  @Consumes(MediaType.WILDCARD)
  public Response addDocument(
      @QueryParam("number") String caseNumber,
      @QueryParam("kind") String kind,
      @QueryParam("documentNo") String documentNo,
      @QueryParam("date") String date,
      @QueryParam("replaces") String replaces,
      @QueryParam("fileName") String fileName,
      @QueryParam("taskId") String taskId,
      InputStream body) {
    viewer();
    CaseDocuments.DocumentView added =
        refusing(
            () ->
                bean(CaseDocuments.class)
                    .upload(
                        getCurrentAuthentication(),
                        caseNumber,
                        new CaseDocuments.Upload(
                            kind, documentNo, date, replaces, fileName, taskId),
                        body));
    return Response.status(Response.Status.CREATED)
        .entity(added)
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  /** {@code DELETE .../case/documents/{id}?reason=}: removes a document from the case's list. */
  @DELETE
  @Path("case/documents/{id}")
  public CaseDocuments.DocumentView removeDocument(
      @PathParam("id") long documentId, @QueryParam("reason") String reason) {
    viewer();
    return refusing(
        () ->
            bean(CaseDocuments.class).remove(getCurrentAuthentication(), null, documentId, reason));
  }

  /**
   * {@code GET .../report/choices}: the report page's periods and offices, the current quarter
   * chosen.
   */
  @GET
  @Path("report/choices")
  public ReportPage.Choices reportChoices() {
    return bean(ReportPage.class).choices(getCurrentAuthentication());
  }

  /**
   * {@code GET .../report?year=2026&period=Q2&office=}: the committee's report ("Báo cáo của Ban
   * Chỉ đạo") and the THADS figures of the period.
   */
  @GET
  @Path("report")
  public ReportPage.Page report(
      @QueryParam("year") String year,
      @QueryParam("period") String period,
      @QueryParam("office") String office) {
    return bean(ReportPage.class).page(getCurrentAuthentication(), year, period, office);
  }

  /**
   * {@code GET .../report/export?year=&period=&office=&format=xlsx|docx}: the report as a file, an
   * attachment (the page's download buttons; the same file as {@code
   * /api/reports/committee/export}).
   */
  @GET
  @Path("report/export")
  @Produces(MediaType.WILDCARD)
  public Response reportExport(
      @QueryParam("year") String year,
      @QueryParam("period") String period,
      @QueryParam("office") String office,
      @QueryParam("format") String format) {
    ReportExports.Export file =
        bean(ReportPage.class).export(getCurrentAuthentication(), year, period, office, format);
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", FileNames.attachment(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** {@code GET .../report/cases?year=&period=&office=&metric=&agency=&category=}. */
  @GET
  @Path("report/cases")
  public vn.gov.thads.bcd.reports.ReportRequests.CaseList reportCases(
      @QueryParam("year") String year,
      @QueryParam("period") String period,
      @QueryParam("office") String office,
      @QueryParam("metric") String metric,
      @QueryParam("agency") String agency,
      @QueryParam("category") String category) {
    return bean(ReportPage.class)
        .cases(getCurrentAuthentication(), year, period, office, metric, agency, category);
  }

  private static <T> T refusing(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (DocumentRefusal e) {
      throw new SupervisionRefusal(Response.Status.fromStatusCode(e.status()), e.getMessage());
    }
  }

  private Viewer viewer() {
    Authentication authentication = getCurrentAuthentication();
    if (authentication == null) {
      // The webapp's security filter lets only authenticated requests through; this is a second
      // lock.
      throw new SupervisionRefusal(Response.Status.UNAUTHORIZED, "Bạn cần đăng nhập.");
    }
    return bean(SupervisionAccess.class).viewer(authentication);
  }

  private <T> T bean(Class<T> type) {
    return context.getBean(type);
  }
}
