package vn.gov.thads.bcd.cockpit;

import static vn.gov.thads.bcd.cockpit.QueryParameters.blankToNull;
import static vn.gov.thads.bcd.cockpit.QueryParameters.number;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.thads.bcd.documents.CaseDocuments;
import vn.gov.thads.bcd.platform.VietnamTime;

/**
 * Who did what and when, from the engine's user-operation log (ACT_HI_OP_LOG): completions, claims,
 * assignments, delegations, due-date changes, deletions of tasks and process instances. The engine
 * writes an entry for every such call made by an authenticated user (Tasklist, Cockpit, engine-rest
 * with Basic auth, and the application's own calls inside such a request). One operation may have
 * several rows (one per changed property); they are shown as one line. Cockpit CE has no view of
 * this log; the plugin shows it per case and as a recent list.
 */
@Service
public class OperationLog {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;
  private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");
  private static final int MAX_CASE_NUMBER = 64;

  /**
   * One operation as shown: when (dd/MM/yyyy HH:mm, Vietnam time), who, what, on which step of
   * which case.
   */
  public record Operation(
      String operationId,
      String at,
      String userId,
      String userName,
      String type,
      String label,
      String detail,
      String decision,
      String entityType,
      String taskName,
      String taskDefinitionKey,
      String caseNumber,
      String processInstanceId,
      String processDefinitionKey,
      String processName) {}

  public record CaseOperations(CaseSupervision.CaseRef caseRef, List<Operation> operations) {}

  public record Query(String caseNumber, String userId, int limit, int offset) {}

  public record Page(
      String caseNumber, String userId, int limit, int offset, List<Operation> operations) {}

  private final JdbcClient jdbc;
  private final CaseSupervision cases;
  private final CaseDocuments documents;

  public OperationLog(JdbcClient jdbc, CaseSupervision cases, CaseDocuments documents) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.documents = documents;
  }

  private static final String COLUMNS =
      """
      select l.OPERATION_ID_, l.TIMESTAMP_, l.USER_ID_, l.OPERATION_TYPE_, l.ENTITY_TYPE_, l.PROPERTY_, l.ORG_VALUE_,
        l.NEW_VALUE_, l.PROC_INST_ID_, l.PROC_DEF_KEY_, t.NAME_ as TASK_NAME, t.TASK_DEF_KEY_, p.BUSINESS_KEY_,
        u.FIRST_ ||  ' ' || u.LAST_ as USER_NAME, d.NAME_ as PROC_NAME
      from ACT_HI_OP_LOG l
      left join ACT_RE_PROCDEF d on d.ID_ = l.PROC_DEF_ID_
      left join ACT_HI_TASKINST t on t.ID_ = l.TASK_ID_
      left join ACT_HI_PROCINST p on p.PROC_INST_ID_ = l.PROC_INST_ID_
      left join ACT_ID_USER u on u.ID_ = l.USER_ID_
      """;

  /** The operations on a case: its main process instance and every process called for it. */
  public CaseOperations ofCase(Viewer viewer, String processInstanceId) {
    CaseSupervision.CaseRef ref = cases.caseOf(viewer, processInstanceId);
    return new CaseOperations(
        ref,
        ofCase(
            ref.processInstanceId() == null ? processInstanceId : ref.processInstanceId(),
            ref.caseNumber()));
  }

  /**
   * The operations on the case whose main process instance is {@code root} (running or ended, from
   * the engine's history), newest first, with what was decided at each completion.
   */
  List<Operation> ofCase(String root, String caseNumber) {
    Map<String, Object> params = new HashMap<>();
    params.put("root", root == null ? "" : root);
    params.put("caseNumber", caseNumber == null ? "" : caseNumber);
    List<Row> rows =
        jdbc.sql(
                COLUMNS
                    + """
            where l.ROOT_PROC_INST_ID_ = :root or l.PROC_INST_ID_ = :root
              or l.PROC_INST_ID_ in (select h.PROC_INST_ID_ from ACT_HI_PROCINST h
                                     where h.ROOT_PROC_INST_ID_ = :root or h.BUSINESS_KEY_ = :caseNumber)
            order by l.TIMESTAMP_ desc, l.OPERATION_ID_, l.PROPERTY_""")
            .params(params)
            .query(OperationLog::row)
            .list();
    return withDocumentEvents(group(rows), rows, caseNumber);
  }

  /**
   * The engine's operations (newest first) with the uploads, downloads and removals of the case's
   * documents (kept by the documents package) merged in by time.
   */
  private List<Operation> withDocumentEvents(
      List<Operation> operations, List<Row> rows, String caseNumber) {
    List<CaseDocuments.Event> events = documents.events(caseNumber);
    if (events.isEmpty()) {
      return operations;
    }
    Map<String, Instant> at = new HashMap<>();
    rows.forEach(r -> at.putIfAbsent(r.operationId(), r.at()));
    List<Operation> merged = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    int e = 0;
    for (Operation o : operations) {
      Instant when = at.get(o.operationId());
      while (e < events.size() && when != null && events.get(e).at().isAfter(when)) {
        merged.add(documentOperation(events.get(e++), caseNumber, names));
      }
      merged.add(o);
    }
    while (e < events.size()) {
      merged.add(documentOperation(events.get(e++), caseNumber, names));
    }
    return merged;
  }

  private Operation documentOperation(
      CaseDocuments.Event event, String caseNumber, Map<String, String> names) {
    String name =
        names.computeIfAbsent(
            event.userId() == null ? "" : event.userId(),
            user ->
                jdbc.sql("select u.FIRST_ || ' ' || u.LAST_ from ACT_ID_USER u where u.ID_ = ?")
                    .param(user)
                    .query(String.class)
                    .optional()
                    .orElse(""));
    return new Operation(
        "document-" + event.id(),
        VietnamTime.format(event.at()),
        event.userId(),
        name,
        "Document" + event.action(),
        event.label(),
        event.detail(),
        null,
        "Document",
        null,
        null,
        caseNumber,
        null,
        null,
        null);
  }

  /**
   * Checks the recent list's filters (all optional); a bad one is refused with a message in
   * Vietnamese.
   */
  public Query query(String caseNumber, String userId, String limit, String offset) {
    List<String> problems = new ArrayList<>();
    String number = blankToNull(caseNumber);
    if (number != null && number.length() > MAX_CASE_NUMBER) {
      problems.add("Số vụ việc dài quá " + MAX_CASE_NUMBER + " ký tự.");
    }
    String user = blankToNull(userId);
    if (user != null && !USER_ID.matcher(user).matches()) {
      problems.add("Tên đăng nhập '" + user + "' không hợp lệ.");
    }
    int lim = number(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, "Số dòng mỗi trang", problems);
    int off = number(offset, 0, 0, Integer.MAX_VALUE, "Vị trí bắt đầu", problems);
    if (!problems.isEmpty()) {
      throw new BadFilterException("Bộ lọc không hợp lệ: " + String.join(" ", problems));
    }
    return new Query(number, user, lim, off);
  }

  /**
   * The latest operations on any case, newest first, also those whose process instance was deleted
   * and no longer shows in Cockpit. Supervisors only: it spans every case.
   */
  public Page recent(Viewer viewer, Query q) {
    if (!viewer.supervisor()) {
      throw new CaseSupervision.ForbiddenException(
          "Chỉ Tổ Thư ký, Trưởng ban và Phó Trưởng ban thường trực xem được nhật ký thao tác của mọi vụ việc.");
    }
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(" where l.PROC_INST_ID_ is not null");
    if (q.caseNumber() != null) {
      params.put("caseNumber", q.caseNumber());
      where.append(" and p.BUSINESS_KEY_ = :caseNumber");
    }
    if (q.userId() != null) {
      params.put("userId", q.userId());
      where.append(" and l.USER_ID_ = :userId");
    }
    params.put("limit", q.limit());
    params.put("offset", q.offset());
    // Page over operations, not rows: an operation has one row per changed property.
    List<String> ids =
        jdbc.sql(
                "select l.OPERATION_ID_ from ACT_HI_OP_LOG l"
                    + " left join ACT_HI_PROCINST p on p.PROC_INST_ID_ = l.PROC_INST_ID_"
                    + where
                    + " group by l.OPERATION_ID_ order by max(l.TIMESTAMP_) desc, l.OPERATION_ID_ limit :limit offset :offset")
            .params(params)
            .query(String.class)
            .list();
    List<Operation> operations =
        ids.isEmpty()
            ? List.of()
            : group(
                jdbc.sql(
                        COLUMNS
                            + " where l.OPERATION_ID_ in (:ids) order by l.TIMESTAMP_ desc, l.OPERATION_ID_, l.PROPERTY_")
                    .param("ids", ids)
                    .query(OperationLog::row)
                    .list());
    return new Page(q.caseNumber(), q.userId(), q.limit(), q.offset(), operations);
  }

  record Row(
      String operationId,
      Instant at,
      String userId,
      String type,
      String entityType,
      String property,
      String orgValue,
      String newValue,
      String processInstanceId,
      String processDefinitionKey,
      String taskName,
      String taskDefinitionKey,
      String caseNumber,
      String userName,
      String processName) {}

  private static Row row(ResultSet rs, int i) throws SQLException {
    Timestamp at = rs.getTimestamp("TIMESTAMP_");
    return new Row(
        rs.getString("OPERATION_ID_"),
        at == null ? null : at.toInstant(),
        rs.getString("USER_ID_"),
        rs.getString("OPERATION_TYPE_"),
        rs.getString("ENTITY_TYPE_"),
        rs.getString("PROPERTY_"),
        rs.getString("ORG_VALUE_"),
        rs.getString("NEW_VALUE_"),
        rs.getString("PROC_INST_ID_"),
        rs.getString("PROC_DEF_KEY_"),
        rs.getString("TASK_NAME"),
        rs.getString("TASK_DEF_KEY_"),
        rs.getString("BUSINESS_KEY_"),
        rs.getString("USER_NAME"),
        rs.getString("PROC_NAME"));
  }

  /**
   * Rows of one operation (same OPERATION_ID_) become one line, in the order of their first row.
   */
  private List<Operation> group(List<Row> rows) {
    Map<String, List<Row>> byOperation = new LinkedHashMap<>();
    for (Row r : rows) {
      byOperation
          .computeIfAbsent(
              r.operationId() == null ? "row-" + byOperation.size() : r.operationId(),
              k -> new ArrayList<>())
          .add(r);
    }
    List<Operation> operations = new ArrayList<>();
    Map<String, String> decisions = decisions(byOperation.keySet());
    byOperation.forEach(
        (id, list) -> {
          Operation o = describe(id, list);
          operations.add(decisions.containsKey(id) ? withDecision(o, decisions.get(id)) : o);
        });
    return operations;
  }

  private static Operation withDecision(Operation o, String decision) {
    return new Operation(
        o.operationId(),
        o.at(),
        o.userId(),
        o.userName(),
        o.type(),
        o.label(),
        o.detail(),
        decision,
        o.entityType(),
        o.taskName(),
        o.taskDefinitionKey(),
        o.caseNumber(),
        o.processInstanceId(),
        o.processDefinitionKey(),
        o.processName());
  }

  /**
   * What was decided at each completion: the decision variables the person set with the task, as
   * kept in the engine's history (ACT_HI_DETAIL, same operation id), put into words by {@link
   * Decisions}.
   */
  private Map<String, String> decisions(java.util.Set<String> operationIds) {
    List<String> ids = operationIds.stream().filter(id -> !id.startsWith("row-")).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, String>> values = new HashMap<>();
    jdbc.sql(
            "select d.OPERATION_ID_, d.NAME_, d.TEXT_, d.LONG_, d.VAR_TYPE_ from ACT_HI_DETAIL d"
                + " where d.OPERATION_ID_ in (:ids) and d.TYPE_ = 'VariableUpdate' and d.NAME_ in (:names)"
                + " order by d.SEQUENCE_COUNTER_")
        .param("ids", ids)
        .param("names", Decisions.VARIABLES)
        .query(
            (rs, i) -> {
              String value = rs.getString("TEXT_");
              if (value == null && rs.getObject("LONG_") != null) {
                long number = rs.getLong("LONG_");
                value =
                    "date".equals(rs.getString("VAR_TYPE_"))
                        ? Instant.ofEpochMilli(number)
                            .atZone(VietnamTime.ZONE)
                            .format(VietnamTime.DATE)
                        : Long.toString(number);
              }
              values
                  .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                  .put(rs.getString("NAME_"), value);
              return null;
            })
        .list();
    Map<String, String> decisions = new HashMap<>();
    values.forEach(
        (id, vars) -> {
          String text = Decisions.describe(vars);
          if (text != null) {
            decisions.put(id, text);
          }
        });
    return decisions;
  }

  static Operation describe(String operationId, List<Row> rows) {
    Row first = rows.get(0);
    Map<String, Row> byProperty = new HashMap<>();
    rows.forEach(r -> byProperty.put(r.property() == null ? "" : r.property(), r));
    String type = first.type();
    String entity = first.entityType();
    String label;
    String detail = null;
    switch (type) {
      case UserOperationLogEntry.OPERATION_TYPE_COMPLETE -> label = "Hoàn thành";
      case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> {
        Row assignee = byProperty.get("assignee");
        boolean unclaim = assignee != null && assignee.newValue() == null;
        label = unclaim ? "Trả lại việc" : "Nhận việc";
      }
      case UserOperationLogEntry.OPERATION_TYPE_ASSIGN -> {
        label = "Giao việc";
        detail = change(byProperty.get("assignee"), "chưa giao", "bỏ giao");
      }
      case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> {
        label = "Ủy quyền xử lý";
        detail = change(byProperty.get("assignee"), "chưa giao", "bỏ giao");
      }
      case UserOperationLogEntry.OPERATION_TYPE_RESOLVE -> label = "Trả kết quả việc được ủy quyền";
      case UserOperationLogEntry.OPERATION_TYPE_SET_OWNER -> {
        label = "Đổi người chịu trách nhiệm";
        detail = change(byProperty.get("owner"), "không có", "không có");
      }
      case UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE -> {
        label = "Đổi hạn xử lý";
        detail = dueDateChange(byProperty.get("dueDate"));
      }
      case UserOperationLogEntry.OPERATION_TYPE_UPDATE -> {
        if (byProperty.containsKey("dueDate")) {
          label = "Đổi hạn xử lý";
          detail = dueDateChange(byProperty.get("dueDate"));
        } else if (byProperty.containsKey("assignee")) {
          label = "Giao việc";
          detail = change(byProperty.get("assignee"), "chưa giao", "bỏ giao");
        } else {
          label = "Sửa thông tin việc";
        }
      }
      case UserOperationLogEntry.OPERATION_TYPE_SET_PRIORITY -> label = "Đổi mức ưu tiên";
      case UserOperationLogEntry.OPERATION_TYPE_DELETE -> {
        label =
            switch (entity == null ? "" : entity) {
              case EntityTypes.TASK -> "Xóa việc";
              case EntityTypes.PROCESS_INSTANCE -> "Xóa phiên bản quy trình";
              default -> "Xóa";
            };
        Row reason = byProperty.get("deleteReason");
        detail = reason == null || reason.newValue() == null ? null : "Lý do: " + reason.newValue();
      }
      case UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY -> label = "Xóa lịch sử";
      case UserOperationLogEntry.OPERATION_TYPE_CREATE ->
          label = EntityTypes.PROCESS_INSTANCE.equals(entity) ? "Khởi tạo quy trình" : "Tạo việc";
      case UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES,
          UserOperationLogEntry.OPERATION_TYPE_SET_EXTERNAL_TASK_RETRIES ->
          label = "Thử lại bước bị lỗi";
      case UserOperationLogEntry.OPERATION_TYPE_SUSPEND,
          UserOperationLogEntry.OPERATION_TYPE_SUSPEND_JOB,
          UserOperationLogEntry.OPERATION_TYPE_SUSPEND_PROCESS_DEFINITION ->
          label = "Tạm dừng";
      case UserOperationLogEntry.OPERATION_TYPE_ACTIVATE,
          UserOperationLogEntry.OPERATION_TYPE_ACTIVATE_JOB,
          UserOperationLogEntry.OPERATION_TYPE_ACTIVATE_PROCESS_DEFINITION ->
          label = "Kích hoạt lại";
      case UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE ->
          label = "Điều chỉnh bước của quy trình";
      case UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE,
          UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE,
          UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLES ->
          label = "Sửa dữ liệu";
      case UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE -> label = "Xóa dữ liệu";
      case UserOperationLogEntry.OPERATION_TYPE_CREATE_INCIDENT -> label = "Tạo sự cố";
      case UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE ->
          label = "Gửi tin nhắn cho quy trình";
      default -> label = type;
    }
    return new Operation(
        operationId,
        first.at() == null
            ? null
            : first.at().atZone(VietnamTime.ZONE).format(VietnamTime.DATE_TIME),
        first.userId(),
        first.userName(),
        type,
        label,
        detail,
        null,
        entity,
        first.taskName(),
        first.taskDefinitionKey(),
        first.caseNumber(),
        first.processInstanceId(),
        first.processDefinitionKey(),
        first.processName());
  }

  private static String change(Row row, String noOld, String noNew) {
    if (row == null) {
      return null;
    }
    return (row.orgValue() == null ? noOld : row.orgValue())
        + " → "
        + (row.newValue() == null ? noNew : row.newValue());
  }

  /** The engine logs dates as epoch milliseconds. */
  private static String dueDateChange(Row row) {
    if (row == null) {
      return null;
    }
    return dayTime(row.orgValue(), "không có hạn")
        + " → "
        + dayTime(row.newValue(), "không có hạn");
  }

  private static String dayTime(String epochMillis, String none) {
    if (epochMillis == null || epochMillis.isBlank()) {
      return none;
    }
    try {
      return Instant.ofEpochMilli(Long.parseLong(epochMillis.trim()))
          .atZone(VietnamTime.ZONE)
          .format(VietnamTime.DATE_TIME);
    } catch (NumberFormatException e) {
      return epochMillis;
    }
  }
}
