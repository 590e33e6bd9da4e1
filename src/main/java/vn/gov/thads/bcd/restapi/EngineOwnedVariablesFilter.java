package vn.gov.thads.bcd.restapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.gov.thads.bcd.variables.CaseVariables;
import vn.gov.thads.bcd.variables.TaskCardVariables;

/**
 * Refuses variables the application itself sets and relies on (which case, which agency, which
 * directive a step belongs to) when a client sends them over engine-rest or the webapps' engine
 * API: with them an agency could, for instance, complete its own task with another case's {@code
 * caseId} and have its opinion recorded in that case, or start a case in another officer's name.
 * Answers 400 with a Vietnamese message; nothing changes. The forms never send them (they show them
 * as disabled fields, which are not submitted).
 *
 * <p>It also drops {@code camundaFormRef} from the body of a task update ({@code PUT …/task/{id}}):
 * Tasklist changes a due date by sending back the task it read, and that read-only member (the
 * task's Camunda Form, fixed by the model) makes the engine refuse the whole update with an empty
 * 400 for every task with a Camunda Form. Who may change the task is still the engine's decision.
 */
public class EngineOwnedVariablesFilter extends OncePerRequestFilter {

  static final Set<String> ENGINE_OWNED =
      Set.of(
          CaseVariables.INITIATOR,
          CaseVariables.CASE_ID,
          CaseVariables.CASE_NUMBER,
          CaseVariables.SUBMITTING_AGENCY,
          CaseVariables.CONSULTED_AGENCY,
          CaseVariables.MEETING_ID,
          CaseVariables.CONCLUSION_ID,
          CaseVariables.DIRECTIVE_ID,
          CaseVariables.LEAD_AGENCY,
          TaskCardVariables.AGENCY_NAME,
          TaskCardVariables.CASE_NUMBER,
          TaskCardVariables.DEBTOR_NAME);

  /** The members of a request body that carry variables, in Camunda's REST API. */
  private static final List<String> VARIABLE_MAPS =
      List.of(
          "variables",
          "modifications",
          "localVariables",
          "processVariables",
          "processVariablesLocal",
          "variablesLocal");

  /**
   * A single variable addressed in the path: …/variables/{name}, …/localVariables/{name},
   * …/{name}/data.
   */
  private static final Pattern VARIABLE_IN_PATH =
      Pattern.compile("/(?:variables|localVariables)/([^/]+)(?:/data)?$");

  /** A task itself (not its variables, form or identity links): what Tasklist PUTs. */
  private static final Pattern TASK_UPDATE = Pattern.compile("/task/[^/]+$");

  /** Read-only members of a task as the engine returns it, which it refuses when sent back. */
  private static final String FORM_REF = "camundaFormRef";

  private final ObjectMapper json;

  /**
   * {@code json}: the application's mapper (the filter is registered by {@link
   * RequestSizeLimitConfiguration}).
   */
  public EngineOwnedVariablesFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String method = request.getMethod();
    if (!"POST".equals(method) && !"PUT".equals(method)) {
      chain.doFilter(request, response);
      return;
    }
    Set<String> sent = new TreeSet<>();
    Matcher inPath = VARIABLE_IN_PATH.matcher(request.getRequestURI());
    if (inPath.find()) {
      sent.add(URLDecoder.decode(inPath.group(1), StandardCharsets.UTF_8));
    }
    HttpServletRequest forward = request;
    String type =
        request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("application/json")) {
      // The size limit filter before this one has bounded the body.
      byte[] body = request.getInputStream().readAllBytes();
      if ("PUT".equals(method) && TASK_UPDATE.matcher(request.getRequestURI()).find()) {
        body = withoutFormRef(body);
      }
      forward = new RequestSizeLimitFilter.BufferedBodyRequest(request, body);
      collectVariableNames(body, sent);
    }
    sent.retainAll(ENGINE_OWNED);
    if (!sent.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      json.writeValue(
          response.getOutputStream(),
          Map.of(
              "type",
              "InvalidCaseDataException",
              "message",
              "Không được gửi "
                  + (sent.size() == 1 ? "biến " : "các biến ")
                  + String.join(", ", sent)
                  + ": hệ thống tự quản lý (vụ việc, đơn vị, nhiệm vụ của từng bước). Không có gì thay đổi.",
              "code",
              0));
      return;
    }
    if ("PUT".equals(method) && TASK_UPDATE.matcher(request.getRequestURI()).find()) {
      refuseInVietnamese(forward, response, chain);
      return;
    }
    chain.doFilter(forward, response);
  }

  /**
   * A task update the engine refuses for lack of permission (an agency moving its own deadline)
   * answers in English ("The user with id … does not have one of the following permissions …"),
   * which Tasklist shows as is: the refusal keeps its status and type, with a Vietnamese message.
   */
  private void refuseInVietnamese(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, cached);
    if (cached.getStatus() != HttpServletResponse.SC_FORBIDDEN) {
      cached.copyBodyToResponse();
      return;
    }
    cached.resetBuffer();
    cached.setContentType("application/json");
    cached.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(
        cached.getOutputStream(),
        Map.of("type", "AuthorizationException", "message", TASK_UPDATE_REFUSED, "code", 0));
    cached.copyBodyToResponse();
  }

  static final String TASK_UPDATE_REFUSED =
      "Tài khoản của bạn không có quyền sửa việc này (hạn xử lý, người nhận việc): đổi hạn xử lý"
          + " là việc của Tổ Thư ký. Không có gì thay đổi.";

  /** The task as sent, without its read-only form reference; the body unchanged otherwise. */
  private byte[] withoutFormRef(byte[] body) {
    try {
      JsonNode root = json.readTree(body);
      if (root instanceof ObjectNode task && task.has(FORM_REF)) {
        task.remove(FORM_REF);
        return json.writeValueAsBytes(task);
      }
    } catch (IOException e) {
      // not JSON after all: Camunda answers it
    }
    return body;
  }

  private void collectVariableNames(byte[] body, Set<String> names) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      return; // not JSON after all: Camunda answers it
    }
    if (root == null || !root.isObject()) {
      return;
    }
    for (String member : VARIABLE_MAPS) {
      JsonNode map = root.get(member);
      if (map != null && map.isObject()) {
        Iterator<String> it = map.fieldNames();
        it.forEachRemaining(names::add);
      }
    }
    // A batch of variable deletions/modifications may also name variables in a list.
    JsonNode deletions = root.get("deletions");
    if (deletions != null && deletions.isArray()) {
      List<String> deleted = new ArrayList<>();
      deletions.forEach(d -> deleted.add(d.asText()));
      names.addAll(deleted);
    }
  }
}
