package vn.gov.thads.bcd.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.gov.thads.bcd.documents.FileNames;
import vn.gov.thads.bcd.restapi.BcdApi;
import vn.gov.thads.bcd.statistics.ReportingPeriod;
import vn.gov.thads.bcd.statistics.StatisticsRefusal;

/**
 * The committee's report over {@code /api} (HTTP Basic):
 *
 * <ul>
 *   <li>{@code GET /api/reports/committee?year=&period=&office=}: every number of the report;
 *   <li>{@code GET /api/reports/committee/cases?year=&period=&office=&metric=&agency=&category=}:
 *       the case numbers behind one number;
 *   <li>{@code GET /api/reports/committee/export?year=&period=&office=&format=xlsx|docx}: the
 *       report as a file to download ({@link ReportExports}).
 * </ul>
 *
 * Only the secretariat, the chair and the standing deputy (and the supervisors' group, which is
 * them) may read it; others get 403. Refusals answer {@code {"type", "message"}}.
 */
@RestController
@BcdApi
@RequestMapping("${bcd.api.path:/api}/reports/committee")
public class CommitteeReportController {

  private final CommitteeReport reports;
  private final ReportExports exports;
  private final ReportRequests requests;
  private final IdentityService identityService;

  public CommitteeReportController(
      CommitteeReport reports,
      ReportExports exports,
      ReportRequests requests,
      IdentityService identityService) {
    this.reports = reports;
    this.exports = exports;
    this.requests = requests;
    this.identityService = identityService;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public CommitteeReport.Report report(
      @RequestParam(name = "year", required = false) Integer year,
      @RequestParam(name = "period", required = false) String period,
      @RequestParam(name = "office", required = false) String office) {
    checkReader();
    return reports.build(requests.period(year, period), requests.scope(office));
  }

  /** The report as an XLSX workbook or a DOCX report, as an attachment. */
  @GetMapping(path = "/export")
  public ResponseEntity<byte[]> export(
      @RequestParam(name = "year", required = false) Integer year,
      @RequestParam(name = "period", required = false) String period,
      @RequestParam(name = "office", required = false) String office,
      @RequestParam(name = "format", required = false) String format) {
    checkReader();
    ReportExports.Format f = requests.format(format);
    ReportingPeriod p = requests.period(year, period);
    ReportExports.Export file = exports.export(p, reports.scope(office), f);
    return ResponseEntity.ok()
        .header("Content-Disposition", FileNames.attachment(file.fileName()))
        .header("Cache-Control", "private, no-store")
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .body(file.content());
  }

  @GetMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  public ReportRequests.CaseList cases(
      @RequestParam(name = "year", required = false) Integer year,
      @RequestParam(name = "period", required = false) String period,
      @RequestParam(name = "office", required = false) String office,
      @RequestParam(name = "metric", required = false) String metric,
      @RequestParam(name = "agency", required = false) String agency,
      @RequestParam(name = "category", required = false) String category) {
    checkReader();
    return requests.cases(
        requests.period(year, period), requests.scope(office), metric, agency, category);
  }

  private void checkReader() {
    requests.checkReader(identityService.getCurrentAuthentication());
  }

  @ExceptionHandler(ReportRefusal.class)
  ResponseEntity<Map<String, Object>> refused(ReportRefusal e) {
    return body(HttpStatus.valueOf(e.status()), e.type(), e.getMessage());
  }

  /** A bad year, period or office, as the statistics word it. */
  @ExceptionHandler(StatisticsRefusal.class)
  ResponseEntity<Map<String, Object>> refused(StatisticsRefusal e) {
    return body(
        HttpStatus.valueOf(e.status()),
        e.status() == 400 ? "InvalidReport" : e.type(),
        e.getMessage());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
    return body(
        HttpStatus.BAD_REQUEST,
        "InvalidReport",
        "Thiếu trường '" + e.getParameterName() + "' của yêu cầu.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
    return body(
        HttpStatus.BAD_REQUEST,
        "InvalidReport",
        "Giá trị '" + e.getValue() + "' của '" + e.getName() + "' phải là một số nguyên.");
  }

  private static ResponseEntity<Map<String, Object>> body(
      HttpStatus status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
