package vn.gov.thads.bcd.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.gov.thads.bcd.documents.FileNames;
import vn.gov.thads.bcd.organisation.Organisation;
import vn.gov.thads.bcd.platform.VietnamTime;
import vn.gov.thads.bcd.restapi.BcdApi;

/**
 * The province-wide THADS figures over {@code /api} (HTTP Basic, as the rest of the API):
 *
 * <ul>
 *   <li>{@code GET /api/statistics/{year}/{period}?office=&revision=}: the figures with the derived
 *       lines, the rates, the year's targets and the gap, and the revisions;
 *   <li>{@code PUT /api/statistics/{year}/{period}?office=} (JSON {@code {"cases": {…}, "money":
 *       {…}}}): a new revision;
 *   <li>{@code POST /api/statistics/import} (multipart: {@code file}, {@code year}, {@code
 *       period}): every office and the province of a workbook at once, or nothing;
 *   <li>{@code GET}, {@code PUT /api/statistics/targets/{year}?office=} (JSON {@code {"cases":
 *       83.35, "money": 46.65}}): the year's targets.
 * </ul>
 *
 * Rights: {@link StatisticsAccess}. Refusals answer {@code {"type", "message", "errors": […]}}.
 */
@RestController
@BcdApi
@RequestMapping("${bcd.api.path:/api}/statistics")
public class StatisticsController {

  private final ProvinceStatistics statistics;
  private final StatisticsAccess access;
  private final Organisation organisation;
  private final IdentityService identityService;

  public StatisticsController(
      ProvinceStatistics statistics,
      StatisticsAccess access,
      Organisation organisation,
      IdentityService identityService) {
    this.statistics = statistics;
    this.access = access;
    this.organisation = organisation;
    this.identityService = identityService;
  }

  /** One side as shown: every line, given or derived, the rate, the target and the gap. */
  public record SideView(
      long carriedOver,
      long newlyAccepted,
      long totalAccepted,
      long entrusted,
      long toEnforce,
      long withoutConditions,
      long withConditions,
      long completed,
      long terminated,
      Long reducedOrExempted,
      long resolved,
      long carryOverNext,
      long carryOverNextWithConditions,
      BigDecimal rate,
      String rateLabel,
      BigDecimal target,
      String targetLabel,
      BigDecimal gap,
      String gapLabel) {}

  /** A revision as listed. */
  public record RevisionView(
      int revision,
      String enteredBy,
      String enteredByName,
      String enteredAt,
      String source,
      String fileName) {}

  /**
   * The targets as shown; {@code scope} says whose they are (the province's for an office without).
   */
  public record TargetsView(
      int year,
      String scope,
      String scopeName,
      BigDecimal cases,
      BigDecimal money,
      int revision,
      String setBy,
      String setByName,
      String setAt) {}

  /** The figures of a period and scope as shown. */
  public record FiguresView(
      int year,
      String period,
      String periodLabel,
      String from,
      String to,
      String scope,
      String scopeName,
      int revision,
      boolean current,
      String enteredBy,
      String enteredByName,
      String enteredAt,
      String source,
      String fileName,
      SideView cases,
      SideView money,
      TargetsView targets,
      List<RevisionView> revisions) {}

  @GetMapping(path = "/{year}/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
  public FiguresView get(
      @PathVariable int year,
      @PathVariable String period,
      @RequestParam(name = "office", required = false) String office,
      @RequestParam(name = "revision", required = false) Integer revision) {
    Authentication user = user();
    if (!access.mayRead(user)) {
      throw forbidden(user, "xem số liệu thống kê THADS");
    }
    ReportingPeriod p = ReportingPeriod.of(year, period);
    Scope scope = statistics.scope(office);
    List<ProvinceStatistics.Figures> revisions = statistics.revisions(p, scope);
    if (revisions.isEmpty()) {
      throw StatisticsRefusal.notFound(
          "Chưa có số liệu " + p.fullLabel() + " của " + scope.name() + ".");
    }
    ProvinceStatistics.Figures shown =
        revision == null
            ? revisions.get(revisions.size() - 1)
            : revisions.stream()
                .filter(f -> f.revision() == revision)
                .findFirst()
                .orElseThrow(
                    () ->
                        StatisticsRefusal.notFound(
                            "Số liệu "
                                + p.fullLabel()
                                + " của "
                                + scope.name()
                                + " không có lần cập nhật "
                                + revision
                                + "."));
    return view(shown, revisions);
  }

  @PutMapping(
      path = "/{year}/{period}",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public FiguresView put(
      @PathVariable int year,
      @PathVariable String period,
      @RequestParam(name = "office", required = false) String office,
      @RequestBody JsonNode body) {
    Authentication user = user();
    if (!access.mayEnter(user)) {
      throw forbidden(user, "nhập số liệu thống kê THADS");
    }
    ReportingPeriod p = ReportingPeriod.of(year, period);
    Scope scope = statistics.scope(office);
    ProvinceStatistics.Figures stored =
        statistics.submit(
            user.getUserId(), p, scope, submission(body), ProvinceStatistics.Source.API);
    return view(stored, statistics.revisions(p, scope));
  }

  @PostMapping(
      path = "/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> importWorkbook(
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "year", required = false) Integer year,
      @RequestParam(name = "period", required = false) String period)
      throws IOException {
    Authentication user = user();
    if (!access.mayEnter(user)) {
      throw forbidden(user, "nhập số liệu thống kê THADS");
    }
    if (year == null || period == null || period.isBlank()) {
      throw StatisticsRefusal.invalid(
          "Cần gửi năm báo cáo (trường 'year', ví dụ 2026) và kỳ báo cáo (trường 'period': Y, H1,"
              + " H2, Q1…Q4, M01…M12) cùng với tệp.");
    }
    ReportingPeriod p = ReportingPeriod.of(year, period);
    List<ProvinceStatistics.Entry> entries;
    try (InputStream in = file.getInputStream()) {
      entries = StatisticsWorkbook.read(in, statistics::scopeNamed);
    }
    List<ProvinceStatistics.Figures> stored =
        statistics.submitAll(
            user.getUserId(),
            p,
            entries,
            ProvinceStatistics.Source.XLSX,
            FileNames.clean(file.getOriginalFilename()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ProvinceStatistics.Figures f : stored) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("scope", f.scope().key());
      row.put("scopeName", f.scope().name());
      row.put("revision", f.revision());
      row.put("casesRate", f.cases().rate());
      row.put("moneyRate", f.money().rate());
      rows.add(row);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("year", p.year());
    answer.put("period", p.code());
    answer.put("periodLabel", p.fullLabel());
    answer.put("stored", rows);
    return answer;
  }

  @GetMapping(path = "/targets/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
  public TargetsView targets(
      @PathVariable int year, @RequestParam(name = "office", required = false) String office) {
    Authentication user = user();
    if (!access.mayRead(user)) {
      throw forbidden(user, "xem số liệu thống kê THADS");
    }
    ReportingPeriod.of(year, "Y");
    Scope scope = statistics.scope(office);
    return statistics
        .targets(year, scope)
        .map(this::view)
        .orElseThrow(
            () ->
                StatisticsRefusal.notFound(
                    "Chưa có chỉ tiêu năm " + year + " của " + scope.name() + "."));
  }

  @PutMapping(
      path = "/targets/{year}",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public TargetsView setTargets(
      @PathVariable int year,
      @RequestParam(name = "office", required = false) String office,
      @RequestBody JsonNode body) {
    Authentication user = user();
    if (!access.maySetTargets(user)) {
      throw forbidden(user, "đặt chỉ tiêu thi hành án (chỉ Tổ Thư ký)");
    }
    ReportingPeriod.of(year, "Y");
    Scope scope = statistics.scope(office);
    List<String> errors = new ArrayList<>();
    if (!body.isObject()) {
      throw StatisticsRefusal.invalid(
          "Nội dung phải là đối tượng JSON {\"cases\": 83.35, \"money\": 46.65}.");
    }
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!name.equals("cases") && !name.equals("money")) {
                errors.add("Trường '" + name + "' không có trong chỉ tiêu (chỉ có cases, money).");
              }
            });
    BigDecimal cases = rate(body.get("cases"), "về việc", errors);
    BigDecimal money = rate(body.get("money"), "về tiền", errors);
    if (!errors.isEmpty()) {
      throw StatisticsRefusal.invalid(errors);
    }
    return view(statistics.setTargets(user.getUserId(), year, scope, cases, money));
  }

  private static BigDecimal rate(JsonNode node, String side, List<String> errors) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber()) {
      errors.add(
          "Chỉ tiêu tỷ lệ thi hành xong "
              + side
              + " phải là một số (phần trăm, ví dụ 83.35), không phải "
              + node
              + ".");
      return BigDecimal.ZERO;
    }
    return node.decimalValue();
  }

  /** The JSON body's two sides, every problem of shape named. */
  static ProvinceStatistics.Submission submission(JsonNode body) {
    List<String> errors = new ArrayList<>();
    if (body == null || !body.isObject()) {
      throw StatisticsRefusal.invalid(
          "Nội dung phải là đối tượng JSON {\"cases\": {…}, \"money\": {…}}.");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals(Side.CASES.key()) && !name.equals(Side.MONEY.key())) {
        errors.add("Trường '" + name + "' không có trong biểu mẫu (chỉ có cases, money).");
      }
    }
    Map<Line, Long> cases = side(body, Side.CASES, errors);
    Map<Line, Long> money = side(body, Side.MONEY, errors);
    if (!errors.isEmpty()) {
      throw StatisticsRefusal.invalid(errors);
    }
    return new ProvinceStatistics.Submission(cases, money);
  }

  private static Map<Line, Long> side(JsonNode body, Side side, List<String> errors) {
    Map<Line, Long> lines = new EnumMap<>(Line.class);
    JsonNode node = body.get(side.key());
    if (node == null || node.isNull()) {
      errors.add(
          "Thiếu số liệu "
              + side.label()
              + " (trường '"
              + side.key()
              + "': chuyển từ kỳ trước, thụ lý mới, ủy thác…).");
      return lines;
    }
    if (!node.isObject()) {
      errors.add("Trường '" + side.key() + "' phải là một đối tượng JSON.");
      return lines;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      Optional<Line> line = Line.byKey(field.getKey()).filter(l -> Line.of(side).contains(l));
      if (line.isEmpty()) {
        errors.add(
            "Trường '"
                + side.key()
                + "."
                + field.getKey()
                + "' không phải một dòng của biểu mẫu "
                + side.label()
                + ".");
        continue;
      }
      JsonNode value = field.getValue();
      if (value.isNull()) {
        continue;
      }
      if (!value.isIntegralNumber() || !value.canConvertToLong()) {
        errors.add(
            "Dòng «"
                + line.get().label()
                + "» ("
                + side.label()
                + ") phải là số nguyên, không phải "
                + value
                + ".");
        continue;
      }
      lines.put(line.get(), value.longValue());
    }
    return lines;
  }

  private FiguresView view(
      ProvinceStatistics.Figures f, List<ProvinceStatistics.Figures> revisions) {
    ReportingPeriod p = f.period();
    Optional<ProvinceStatistics.Targets> targets = statistics.targets(p.year(), f.scope());
    int latest =
        revisions.isEmpty() ? f.revision() : revisions.get(revisions.size() - 1).revision();
    return new FiguresView(
        p.year(),
        p.code(),
        p.label(),
        VietnamTime.DATE.format(p.from()),
        VietnamTime.DATE.format(p.to()),
        f.scope().key(),
        f.scope().name(),
        f.revision(),
        f.revision() == latest,
        f.enteredBy(),
        organisation.personLabel(f.enteredBy()),
        VietnamTime.DATE_TIME.format(f.enteredAt().atZone(VietnamTime.ZONE)),
        f.source().name(),
        f.fileName(),
        side(f.cases(), targets.map(ProvinceStatistics.Targets::cases).orElse(null)),
        side(f.money(), targets.map(ProvinceStatistics.Targets::money).orElse(null)),
        targets.map(this::view).orElse(null),
        revisions.stream()
            .map(
                r ->
                    new RevisionView(
                        r.revision(),
                        r.enteredBy(),
                        organisation.personLabel(r.enteredBy()),
                        VietnamTime.DATE_TIME.format(r.enteredAt().atZone(VietnamTime.ZONE)),
                        r.source().name(),
                        r.fileName()))
            .toList());
  }

  private static SideView side(SideFigures s, BigDecimal target) {
    BigDecimal gap = Rates.gap(s.rate(), target);
    return new SideView(
        s.carriedOver(),
        s.newlyAccepted(),
        s.totalAccepted(),
        s.entrusted(),
        s.toEnforce(),
        s.withoutConditions(),
        s.withConditions(),
        s.completed(),
        s.terminated(),
        s.side() == Side.MONEY ? s.reducedOrExempted() : null,
        s.resolved(),
        s.carryOverNext(),
        s.carryOverNextWithConditions(),
        s.rate(),
        Rates.percent(s.rate()),
        target,
        target == null ? null : Rates.percent(target),
        gap,
        target == null ? null : Rates.points(gap));
  }

  private TargetsView view(ProvinceStatistics.Targets t) {
    return new TargetsView(
        t.year(),
        t.scope().key(),
        t.scope().name(),
        t.cases(),
        t.money(),
        t.revision(),
        t.setBy(),
        organisation.personLabel(t.setBy()),
        VietnamTime.DATE_TIME.format(t.setAt().atZone(VietnamTime.ZONE)));
  }

  private Authentication user() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new StatisticsRefusal(401, "Unauthorized", List.of("Bạn cần đăng nhập."));
    }
    return authentication;
  }

  private static StatisticsRefusal forbidden(Authentication user, String what) {
    return StatisticsRefusal.forbidden(
        "Tài khoản '"
            + user.getUserId()
            + "' không có quyền "
            + what
            + ": chỉ Tổ Thư ký và Thi hành án dân sự tỉnh.");
  }

  @ExceptionHandler(StatisticsRefusal.class)
  ResponseEntity<Map<String, Object>> refused(StatisticsRefusal e) {
    return body(HttpStatus.valueOf(e.status()), e.type(), e.getMessage(), e.errors());
  }

  @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
  ResponseEntity<Map<String, Object>> noFile(Exception e) {
    return body(
        HttpStatus.BAD_REQUEST,
        "InvalidStatistics",
        "Cần gửi tệp .xlsx trong trường 'file' của yêu cầu multipart/form-data.",
        null);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
    return body(
        HttpStatus.BAD_REQUEST,
        "InvalidStatistics",
        "Thiếu trường '" + e.getParameterName() + "' của yêu cầu.",
        null);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
    return body(
        HttpStatus.BAD_REQUEST,
        "InvalidStatistics",
        "Giá trị '" + e.getValue() + "' của '" + e.getName() + "' phải là một số nguyên.",
        null);
  }

  private static ResponseEntity<Map<String, Object>> body(
      HttpStatus status, String type, String message, List<String> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (errors != null) {
      body.put("errors", errors);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
